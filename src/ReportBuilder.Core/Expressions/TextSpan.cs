namespace ReportBuilder.Expressions;

/// <summary>A range of an expression's source text: 0-based start offset and length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Cover(TextSpan first, TextSpan last) => new(first.Start, last.End - first.Start);

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}
