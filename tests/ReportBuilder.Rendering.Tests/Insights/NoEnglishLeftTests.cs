using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Insights;

/// <summary>A report in another language has no English word left in it, but for names from the data and its own title.</summary>
public sealed partial class NoEnglishLeftTests
{
    private static readonly string Templates = TestEnvironment.Templates;

    public static TheoryData<string> Languages() => new(["de", "fr", "pl", "ru", "ko"]);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task EveryCatalogMetric_PageAndEmail_HaveNoEnglishWordLeft(string locale)
    {
        using var db = EveryTable();
        var metrics = TestReport.Catalog.Metrics.Keys.Select(id => $"metric: {id}").ToArray();
        var yaml = TestReport.Definition("2026-10", "UTC", "previous_period", 3, metrics).Replace("title: Test report", "title: Zzz", StringComparison.Ordinal)
            + $"\nlocale: {locale}\ncalendar: support\nsla: {{ first_reply: {{ normal: 4h }}, resolution: {{ normal: 18h }} }}\n";
        var model = await db.RunAsync(yaml);
        var renderer = TestEnvironment.Html(Templates);

        var englishFile = Translations.ReadFile(Path.Combine(TestEnvironment.Configs, Translations.Folder, "en.yaml"));
        var english = WordsOf(englishFile.Values.SelectMany(s => s.Values)
            .Concat(TestReport.Catalog.Metrics.Values.SelectMany(m => new[] { m.Label, m.Description })));
        // A word of the language's own file counts as translated only where the file says something else than English there:
        // a key left in English (or missing, so English stands in) leaves its words English.
        var own = WordsOf(Translations.ReadFile(Path.Combine(TestEnvironment.Configs, Translations.Folder, $"{locale}.yaml"))
            .SelectMany(section => section.Value.Where(entry => entry.Value != EnglishOf(englishFile, section.Key, entry.Key)).Select(e => e.Value)))
            .Concat(TermsOfArt.GetValueOrDefault(locale, [])).ToHashSet();
        var data = WordsOf(model.Metrics.SelectMany(m => m.Breakdowns).SelectMany(b => b.Rows).Select(r => r.Key).Append(model.Report.Title));
        foreach (var template in new[] { HtmlReportRenderer.ReportTemplate, "email.html.sbn" })
        {
            var page = new HtmlParser().ParseDocument(await renderer.RenderAsync(template, model, false, CancellationToken.None));
            var text = page.Body!.TextContent + " " + string.Join(' ', page.All.SelectMany(e => new[] { e.GetAttribute("title"), e.GetAttribute("aria-label"), e.GetAttribute("alt") }));
            var left = WordsOf([text]).Where(w => english.Contains(w) && !own.Contains(w) && !data.Contains(w)).Order().ToList();

            left.ShouldBeEmpty($"{locale} {template}: English words left");
        }
    }

    // Names the trade uses untranslated, and words the language spells as English does ("Definition", "points").
    private static readonly Dictionary<string, string[]> TermsOfArt = new()
    {
        ["de"] = ["net", "promoter", "score", "definition"],
        ["fr"] = ["net", "promoter", "score", "points", "source", "min"],
        ["pl"] = ["net", "promoter", "score", "min"],
    };

    private static string? EnglishOf(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> english, string section, string key) =>
        english.GetValueOrDefault(section)?.GetValueOrDefault(key)
        ?? (key.StartsWith("description_", StringComparison.Ordinal)
            ? TestReport.Catalog.Metrics.GetValueOrDefault(key["description_".Length..])?.Description
            : null);

    private static HashSet<string> WordsOf(IEnumerable<string?> texts) =>
        texts.OfType<string>().SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant())).ToHashSet();

    // Words of three letters or more: "of", "vs" and unit symbols are checked by the translation files' own tests.
    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();

    // A little of every table in September and October 2026, so every metric has a value, a change and breakdown rows.
    private static TestDatabase EveryTable()
    {
        var db = new TestDatabase().Agent(1, "Ann", "Alpha").Customer(1).Customer(2, "premium").Customer(3, churned: "2026-10-10 00:00");
        foreach (var month in new[] { "08", "09", "10" })
        {
            db.Ticket($"2026-{month}-02 09:00", firstReply: $"2026-{month}-02 09:30", solved: $"2026-{month}-03 09:00", status: "solved",
                    replies: 1, agent: 1, tags: ["bug"])
                .Ticket($"2026-{month}-04 10:00", firstReply: $"2026-{month}-04 13:00", solved: $"2026-{month}-06 10:00", status: "closed",
                    replies: 3, reopens: 1, channel: "chat", customer: 2, agent: 1)
                .Csat(5, $"2026-{month}-05 10:00", agent: 1).Csat(3, $"2026-{month}-06 10:00", agent: 1)
                .Nps(9, $"2026-{month}-05 10:00").Nps(5, $"2026-{month}-06 10:00", customer: 2)
                .Qa(85, $"2026-{month}-05 10:00", agent: 1)
                .Mrr($"2026-{month}", month == "08" ? "new" : "expansion", 100);
        }

        return db;
    }
}
