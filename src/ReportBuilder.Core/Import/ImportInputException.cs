namespace ReportBuilder.Import;

/// <summary>An import file that cannot be read as the vendor's export: the message names the file, the record (line,
/// array index) and what to do. The CLI exits with its own code (docs/cli.md).</summary>
internal sealed class ImportInputException(string file, string? record, string message, Exception? inner = null)
    : Exception(record is null ? $"{file}: {message}" : $"{file}: {record}: {message}", inner)
{
    /// <summary>The file as the user named it.</summary>
    public string File { get; } = file;

    /// <summary>Where in the file: "line 4", "tickets[17] on line 230"; null for the whole file.</summary>
    public string? Record { get; } = record;
}
