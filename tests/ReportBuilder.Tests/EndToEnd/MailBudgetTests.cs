using System.Text;
using AngleSharp.Html.Parser;
using MimeKit;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The mail of the largest example (<c>examples/all-metrics.yaml</c>, every metric with every breakdown) over
/// 60,000 demo tickets, as issue #10 measured it: the HTML part under 90 KB (Gmail clips at about 102 KB) and the whole
/// mail under 2 MB. The demo database takes some seconds to build, the run some more; both are the real thing.</summary>
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class MailBudgetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-mail-budget-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task AllMetricsMail_Of60000Tickets_StaysUnder90KilobytesOfHtml_And2MegabytesInAll()
    {
        InstalledChromium.Require();
        var db = Path.Combine(_directory, "support.db");
        (await CliHarness.RunAsync("demo-data", "--out", db, "--tickets", "60000", "--months", "14", "--end", "2026-11-01")).ExitCode.ShouldBe(0);

        var run = await CliHarness.RunAsync("run", RepositoryFiles.PathOf("examples", "all-metrics.yaml"), "--db", db,
            "--format", "email", "--out", _directory);

        run.ExitCode.ShouldBe(0, run.Errors);
        var eml = Path.Combine(_directory, "all-metrics.eml");
        new FileInfo(eml).Length.ShouldBeLessThan(2 * 1024 * 1024);
        var message = await MimeMessage.LoadAsync(eml);
        Encoding.UTF8.GetByteCount(message.HtmlBody!).ShouldBeLessThan(90 * 1024);

        // What the body leaves out, it counts: the metrics without a section of their own are in the attached PDF.
        var page = new HtmlParser().ParseDocument(message.HtmlBody!);
        var cards = page.QuerySelectorAll(".cards .card-value").Length;
        var sections = page.QuerySelectorAll("td.section").Length;
        const int metrics = 26;
        cards.ShouldBe(metrics - 1, "retention is shown on churn's card, its complement");
        sections.ShouldBeGreaterThan(0);
        page.QuerySelector("td.note")!.TextContent.ShouldStartWith($"{metrics - sections} more metrics (on target or without a target) are in the attached PDF");
        message.Attachments.OfType<MimePart>().Select(p => p.FileName).ShouldBe(["all-metrics.pdf"]);
        var images = message.BodyParts.OfType<MimePart>().Count(p => p.ContentType.MimeType == "image/png");
        images.ShouldBe(page.QuerySelectorAll("img[src^='cid:']").Length);
    }
}
