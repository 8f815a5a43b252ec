using System.Globalization;
using NodaTime;
using ReportBuilder.Periods;

namespace ReportBuilder.Tests.Periods;

public sealed class PeriodWindowTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 18, 13, 30);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static PeriodWindow Parse(string text) => PeriodParser.TryParse(text, Warsaw, AsOf).ShouldNotBeNull();

    private static string Local(PeriodWindow p) =>
        $"{p.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}..{p.End.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";

    [Theory]
    [InlineData("2026-10", "2026-09-01 00:00..2026-10-01 00:00")]
    [InlineData("2026-03", "2026-02-01 00:00..2026-03-01 00:00")]
    [InlineData("2026-Q1", "2025-10-01 00:00..2026-01-01 00:00")]
    [InlineData("2026-W01", "2025-12-22 00:00..2025-12-29 00:00")]
    [InlineData("2026", "2025-01-01 00:00..2026-01-01 00:00")]
    [InlineData("2026-03-01", "2026-02-28 00:00..2026-03-01 00:00")]
    [InlineData("2026-10-01..2026-10-15", "2026-09-16 00:00..2026-10-01 00:00")]   // the 15 days before
    [InlineData("month_to_date", "2026-10-01 00:00..2026-10-18 14:30")]           // the same part of last month
    public void Previous_EachShape_IsThePeriodJustBefore(string text, string expected)
    {
        Local(Parse(text).Previous()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-10", "2025-10-01 00:00..2025-11-01 00:00")]
    [InlineData("2026-W05", "2025-01-27 00:00..2025-02-03 00:00")]
    [InlineData("2024-02-29", "2023-02-28 00:00..2023-03-01 00:00")]
    public void SameLastYear_CalendarPeriod_IsOneYearEarlier(string text, string expected)
    {
        var period = PeriodParser.TryParse(text, Warsaw, AsOf).ShouldNotBeNull();

        Local(period.SameLastYear()).ShouldBe(expected);
    }

    [Fact]
    public void Trend_TwelveMonths_EndsWithThePeriodOldestFirst()
    {
        var trend = Parse("2026-10").Trend(12);

        trend.Count.ShouldBe(12);
        trend[0].Label(English).ShouldBe("November 2025");
        trend[^1].Label(English).ShouldBe("October 2026");
        trend.Zip(trend.Skip(1)).ShouldAllBe(pair => pair.First.EndInstant == pair.Second.StartInstant);
    }

    [Fact]
    public void Trend_MonthToDateAtTheEndOfAMonth_KeepsTheDayOfMonthInEveryPeriod()
    {
        // As of 31 March 14:30: each earlier month runs to its own day 31 (or its last day) at 14:30,
        // not to the 28th inherited from February.
        var asOf = Instant.FromUtc(2026, 3, 31, 12, 30);   // 14:30 CEST
        var period = PeriodParser.TryParse("month_to_date", Warsaw, asOf).ShouldNotBeNull();

        var trend = period.Trend(3);

        trend.Select(Local).ShouldBe([
            "2026-01-01 00:00..2026-01-31 14:30",
            "2026-02-01 00:00..2026-02-28 14:30",
            "2026-03-01 00:00..2026-03-31 14:30",
        ]);
    }
}
