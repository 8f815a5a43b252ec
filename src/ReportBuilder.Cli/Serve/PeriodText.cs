using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using ReportBuilder.Periods;

namespace ReportBuilder.Cli.Serve;

/// <summary>A period written back as <c>--period</c> takes it: <c>2026-10</c>, <c>2026-Q3</c>, <c>2026-W05</c>, <c>2026</c>,
/// <c>2026-10-05</c> or <c>2026-10-01..2026-10-15</c>. A period to date stands for its whole unit.</summary>
internal static class PeriodText
{
    public static string Of(PeriodWindow window)
    {
        var start = window.Start.Date;
        var lastDay = (window.End.TimeOfDay == LocalTime.Midnight ? window.End.Date.PlusDays(-1) : window.End.Date);
        return window.Unit switch
        {
            PeriodUnit.Day => Date(start),
            PeriodUnit.Week => string.Create(CultureInfo.InvariantCulture,
                $"{WeekYearRules.Iso.GetWeekYear(start)}-W{WeekYearRules.Iso.GetWeekOfWeekYear(start):00}"),
            PeriodUnit.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            PeriodUnit.Quarter => string.Create(CultureInfo.InvariantCulture, $"{start.Year}-Q{((start.Month - 1) / 3) + 1}"),
            PeriodUnit.Year => start.Year.ToString(CultureInfo.InvariantCulture),
            _ => start == lastDay ? Date(start) : $"{Date(start)}..{Date(lastDay)}",
        };
    }

    private static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
