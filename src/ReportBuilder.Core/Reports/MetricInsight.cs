using ReportBuilder.Rules;

namespace ReportBuilder.Reports;

/// <summary>What the numbers of one metric say beyond its value: how far from the target, for how long, what drove the change,
/// and how unusual the change is for this metric.</summary>
public sealed record MetricInsight
{
    /// <summary>The value's distance to the pass bound, in the metric's unit; null without a simple bound or a value.</summary>
    public TargetDistance? Distance { get; init; }

    /// <summary>How many consecutive periods, ending with the report's period, had the current status: over the trend, and
    /// back through the periods before it when the run fills the trend (at most <see cref="Planning.StreakHistory.Limit"/>).</summary>
    public Streak? Streak { get; init; }

    /// <summary><c>newly_failing</c> (fail after pass or warn), <c>recovered</c> (pass after fail or warn), or null.</summary>
    public string? Transition { get; init; }

    /// <summary>The change against the comparison period taken apart by each breakdown dimension.</summary>
    public IReadOnlyList<DriverSet> Drivers { get; init; } = [];

    /// <summary>This period's change over the trend's typical period-to-period movement (signed); null without enough history.</summary>
    public double? MoverScore { get; init; }

    /// <summary>A missed or warned target's distance split over each breakdown dimension's groups (empty when it passes).</summary>
    public IReadOnlyList<GapSet> Gap { get; init; } = [];
}

/// <summary>Where the distance to the target is: the gap split over one dimension's groups.</summary>
/// <param name="Exact">True when the parts sum to the gap (a rate, share, mean or count whose groups rebuild it); false for
/// medians and other statistics that do not add up by group, whose parts carry only each group's own value.</param>
/// <param name="Gap">The distance to the pass bound in the direction of the miss (positive), in the metric's unit.</param>
/// <param name="Parts">The groups in breakdown order, those under the minimum sample pooled into one last part (exact only).</param>
/// <param name="Top">The groups holding most of the gap (exact only; never the pooled part).</param>
public sealed record GapSet(string Dimension, string Label, bool Exact, double Gap, IReadOnlyList<GapPart> Parts, IReadOnlyList<GapPart> Top)
{
    /// <summary>The gap as readers see it ("41.3 pp").</summary>
    public string DisplayGap { get; init; } = "";

    /// <summary>The exact set that says most of where the gap is: the dimension whose named groups (<see cref="Top"/>) hold
    /// the most of it beyond their own share of the rows (held / gap, at most 1, less the named groups' shares), fewer named
    /// groups first on a tie; email and web holding all of it with half the tickets say more than two tiers holding all of it
    /// with all the tickets. The brief's gap sentence and the card's gap chart both show this one. (null, 0) when no exact set
    /// names a group.</summary>
    public static (GapSet? Set, double Score) Focus(IEnumerable<GapSet> sets) =>
        sets.Where(g => g.Exact && g.Top.Count > 0)
            .Select(g => ((GapSet?)g, Math.Min(g.Top.Sum(p => p.Part!.Value) / g.Gap, 1) - g.Top.Sum(p => p.Share)))
            .OrderByDescending(g => g.Item2).ThenBy(g => g.Item1!.Top.Count).FirstOrDefault();
}

/// <summary>One group's part of the gap: its share times its own distance to the target (for a count: its value less its
/// share of the target), positive when the group misses, negative when it is past the target.</summary>
/// <param name="Key">The group as readers see it; the pooled part of the groups under the minimum sample has its own name.</param>
/// <param name="Share">The weight of the split: the group's share of the metric's rows (a rate, a mean) or of the comparison
/// period's count (a count).</param>
/// <param name="Part">The group's part, in the metric's unit; null when the statistic does not add up by group.</param>
/// <param name="InsufficientData">Fewer rows than the minimum sample (the pooled part is).</param>
public sealed record GapPart(string Key, double? Value, double Share, double? Part, long Sample, bool InsufficientData)
{
    /// <summary>The group key as the database gave it; null for "(none)" and the pooled part.</summary>
    public string? Code { get; init; }

    /// <summary>The group uncut (<see cref="Key"/> is cut as a breakdown row's is); the JSON writes this one.</summary>
    public string WholeKey { get; init; } = Key;

    /// <summary>How many groups under the minimum sample this part pools (0 for a group of its own).</summary>
    public int Pooled { get; init; }

    /// <summary>The pooled part's groups, each with its own part (the tables give every group a row); empty otherwise.</summary>
    public IReadOnlyList<GapPart> Members { get; init; } = [];

    /// <summary>The group's value as readers see it, with the digits it needs to sit on its side of the target.</summary>
    public string DisplayValue { get; init; } = "";

    /// <summary>The part as readers see it, signed ("+18.0 pp", "−2.1 pp"); empty when there is none.</summary>
    public string DisplayPart { get; init; } = "";
}

/// <summary>The distance from the value to the pass bound.</summary>
/// <param name="Value">value − bound, in the metric's unit (a fraction for shares, hours for durations).</param>
/// <param name="Side"><c>above</c>, <c>below</c> or <c>at</c> the bound.</param>
/// <param name="Display">The distance as readers see it, e.g. "41.0 pp below".</param>
public sealed record TargetDistance(double Value, string Side, string Display);

/// <summary>A run of periods with the same status, ending with the report's period.</summary>
/// <param name="Periods">How many periods, the report's included.</param>
public sealed record Streak(Status Status, int Periods)
{
    /// <summary>Why the count stops where it does, when not at a period with another status (null): <c>data_start</c> (no
    /// period before it has rows), <c>limit</c> (it fills <see cref="Planning.StreakHistory.Limit"/> periods, or the whole
    /// trend when that is longer), <c>trend</c> (a pass or no data filling the trend, whose earlier periods are not read).</summary>
    public string? Bound { get; init; }

    /// <summary>With <see cref="Bound"/> <c>data_start</c>: the first period with data, where the run starts.</summary>
    public PeriodView? Since { get; init; }
}

/// <summary>The change of a metric taken apart by one dimension's groups.</summary>
/// <param name="Exact">True when the parts sum to the change (shift-share of a rate, a mean or a count); false for medians and
/// metrics whose groups do not rebuild the value, where each part is the group's own change.</param>
/// <param name="Change">The metric's change, current − previous, in its unit.</param>
/// <param name="Parts">Every group, in breakdown order ("(none)" last).</param>
/// <param name="Top">The groups that contribute most in the direction of the change (never a group under the minimum sample).</param>
public sealed record DriverSet(string Dimension, string Label, bool Exact, double Change, IReadOnlyList<DriverPart> Parts,
    IReadOnlyList<DriverPart> Top);

/// <summary>One group's part of a change: its own value moved (rate effect) and its share of the rows moved (mix effect).</summary>
/// <param name="Key">The group as readers see it.</param>
/// <param name="Share">The group's share of the rows in the report's period (weights of the decomposition).</param>
/// <param name="PreviousShare">The same in the comparison period.</param>
/// <param name="InsufficientData">Fewer rows than the minimum sample (a group gone this period: in the previous one): shown, never named as a driver.</param>
public sealed record DriverPart(string Key, double? Value, double? PreviousValue, double Share, double PreviousShare,
    double RateEffect, double MixEffect, long Sample, bool InsufficientData)
{
    /// <summary>The group's whole part: rate effect + mix effect.</summary>
    public double Total => RateEffect + MixEffect;

    /// <summary>The part as readers see it, signed, in the metric's change unit ("−3.1 pp").</summary>
    public string DisplayTotal { get; init; } = "";

    /// <summary>The group key as the database gave it; null for "(none)".</summary>
    public string? Code { get; init; }

    /// <summary>The group uncut (<see cref="Key"/> is cut as a breakdown row's is); the JSON writes this one.</summary>
    public string WholeKey { get; init; } = Key;
}

/// <summary>A metric whose change is unusual against its own history.</summary>
public sealed record Mover(string Name, string Label, double Score, string DisplayChange, string Trend);
