namespace ReportBuilder.Definitions;

/// <summary>A format a report is written in: its wire name (<see cref="IO.WireNames"/>) is the YAML spelling and, but for
/// <c>email</c> (<c>.eml</c>), the file's extension.</summary>
public enum OutputFormat
{
    Html,
    Pdf,
    Json,
    Csv,
    Xlsx,
    Email,
}

/// <summary>The formats a report is written in (<c>output.formats</c>, <c>--format</c>) and a delivery attaches (<c>attach:</c>),
/// spelled as in YAML and as the files' extensions.</summary>
internal static class OutputFormats
{
    /// <summary>The report's file formats: what <c>run</c> writes by default and what a delivery can attach.</summary>
    public static readonly IReadOnlyList<string> Known = ["html", "pdf", "json"];

    /// <summary>The data formats for spreadsheets, written only when asked for: a CSV file per metric and an XLSX workbook.</summary>
    public static readonly IReadOnlyList<string> Data = ["csv", "xlsx"];

    /// <summary>What a delivery can attach: the file formats and the data formats.</summary>
    public static readonly IReadOnlyList<string> Attach = [.. Known, .. Data];

    /// <summary>What <c>run</c> can write: the file formats, the data formats and <c>email</c>, an <c>.eml</c> message with the
    /// PDF attached.</summary>
    public static readonly IReadOnlyList<string> Run = [.. Attach, "email"];
}
