using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ReportBuilder.Reports;
using ReportBuilder.Rendering.Charts;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Rendering;

public sealed class HtmlReportRendererTests
{
    private static readonly HtmlReportRenderer Renderer = TestEnvironment.Html();

    private static async Task<IDocument> RenderAsync(ReportModel model, bool print = false) =>
        new HtmlParser().ParseDocument(await Renderer.RenderAsync(model, print, CancellationToken.None));

    [Fact]
    public async Task Render_PutsTheVerdictFirst_AndNamesTheFailedTargets()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        var firstSection = page.QuerySelector("main > section")!;
        firstSection.ClassList.ShouldContain("verdict");
        firstSection.ClassList.ShouldContain("state-fail");
        firstSection.QuerySelector(".verdict-score")!.TextContent.ShouldBe("1 of 2 targets met");
        firstSection.QuerySelector(".named.status-fail")!.TextContent.ShouldBe("Missed Replies per ticket");
    }

    [Fact]
    public async Task Render_ShowsEachMetricAsACard_WithValueTargetAndStatusWord()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        var cards = page.QuerySelectorAll(".card").Select(c => (
            Label: c.QuerySelector("h3")!.TextContent,
            Value: c.QuerySelector(".value")!.TextContent,
            Target: c.QuerySelector(".target")!.TextContent,
            Status: c.QuerySelector(".badge")!.TextContent)).ToList();

        cards.ShouldBe([
            ("Replies per ticket", "3.25", "Target < 2 (warn ≤ 3) · n = 40", "Fail"),
            ("Resolution rate", "95.0%", "Target ≥ 90% (warn ≥ 80%) · n = 200", "Pass"),
            ("Ticket volume", "1,588", "n = 1,588", "No target"),
        ]);
    }

    [Fact]
    public async Task Render_ColoursTheChangeByTheMetricsDirection()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        var changes = page.QuerySelectorAll(".card").Select(c => c.QuerySelector(".change")).ToList();
        changes[0]!.ClassName.ShouldBe("change trend-worse");
        changes[0]!.TextContent.ShouldBe("▲ +30.0% vs 2.50 in September 2026");
        changes[1]!.ClassName.ShouldBe("change trend-better");
        changes[1]!.TextContent.ShouldBe("▲ +2.0 pp vs 93.0% in September 2026");
        changes[2].ShouldBeNull();
    }

    [Fact]
    public async Task Render_DrawsASparklineOnlyForMetricsWithATrend_SkippingPeriodsWithoutValue()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        var cards = page.QuerySelectorAll(".card").ToList();
        var points = cards[0].QuerySelector("svg polyline")!.GetAttribute("points")!.Split(' ');
        points.Length.ShouldBe(5);
        cards[0].QuerySelector("figcaption")!.TextContent.ShouldBe("May 2026October 2026");
        cards[1].QuerySelector("svg").ShouldBeNull();
    }

    [Fact]
    public async Task Render_GivesEachBreakdownRowItsStatus()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        var tables = page.QuerySelectorAll(".breakdowns table").ToList();
        tables.Select(t => t.QuerySelector("caption")!.TextContent).ShouldBe(["Replies per ticket by agent", "Resolution rate by channel"]);
        Rows(tables[1]).ShouldBe([["chat", "85.0%", "80", "Warn"], ["email", "96.0%", "120", "Pass"]]);   // worst first
    }

    [Fact]
    public async Task Render_EscapesDataEvenWhereTheTemplateDoesNotAskForIt()
    {
        const string agent = "<script>alert('x')</script> & \"Bob\"";

        var html = await Renderer.RenderAsync(SampleReports.Monthly(agent), print: false, CancellationToken.None);

        html.ShouldNotContain("<script>");
        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelectorAll("script").ShouldBeEmpty();
        page.QuerySelector(".breakdowns tbody th")!.TextContent.ShouldBe(agent);
    }

    [Fact]
    public async Task Render_WritesEveryRowOfALargeBreakdown()
    {
        var page = await RenderAsync(SampleReports.Monthly(agentRows: 8000));

        page.QuerySelectorAll(".breakdowns table")[0].QuerySelectorAll("tbody tr").Length.ShouldBe(8000);
    }

    [Fact]
    public async Task Render_EndsWithTheAuditFooter()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        page.QuerySelectorAll(".colophon dd").Select(d => d.TextContent).ShouldBe([
            "2026-10-01 00:00 – 2026-11-01 00:00 Europe/Warsaw", "2026-11-05 12:00 UTC", "support.db", "3f2a9c0d11e4b7aa"]);
    }

    [Fact]
    public async Task Render_MarksThePrintVariant()
    {
        (await RenderAsync(SampleReports.Monthly(), print: true)).DocumentElement.ClassName.ShouldBe("print");
        (await RenderAsync(SampleReports.Monthly(), print: false)).DocumentElement.ClassName.ShouldBe("screen");
    }

    [Fact]
    public async Task Render_PlacesEachChartWithItsMetric_AsScalableSvgWithItsAltText()
    {
        var model = SampleReports.Monthly();
        var charts = ChartBuilder.Build(model);

        var page = await RenderAsync(model);

        var replies = page.QuerySelector("#metric-replies_per_ticket")!;
        var trend = replies.QuerySelector("#chart-replies_per_ticket-trend .chart-image")!;
        trend.GetAttribute("role").ShouldBe("img");
        trend.GetAttribute("aria-label").ShouldBe(charts.Single(c => c.Id == "replies_per_ticket-trend").AltText);
        var drawn = charts.Single(c => c.Id == "replies_per_ticket-trend");
        trend.QuerySelector("svg")!.GetAttribute("viewBox").ShouldBe($"0 0 {drawn.Width} {drawn.Height}");
        trend.QuerySelector("svg")!.HasAttribute("width").ShouldBeFalse();
        var agents = replies.QuerySelector(".breakdown.with-chart")!;
        agents.QuerySelector("figure")!.Id.ShouldBe("chart-replies_per_ticket-by-agent");
        agents.QuerySelector("caption")!.TextContent.ShouldBe("Replies per ticket by agent");
        page.QuerySelector("#metric-resolution_rate #chart-resolution_rate-by-channel").ShouldNotBeNull();
        page.QuerySelectorAll("figure.chart").Length.ShouldBe(charts.Count);
    }

    [Fact]
    public async Task Render_EscapesDataInsideCharts()
    {
        const string agent = "<script>alert('x')</script>";

        var page = await RenderAsync(SampleReports.Monthly(agent));

        var bars = page.QuerySelector("#chart-replies_per_ticket-by-agent svg")!;
        bars.QuerySelectorAll("script").ShouldBeEmpty();
        // Shortened to fit beside its bar, still as text, not markup.
        bars.QuerySelectorAll("text").Select(t => t.TextContent.Trim()).ShouldContain(t => t.StartsWith("<script>alert('x')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_LinksEachCardToItsSection_AndStatesTheDefinitionUnderTheSectionTitle()
    {
        var page = await RenderAsync(SampleReports.Monthly());

        // Ticket volume has neither trend nor breakdown, so no section to link to.
        page.QuerySelectorAll(".card h3 a").Select(a => a.GetAttribute("href")).ShouldBe(["#metric-replies_per_ticket", "#metric-resolution_rate"]);
        page.QuerySelectorAll(".metric-section").Select(s => (s.Id, s.QuerySelector(".section-head + .definition")?.TextContent))
            .ShouldBe([("metric-replies_per_ticket", "Replies a ticket needs"), ("metric-resolution_rate", "Share of tickets solved")]);
    }

    [Fact]
    public async Task Render_ListsABreakdownsGroupsInTheOrderOfItsChart_WorstFirst_NoneLast()
    {
        var rows = new List<BreakdownRow>
        {
            new("(none)", 0.2, "20.0%", Status.Fail, 5),
            new("chat", 0.85, "85.0%", Status.Warn, 80),
            new("email", 0.96, "96.0%", Status.Pass, 120),
            new("phone", 0.5, "50.0%", Status.Fail, 30),
            new("web", 0.7, "70.0%", Status.Fail, 10),
        };
        var model = SampleReports.Monthly() is var m
            ? m with { Metrics = [m.Metrics[1] with { Breakdowns = [new BreakdownView("channel", "Channel", BreakdownOrder.Sort("channel", rows, ReportBuilder.Definitions.MetricDirection.Higher, true))] }] }
            : null!;

        var page = await RenderAsync(model);

        // Higher is better: the fails from the lowest share up, the warning, the pass; "(none)" last whatever its value.
        var table = page.QuerySelectorAll("#metric-resolution_rate tbody th").Select(t => t.TextContent).ToList();
        table.ShouldBe(["phone", "web", "chat", "email", "(none)"]);
        var chart = ChartBuilder.Build(model).Single(c => c.Kind == "breakdown");
        chart.AltText.ShouldBe("Resolution rate by channel: phone 50.0% (fail), web 70.0% (fail), chat 85.0% (warn), email 96.0% (pass), (none) 20.0% (fail)");
    }

    [Fact]
    public void BreakdownOrder_WithoutATarget_PutsTheLargestFirst_AndKeepsCalendarDimensionsInCalendarOrder()
    {
        var rows = new List<BreakdownRow>
        {
            new("(none)", 900, "900", Status.None, 900),
            new("chat", 40, "40", Status.None, 40),
            new("email", 120, "120", Status.None, 120),
            new("web", 75, "75", Status.None, 75),
        };

        BreakdownOrder.Sort("channel", rows, ReportBuilder.Definitions.MetricDirection.None, hasTarget: false).Select(r => r.Key).ShouldBe(["email", "web", "chat", "(none)"]);
        BreakdownOrder.Sort("hour", rows, ReportBuilder.Definitions.MetricDirection.None, hasTarget: false).ShouldBe(rows);
    }

    [Fact]
    public async Task Render_ChartElementIdsAreUniqueInThePage_AndEveryReferenceFindsItsElement()
    {
        var model = SampleReports.Monthly() is var m ? m with { Metrics = [.. m.Metrics, HeatMap()] } : null!;

        var html = await Renderer.RenderAsync(model, print: false, CancellationToken.None);

        var page = new HtmlParser().ParseDocument(html);
        page.QuerySelector("#chart-volume_heatmap-heatmap svg use").ShouldNotBeNull();   // the cells are an image the SVG uses
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        ids.ShouldBeUnique();
        var references = System.Text.RegularExpressions.Regex.Matches(html, @"(?:href=""#|url\(#)([^"")]+)").Select(r => r.Groups[1].Value).ToList();
        references.ShouldNotBeEmpty();
        references.Except(ids).ShouldBeEmpty();
    }

    private static MetricView HeatMap() =>
        new("volume_heatmap", "volume_heatmap", "Tickets by day and hour", "", "value", ReportBuilder.Definitions.MetricUnit.Count, ReportBuilder.Definitions.MetricDirection.None, 43, "43", Status.None, null, 43, null,
            [new BreakdownView("weekday_hour", "Day and hour", [
                new BreakdownRow("Mon 09:00", 12, "12", Status.None, 12) { Code = "109" },
                new BreakdownRow("Tue 14:00", 30, "30", Status.None, 30) { Code = "214" },
                new BreakdownRow("Sun 03:00", 1, "1", Status.None, 1) { Code = "703" }])],
            []);

    private static List<string[]> Rows(IElement table) =>
        table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
}
