using ReportBuilder.Rendering.Charts;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Rendering;

/// <summary>Charts drawn from hand-built report models: what each shows, in which order, labelled how.</summary>
public sealed class ChartBuilderTests
{
    [Fact]
    public void Build_MetricWithTrend_DrawsTheTrendWithAxisLabelsAndTheTargetLine()
    {
        var model = SampleReports.Monthly() is var m ? m with { Metrics = [m.Metrics[0] with { PassBound = 2, WarnBound = 3 }] } : null!;

        var trend = ChartBuilder.Build(model).Single(c => c.Kind == "trend");

        trend.Id.ShouldBe("replies_per_ticket-trend");
        var texts = Texts(trend.ToSvg());
        texts.ShouldContain("Replies per ticket");     // the ratio's axis title: what it counts, in words
        texts.ShouldNotContain("value");
        // Months on the axis, the year on a second line under the first and the last.
        texts.ShouldContain("May");
        texts.ShouldContain("Oct");
        texts.Count(t => t == "2026").ShouldBe(2);
        texts.ShouldContain("– – target\u2003\u2003··· warn");   // the lines' names; the rule is in the alt text
        trend.AltText.ShouldBe("Replies per ticket: May 2026 2.00, June 2026 2.50, July 2026 —, August 2026 2.20, " +
            "September 2026 2.50, October 2026 3.25; target < 2 (warn ≤ 3)");
    }

    [Fact]
    public void Build_BreakdownWithTarget_PutsFailingRowsFirstAndColoursTheStatus()
    {
        var rows = new List<BreakdownRow>
        {
            new("email", 1.2, "1.20", Status.Pass, 50),
            new("chat", 3.6, "3.60", Status.Fail, 20),
            new("phone", 2.4, "2.40", Status.Warn, 10),
            new("web", 4.1, "4.10", Status.Fail, 5),
        };
        var model = SampleReports.Monthly() is var m
            ? m with { Metrics = [m.Metrics[0] with { Trend = [], Breakdowns = [new BreakdownView("channel", "Channel", rows)] }] }
            : null!;

        var bars = ChartBuilder.Build(model).Single();

        bars.Id.ShouldBe("replies_per_ticket-by-channel");
        // Lower is better: fails first, the worst of them first; then the warning; then the pass.
        bars.AltText.ShouldBe("Replies per ticket by channel: web 4.10 (fail), chat 3.60 (fail), phone 2.40 (warn), email 1.20 (pass)");
        // The status is the bar's colour (the table writes the word): the bar carries only its value.
        Texts(bars.ToSvg()).ShouldContain("4.10");
        Texts(bars.ToSvg()).ShouldNotContain(t => t.Contains("fail", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WeekdayHourBreakdown_DrawsAHeatMapNamingTheBusiestSlots()
    {
        var rows = new List<BreakdownRow>
        {
            new("Mon 09:00", 12, "12", Status.None, 12) { Code = "109" },
            new("Tue 14:00", 30, "30", Status.None, 30) { Code = "214" },
            new("Sun 03:00", 1, "1", Status.None, 1) { Code = "703" },
        };
        var volume = new MetricView("volume_heatmap", "volume_heatmap", "Tickets by day and hour", "", "value", ReportBuilder.Definitions.MetricUnit.Count, ReportBuilder.Definitions.MetricDirection.None,
            43, "43", Status.None, null, 43, null, [new BreakdownView("weekday_hour", "Day and hour", rows)], []);
        var model = SampleReports.Monthly() with { Metrics = [volume] };

        var map = ChartBuilder.Build(model).Single();

        map.Kind.ShouldBe("heatmap");
        map.AltText.ShouldBe("Tickets by day and hour; busiest: Tue 14:00 (30), Mon 09:00 (12), Sun 03:00 (1)");
        Texts(map.ToSvg()).ShouldContain("Mon");
    }

    [Fact]
    public void ToPng_IsAPngAtTwiceTheChartSize()
    {
        var chart = ChartBuilder.Build(SampleReports.Monthly()).First();

        var png = chart.ToPng();

        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        // IHDR: width and height, big-endian, at bytes 16–23.
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).ShouldBe(chart.Width * 2);
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).ShouldBe(chart.Height * 2);
    }

    [Fact]
    public void Build_KoreanLabels_UseAKoreanFont()
    {
        var model = SampleReports.Monthly() is var m ? m with { Metrics = [m.Metrics[0] with { Label = "티켓당 답변 수" }] } : null!;

        var svg = ChartBuilder.Build(model).First().ToSvg();

        svg.ShouldContain("font-family=\"NanumGothic");
        Texts(svg).ShouldContain("티켓당 답변 수");
    }

    /// <summary>The text the SVG draws, one string per text element.</summary>
    private static List<string> Texts(string svg) =>
        System.Xml.Linq.XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
}
