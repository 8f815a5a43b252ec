namespace ReportBuilder.Reports;

/// <summary>The first page: the headline, a few generated sentences, and the metrics grouped by theme.</summary>
/// <param name="Kind"><c>verdict</c>, <c>no_targets</c> (data but no target to check) or <c>no_data</c> (no metric has a value).</param>
/// <param name="Sentences">Three to five sentences in the report's language: what failed and by how much, for how long, what
/// drove it, what improved most.</param>
/// <param name="Themes">The theme groups in the report's order, each with the metrics not in <see cref="Attention"/> as
/// compact rows.</param>
/// <param name="Movers">Metrics ranked by how unusual this period's change is against their own trend.</param>
public sealed record Brief(string Kind, string Headline, IReadOnlyList<string> Sentences, IReadOnlyList<ThemeGroup> Themes,
    IReadOnlyList<Mover> Movers)
{
    /// <summary>A brief with nothing in it (a model built without one).</summary>
    public static readonly Brief Empty = new("verdict", "", [], [], []);

    /// <summary>The metrics that missed their target, then those at risk, in the order the sentences tell them: shown as
    /// cards at the top of the first page and first in the mail.</summary>
    public IReadOnlyList<MetricView> Attention { get; init; } = [];
}

/// <summary>One theme of the brief: its metrics that need no attention (on target, or without a target), as rows of a
/// compact table.</summary>
public sealed record ThemeGroup(string Theme, string Label, IReadOnlyList<MetricView> Rows);

/// <summary>The shape of a distribution: its largest group and that group's share of the whole.</summary>
public sealed record DistributionShape(string Dimension, string Key, double Share, string DisplayShare)
{
    /// <summary>The share as a whole percentage, for a bar's width.</summary>
    public int Percent => (int)Math.Round(Math.Clamp(Share, 0, 1) * 100);

    /// <summary>The group uncut (<see cref="Key"/> is cut as a breakdown row's is); the JSON writes this one.</summary>
    public string WholeKey { get; init; } = Key;
}
