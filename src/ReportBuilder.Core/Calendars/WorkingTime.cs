using NodaTime;

namespace ReportBuilder.Calendars;

/// <summary>What compiling <c>business_hours()</c> in one report needs: its calendars, and the working intervals of each
/// calendar the report uses, made once over the report's span (<see cref="WorkingIntervals.SpanOf"/>).</summary>
internal sealed class WorkingTime(CalendarScope calendars, Instant from, Instant to)
{
    private readonly Dictionary<string, WorkingIntervals> _made = new(StringComparer.Ordinal);
    private readonly List<WorkingIntervals> _used = [];

    /// <summary>The report's calendars, default and per-row choice.</summary>
    public CalendarScope Calendars => calendars;

    /// <summary>The working intervals of <paramref name="calendar"/> over the report's span.</summary>
    public WorkingIntervals Intervals(BusinessCalendar calendar)
    {
        if (!_made.TryGetValue(calendar.Name, out var intervals))
        {
            _made[calendar.Name] = intervals = WorkingIntervals.Generate(calendar, from, to);
            _used.Add(intervals);
        }

        return intervals;
    }

    /// <summary>The intervals of every calendar a compiled expression used, in order of first use.</summary>
    public IReadOnlyList<WorkingIntervals> Used => _used;

    /// <summary>The message when <c>business_hours(start, end)</c> has no calendar for its rows.</summary>
    public const string NoCalendar = "business_hours(start, end) needs the report's calendar: set calendar: to a name under calendars: " +
        "(or calendar_by:), or name one, e.g. business_hours(start, end, 'support')";

    /// <summary>The message when the third argument is not a calendar's name in quotes.</summary>
    public const string NameNotText = "the calendar of business_hours(start, end, 'name') is a name in quotes, e.g. 'support'";
}
