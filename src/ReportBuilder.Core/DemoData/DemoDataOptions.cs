namespace ReportBuilder.DemoData;

/// <summary>What to generate: ticket count, random seed, and the window [End minus Months calendar months, End) in UTC.</summary>
internal sealed record DemoDataOptions
{
    internal const int MaxTickets = 50_000_000;
    internal const int MaxMonths = 120;
    internal static readonly DateOnly EarliestEnd = new(1980, 1, 1);
    internal static readonly DateOnly LatestEnd = new(9990, 1, 1);

    /// <summary>Number of tickets to generate (1 to 50,000,000).</summary>
    public int Tickets { get; init; } = 5000;

    /// <summary>Seed of the random generator; the same options always give the same data.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Length of the window in calendar months (1 to 120).</summary>
    public int Months { get; init; } = 6;

    /// <summary>Exclusive end of the window (UTC midnight); no row is stamped at or after it.</summary>
    public required DateOnly End { get; init; }

    /// <summary>Inclusive start of the window: End minus Months calendar months.</summary>
    public DateOnly Start => End.AddMonths(-Months);

    /// <summary>Every problem with these options, as a message a user can act on; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Tickets is < 1 or > MaxTickets)
            problems.Add(string.Format(DemoDataMessages.TicketsOutOfRange, Tickets));
        if (Months is < 1 or > MaxMonths)
            problems.Add(string.Format(DemoDataMessages.MonthsOutOfRange, Months));
        if (End < EarliestEnd || End > LatestEnd)
            problems.Add(string.Format(DemoDataMessages.EndOutOfRange, End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return problems;
    }
}
