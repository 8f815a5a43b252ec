using ReportBuilder.Rendering.Pdf;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Rendering;

/// <summary>One browser serves every PDF of a session; closing it stops the browser, and the next PDF starts a new one.</summary>
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class BrowserSessionTests
{
    [Fact]
    public async Task Render_ThreePdfsInOneSession_LaunchOneBrowser_AndANewOneAfterClosing()
    {
        await using var session = new BrowserSession();
        var renderer = new PdfReportRenderer(TestEnvironment.Html(), InstalledChromium.Require(), session);

        var pdfs = new List<byte[]>();
        for (var i = 0; i < 3; i++)
        {
            pdfs.Add(await renderer.RenderAsync(SampleReports.Monthly(agentName: $"Agent number {i}"), CancellationToken.None));
        }

        session.Launches.ShouldBe(1);
        await session.CloseBrowserAsync();
        pdfs.Add(await renderer.RenderAsync(SampleReports.Monthly(), CancellationToken.None));
        session.Launches.ShouldBe(2);
        for (var i = 0; i < 3; i++)
        {
            using var pdf = PdfDocument.Open(pdfs[i]);
            pdf.GetPages().Select(PdfText.Words).ShouldContain(w => w.Contains($"Agent number {i}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Print_TwoJobsOnTheOnePage_TheSecondShowsNothingOfTheFirst()
    {
        await using var session = new BrowserSession();
        var chromium = InstalledChromium.Require();
        var many = string.Concat(Enumerable.Range(0, 400).Select(i => $"<p>first report line {i}</p>"));

        var first = await session.PrintAsync(chromium, new PrintJob(many, "<span></span>", "<span></span>", Definitions.PaperSize.A4), CancellationToken.None);
        var second = await session.PrintAsync(chromium, new PrintJob("<p>second report</p>", "<span></span>", "<span></span>", Definitions.PaperSize.A4), CancellationToken.None);

        session.Launches.ShouldBe(1);
        using (var pdf = PdfDocument.Open(first))
        {
            pdf.NumberOfPages.ShouldBeGreaterThan(1);
        }

        using (var pdf = PdfDocument.Open(second))
        {
            pdf.NumberOfPages.ShouldBe(1);
            var words = string.Join(" ", pdf.GetPages().Select(PdfText.Words));
            words.ShouldContain("second report");
            words.ShouldNotContain("first");
        }
    }

    [Fact]
    public async Task Render_AfterTheDeadline_StopsTheBrowser_AndSaysWhichStepHung()
    {
        await using var session = new BrowserSession { Deadline = TimeSpan.FromMilliseconds(1) };

        var error = await Should.ThrowAsync<BrowserException>(() => session.PrintAsync(InstalledChromium.Require(),
            new PrintJob("<p>x</p>", "<span></span>", "<span></span>", Definitions.PaperSize.A4), CancellationToken.None));

        error.Message.ShouldStartWith("Chromium did not answer within 0.001 s while starting; it was stopped");
    }
}
