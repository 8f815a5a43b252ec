using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Pdf;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Rendering;

public sealed class PdfReportRendererTests
{
    private static readonly HtmlReportRenderer Html = new(HtmlReportRenderer.DefaultTemplateDirectory);

    [Fact]
    public async Task Render_PrintsA4Pages_WithRunningHeaderAndPageXOfY()
    {
        var renderer = new PdfReportRenderer(Html, InstalledChromium.Require());

        var bytes = await renderer.RenderAsync(SampleReports.Monthly(agentRows: 120), CancellationToken.None);

        using var pdf = PdfDocument.Open(bytes);
        pdf.NumberOfPages.ShouldBeGreaterThan(1);
        foreach (var page in pdf.GetPages())
        {
            page.Width.ShouldBe(595, tolerance: 1);
            page.Height.ShouldBe(842, tolerance: 1);
            var text = Words(page);
            text.ShouldStartWith("Monthly support report October 2026");
            text.ShouldEndWith($"page {page.Number} of {pdf.NumberOfPages}");
        }
    }

    [Fact]
    public async Task Render_RepeatsTheTableHeaderOnEveryPageATableRunsOnto()
    {
        var renderer = new PdfReportRenderer(Html, InstalledChromium.Require());

        var bytes = await renderer.RenderAsync(SampleReports.Monthly(agentRows: 120), CancellationToken.None);

        using var pdf = PdfDocument.Open(bytes);
        var pagesWithAgentRows = pdf.GetPages().Where(p => Words(p).Contains("Agent 0", StringComparison.Ordinal)).ToList();
        pagesWithAgentRows.Count.ShouldBeGreaterThan(1);
        pagesWithAgentRows.ShouldAllBe(p => Words(p).Contains("AGENT VALUE ROWS STATUS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_WithoutChromium_SaysToRunTheSetupScript()
    {
        var renderer = new PdfReportRenderer(Html, new ChromiumOptions("/nonexistent/chromium"));

        var error = await Should.ThrowAsync<ChromiumNotFoundException>(() => renderer.RenderAsync(SampleReports.Monthly(), CancellationToken.None));

        error.Message.ShouldBe("Chromium not found at /nonexistent/chromium: run scripts/setup.sh to install it, or set REPORTBUILDER_CHROMIUM to the browser");
    }

    internal static string Words(UglyToad.PdfPig.Content.Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));
}
