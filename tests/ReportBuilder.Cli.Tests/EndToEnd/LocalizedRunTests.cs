using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;
using MimeKit;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The example report run in German and Korean, every format, with an agent whose name is markup.</summary>
public sealed partial class LocalizedRunTests : IDisposable
{
    private const string Agent = "<script>alert(1)</script>";

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-i18n-e2e-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> RunAsync(string locale)
    {
        InstalledChromium.Require();
        var db = Path.Combine(_directory, "support.db");
        (await CliHarness.RunAsync("demo-data", "--out", db, "--tickets", "3000", "--months", "4", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        await using (var connection = new SqliteConnection($"Data Source={db}"))
        {
            await connection.OpenAsync();
            await using var rename = connection.CreateCommand();
            rename.CommandText = "UPDATE agents SET name = $name WHERE id = (SELECT agent_id FROM tickets GROUP BY agent_id ORDER BY count(*) DESC LIMIT 1)";
            rename.Parameters.AddWithValue("$name", Agent);
            (await rename.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        var yaml = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(yaml, $"""
            id: localized
            title: Support
            source: {"{"} sqlite: support.db {"}"}
            timezone: Europe/Warsaw
            period: 2026-10
            compare: previous_period
            trend: 3
            locale: {locale}
            metrics:
              - metric: replies_per_ticket
                target: {"{"} pass: "< 1", warn: "<= 3" {"}"}   # warns: in the mail with its charts, after the failure on the page
                breakdown: [agent]
              - metric: resolution_rate
                target: {"{"} pass: ">= 99%", warn: ">= 98%" {"}"}
              - metric: volume_heatmap
            """);
        var run = await CliHarness.RunAsync("run", yaml, "--format", "html,pdf,json,email", "--out", _directory);
        run.ExitCode.ShouldBe(0, run.Errors);
        return Path.Combine(_directory, "localized");
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Theory]
    [InlineData("de", "Oktober 2026", "Antworten pro Ticket", "Lösungsquote", "Tickets nach Tag und Stunde", "von 2 Zielen erreicht")]
    [InlineData("ko", "2026년 10월", "티켓당 답변 수", "해결률", "요일·시간대별 티켓", "목표 2개 중")]
    public async Task Run_InTheReportsLanguage_WritesEveryFormatInIt(
        string locale, string period, string replies, string resolution, string heatmap, string headline)
    {
        var basePath = await RunAsync(locale);

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(basePath + ".json"));
        json.RootElement.GetProperty("period").GetProperty("label").GetString().ShouldBe(period);
        json.RootElement.GetProperty("verdict").GetProperty("headline").GetString()!.ShouldContain(headline);
        json.RootElement.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("label").GetString())
            .ShouldBe([replies, resolution, heatmap]);

        var html = await File.ReadAllTextAsync(basePath + ".html");
        var page = new HtmlParser().ParseDocument(html);
        page.DocumentElement.GetAttribute("lang").ShouldBe(locale);
        var cards = page.QuerySelectorAll(".card").Select(c => (
            Label: c.QuerySelector("h3")!.TextContent,
            Value: c.QuerySelector(".value")!.TextContent,
            Status: c.QuerySelector(".badge")!.TextContent)).ToList();
        // Failures first within the theme; the heat map has no target: a row of the compact table, with its busiest slot.
        cards.Select(c => c.Label).ShouldBe([resolution, replies]);
        cards[0].Status.ShouldBe(locale == "de" ? "Verfehlt" : "미달");   // 99% is out of reach
        cards[0].Value.ShouldContain(locale == "de" ? "," : ".");        // 93,4 % against 93.4%
        page.QuerySelector(".theme-load .compact th")!.TextContent.ShouldBe(heatmap);

        using var pdf = PdfDocument.Open(basePath + ".pdf");
        var text = string.Join(' ', pdf.GetPages().Select(PdfText.Words));
        // Cards stand side by side, so a label of two lines is interleaved with its neighbours' words: check word by word.
        var firstPage = Words(PdfText.Words(pdf.GetPage(1)));
        foreach (var card in cards)
        {
            Words(card.Label).Except(firstPage).ShouldBeEmpty($"page 1 lacks the label of {card}");
            Words(card.Value).Except(firstPage).ShouldBeEmpty($"page 1 lacks the value of {card}");
            Words(card.Status).Except(firstPage).ShouldBeEmpty($"page 1 lacks the status of {card}");
        }

        text.ShouldContain(period);
        if (locale == "ko")
        {
            Hangul().IsMatch(text).ShouldBeTrue("the Korean PDF has no Hangul text");
        }

        // The agent's name is text everywhere: escaped in HTML and email, printed as written in the PDF.
        html.ShouldNotContain(Agent);
        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.QuerySelectorAll(".breakdowns tbody th").Select(t => t.TextContent).ShouldContain(Agent);
        text.ShouldContain(Agent);

        var message = await MimeMessage.LoadAsync(basePath + ".eml");
        message.Subject.ShouldBe($"Support — {period}: " + (locale == "de" ? "1 Ziel verfehlt" : "목표 1개 미달"));
        message.Attachments.OfType<MimePart>().Single().ContentType.MimeType.ShouldBe("application/pdf");
        var images = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").Select(p => p.ContentId).ToList();
        images.ShouldNotContain("volume_heatmap-heatmap");   // no target: the mail leaves its chart to the attached PDF
        images.ShouldContain("replies_per_ticket-by-agent");
        var body = new HtmlParser().ParseDocument(message.HtmlBody!);
        body.QuerySelectorAll("img").Select(i => i.GetAttribute("src")).ShouldBe(images.Select(i => $"cid:{i}"), ignoreOrder: true);
        message.HtmlBody!.ShouldNotContain(Agent);
        body.QuerySelectorAll("script").ShouldBeEmpty();
        body.Body!.TextContent.ShouldContain(Agent);
        body.Body.TextContent.ShouldContain(replies);
    }

    // PdfPig reads the spaces of text set in NanumGothic as U+0001; a no-break space (between a number and its unit) parts
    // words too.
    private static HashSet<string> Words(string text) =>
        text.Split([' ', '\u0001', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    [GeneratedRegex(@"[\uAC00-\uD7A3]")]
    private static partial Regex Hangul();
}
