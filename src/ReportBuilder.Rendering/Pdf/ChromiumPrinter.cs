using Microsoft.Playwright;

namespace ReportBuilder.Rendering.Pdf;

/// <summary>One document to print: the page, Chromium's running header and footer templates, and the paper (A4, Letter).</summary>
internal sealed record PrintJob(string Html, string Header, string Footer, string Format);

/// <summary>Prints HTML to PDF in headless Chromium with JavaScript off and every network request blocked.</summary>
internal static class ChromiumPrinter
{
    private static readonly string[] _arguments =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        // Routing refuses requests, but Chromium still opens speculative connections to hosts a page names;
        // a proxy that does not exist, for loopback too, leaves it no way out.
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--dns-prefetch-disable",
    ];

    public static async Task<byte[]> PrintAsync(ChromiumOptions options, PrintJob job, CancellationToken ct)
    {
        if (!File.Exists(options.ExecutablePath))
        {
            throw new ChromiumNotFoundException(options.ExecutablePath);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = options.ExecutablePath,
            Headless = true,
            Args = _arguments,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Offline = true,
        });
        var page = await context.NewPageAsync();
        // The report is self-contained: anything it would fetch is refused.
        await page.RouteAsync("**/*", route => route.AbortAsync());
        ct.ThrowIfCancellationRequested();
        await page.SetContentAsync(job.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        ct.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = job.Format,
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = job.Header,
            FooterTemplate = job.Footer,
            Margin = new Margin { Top = "20mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
        });
    }
}
