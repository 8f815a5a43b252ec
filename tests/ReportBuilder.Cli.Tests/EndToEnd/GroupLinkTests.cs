using AngleSharp.Html.Parser;
using MimeKit;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary><c>links:</c> turns breakdown keys into links, escaped, in the HTML page, the PDF and the mail.</summary>
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class GroupLinkTests : IDisposable
{
    private const string Definition = """
        id: linked
        title: Linked
        source: { sqlite: support.db }
        timezone: Europe/Warsaw
        period: 2026-10
        metrics:
          - metric: first_response_sla
            target: ">= 99%"
            breakdown: [agent, channel]
        links:
          agent: "https://help.example.com/agents/{key}?from=report&x=1"
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-links-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Links_MakeEachAgentALink_EscapedForAUrl_InHtmlPdfAndMail_AndLeaveOtherDimensionsPlain()
    {
        InstalledChromium.Require();
        var db = Path.Combine(_directory, "support.db");
        (await CliHarness.RunAsync("demo-data", "--out", db, "--tickets", "500", "--months", "2", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        var yaml = Path.Combine(_directory, "linked.yaml");
        await File.WriteAllTextAsync(yaml, Definition);

        var run = await CliHarness.RunAsync("run", yaml, "--format", "html,pdf,email", "--out", _directory);

        run.ExitCode.ShouldBe(0, run.Output + run.Errors);
        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_directory, "linked.html")));
        var agents = page.QuerySelectorAll("#metric-first_response_sla tbody th").Where(th => th.QuerySelector("a") is not null).ToList();
        agents.ShouldNotBeEmpty();
        // The key's space is escaped; the template's own query string stays as written.
        agents.ShouldAllBe(th => th.QuerySelector("a")!.GetAttribute("href") ==
            "https://help.example.com/agents/" + Uri.EscapeDataString(th.TextContent) + "?from=report&x=1");
        agents.ShouldContain(th => th.TextContent.Contains(' '));
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => !h.StartsWith('#')).ShouldAllBe(h => h.StartsWith("https://help.example.com/agents/", StringComparison.Ordinal));
        page.QuerySelectorAll("#metric-first_response_sla tbody th").Count(th => th.QuerySelector("a") is null).ShouldBeGreaterThan(0);   // channels, (none)

        using var pdf = PdfDocument.Open(Path.Combine(_directory, "linked.pdf"));
        var pdfLinks = pdf.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).ToList();
        pdfLinks.ShouldContain(agents[0].QuerySelector("a")!.GetAttribute("href"));

        var message = await MimeMessage.LoadAsync(Path.Combine(_directory, "linked.eml"));
        new HtmlParser().ParseDocument(message.HtmlBody!).QuerySelectorAll("a[href^='https://help.example.com/agents/']").ShouldNotBeEmpty();
    }
}
