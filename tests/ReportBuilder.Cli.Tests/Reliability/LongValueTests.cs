using System.Globalization;
using System.Text.Json;
using ReportBuilder.Rendering.Charts;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Reliability;

/// <summary>Issue #24 item 8: a long data value never makes rendering unbounded. Keys are cut for readers (tables, charts,
/// sentences) to <see cref="DimensionKeys.MaxShown"/> text elements; the JSON keeps them whole.</summary>
public sealed class LongValueTests : IDisposable
{
    // By hand: "Agent-" and 199,994 x's, 200,000 characters in all; its first 100 text elements are "Agent-" and 94 x's.
    private static readonly string LongName = "Agent-" + new string('x', 199_994);
    private static readonly string ShownName = "Agent-" + new string('x', 94) + "…";

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-long-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Shorten_KeyOfAtMostMaxShownTextElements_IsUnchanged()
    {
        DimensionKeys.Shorten("Ann").ShouldBe("Ann");
        DimensionKeys.Shorten(new string('a', 100)).ShouldBe(new string('a', 100));
        // 100 emoji are 200 UTF-16 units but 100 text elements; 100 accented letters written with a combining accent too.
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 100));
        DimensionKeys.Shorten(emoji).ShouldBe(emoji);
        var accents = string.Concat(Enumerable.Repeat("e\u0301", 100));
        DimensionKeys.Shorten(accents).ShouldBe(accents);
    }

    [Fact]
    public void Shorten_LongerKey_KeepsTheFirstHundredTextElementsAndAddsAnEllipsis()
    {
        DimensionKeys.Shorten(new string('a', 101)).ShouldBe(new string('a', 100) + "…");
        DimensionKeys.Shorten(LongName).ShouldBe(ShownName);
        // Never half an emoji or a letter without its accent: 101 of each become 100 and "…".
        DimensionKeys.Shorten(string.Concat(Enumerable.Repeat("\U0001F600", 101)))
            .ShouldBe(string.Concat(Enumerable.Repeat("\U0001F600", 100)) + "…");
        DimensionKeys.Shorten(string.Concat(Enumerable.Repeat("e\u0301", 101)))
            .ShouldBe(string.Concat(Enumerable.Repeat("e\u0301", 100)) + "…");
        // A cut just after a space does not leave the space before the ellipsis.
        DimensionKeys.Shorten(new string('a', 99) + " " + new string('b', 50)).ShouldBe(new string('a', 99) + "…");
    }

    [Fact]
    public void Fit_LongText_KeepsTheMostWholeTextElementsThatFitWithTheEllipsis()
    {
        const float width = 120;
        var text = string.Concat(Enumerable.Repeat("\U0001F600e\u0301", 20_000));

        var fitted = ChartStyle.Fit(text, width, "DejaVu Sans");

        fitted.ShouldEndWith("…");
        var kept = fitted[..^1];
        text.ShouldStartWith(kept);
        new StringInfo(text).LengthInTextElements.ShouldBeGreaterThan(new StringInfo(kept).LengthInTextElements);
        // Cut between text elements: the next one starts where the kept part ends.
        StringInfo.ParseCombiningCharacters(text).ShouldContain(kept.Length);
        ChartStyle.Measure(fitted, "DejaVu Sans").Width.ShouldBeLessThanOrEqualTo(width);
        var next = kept.Length + StringInfo.GetNextTextElementLength(text.AsSpan(kept.Length));
        ChartStyle.Measure(text[..next] + "…", "DejaVu Sans").Width.ShouldBeGreaterThan(width);
    }

    [Fact]
    public void Fit_TextThatFits_IsUnchanged() => ChartStyle.Fit("Ann", 120, "DejaVu Sans").ShouldBe("Ann");

    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task Run_AgentNameOf200KB_Finishes_ShowsItCutInTheHtml_AndWholeInTheJson()
    {
        // By hand: two agents, two October tickets each; Ann's have 1 reply each (1.00 per ticket), the long-named agent's
        // 3 each (3.00). A bar chart and a table by agent, and the gap sentences, all name the long-named agent.
        using (var db = new TestDatabase())
        {
            db.Customer(1).Agent(1, "Ann").Agent(2, LongName);
            foreach (var (day, agent, replies) in new[] { (5, 1, 1), (6, 1, 1), (7, 2, 3), (8, 2, 3) })
            {
                db.Ticket($"2026-10-{day:00} 10:00", solved: $"2026-10-{day:00} 12:00", status: "solved", replies: replies, agent: agent);
            }

            File.Copy(db.Path, Path.Combine(_directory, "support.db"));
        }

        var report = Path.Combine(_directory, "long.yaml");
        await File.WriteAllTextAsync(report, "id: long\ntitle: Long\nsource: { sqlite: support.db }\nperiod: 2026-10\n" +
            "metrics:\n  - metric: replies_per_ticket\n    target: { pass: \"< 2\" }\n    breakdown: [agent]\noutput: { dir: out }\n");

        // Before, the chart's label was cut one character at a time, measuring the whole rest each time: quadratic, over
        // ten minutes for this name. CliProcess stops a run after two minutes, a bound, not a timing.
        var outcome = await CliProcess.RunAsync("run", report, "--format", "html,json");

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var html = await File.ReadAllTextAsync(Path.Combine(_directory, "out", "long.html"));
        html.ShouldContain($"<th scope=\"row\">{ShownName}</th>");
        html.ShouldNotContain("Agent-" + new string('x', 95));   // nowhere whole: not in the table, a chart, its alt text or a sentence
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_directory, "out", "long.json")));
        var rows = json.RootElement.GetProperty("metrics")[0].GetProperty("breakdowns").GetProperty("agent").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString(), r.GetProperty("value").GetDouble())).ToList();
        rows.ShouldBe([("Agent-" + new string('x', 199_994), 3.0), ("Ann", 1.0)], ignoreOrder: true);
    }
}
