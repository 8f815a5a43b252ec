namespace ReportBuilder.Rendering.Pdf;

/// <summary>One document to print: the page, Chromium's running header and footer templates, and the paper (A4, Letter).</summary>
internal sealed record PrintJob(string Html, string Header, string Footer, Definitions.PaperSize Paper);

/// <summary>Prints HTML to PDF with the command's browser session, or, without one, with a browser of its own that is closed
/// afterwards.</summary>
internal static class ChromiumPrinter
{
    public static async Task<byte[]> PrintAsync(BrowserSession? session, ChromiumOptions options, PrintJob job, CancellationToken ct)
    {
        if (session is { } shared)
        {
            return await shared.PrintAsync(options, job, ct);
        }

        await using var own = new BrowserSession();
        return await own.PrintAsync(options, job, ct);
    }
}
