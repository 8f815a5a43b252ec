namespace ReportBuilder.Expressions;

/// <summary>A node of a parsed expression; every node knows where it is in the source text.</summary>
public abstract record Expr(TextSpan Span)
{
    /// <summary>The direct sub-expressions, left to right.</summary>
    public abstract IReadOnlyList<Expr> Children { get; }

    /// <summary>This node and every node below it, depth first, left to right (iterative, safe for deep trees).</summary>
    public IEnumerable<Expr> DescendantsAndSelf()
    {
        var stack = new Stack<Expr>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = node.Children;
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    /// <summary>Every node below this one, depth first, left to right.</summary>
    public IEnumerable<Expr> Descendants() => DescendantsAndSelf().Skip(1);

    /// <summary>Dispatches to the visitor method for this node's type.</summary>
    public abstract T Accept<T>(ExprVisitor<T> visitor);
}

/// <summary>A number, e.g. <c>2</c>, <c>1.5</c>, or a percentage <c>90%</c> (Value 0.9, IsPercent true).</summary>
public sealed record NumberLiteral(double Value, bool IsPercent, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitNumber(this);
}

/// <summary>A single-quoted string; <see cref="Value"/> has <c>''</c> already unescaped.</summary>
public sealed record StringLiteral(string Value, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitString(this);
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanLiteral(bool Value, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitBoolean(this);
}

/// <summary><c>null</c>.</summary>
public sealed record NullLiteral(TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitNull(this);
}

/// <summary>A duration such as <c>90s</c>, <c>1.5h</c> or <c>2d</c>.</summary>
public sealed record DurationLiteral(TimeSpan Value, TextSpan Span) : Expr(Span)
{
    /// <inheritdoc/>
    public override IReadOnlyList<Expr> Children => [];
    /// <inheritdoc/>
    public override T Accept<T>(ExprVisitor<T> visitor) => visitor.VisitDuration(this);
}
