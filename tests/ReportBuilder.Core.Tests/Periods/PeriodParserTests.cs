using System.Globalization;
using NodaTime;
using ReportBuilder.Periods;

namespace ReportBuilder.Tests.Periods;

public sealed class PeriodParserTests
{
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    // Wednesday 2026-11-18 14:30 in Warsaw (CET, UTC+1).
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 18, 13, 30);

    private static PeriodWindow Parse(string text, DateTimeZone? zone = null, Instant? asOf = null) =>
        PeriodParser.TryParse(text, zone ?? DateTimeZone.Utc, asOf ?? AsOf).ShouldNotBeNull();

    private static string Utc(Instant instant) => instant.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10", "2026-10-01 00:00", "2026-11-01 00:00", "October 2026")]
    [InlineData("2026-Q3", "2026-07-01 00:00", "2026-10-01 00:00", "2026-Q3")]
    [InlineData("2026-q4", "2026-10-01 00:00", "2027-01-01 00:00", "2026-Q4")]
    [InlineData("2026-W05", "2026-01-26 00:00", "2026-02-02 00:00", "2026-W05")]
    [InlineData("2026-W53", "2026-12-28 00:00", "2027-01-04 00:00", "2026-W53")]
    [InlineData("2026", "2026-01-01 00:00", "2027-01-01 00:00", "2026")]
    [InlineData("2026-10-05", "2026-10-05 00:00", "2026-10-06 00:00", "2026-10-05")]
    [InlineData("2026-10-01..2026-10-15", "2026-10-01 00:00", "2026-10-16 00:00", "2026-10-01 – 2026-10-15")]
    public void TryParse_CalendarPeriodInUtc_IsHalfOpenInterval(string text, string start, string end, string label)
    {
        var period = Parse(text);

        Utc(period.StartInstant).ShouldBe(start);
        Utc(period.EndInstant).ShouldBe(end);
        period.Label(CultureInfo.GetCultureInfo("en-US")).ShouldBe(label);
    }

    [Theory]
    [InlineData("last_month", "2026-10-01 00:00", "2026-11-01 00:00")]
    [InlineData("month_to_date", "2026-11-01 00:00", "2026-11-18 14:30")]
    [InlineData("last_7_days", "2026-11-11 00:00", "2026-11-18 00:00")]
    [InlineData("yesterday", "2026-11-17 00:00", "2026-11-18 00:00")]
    [InlineData("today", "2026-11-18 00:00", "2026-11-19 00:00")]
    [InlineData("last_week", "2026-11-09 00:00", "2026-11-16 00:00")]
    [InlineData("week_to_date", "2026-11-16 00:00", "2026-11-18 14:30")]
    [InlineData("last_quarter", "2026-07-01 00:00", "2026-10-01 00:00")]
    [InlineData("quarter_to_date", "2026-10-01 00:00", "2026-11-18 14:30")]
    [InlineData("last_year", "2025-01-01 00:00", "2026-01-01 00:00")]
    [InlineData("year_to_date", "2026-01-01 00:00", "2026-11-18 14:30")]
    public void TryParse_RelativePeriod_ResolvesAsOfInTheReportZone(string text, string localStart, string localEnd)
    {
        var period = Parse(text, Warsaw);

        period.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture).ShouldBe(localStart);
        period.End.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture).ShouldBe(localEnd);
    }

    [Fact]
    public void TryParse_LastMonthAsOfJustAfterMidnightInWarsaw_IsTheLocalPreviousMonth()
    {
        // 2026-10-31 23:30 UTC is already 2026-11-01 00:30 in Warsaw.
        var period = Parse("last_month", Warsaw, Instant.FromUtc(2026, 10, 31, 23, 30));

        period.Label(CultureInfo.GetCultureInfo("en-US")).ShouldBe("October 2026");
    }

    [Fact]
    public void TryParse_October2026InWarsaw_Has745HoursAcrossTheDstEnd()
    {
        var october = Parse("2026-10", Warsaw);

        Utc(october.StartInstant).ShouldBe("2026-09-30 22:00");   // midnight CEST
        Utc(october.EndInstant).ShouldBe("2026-10-31 23:00");     // midnight CET
        (october.EndInstant - october.StartInstant).TotalHours.ShouldBe(31 * 24 + 1);
    }

    [Theory]
    [InlineData("2026-03", "2026-03-01 05:00", "2026-04-01 04:00", 31 * 24 - 1)]   // clocks go forward on 03-08
    [InlineData("2026-11", "2026-11-01 04:00", "2026-12-01 05:00", 30 * 24 + 1)]   // clocks go back on 11-01
    public void TryParse_NewYorkDstMonths_AreExactlyTheLocalMonth(string text, string start, string end, int hours)
    {
        var period = Parse(text, NewYork);

        Utc(period.StartInstant).ShouldBe(start);
        Utc(period.EndInstant).ShouldBe(end);
        (period.EndInstant - period.StartInstant).TotalHours.ShouldBe(hours);
    }

    [Fact]
    public void TryParse_DstChangeDayInWarsaw_Has25Hours()
    {
        var day = Parse("2026-10-25", Warsaw);

        (day.EndInstant - day.StartInstant).TotalHours.ShouldBe(25);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-Q5")]
    [InlineData("2026-W54")]
    [InlineData("2025-W53")]                 // 2025 has 52 ISO weeks
    [InlineData("2026-02-30")]
    [InlineData("2026-10-15..2026-10-01")]   // ends before it starts
    [InlineData("last_0_days")]
    [InlineData("last_moon")]
    [InlineData("")]
    public void TryParse_MalformedPeriod_IsNull(string text)
    {
        PeriodParser.TryParse(text, DateTimeZone.Utc, AsOf).ShouldBeNull();
    }
}
