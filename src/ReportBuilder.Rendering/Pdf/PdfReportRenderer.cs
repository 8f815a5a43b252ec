using ReportBuilder.Definitions;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Pdf;

/// <summary>
/// The report as a PDF on A4 or Letter paper: the print variant of the HTML template, with the running header and footer of
/// <c>pdf-header.html.sbn</c> and <c>pdf-footer.html.sbn</c>, printed by headless Chromium.
/// </summary>
/// <param name="session">The command's browser, shared by its PDFs; null: a browser of its own for each PDF.</param>
public sealed class PdfReportRenderer(HtmlReportRenderer html, ChromiumOptions chromium, BrowserSession? session = null)
{
    /// <summary>The running header template (title and period).</summary>
    public const string HeaderTemplate = "pdf-header.html.sbn";

    /// <summary>The running footer template ("page X of Y").</summary>
    public const string FooterTemplate = "pdf-footer.html.sbn";

    /// <summary>The paper: A4 (default) or Letter.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>The PDF document.</summary>
    /// <exception cref="ChromiumNotFoundException">The browser is not installed.</exception>
    public async Task<byte[]> RenderAsync(ReportModel model, CancellationToken ct)
    {
        var page = await html.RenderAsync(model, print: true, ct);
        var header = await html.RenderAsync(HeaderTemplate, model, print: true, ct);
        var footer = await html.RenderAsync(FooterTemplate, model, print: true, ct);
        return await ChromiumPrinter.PrintAsync(session, chromium, new PrintJob(page, header, footer, Paper), ct);
    }
}
