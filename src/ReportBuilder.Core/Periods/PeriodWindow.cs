using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace ReportBuilder.Periods;

/// <summary>The calendar unit a period steps by, for comparisons and trends.</summary>
public enum PeriodUnit
{
    /// <summary>One calendar day.</summary>
    Day,
    /// <summary>One ISO week, Monday to Sunday.</summary>
    Week,
    /// <summary>One calendar month.</summary>
    Month,
    /// <summary>Three calendar months starting January, April, July or October.</summary>
    Quarter,
    /// <summary>One calendar year.</summary>
    Year,
    /// <summary>A run of whole days of any length.</summary>
    Days,
}

/// <summary>A half-open period [Start, End) of local time in a time zone.</summary>
public sealed record PeriodWindow(LocalDateTime Start, LocalDateTime End, PeriodUnit Unit, DateTimeZone Zone)
{
    /// <summary>The first instant of the period.</summary>
    public Instant StartInstant => Start.InZoneLeniently(Zone).ToInstant();

    /// <summary>The first instant after the period.</summary>
    public Instant EndInstant => End.InZoneLeniently(Zone).ToInstant();

    /// <summary>The period's start as UTC.</summary>
    public DateTimeOffset StartUtc => StartInstant.ToDateTimeOffset();

    /// <summary>The period's end as UTC.</summary>
    public DateTimeOffset EndUtc => EndInstant.ToDateTimeOffset();

    /// <summary>The period just before this one, of the same calendar shape.</summary>
    public PeriodWindow Previous() => Back(1);

    /// <summary>The period after this one, of the same length.</summary>
    public PeriodWindow Next() => Back(-1);

    /// <summary>The same period one year earlier; for a week, the same ISO week of the previous week-year.</summary>
    public PeriodWindow SameLastYear()
    {
        if (Unit != PeriodUnit.Week)
        {
            return Shift(Period.FromYears(1));
        }

        // A year back from a Monday is no Monday: 2026-W05 compares with 2025-W05, not with a week starting on Sunday.
        var rules = WeekYearRules.Iso;
        var weekYear = rules.GetWeekYear(Start.Date) - 1;
        var week = Math.Min(rules.GetWeekOfWeekYear(Start.Date), rules.GetWeeksInWeekYear(weekYear));
        var target = rules.GetLocalDate(weekYear, week, Start.Date.DayOfWeek);
        return Shift(Period.FromDays(Period.Between(target, Start.Date, PeriodUnits.Days).Days));
    }

    /// <summary>The last <paramref name="count"/> periods ending with this one, oldest first.</summary>
    public IReadOnlyList<PeriodWindow> Trend(int count) =>
        Enumerable.Range(0, Math.Max(count, 1)).Reverse().Select(Back).ToList();

    // Each step back is taken from this period, not from the one after it: stepping a month-to-date period
    // ending on the 31st through February would otherwise end every earlier month on the 28th.
    private PeriodWindow Back(int steps) => steps == 0 ? this : Unit switch
    {
        PeriodUnit.Day => Shift(Period.FromDays(steps)),
        PeriodUnit.Week => Shift(Period.FromWeeks(steps)),
        PeriodUnit.Month => Shift(Period.FromMonths(steps)),
        PeriodUnit.Quarter => Shift(Period.FromMonths(3 * steps)),
        PeriodUnit.Year => Shift(Period.FromYears(steps)),
        _ => Shift(Period.FromDays(steps * Period.Between(Start.Date, End.Date, PeriodUnits.Days).Days)),
    };

    /// <summary>A reader's name for the period, e.g. "October 2026" or "2026-Q3".</summary>
    public string Label(CultureInfo culture)
    {
        var endDay = End.TimeOfDay == LocalTime.Midnight ? End.Date.PlusDays(-1) : End.Date;
        var isWhole = Start.TimeOfDay == LocalTime.Midnight;
        return Unit switch
        {
            PeriodUnit.Month when isWhole && Start.Date.PlusMonths(1) == End.Date =>
                MonthLabel(culture),
            PeriodUnit.Quarter when isWhole && Start.Date.PlusMonths(3) == End.Date =>
                $"{Start.Year}-Q{((Start.Month - 1) / 3) + 1}",
            PeriodUnit.Year when isWhole && Start.Date.PlusYears(1) == End.Date => Start.Year.ToString(CultureInfo.InvariantCulture),
            PeriodUnit.Week when isWhole && Start.Date.PlusWeeks(1) == End.Date =>
                $"{WeekYearRules.Iso.GetWeekYear(Start.Date)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(Start.Date):00}",
            _ when Start.Date == endDay => Start.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => $"{Start.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {endDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        };
    }

    // The culture's own year-month pattern, capitalised as a label: "October 2026", "Październik 2026", "2026년 10월".
    private string MonthLabel(CultureInfo culture)
    {
        // The invariant culture's own pattern is "2026 October"; it stands for English here.
        var pattern = culture.Name.Length == 0 ? "MMMM yyyy" : culture.DateTimeFormat.YearMonthPattern;
        var text = new DateTime(Start.Year, Start.Month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString(pattern, culture);
        return string.Concat(text[..1].ToUpper(culture), text[1..]);
    }

    private PeriodWindow Shift(Period back) => this with { Start = Start - back, End = End - back };
}
