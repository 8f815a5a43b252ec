using NodaTime;

namespace ReportBuilder.Calendars;

/// <summary>A calendar's working time over a span as instants: the sorted, merged UTC intervals (seconds since 1970) when the
/// calendar's wall clock shows a working interval of its date, each with the working seconds before it. Working time between
/// two instants is then W(end) − W(start), W(t) = <see cref="Before"/>[i] + min(t, <see cref="Ends"/>[i]) − <see cref="Starts"/>[i]
/// for the last interval i starting at or before t (0 before the first): one lookup, whatever the span's length.</summary>
internal sealed class WorkingIntervals
{
    private WorkingIntervals(BusinessCalendar calendar, long[] starts, long[] ends, long[] before)
    {
        Calendar = calendar;
        Starts = starts;
        Ends = ends;
        Before = before;
    }

    public BusinessCalendar Calendar { get; }

    /// <summary>Where each interval starts, ascending.</summary>
    public long[] Starts { get; }

    /// <summary>Where each interval ends (exclusive); before the next one's start.</summary>
    public long[] Ends { get; }

    /// <summary>The working seconds of the span before each interval.</summary>
    public long[] Before { get; }

    /// <summary>The working intervals within [<paramref name="from"/>, <paramref name="to"/>): an instant is working time when
    /// the wall clock in the calendar's zone shows a time inside an interval of the date it belongs to (a holiday's hours, else
    /// its weekday's; an interval crossing midnight belongs to the day it starts). So a skipped hour (spring forward) is never
    /// worked and a repeated hour (fall back) is worked twice when an interval covers it.</summary>
    public static WorkingIntervals Generate(BusinessCalendar calendar, Instant from, Instant to)
    {
        var zone = DateTimeZoneProviders.Tzdb[calendar.TimeZone];
        var (first, last) = (Floor(from), Ceiling(to));
        var pieces = new List<(long Start, long End)>();
        if (first < last)
        {
            foreach (var offsets in zone.GetZoneIntervals(Instant.FromUnixTimeSeconds(first), Instant.FromUnixTimeSeconds(last)))
            {
                // Within one zone interval the wall clock is the instant plus one offset: a wall interval [a, b) is the instants
                // [a - offset, b - offset) there.
                var offset = (long)offsets.WallOffset.Seconds;
                var start = offsets.HasStart ? Math.Max(offsets.Start.ToUnixTimeSeconds(), first) : first;
                var end = offsets.HasEnd ? Math.Min(offsets.End.ToUnixTimeSeconds(), last) : last;
                var (wallStart, wallEnd) = (start + offset, end + offset);
                for (var day = FloorDiv(wallStart, Day) - 1; day * Day < wallEnd; day++)
                {
                    foreach (var interval in calendar.On(DateOnly.FromDayNumber(UnixEpochDay + (int)day)))
                    {
                        var a = Math.Max(day * Day + interval.Start * 60L, wallStart);
                        var b = Math.Min(day * Day + interval.End * 60L, wallEnd);
                        if (a < b)
                        {
                            pieces.Add((a - offset, b - offset));
                        }
                    }
                }
            }
        }

        pieces.Sort();
        var (starts, ends, before) = (new List<long>(), new List<long>(), new List<long>());
        var total = 0L;
        foreach (var (start, end) in pieces)
        {
            if (ends.Count > 0 && start <= ends[^1])
            {
                // Adjacent or overlapping (a midnight-crossing holiday's hours running into the next day's): one interval.
                total += Math.Max(0, end - ends[^1]);
                ends[^1] = Math.Max(ends[^1], end);
                continue;
            }

            starts.Add(start);
            ends.Add(end);
            before.Add(total);
            total += end - start;
        }

        return new WorkingIntervals(calendar, [.. starts], [.. ends], [.. before]);
    }

    /// <summary>How far before a report's earliest period and after its latest period's end (or its as-of instant, if later)
    /// the working intervals reach: a ticket opened up to this long before the period it is solved in, or answered this long
    /// after, is measured exactly; working time beyond counts as closed.</summary>
    public static readonly Period Reach = Period.FromYears(5);

    /// <summary>The span a report's working intervals cover: <see cref="Reach"/> around its periods and as-of instant.</summary>
    public static (Instant From, Instant To) SpanOf(IEnumerable<Periods.PeriodWindow> periods, Instant asOf)
    {
        var windows = periods.ToList();
        var from = windows.Count == 0 ? asOf : windows.Min(p => p.StartInstant);
        var to = windows.Select(p => p.EndInstant).Append(asOf).Max();
        return (from.InUtc().LocalDateTime.Minus(Reach).InUtc().ToInstant(), to.InUtc().LocalDateTime.Plus(Reach).InUtc().ToInstant());
    }

    /// <summary>The starts, the ends and the before − start of each interval as floating-point arrays (statement parameters):
    /// the same three arrays on every call, so a statement binds them once.</summary>
    public (double[] Starts, double[] Ends, double[] Offsets) Arrays => _arrays ??= (
        [.. Starts.Select(s => (double)s)], [.. Ends.Select(e => (double)e)], [.. Starts.Select((s, i) => (double)(Before[i] - s))]);

    private (double[], double[], double[])? _arrays;

    /// <summary>The name of the table (or parameters) holding these intervals in a statement: the same for equal calendars.</summary>
    public string Name => "rb_calendar_" + Calendar.Hash;

    private const long Day = 86_400;

    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    private static long FloorDiv(long a, long b) => a / b - (a % b < 0 ? 1 : 0);

    private static long Floor(Instant instant) => FloorDiv(instant.ToUnixTimeTicks(), NodaConstants.TicksPerSecond);

    private static long Ceiling(Instant instant) => -FloorDiv(-instant.ToUnixTimeTicks(), NodaConstants.TicksPerSecond);
}
