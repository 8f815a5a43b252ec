namespace ReportBuilder.DemoData;

internal sealed partial class DemoDataBuilder
{
    // Monday … Sunday: busy Mondays, quiet weekends.
    private static readonly double[] _weekdayWeights = [1.18, 1.10, 1.05, 1.00, 0.90, 0.34, 0.28];

    // Tickets per UTC hour on a working day: European business hours (09–17 at UTC+1) peak at 08–16 UTC.
    private static readonly double[] _workdayHours =
    [
        0.8, 0.6, 0.5, 0.5, 0.6, 1.0, 2.0, 4.0, 7.0, 9.0, 10.0, 9.5,
        8.0, 9.0, 9.5, 9.0, 7.0, 5.0, 4.0, 3.5, 3.0, 2.5, 2.0, 1.2,
    ];

    // Weekends keep a daytime bump but a much flatter one.
    private static readonly double[] _weekendHours =
    [
        1.0, 0.8, 0.6, 0.6, 0.6, 0.8, 1.2, 2.0, 3.0, 4.0, 4.5, 4.8,
        4.8, 4.6, 4.4, 4.2, 4.0, 3.8, 3.6, 3.4, 3.0, 2.5, 2.0, 1.4,
    ];

    /// <summary>Tickets per day of the window: weekday pattern, slow growth, day-to-day noise, quiet holidays; sums to the ticket count.</summary>
    private int[] DailyTicketCounts()
    {
        var days = (int)((_end - _start) / DemoClock.Day);
        var weights = new double[days];
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            var date = _startDate.AddDays(d);
            var weekday = ((int)date.DayOfWeek + 6) % 7;
            var growth = 1.0 + 0.02 * d / 30.0;
            var noise = Math.Clamp(1.0 + 0.08 * _random.Normal(), 0.7, 1.3);
            var holiday = (date.Month, date.Day) is (12, 24) or (12, 25) or (12, 26) or (12, 31) or (1, 1) ? 0.45 : 1.0;
            weights[d] = _weekdayWeights[weekday] * growth * noise * holiday;
            total += weights[d];
        }

        // Largest-remainder rounding: floors first, then the biggest fractions get the rest (ties by day).
        var counts = new int[days];
        var fractions = new double[days];
        long assigned = 0;
        for (var d = 0; d < days; d++)
        {
            var exact = _options.Tickets * weights[d] / total;
            counts[d] = (int)Math.Floor(exact);
            fractions[d] = exact - counts[d];
            assigned += counts[d];
        }
        var order = Enumerable.Range(0, days).ToArray();
        Array.Sort(order, (a, b) => fractions[a] != fractions[b] ? fractions[b].CompareTo(fractions[a]) : a.CompareTo(b));
        for (var i = 0; assigned < _options.Tickets; i++, assigned++)
            counts[order[i % days]]++;
        return counts;
    }

    /// <summary>Fills <paramref name="times"/> with sorted creation instants of one day, drawn from the hour profile.</summary>
    private void TicketTimesOfDay(long dayStart, Span<long> times)
    {
        var hours = DemoClock.WeekdayOf(dayStart) < 5 ? _workdayHours : _weekendHours;
        for (var i = 0; i < times.Length; i++)
            times[i] = dayStart + _random.Pick(hours) * DemoClock.Hour + _random.Next((int)DemoClock.Hour);
        times.Sort();
    }

    /// <summary>When an email/web/social ticket sent outside support hours (weekdays 07–17 UTC) is first looked at.</summary>
    private long NextSupportOpening(long at)
    {
        var weekday = DemoClock.WeekdayOf(at);
        var hour = DemoClock.HourOf(at);
        if (weekday < 5 && hour is >= 7 and < 17)
            return at;
        var day = at - at % DemoClock.Day;
        if (weekday >= 5 || hour >= 17)
        {
            do
            {
                day += DemoClock.Day;
                weekday = (weekday + 1) % 7;
            }
            while (weekday >= 5);
        }
        return day + 7 * DemoClock.Hour + _random.Next(90) * DemoClock.Minute;
    }
}
