using System.Globalization;
using System.Net;
using System.Text;
using ReportBuilder.Cli.Hosting;

namespace ReportBuilder.Cli.Serve;

/// <summary>The views the bar offers, and the small pages the preview writes itself (the SQL list, the empty view).</summary>
internal static class ServedKinds
{
    /// <summary>The report as <c>run</c> writes its HTML, the mail as a phone shows it, the PDF, the JSON, and the SQL.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { "report", "mail", "pdf", "json", "sql" };

    private const string Style = "<style>body{font:14px/1.45 system-ui,sans-serif;margin:16px;color:#1f2937}pre{white-space:pre-wrap;" +
        "background:#f3f4f6;padding:10px;border-radius:6px;font-size:12px}h2{font-size:15px;margin:18px 0 4px}.time{color:#6b7280}</style>";

    /// <summary>The page shown before any report rendered: the error that stops it.</summary>
    public static string Empty(string? error) =>
        $"<!doctype html><meta charset=utf-8>{Style}<p>No report rendered yet.</p>{(error is null ? "" : $"<pre>{WebUtility.HtmlEncode(error)}</pre>")}";

    /// <summary>Each statement as <c>explain</c> prints it, with the time its last run took.</summary>
    public static string Statements(RenderedPreview report)
    {
        var page = new StringBuilder($"<!doctype html><meta charset=utf-8><title>SQL</title>{Style}");
        page.Append(CultureInfo.InvariantCulture, $"<p>{report.Statements.Count} statements{(report.Reused ? " (results reused: the statements and the data did not change)" : "")}.</p>");
        foreach (var (query, elapsed) in report.Statements)
        {
            var heading = $"{query.Table}{(query.Dimension is null ? "" : $" by {query.Dimension}")}: {string.Join(", ", query.Columns.Distinct())}";
            page.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(heading)} <span class=time>{elapsed.TotalMilliseconds:0} ms</span></h2>");
            page.Append(CultureInfo.InvariantCulture, $"<pre>{WebUtility.HtmlEncode(query.Sql)};\n-- parameters: {WebUtility.HtmlEncode(QueryParameters.Text(query))}</pre>");
        }

        return page.ToString();
    }
}
