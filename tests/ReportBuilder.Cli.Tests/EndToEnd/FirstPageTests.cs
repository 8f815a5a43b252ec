using System.Text.Json;
using AngleSharp.Html.Parser;
using MimeKit;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The demo database of issue #19: 60,000 tickets of seed 5 over 14 months to October 2026, made once for the class.</summary>
public sealed class AllMetricsDemo : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("rb-first-page-").FullName;

    public string Database => Path.Combine(Directory, "support.db");

    private readonly SemaphoreSlim _made = new(1, 1);
    private bool _ready;

    public async Task<string> DatabaseAsync()
    {
        await _made.WaitAsync();
        try
        {
            if (!_ready)
            {
                (await CliHarness.RunAsync("demo-data", "--out", Database, "--tickets", "60000", "--months", "14", "--end", "2026-11-01",
                    "--seed", "5")).ExitCode.ShouldBe(0);
                _ready = true;
            }

            return Database;
        }
        finally
        {
            _made.Release();
        }
    }

    public void Dispose()
    {
        _made.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}

/// <summary>Page 1 of the all-metrics PDF holds the brief in every language (issue #19 item 4): the verdict, the sentences and
/// every card of a metric that missed its target or is at risk; the mail's subject carries the verdict and its sections
/// follow the page's order.</summary>
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class FirstPageTests(AllMetricsDemo demo) : IClassFixture<AllMetricsDemo>
{
    [Theory]
    [InlineData("en", "All metrics — October 2026: 6 targets missed")]
    [InlineData("de", "All metrics — Oktober 2026: 6 Ziele verfehlt")]
    [InlineData("fr", "All metrics — Octobre 2026: 6 objectifs manqués")]
    [InlineData("pl", "All metrics — Październik 2026: 6 celów nieosiągniętych")]
    [InlineData("ru", "All metrics — Октябрь 2026\u202Fг.: 6 целей не достигнуто")]
    [InlineData("ko", "All metrics — 2026년 10월: 목표 6개 미달")]
    public async Task AllMetrics_Of60000Tickets_HoldsEveryMissedCardOnPage1_AndTheSubjectCarriesTheVerdict(string locale, string subject)
    {
        InstalledChromium.Require();
        var db = await demo.DatabaseAsync();
        var folder = Path.Combine(demo.Directory, locale);
        System.IO.Directory.CreateDirectory(folder);
        var report = Path.Combine(folder, "all-metrics.yaml");
        File.WriteAllText(report, File.ReadAllText(RepositoryFiles.PathOf("examples", "all-metrics.yaml"))
            .Replace("timezone: Europe/Warsaw", $"timezone: Europe/Warsaw\nlocale: {locale}", StringComparison.Ordinal));

        var run = await CliHarness.RunAsync("run", report, "--db", db, "--period", "2026-10", "--format", "html,pdf,json,email", "--out", folder);

        run.ExitCode.ShouldBe(0, run.Errors);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "all-metrics.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("status").GetString());
        var brief = json.RootElement.GetProperty("brief");
        var attention = brief.GetProperty("attention").EnumerateArray().Select(a => a.GetString()!).ToList();
        // What needs attention is every metric that missed or warned but retention, shown on churn's card.
        attention.ShouldBe(metrics.Where(m => m.Value is "fail" or "warn" && m.Key != "customer_retention_rate").Select(m => m.Key),
            ignoreOrder: true);
        attention.Count(a => metrics[a] == "fail").ShouldBe(6);
        // Churn and retention, its complement, are one target: 26 metrics, 10 without a target, retention on churn's card.
        json.RootElement.GetProperty("verdict").GetProperty("targets").GetInt32().ShouldBe(metrics.Count(m => m.Value is "pass" or "warn" or "fail") - 1);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "all-metrics.html")));
        var cards = Cards(page);
        cards.Select(c => c.Name).ShouldBe(attention);
        // The "missed" list names them in the order of the cards, the order the sentences tell them.
        page.QuerySelector(".named.status-fail")!.TextContent.ShouldEndWith(" " + string.Join(", ",
            cards.Where(c => metrics[c.Name] == "fail").Select(c => c.Label)));
        var sentences = page.QuerySelectorAll(".verdict .sentences li").Select(li => li.TextContent).ToList();
        sentences.Count.ShouldBeGreaterThanOrEqualTo(3);

        var first = FirstPageHoldsTheCards(Path.Combine(folder, "all-metrics.pdf"), cards);

        // A sentence is one block across the page: its characters in order, wherever its lines break (Korean may break a
        // line between "89.2%" and "입니다").
        foreach (var sentence in sentences)
        {
            Squeezed(first).ShouldContain(Squeezed(sentence), Case.Sensitive, $"page 1 lacks the sentence '{sentence}'");
        }

        var message = await MimeMessage.LoadAsync(Path.Combine(folder, "all-metrics.eml"));
        message.Subject.ShouldBe(subject);
        // The mail's sections follow the page: the cards' order, failures first, at most six.
        var body = new HtmlParser().ParseDocument(message.HtmlBody!);
        body.QuerySelectorAll("td.section").Select(s => s.Id!["metric-".Length..]).ShouldBe(attention.Take(6));
    }

    /// <summary>On Letter paper, 18 mm shorter than A4, page 1 still holds every card of a missed target, with its gap
    /// chart, in every language (the printed brief is set denser than the screen's for it).</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("pl")]
    [InlineData("ru")]
    [InlineData("ko")]
    public async Task AllMetrics_OnLetterPaper_HoldsEveryMissedCardOnPage1(string locale)
    {
        InstalledChromium.Require();
        var db = await demo.DatabaseAsync();
        var folder = Path.Combine(demo.Directory, "letter-" + locale);
        System.IO.Directory.CreateDirectory(folder);
        var report = Path.Combine(folder, "all-metrics.yaml");
        var text = File.ReadAllText(RepositoryFiles.PathOf("examples", "all-metrics.yaml"));
        text.ShouldContain("output: { formats: [json], dir: out }");
        File.WriteAllText(report, text
            .Replace("timezone: Europe/Warsaw", $"timezone: Europe/Warsaw\nlocale: {locale}", StringComparison.Ordinal)
            .Replace("output: { formats: [json], dir: out }", "output: { formats: [json], dir: out, paper: letter }", StringComparison.Ordinal));

        var run = await CliHarness.RunAsync("run", report, "--db", db, "--period", "2026-10", "--format", "html,pdf", "--out", folder);

        run.ExitCode.ShouldBe(0, run.Errors);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(folder, "all-metrics.html")));
        var cards = Cards(page);
        cards.Count(c => c.Status == cards[0].Status).ShouldBe(6);
        page.QuerySelectorAll(".attention .card.has-gap").Length.ShouldBeGreaterThanOrEqualTo(2);
        using (var pdf = PdfDocument.Open(Path.Combine(folder, "all-metrics.pdf")))
        {
            // Letter is 8.5 × 11 in: 612 × 792 points.
            (pdf.GetPage(1).Width, pdf.GetPage(1).Height).ShouldBe((612d, 792d));
        }

        FirstPageHoldsTheCards(Path.Combine(folder, "all-metrics.pdf"), cards);
    }

    /// <summary>The page's cards of what needs attention: metric, label, value and status word, in order.</summary>
    private static List<(string Name, string Label, string Value, string Status)> Cards(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".attention .card").Select(c => (
            Name: c.QuerySelector("a.card-link")!.GetAttribute("href")!["#metric-".Length..],
            Label: c.QuerySelector("h3 a")!.TextContent,
            Value: c.QuerySelector(".value")!.TextContent,
            Status: c.QuerySelector(".badge")!.TextContent)).ToList();

    /// <summary>Page 1's words, after checking it holds each card's label, value and status.</summary>
    private static string FirstPageHoldsTheCards(string pdfPath, IEnumerable<(string Name, string Label, string Value, string Status)> cards)
    {
        using var pdf = PdfDocument.Open(pdfPath);
        var first = PdfText.Words(pdf.GetPage(1));
        var firstWords = Words(first);
        foreach (var card in cards)
        {
            // Cards stand side by side, so a label of two lines is interleaved with its neighbours' words: word by word.
            Words(card.Label).Except(firstWords).ShouldBeEmpty($"page 1 lacks the label of {card}");
            Words(card.Value).Except(firstWords).ShouldBeEmpty($"page 1 lacks the value of {card}");
            Words(card.Status).Except(firstWords).ShouldBeEmpty($"page 1 lacks the status of {card}");
        }

        return first;
    }

    // PdfPig reads the spaces of text set in NanumGothic as U+0001; a no-break space parts words too.
    private static string Squeezed(string text) =>
        string.Concat(text.Split([' ', '\u0001', '\u00A0', '\u202F', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static HashSet<string> Words(string text) =>
        text.Split([' ', '\u0001', '\u00A0', '\u202F', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
}
