using ReportBuilder.Definitions;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Rendering;

/// <summary>Durations and changes are written with the report language's numbers and unit words.</summary>
public sealed class UnitWordsTests
{
    private static ValueFormatter For(string locale) =>
        new(ValueFormatter.CultureFor(locale)) { Units = TestEnvironment.Words(locale).Words.Units };

    [Theory]
    [InlineData("en", 1.5, "1.5\u00a0h")]
    [InlineData("de", 1.5, "1,5\u00a0h")]
    [InlineData("ko", 0.5, "30분")]
    [InlineData("ru", 2.5, "2,5\u00a0ч")]
    [InlineData("pl", 0.25, "15\u00a0min")]
    public void Format_Hours_InTheReportLanguage(string locale, double hours, string expected) =>
        For(locale).Format(hours, MetricUnit.Hours).ShouldBe(expected);

    [Theory]
    [InlineData("en", "+2.0\u00a0pp")]
    [InlineData("de", "+2,0\u00a0Pp.")]
    [InlineData("ko", "+2.0%p")]
    public void Change_OfAShare_IsInPercentagePointsInTheReportLanguage(string locale, string expected) =>
        For(locale).Change(0.52, 0.50, MetricUnit.Percent).Display.ShouldBe(expected);

    [Fact]
    public void Change_FromZero_IsNewInTheReportLanguage() =>
        For("fr").Change(3, 0, MetricUnit.Count).Display.ShouldBe("nouveau");

    [Fact]
    public void DrawCharts_InKorean_WritesTheAltTextWithKoreanUnitWords()
    {
        var sample = SampleReports.Monthly();
        var minutes = new TrendPoint(sample.Period.Start, sample.Period.End, "2026년 10월", 0.5);
        var hours = new TrendPoint(sample.Period.Start.AddMonths(-1), sample.Period.Start, "2026년 9월", 2.5);
        var response = sample.Metrics[0] with { Unit = MetricUnit.Hours, Trend = [hours, minutes], Breakdowns = [] };
        var model = sample with { Report = sample.Report with { Locale = "ko" }, Metrics = [response] };

        var trend = TestEnvironment.Html().DrawCharts(model, CancellationToken.None).Single(c => c.Kind == "trend");

        trend.AltText.ShouldContain("2026년 9월 2.5시간, 2026년 10월 30분");
    }
}
