namespace ReportBuilder.Expressions;

/// <summary>A name or dotted path, e.g. <c>status</c> or <c>period.start</c>.</summary>
public sealed record Identifier(IReadOnlyList<string> Parts, TextSpan Span) : Expr(Span)
{
    /// <summary>The parts joined with dots, as written.</summary>
    public string Name => string.Join('.', Parts);

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitIdentifier(this);
}

/// <summary>A function call such as <c>count()</c> or <c>hours(created_at, solved_at)</c>.</summary>
public sealed record Call(string Name, IReadOnlyList<Expr> Args, TextSpan Span) : Expr(Span)
{
    /// <summary>Where the function's name is in the source text.</summary>
    public TextSpan NameSpan => new(Span.Start, Name.Length);

    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => Args;
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitCall(this);
}

/// <summary>A prefix operator applied to one operand: <c>-x</c> or <c>not x</c>.</summary>
public sealed record Unary(UnaryOperator Operator, Expr Operand, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [Operand];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitUnary(this);
}

/// <summary>An infix operator applied to two operands, e.g. <c>a + b</c>, <c>a &lt;= b</c>, <c>a and b</c>.</summary>
public sealed record Binary(BinaryOperator Operator, Expr Left, Expr Right, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [Left, Right];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitBinary(this);
}

/// <summary><c>value [not] in (item, ...)</c>.</summary>
public sealed record InList(Expr Value, IReadOnlyList<Expr> Items, bool Negated, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [Value, .. Items];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitInList(this);
}

/// <summary><c>value is [not] null</c>.</summary>
public sealed record IsNull(Expr Value, bool Negated, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [Value];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitIsNull(this);
}
