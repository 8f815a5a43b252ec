namespace ReportBuilder.Delivery.Schedules;

/// <summary>Which occurrences of a schedule are due: Cronos computes them in the delivery's time zone.</summary>
internal static class DueOccurrences
{
    // Windows searched backwards for the latest occurrence: every-minute schedules stop at the first, yearly ones at the last.
    // Nothing older than a year is due on a first run: a schedule that fires less often (the 29th of February) would send
    // a report about a month years ago, which no reader is waiting for; it starts at its next occurrence instead.
    private static readonly TimeSpan[] LookBack = [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(32), TimeSpan.FromDays(367)];

    /// <summary>The occurrences after <paramref name="lastRecorded"/> up to and including <paramref name="asOf"/>, at most
    /// <see cref="DeliveryDefinition.CatchUp"/> (the newest); with nothing recorded yet, only the latest occurrence if it is
    /// at most a year old; none when
    /// the clock is behind the ledger (see <see cref="ClockBehind"/>).</summary>
    public static IReadOnlyList<DateTimeOffset> Since(DeliveryDefinition delivery, DateTimeOffset? lastRecorded, DateTimeOffset asOf)
    {
        if (lastRecorded is null)
        {
            return Latest(delivery, asOf) is { } latest ? [latest] : [];
        }

        if (ClockBehind(lastRecorded, asOf))
        {
            return [];
        }

        var due = delivery.Schedule.GetOccurrences(lastRecorded.Value, asOf, delivery.Zone, fromInclusive: false, toInclusive: true).ToList();
        return due.Count > delivery.CatchUp ? due[^delivery.CatchUp..] : due;
    }

    /// <summary>Whether <paramref name="asOf"/> is before the latest occurrence the ledger holds: a clock set back, or a
    /// ledger copied from another machine. Nothing is due then, until the clock passes it again.</summary>
    public static bool ClockBehind(DateTimeOffset? lastRecorded, DateTimeOffset asOf) => lastRecorded is { } last && asOf < last;

    /// <summary>The latest occurrence at or before <paramref name="asOf"/>, if any in the last year (367 days).</summary>
    public static DateTimeOffset? Latest(DeliveryDefinition delivery, DateTimeOffset asOf)
    {
        foreach (var window in LookBack)
        {
            DateTimeOffset? last = null;
            foreach (var occurrence in delivery.Schedule.GetOccurrences(asOf - window, asOf, delivery.Zone, fromInclusive: true, toInclusive: true))
            {
                last = occurrence;
            }

            if (last is not null)
            {
                return last;
            }
        }

        return null;
    }

    /// <summary>The first occurrence after <paramref name="asOf"/>.</summary>
    public static DateTimeOffset? Next(DeliveryDefinition delivery, DateTimeOffset asOf) =>
        delivery.Schedule.GetNextOccurrence(asOf, delivery.Zone, inclusive: false);
}
