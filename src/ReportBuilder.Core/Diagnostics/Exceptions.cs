namespace ReportBuilder.Diagnostics;

/// <summary>The report definition or the command's arguments are wrong; the user can fix them (exit code 2).</summary>
public sealed class DefinitionException : Exception
{
    /// <summary>Creates the exception from the collected problems.</summary>
    public DefinitionException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Creates the exception for one problem.</summary>
    public DefinitionException(SourceLocation location, string message)
        : this([new Diagnostic(Severity.Error, location, message)])
    {
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}

/// <summary>The data source is missing or lacks a table or column the report needs (exit code 3).</summary>
public sealed class DataSourceException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The place in a definition that names what is missing (a schema mapping), when there is one.</summary>
    public SourceLocation? Location { get; init; }
}
