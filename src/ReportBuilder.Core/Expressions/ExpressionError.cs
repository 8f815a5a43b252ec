namespace ReportBuilder.Expressions;

/// <summary>A problem in an expression: the 0-based offset in its source text and what to do about it.</summary>
internal sealed record ExpressionError(int Offset, string Message);

/// <summary>The outcome of parsing: the expression, or the errors that prevented it (never both empty).</summary>
internal sealed record ExpressionParseResult(Expr? Expression, IReadOnlyList<ExpressionError> Errors)
{
    /// <summary>Whether the text parsed without errors.</summary>
    public bool Succeeded => Expression is not null && Errors.Count == 0;
}
