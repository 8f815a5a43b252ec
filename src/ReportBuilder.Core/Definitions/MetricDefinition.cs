using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>A metric written in the metric language: what it reads, which rows count, and how they aggregate.</summary>
/// <param name="Table">The model table the metric reads.</param>
/// <param name="Time">The column that places a row in a period; null when the expressions use <c>period.*</c> instead.</param>
/// <param name="Where">A filter expression, or null.</param>
/// <param name="Stats">The values it can report, by stat name; the first is the default.</param>
/// <param name="Params">Named constants the expressions use as <c>param.NAME</c>; a report may override them.</param>
/// <param name="Mix">Breakdown rows report each group's share of the whole instead of their own value.</param>
public sealed record MetricDefinition(
    string Id,
    string Label,
    string Description,
    string Table,
    string? Time,
    Located<string>? Where,
    IReadOnlyList<StatDefinition> Stats,
    MetricUnit Unit,
    MetricDirection Direction,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> DefaultBreakdown,
    bool Mix,
    IReadOnlyDictionary<string, Located<string>> Params,
    SourceLocation Location)
{
    /// <summary>The theme the brief groups the metric under: outcomes, quality, speed or load (null: the last group).</summary>
    public string? Theme { get; init; }

    /// <summary>A metric this one is the exact complement of (retention of churn): the brief shows it on that metric's card.</summary>
    public string? ComplementOf { get; init; }

    /// <summary>The stat reported when a report names none.</summary>
    public StatDefinition DefaultStat => Stats[0];

    /// <summary>The stat of that name, or null.</summary>
    public StatDefinition? FindStat(string name) => Stats.FirstOrDefault(s => s.Name == name);
}

/// <summary>One value of a metric: an aggregate expression, its default target, and its unit when it differs from the metric's
/// (csat's share is a percent, its mean a score).</summary>
public sealed record StatDefinition(string Name, Located<string> Value, TargetDefinition? Target, MetricUnit? Unit = null);

/// <summary>The unit of a metric's values: how they are formatted and which targets they can meet. Written in YAML, the JSON
/// and the templates by its wire name (<see cref="IO.WireNames"/>: <c>count</c>, <c>hours</c>, …).</summary>
public enum MetricUnit
{
    Count,
    Hours,
    Percent,
    Points,
    Score,
    Currency,
    Ratio,
}

/// <summary>The themes the brief groups metrics under, in their default order.</summary>
internal static class MetricThemes
{
    /// <summary>outcomes, quality, speed, load.</summary>
    public static readonly IReadOnlyList<string> All = ["outcomes", "quality", "speed", "load"];
}

/// <summary>Which way is good for a metric; written by its wire name (<c>higher</c>, <c>lower</c>, <c>none</c>).</summary>
public enum MetricDirection
{
    Higher,
    Lower,
    None,
}

