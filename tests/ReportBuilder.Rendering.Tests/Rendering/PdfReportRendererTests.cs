using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Pdf;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Rendering;

public sealed class PdfReportRendererTests
{
    private static readonly HtmlReportRenderer Html = TestEnvironment.Html();

    [Trait(TestCategory.Name, TestCategory.Chromium)]
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
            var text = PdfText.Words(page);
            text.ShouldStartWith("Monthly support report October 2026");
            text.ShouldEndWith($"page {page.Number} of {pdf.NumberOfPages}");
        }
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Render_RepeatsTheTableHeaderOnEveryPageATableRunsOnto()
    {
        var renderer = new PdfReportRenderer(Html, InstalledChromium.Require());

        var bytes = await renderer.RenderAsync(SampleReports.Monthly(agentRows: 120), CancellationToken.None);

        using var pdf = PdfDocument.Open(bytes);
        var pagesWithAgentRows = pdf.GetPages().Where(p => PdfText.Words(p).Contains("Agent 0", StringComparison.Ordinal)).ToList();
        pagesWithAgentRows.Count.ShouldBeGreaterThan(1);
        pagesWithAgentRows.ShouldAllBe(p => PdfText.Words(p).Contains("AGENT VALUE ROWS STATUS", StringComparison.Ordinal));
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Render_FirstPageIsTheSummary_ThenTheMetricSectionsWithTheirCharts()
    {
        var renderer = new PdfReportRenderer(Html, InstalledChromium.Require());

        var bytes = await renderer.RenderAsync(SampleReports.Monthly(), CancellationToken.None);

        using var pdf = PdfDocument.Open(bytes);
        var first = PdfText.Words(pdf.GetPage(1));
        first.ShouldContain("1 of 2 targets met 1 met · 0 warnings · 1 missed MISSED Replies per ticket");
        first.ShouldContain("Replies per ticket Resolution rate Ticket volume 3.25 95.0% 1,588");   // the cards, side by side
        first.ShouldNotContain("Ada Lovelace");
        var second = PdfText.Words(pdf.GetPage(2));
        second.ShouldStartWith("Monthly support report October 2026 Fail Target < 2 (warn ≤ 3) Replies per ticket 3.25");
        second.ShouldContain("Replies per ticket 3.25 Replies a ticket needs");   // the definition under the title
        second.ShouldContain("Replies per ticket by agent Ada Lovelace 3.50 Agent 0001 1.50");   // the bar chart, drawn as vector text
        second.ShouldContain("AGENT VALUE ROWS STATUS Ada Lovelace 3.50 10 Fail");
        second.ShouldNotContain("· fail");   // a bar's status is its colour; the table beside it writes the word
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Render_NeverSplitsATableRow_EveryAgentSitsOnItsPageWithItsValueRowsAndStatus()
    {
        var renderer = new PdfReportRenderer(Html, InstalledChromium.Require());

        var bytes = await renderer.RenderAsync(SampleReports.Monthly(agentRows: 120), CancellationToken.None);

        using var pdf = PdfDocument.Open(bytes);
        var seen = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            foreach (var number in words.Where((w, i) => w.Text.Length == 4 && w.Text.All(char.IsAsciiDigit) && i > 0 && words[i - 1].Text == "Agent"))
            {
                var line = words.Where(w => Math.Abs(w.BoundingBox.Bottom - number.BoundingBox.Bottom) < 2).Select(w => w.Text).ToList();
                line.ShouldBe(["Agent", number.Text, "1.50", "20", "Pass"], $"the row of Agent {number.Text} on page {page.Number}");
                seen.Add(number.Text);
            }
        }

        seen.ShouldBe(Enumerable.Range(1, 119).Select(i => $"{i:D4}"));
    }

    [Fact]
    public async Task Render_WithoutChromium_SaysToRunTheSetupScript()
    {
        var renderer = new PdfReportRenderer(Html, new ChromiumOptions("/nonexistent/chromium"));

        var error = await Should.ThrowAsync<ChromiumNotFoundException>(() => renderer.RenderAsync(SampleReports.Monthly(), CancellationToken.None));

        error.Message.ShouldBe("Chromium not found at /nonexistent/chromium: run scripts/setup.sh to install it, or set REPORTBUILDER_CHROMIUM to the browser");
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Render_FetchesNothing_EvenWhenATemplateLinksOut()
    {
        using var server = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        server.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)server.LocalEndpoint).Port}";
        var directory = Directory.CreateTempSubdirectory("rb-offline-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(directory, "report.html.sbn"),
                $"<link rel=\"stylesheet\" href=\"{url}/style.css\"><img src=\"{url}/logo.png\"><iframe src=\"{url}/\"></iframe><p>{{{{ report.title }}}}</p>");
            await File.WriteAllTextAsync(Path.Combine(directory, PdfReportRenderer.HeaderTemplate), "<span></span>");
            await File.WriteAllTextAsync(Path.Combine(directory, PdfReportRenderer.FooterTemplate), "<span></span>");
            var renderer = new PdfReportRenderer(TestEnvironment.Html(directory), InstalledChromium.Require());

            var bytes = await renderer.RenderAsync(SampleReports.Monthly(), CancellationToken.None);

            using var pdf = PdfDocument.Open(bytes);
            PdfText.Words(pdf.GetPage(1)).ShouldBe("Monthly support report");
            server.Pending().ShouldBeFalse("Chromium opened a connection");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
