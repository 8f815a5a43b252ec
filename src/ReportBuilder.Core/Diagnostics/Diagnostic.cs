namespace ReportBuilder.Diagnostics;

/// <summary>A place in a source file, 1-based as editors show it.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location for problems that belong to a whole file.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>The location <paramref name="columns"/> characters further on the same line.</summary>
    public SourceLocation Shift(int columns) => this with { Column = Column + columns };

    /// <summary>A command-line option, such as <c>--period</c>, named instead of a file.</summary>
    public static SourceLocation Option(string name) => new(name, 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line < 1 ? File : $"{File}:{Line}:{Column}";
}

/// <summary>How bad a problem is.</summary>
public enum Severity
{
    /// <summary>The report cannot run.</summary>
    Error,
    /// <summary>The report runs, but probably not as meant.</summary>
    Warning,
}

/// <summary>One problem found in a definition, with where it is and what to do.</summary>
public sealed record Diagnostic(Severity Severity, SourceLocation Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
