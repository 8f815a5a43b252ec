namespace ReportBuilder.DemoData;

/// <summary>
/// Instants as whole seconds since 0001-01-01 UTC (DateOnly.DayNumber × 86,400), formatted as
/// the canonical timestamp text without going through DateTime or culture.
/// </summary>
internal static class DemoClock
{
    public const long Minute = 60;
    public const long Hour = 3600;
    public const long Day = 86_400;

    public static long At(DateOnly date) => date.DayNumber * Day;

    public static DateOnly DateOf(long instant) => DateOnly.FromDayNumber((int)(instant / Day));

    public static int HourOf(long instant) => (int)(instant % Day / Hour);

    /// <summary>Day of week of an instant, Monday = 0 … Sunday = 6.</summary>
    public static int WeekdayOf(long instant) => ((int)DateOf(instant).DayOfWeek + 6) % 7;

    public static long FromHours(double hours) => (long)Math.Round(hours * Hour);

    /// <summary>The instant as <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string Text(long instant)
    {
        var date = DateOf(instant);
        var second = (int)(instant % Day);
        return string.Create(19, (date.Year, date.Month, date.Day, second), static (span, s) =>
        {
            WriteDate(span, s.Item1, s.Item2, s.Item3);
            span[10] = ' ';
            Two(span[11..], s.Item4 / 3600);
            span[13] = ':';
            Two(span[14..], s.Item4 / 60 % 60);
            span[16] = ':';
            Two(span[17..], s.Item4 % 60);
        });
    }

    /// <summary>The calendar month of a date as <c>yyyy-MM</c>.</summary>
    public static string MonthText(DateOnly month) =>
        string.Create(7, (month.Year, month.Month), static (span, s) =>
        {
            Four(span, s.Item1);
            span[4] = '-';
            Two(span[5..], s.Item2);
        });

    private static void WriteDate(Span<char> span, int year, int month, int day)
    {
        Four(span, year);
        span[4] = '-';
        Two(span[5..], month);
        span[7] = '-';
        Two(span[8..], day);
    }

    private static void Four(Span<char> span, int value)
    {
        span[0] = (char)('0' + value / 1000);
        span[1] = (char)('0' + value / 100 % 10);
        span[2] = (char)('0' + value / 10 % 10);
        span[3] = (char)('0' + value % 10);
    }

    private static void Two(Span<char> span, int value)
    {
        span[0] = (char)('0' + value / 10);
        span[1] = (char)('0' + value % 10);
    }
}
