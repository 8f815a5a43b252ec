using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace ReportBuilder.Periods;

/// <summary>Turns a period expression ("last_month", "2026-10", "2026-Q3", "2026-10-01..2026-10-15") into a window.</summary>
internal static partial class PeriodParser
{
    /// <summary>What a period may be written as, for error messages.</summary>
    public const string Forms =
        "last_month, month_to_date, last_7_days, last_N_days, yesterday, last_week, week_to_date, last_quarter, quarter_to_date, " +
        "last_year, year_to_date, 2026-10, 2026-Q3, 2026-W05, 2026, 2026-10-05, or 2026-10-01..2026-10-15";

    /// <summary>The years a period may name: far beyond any support data, far inside what dates, comparisons and trends
    /// (up to 60 periods back) can be computed for.</summary>
    public const int MinYear = 1900, MaxYear = 2999;

    /// <summary>Whether every year written in <paramref name="text"/> is from <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    public static bool YearsInRange(string text) =>
        YearWritten().Matches(text).All(m => m.Length <= 4 && int.Parse(m.Value, CultureInfo.InvariantCulture) is >= MinYear and <= MaxYear);

    /// <summary>Resolves <paramref name="text"/> in <paramref name="zone"/> as of <paramref name="asOf"/>; null when it is not a period.</summary>
    public static PeriodWindow? TryParse(string text, DateTimeZone zone, Instant asOf)
    {
        if (!YearsInRange(text))
        {
            return null;
        }

        var now = asOf.InZone(zone).LocalDateTime;
        var today = now.Date;
        var spec = text.Trim().ToLowerInvariant();

        if (LastDays().Match(spec) is { Success: true } days)
        {
            var n = int.Parse(days.Groups[1].Value, CultureInfo.InvariantCulture);
            return n is < 1 or > 3660 ? null : Whole(today.PlusDays(-n), today, PeriodUnit.Days, zone);
        }

        switch (spec)
        {
            case "today": return Whole(today, today.PlusDays(1), PeriodUnit.Day, zone);
            case "yesterday": return Whole(today.PlusDays(-1), today, PeriodUnit.Day, zone);
            case "last_week": return Whole(WeekStart(today).PlusWeeks(-1), WeekStart(today), PeriodUnit.Week, zone);
            case "this_week" or "week_to_date": return ToDate(WeekStart(today), now, PeriodUnit.Week, zone);
            case "last_month": return Whole(MonthStart(today).PlusMonths(-1), MonthStart(today), PeriodUnit.Month, zone);
            case "this_month" or "month_to_date": return ToDate(MonthStart(today), now, PeriodUnit.Month, zone);
            case "last_quarter": return Whole(QuarterStart(today).PlusMonths(-3), QuarterStart(today), PeriodUnit.Quarter, zone);
            case "this_quarter" or "quarter_to_date": return ToDate(QuarterStart(today), now, PeriodUnit.Quarter, zone);
            case "last_year": return Whole(new LocalDate(today.Year - 1, 1, 1), new LocalDate(today.Year, 1, 1), PeriodUnit.Year, zone);
            case "this_year" or "year_to_date": return ToDate(new LocalDate(today.Year, 1, 1), now, PeriodUnit.Year, zone);
        }

        return ParseCalendar(spec, zone);
    }

    private static PeriodWindow? ParseCalendar(string spec, DateTimeZone zone)
    {
        if (Range().Match(spec) is { Success: true } range)
        {
            var first = Date(range.Groups[1].Value);
            var last = Date(range.Groups[2].Value);
            return first is null || last is null || last < first ? null : Whole(first.Value, last.Value.PlusDays(1), PeriodUnit.Days, zone);
        }

        if (Quarter().Match(spec) is { Success: true } quarter)
        {
            var start = new LocalDate(int.Parse(quarter.Groups[1].Value, CultureInfo.InvariantCulture),
                ((int.Parse(quarter.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 3) + 1, 1);
            return Whole(start, start.PlusMonths(3), PeriodUnit.Quarter, zone);
        }

        if (Week().Match(spec) is { Success: true } isoWeek)
        {
            var weekYear = int.Parse(isoWeek.Groups[1].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(isoWeek.Groups[2].Value, CultureInfo.InvariantCulture);
            if (number < 1 || number > WeekYearRules.Iso.GetWeeksInWeekYear(weekYear))
            {
                return null;
            }

            var start = WeekYearRules.Iso.GetLocalDate(weekYear, number, IsoDayOfWeek.Monday);
            return Whole(start, start.PlusWeeks(1), PeriodUnit.Week, zone);
        }

        if (Month().Match(spec) is { Success: true } month)
        {
            var m = int.Parse(month.Groups[2].Value, CultureInfo.InvariantCulture);
            if (m is < 1 or > 12)
            {
                return null;
            }

            var start = new LocalDate(int.Parse(month.Groups[1].Value, CultureInfo.InvariantCulture), m, 1);
            return Whole(start, start.PlusMonths(1), PeriodUnit.Month, zone);
        }

        if (Year().Match(spec) is { Success: true } year)
        {
            var start = new LocalDate(int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), 1, 1);
            return Whole(start, start.PlusYears(1), PeriodUnit.Year, zone);
        }

        return Date(spec) is { } day ? Whole(day, day.PlusDays(1), PeriodUnit.Day, zone) : null;
    }

    private static LocalDate? Date(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result && result.Value.Year is >= 1900 and <= 9999 ? result.Value : null;

    private static LocalDate WeekStart(LocalDate day) => day.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static LocalDate MonthStart(LocalDate day) => new(day.Year, day.Month, 1);

    private static LocalDate QuarterStart(LocalDate day) => new(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1);

    private static PeriodWindow Whole(LocalDate start, LocalDate end, PeriodUnit unit, DateTimeZone zone) =>
        new(start.AtMidnight(), end.AtMidnight(), unit, zone);

    private static PeriodWindow ToDate(LocalDate start, LocalDateTime now, PeriodUnit unit, DateTimeZone zone) =>
        new(start.AtMidnight(), now, unit, zone);

    [GeneratedRegex(@"^last_(\d{1,4})_days$")]
    private static partial Regex LastDays();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(\d{4})-q([1-4])$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(\d{4})-w(\d{2})$")]
    private static partial Regex Week();

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex Month();

    [GeneratedRegex(@"^(\d{4})$")]
    private static partial Regex Year();

    // The year of a calendar period or of each end of a range: the digits a period starts with, or that follow "..".
    [GeneratedRegex(@"(?<=^\s*|\.\.\s*)\d+(?=-|\s*$|\s*\.\.)")]
    private static partial Regex YearWritten();
}
