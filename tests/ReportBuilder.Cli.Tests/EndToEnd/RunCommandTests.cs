using System.Text.Json;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportBuilder.Tests.EndToEnd;

public sealed class RunCommandTests : IDisposable
{
    private const string Definition = """
        id: e2e-support
        title: Support — miesięczny 월간
        source: { sqlite: support.db }
        timezone: Europe/Warsaw
        period: last_month
        compare: previous_period
        trend: 3
        metrics:
          - metric: ticket_volume
            breakdown: [channel]
          - metric: replies_per_ticket
            target: { pass: "< 2", warn: "<= 3" }
            breakdown: [agent]
          - metric: resolution_rate
            target: { pass: ">= 90%", warn: ">= 80%" }
        output: { formats: [json], dir: out }
        """;

    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-e2e-").FullName;
    private readonly StringWriter _console = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<int> CliAsync(params string[] args)
    {
        var outcome = await CliHarness.RunAsync(Clock, args);
        _console.Write(outcome.Output + outcome.Errors);
        return outcome.ExitCode;
    }

    private async Task<string> RunReportAsync(string formats)
    {
        InstalledChromium.Require();
        var db = Path.Combine(_directory, "support.db");
        (await CliAsync("demo-data", "--out", db, "--tickets", "3000", "--months", "4", "--end", "2026-11-01")).ShouldBe(0, _console.ToString());
        var yaml = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(yaml, Definition);
        (await CliAsync("run", yaml, "--format", formats)).ShouldBe(0, _console.ToString());
        return Path.Combine(_directory, "out", "e2e-support");
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Run_WritesHtmlPdfAndJson_ThatTellTheSameStory()
    {
        var basePath = await RunReportAsync("html,pdf,json");

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(basePath + ".json"));
        var root = json.RootElement;
        root.GetProperty("report").GetProperty("id").GetString().ShouldBe("e2e-support");
        root.GetProperty("period").GetProperty("start").GetString().ShouldBe("2026-09-30T22:00:00Z");
        root.GetProperty("period").GetProperty("end").GetString().ShouldBe("2026-10-31T23:00:00Z");
        var statuses = root.GetProperty("metrics").EnumerateArray()
            .Select(m => (m.GetProperty("label").GetString(), m.GetProperty("status").GetString())).ToList();
        statuses.Select(s => s.Item1).ShouldBe(["Ticket volume", "Replies per ticket", "Resolution rate"]);
        statuses[0].Item2.ShouldBe("none");
        statuses.Skip(1).ShouldAllBe(s => s.Item2 == "pass" || s.Item2 == "warn" || s.Item2 == "fail");

        var page = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(basePath + ".html"));
        var cards = page.QuerySelectorAll(".card").Select(c => (
            Label: c.QuerySelector("h3")!.TextContent,
            Value: c.QuerySelector(".value")!.TextContent,
            Status: c.QuerySelector(".badge")!.TextContent)).ToList();
        // The brief: metrics that missed or warned are cards above the themes, failures first; the rest are rows of their
        // theme (Quality for both metrics with a target here), each with its status word.
        var attention = statuses.Skip(1).Where(s => s.Item2 is "fail" or "warn").OrderBy(s => s.Item2 == "fail" ? 0 : 1).ToList();
        cards.Select(c => c.Label).ShouldBe(attention.Select(s => s.Item1));
        cards.Select(c => c.Status).ShouldBe(attention.Select(s => Word(s.Item2!)));
        var passed = statuses.Skip(1).Except(attention).ToList();
        page.QuerySelectorAll(".theme-quality .compact tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector(".badge")!.TextContent))
            .ShouldBe(passed.Select(s => (s.Item1!, Word(s.Item2!))));
        page.QuerySelectorAll(".theme-title").Select(h => h.TextContent).ShouldBe(passed.Count > 0 ? ["Quality", "Load"] : ["Load"]);
        page.QuerySelector(".theme-load .compact th")!.TextContent.ShouldBe("Ticket volume");

        using var pdf = PdfDocument.Open(basePath + ".pdf");
        pdf.NumberOfPages.ShouldBeGreaterThan(0);
        var text = string.Join(' ', pdf.GetPages().Select(PdfText.Words));
        text.ShouldContain("Support — miesięczny 월간 October 2026");
        var firstPage = pdf.GetPage(1);
        foreach (var card in cards)
        {
            ShowsCard(firstPage, card.Label, card.Value, card.Status).ShouldBeTrue($"page 1 lacks the card {card}");
        }

        if (cards.Count >= 2)
        {
            ShowsCard(firstPage, cards[0].Label, cards[1].Value, cards[1].Status).ShouldBeFalse("another card's value and status");
        }

        var firstWords = PdfText.Words(firstPage);
        foreach (var row in passed)
        {
            firstWords.ShouldContain(row.Item1!, customMessage: "page 1 lacks the row of a metric on target");
        }
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Run_WithFormat_WritesOnlyThoseFiles()
    {
        var basePath = await RunReportAsync("html");

        Directory.GetFiles(Path.GetDirectoryName(basePath)!).ShouldBe([basePath + ".html"]);
    }

    // A card reads as a card when its status word sits on the label's line, to its right, and its value is
    // left-aligned with the label just below it.
    private static bool ShowsCard(Page page, string label, string value, string status)
    {
        var words = page.GetWords().ToList();
        var labelWords = label.Split(' ');
        for (var i = 0; i + labelWords.Length <= words.Count; i++)
        {
            if (!labelWords.Select((word, k) => words[i + k].Text == word).All(match => match))
            {
                continue;
            }

            var head = words[i].BoundingBox;
            var badge = words.Any(w => w.Text == status.Split(' ')[0]
                && Math.Abs(w.BoundingBox.Bottom - head.Bottom) < 8 && w.BoundingBox.Left > head.Right);
            var number = words.Any(w => w.Text == value.Split(' ')[0]
                && Math.Abs(w.BoundingBox.Left - head.Left) < 2 && w.BoundingBox.Top < head.Bottom && head.Bottom - w.BoundingBox.Top < 60);
            if (badge && number)
            {
                return true;
            }
        }

        return false;
    }

    private static string Word(string status) => status switch
    {
        "pass" => "Pass",
        "warn" => "Warn",
        "fail" => "Fail",
        _ => "No target",
    };
}
