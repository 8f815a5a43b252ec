using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MimeKit;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Localization;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Reports;
using ReportBuilder.Rules;
using PuppeteerSharp;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Rendering;

/// <summary>The card's gap chart (issue 19 item 1): a missed target's distance split over a dimension's groups, one bar a group,
/// on the HTML page's card, the mail's card and the printed card (there in place of the card's sparkline). Every part, width
/// and word below is worked out by hand.</summary>
public sealed class GapChartTests
{
    private const string Pass = "#1a7f37";
    private const string Fail = "#c62828";

    private static readonly HtmlReportRenderer Html = TestEnvironment.Html();

    // One-touch resolution (target ≥ 60%) in October by channel, each channel's solved tickets and how many had one reply.
    private static TestDatabase Channels(params (string Channel, int Solved, int OneTouch)[] channels)
    {
        var db = new TestDatabase();
        foreach (var (channel, solved, oneTouch) in channels)
        {
            for (var i = 0; i < solved; i++)
            {
                db.Solved($"2026-10-{i + 1:00} 09:00", $"2026-10-{i + 1:00} 10:00", replies: i < oneTouch ? 1 : 2, channel: channel);
            }
        }

        return db;
    }

    // email 10 solved, 3 one-touch (30%); web 8, 2 (25%); chat 2, 2 (100%, past the target) → 7 / 20 = 35%, 25 pp below 60%.
    private static TestDatabase ThreeChannels() => Channels(("email", 10, 3), ("web", 8, 2), ("chat", 2, 2));

    private static Task<ReportModel> RunAsync(TestDatabase db, string entry = "metric: one_touch_rate, breakdown: [channel], min_sample: 1") =>
        db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0, entry));

    private static GapChart? ChartOf(ReportModel model) =>
        GapChart.Of(model.Metrics.Single(), new ValueFormatter(ValueFormatter.CultureFor("en")) { Units = TestEnvironment.Words("en").Charts.Units });

    private static async Task<IDocument> PageAsync(ReportModel model, bool print = false) =>
        new HtmlParser().ParseDocument(await Html.RenderAsync(model, print, CancellationToken.None));

    private static async Task<IDocument> MailAsync(ReportModel model)
    {
        var message = await new EmailReportBuilder(Html).BuildAsync(model, Encoding.ASCII.GetBytes("%PDF-1.7 stand-in"), CancellationToken.None);
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream);
        stream.Position = 0;
        return new HtmlParser().ParseDocument((await MimeMessage.LoadAsync(stream)).HtmlBody!);
    }

    [Fact]
    public async Task Rate_ThreeGroupsOnePast_OneBarAGroup_ItsShareTimesItsDistance_ThePastOneLeftOfTheLine()
    {
        using var db = ThreeChannels();
        var model = await RunAsync(db);

        var chart = ChartOf(model).ShouldNotBeNull();

        // Shares of the 20 tickets: email ½, web 0.4, chat 0.1. Parts, the share times (60% − the group's rate):
        //   email ½ · 30 pp = +15 pp; web 0.4 · 35 pp = +14 pp; chat 0.1 · (−40 pp) = −4 pp; 15 + 14 − 4 = 25 pp, the gap.
        // The bars span 15 + 4 = 19 pp: the zero line at 4 / 19 = 21.1% from the left; email 15 / 19 = 78.9% wide, web
        // 14 / 19 = 73.7%, both from the line; chat 4 / 19 = 21.1% wide, from 21.1 − 21.1 = 0.
        (chart.Dimension, chart.DisplayGap, chart.Axis, chart.Past).ShouldBe(("Channel", "25.0\u00a0pp", 21.1, true));
        chart.Bars.Select(b => (b.Key, b.Display, b.Start, b.Width, b.Past, b.Rest)).ShouldBe([
            ("email", "+15.0\u00a0pp", 21.1, 78.9, false, false),
            ("web", "+14.0\u00a0pp", 21.1, 73.7, false, false),
            ("chat", "−4.0\u00a0pp", 0.0, 21.1, true, false),
        ]);
        chart.Bars.Select(b => b.Part).ShouldBe([0.15, 0.14, -0.04], tolerance: 1e-12);
        chart.Bars.Sum(b => b.Part).ShouldBe(0.25, 1e-12);
        model.Metrics.Single().Insight.Gap.Single().Gap.ShouldBe(0.25, 1e-12);

        // The page's card shows the same, the past group in the pass colour's class, and says what the left side means.
        var page = await PageAsync(model);
        var figure = page.QuerySelectorAll("figure.gap-chart").ShouldHaveSingleItem();
        figure.Closest(".card")!.ClassList.ShouldContain("status-fail");
        figure.QuerySelector(".gap-title")!.TextContent.ShouldBe("Channel: parts of the 25.0\u00a0pp gap");
        figure.QuerySelectorAll(".gap-bars tr").Select(r => (
            r.ClassName,
            r.QuerySelector(".gap-label")!.TextContent,
            r.QuerySelector(".gap-value")!.TextContent,
            r.QuerySelector(".gap-bar")!.GetAttribute("style"),
            r.QuerySelector(".gap-axis")!.GetAttribute("style"))).ShouldBe([
            ("gap-miss", "email", "+15.0\u00a0pp", "left:21.1%;width:78.9%", "left:21.1%"),
            ("gap-miss", "web", "+14.0\u00a0pp", "left:21.1%;width:73.7%", "left:21.1%"),
            ("gap-past", "chat", "−4.0\u00a0pp", "left:0%;width:21.1%", "left:21.1%"),
        ]);
        figure.QuerySelector(".gap-note")!.TextContent.ShouldBe("Left of the line: groups already meeting the target.");
    }

    [Fact]
    public async Task Rate_SevenGroups_FiveBars_TheFourLargestPartsAndTheOthersHoldingTheRestsSum()
    {
        // a 8 solved, none one-touch (0%); b 4, 0 (0%); c 2, 0 (0%); d 2, 1 (50%); e 2, 2 (100%); f 1, 0 (0%); g 1, 1 (100%)
        // → 4 / 20 = 20%, 40 pp below 60%.
        using var db = Channels(("a", 8, 0), ("b", 4, 0), ("c", 2, 0), ("d", 2, 1), ("e", 2, 2), ("f", 1, 0), ("g", 1, 1));
        var model = await RunAsync(db);

        var chart = ChartOf(model).ShouldNotBeNull();

        // Parts: a 0.4 · 60 = +24 pp; b 0.2 · 60 = +12; c 0.1 · 60 = +6; d 0.1 · 10 = +1; e 0.1 · (−40) = −4; f 0.05 · 60 = +3;
        // g 0.05 · (−40) = −2; they sum to 40. The four largest by size: a, b, c and e (4 > 3); the others d + f + g = 1 + 3 − 2
        // = +2 pp. Span 24 + 4 = 28: the line at 4 / 28 = 14.3%; widths 24 / 28 = 85.7, 12 / 28 = 42.9, 6 / 28 = 21.4,
        // 2 / 28 = 7.1 and e's 4 / 28 = 14.3 from 0.
        chart.Bars.Count.ShouldBe(GapChart.MaxBars);
        chart.Axis.ShouldBe(14.3);
        chart.Bars.Select(b => (b.Key, b.Display, b.Start, b.Width, b.Past, b.Rest)).ShouldBe([
            ("a", "+24.0\u00a0pp", 14.3, 85.7, false, false),
            ("b", "+12.0\u00a0pp", 14.3, 42.9, false, false),
            ("c", "+6.0\u00a0pp", 14.3, 21.4, false, false),
            ("", "+2.0\u00a0pp", 14.3, 7.1, false, true),
            ("e", "−4.0\u00a0pp", 0.0, 14.3, true, false),
        ]);
        chart.Bars.Single(b => b.Rest).Part.ShouldBe(0.02, 1e-12);
        chart.Bars.Sum(b => b.Part).ShouldBe(0.40, 1e-12);

        var figure = (await PageAsync(model)).QuerySelectorAll("figure.gap-chart").ShouldHaveSingleItem();
        figure.QuerySelectorAll(".gap-label").Select(l => l.TextContent).ShouldBe(["a", "b", "c", "the others", "e"]);
        figure.QuerySelectorAll(".gap-value").Select(l => l.TextContent)
            .ShouldBe(["+24.0\u00a0pp", "+12.0\u00a0pp", "+6.0\u00a0pp", "+2.0\u00a0pp", "−4.0\u00a0pp"]);
    }

    [Theory]
    // Passing: email 10 solved, 7 one-touch; web 10, 6 → 65%, past ≥ 60%.
    [InlineData("pass", "metric: one_touch_rate, breakdown: [channel], min_sample: 1")]
    // Missed (35%, as above) but without a breakdown: nothing to split.
    [InlineData("no breakdown", "metric: one_touch_rate, min_sample: 1")]
    public async Task PassingOrWithoutABreakdown_NoChart(string kind, string entry)
    {
        using var db = kind == "pass" ? Channels(("email", 10, 7), ("web", 10, 6)) : ThreeChannels();
        var model = await RunAsync(db, entry);

        model.Metrics.Single().Status.ShouldBe(kind == "pass" ? Status.Pass : Status.Fail);
        ChartOf(model).ShouldBeNull();
        (await PageAsync(model)).QuerySelectorAll(".gap-chart, .gap-bars, .gap-title").ShouldBeEmpty();
        (await MailAsync(model)).QuerySelectorAll("table.gap").ShouldBeEmpty();
    }

    [Fact]
    public async Task Mail_TheCardCarriesTheSameBars_AsTableCellsWithInlineColours()
    {
        using var db = ThreeChannels();
        var model = await RunAsync(db);

        var mail = await MailAsync(model);

        var table = mail.QuerySelectorAll("table.gap").ShouldHaveSingleItem();
        table.Closest("td.card")!.QuerySelector("strong")!.TextContent.ShouldBe("One-touch resolution");
        var rows = table.QuerySelector("tbody")!.Children.ToList();
        rows[0].TextContent.ShouldBe("Channel: parts of the 25.0\u00a0pp gap");
        rows[^1].TextContent.ShouldBe("Left of the line: groups already meeting the target.");
        // Each bar's row: the group, its track (cells as wide as the space before the bar, the bar, the space after it) and
        // its part. From the page's figures: email from 21.1% for 78.9% (nothing after), web from 21.1% for 73.7% (5.2%
        // after), chat from 0 for 21.1% (78.9% after, its left edge the zero line); missing parts in the fail colour,
        // chat's in the pass colour.
        rows[1..^1].Select(r => (
            Label: r.QuerySelector("td.gap-l")!.TextContent,
            Value: r.QuerySelector("td.gap-v")!.TextContent,
            ValueStyle: r.QuerySelector("td.gap-v")!.GetAttribute("style"),
            Cells: string.Join(" | ", r.QuerySelectorAll("td.gap-track td").Select(c => $"{c.GetAttribute("width")} {c.GetAttribute("style")}".Trim()))))
            .ShouldBe([
                ("email", "+15.0\u00a0pp", $"color:{Fail};", $"21.1% | 78.9% background:{Fail};border-left:1px solid #1f2328;"),
                ("web", "+14.0\u00a0pp", $"color:{Fail};", $"21.1% | 73.7% background:{Fail};border-left:1px solid #1f2328; | 5.2%"),
                ("chat", "−4.0\u00a0pp", $"color:{Pass};", $"21.1% background:{Pass}; | 78.9% border-left:1px solid #1f2328;"),
            ]);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Chromium)]
    public async Task Pdf_Page1Card_CarriesTheChartInPlaceOfItsSparkline_TheScreenShowsBoth()
    {
        // The same October, a trend of three months, and a September ticket so the card has a line from August to October.
        using var db = ThreeChannels().Solved("2026-09-10 09:00", "2026-09-10 10:00", replies: 1);
        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 3, "metric: one_touch_rate, breakdown: [channel], min_sample: 1"));
        const string title = "parts of the 25.0";

        var screen = (await PageAsync(model)).QuerySelector("article.card")!;
        screen.ClassList.ShouldContain("has-gap");
        screen.QuerySelector("figure.gap-chart").ShouldNotBeNull();
        screen.QuerySelector("figure.spark").ShouldNotBeNull();
        var first = screen.QuerySelector("figure.spark figcaption span")!.TextContent;
        first.ShouldBe("August 2026");

        var bytes = await new PdfReportRenderer(Html, InstalledChromium.Require()).RenderAsync(model, CancellationToken.None);

        using var pdf = PdfDocument.Open(bytes);
        var page1 = PdfText.Words(pdf.GetPage(1));
        page1.ShouldContain("One-touch resolution");
        page1.ShouldContain(title);
        page1.ShouldContain("Left of the line");
        // The card's line from August is left to the metric's trend chart on a later page.
        page1.ShouldNotContain(first);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Chromium)]
    public async Task At390Pixels_NoBarOrWordLeavesTheCardOrIsCut_OnThePageAndInTheMail()
    {
        // chat's 2 tickets are under min_sample 3: its part is the bar of "other groups (too few rows)", the longest label.
        using var db = ThreeChannels();
        var model = await RunAsync(db, "metric: one_touch_rate, breakdown: [channel], min_sample: 3");
        var page = await Html.RenderAsync(model, print: false, CancellationToken.None);
        var mail = (await MailAsync(model)).DocumentElement.OuterHtml;

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = InstalledChromium.Require().ExecutablePath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        await using var tab = await browser.NewPageAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844 });
        foreach (var (html, chart, label) in new[] { (page, "figure.gap-chart", ".gap-label"), (mail, "table.gap", ".gap-l") })
        {
            await tab.SetContentAsync(html);

            (await tab.EvaluateExpressionAsync<string[]>($"[...document.querySelectorAll('{label}')].map(l => l.innerText)"))
                .ShouldBe(["email", "web", "other groups (too few rows)"]);
            // Every part of the chart within the window's 390 px, and no text cut short (an ellipsis hides what overflows).
            var wrong = await tab.EvaluateExpressionAsync<string[]>($$"""
                [...document.querySelectorAll('{{chart}}, {{chart}} *')].flatMap(e => {
                  const r = e.getBoundingClientRect(), w = document.documentElement.clientWidth;
                  return (r.width > 0 && (r.left < -0.5 || r.right > w + 0.5) ? [`outside: <${e.localName} class=${e.className}> ${r.left}..${r.right} of ${w}`] : [])
                    .concat(e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline' ? [`cut: <${e.localName} class=${e.className}> ${e.textContent}`] : []);
                })
                """);
            wrong.ShouldBeEmpty(chart);
        }
    }
}
