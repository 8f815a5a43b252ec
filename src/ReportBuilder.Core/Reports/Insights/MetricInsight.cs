using ReportBuilder.Rules;

namespace ReportBuilder.Reports.Insights;

/// <summary>What the numbers of one metric say beyond its value: how far from the target, for how long, what drove the change,
/// and how unusual the change is for this metric.</summary>
public sealed record MetricInsight
{
    /// <summary>The value's distance to the pass bound, in the metric's unit; null without a simple bound or a value.</summary>
    public TargetDistance? Distance { get; init; }

    /// <summary>How many consecutive periods of the trend, ending with the report's period, had the current status.</summary>
    public Streak? Streak { get; init; }

    /// <summary><c>newly_failing</c> (fail after pass or warn), <c>recovered</c> (pass after fail or warn), or null.</summary>
    public string? Transition { get; init; }

    /// <summary>The change against the comparison period taken apart by each breakdown dimension.</summary>
    public IReadOnlyList<DriverSet> Drivers { get; init; } = [];

    /// <summary>This period's change over the trend's typical period-to-period movement (signed); null without enough history.</summary>
    public double? MoverScore { get; init; }
}

/// <summary>The distance from the value to the pass bound.</summary>
/// <param name="Value">value − bound, in the metric's unit (a fraction for shares, hours for durations).</param>
/// <param name="Side"><c>above</c>, <c>below</c> or <c>at</c> the bound.</param>
/// <param name="Display">The distance as readers see it, e.g. "41.0 pp below".</param>
public sealed record TargetDistance(double Value, string Side, string Display);

/// <summary>A run of periods with the same status, ending with the report's period.</summary>
public sealed record Streak(Status Status, int Periods);

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
}

/// <summary>A metric whose change is unusual against its own history.</summary>
public sealed record Mover(string Name, string Label, double Score, string DisplayChange, string Trend);
