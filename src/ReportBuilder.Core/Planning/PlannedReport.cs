using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Periods;
using ReportBuilder.Rules;

namespace ReportBuilder.Planning;

/// <summary>A checked report: periods resolved, metrics resolved against the catalog, ready to compile
/// (<c>Metrics.Sql.ReportCompiler</c> turns it into a runnable <c>ReportPlan</c>).</summary>
/// <param name="Periods">Every period queried: index 0 is the report's period; see <see cref="ComparisonIndex"/> and <see cref="TrendIndexes"/>.</param>
/// <param name="Title">The report's title with its params filled in.</param>
public sealed record PlannedReport(
    ReportDefinition Definition,
    string Title,
    string DatabasePath,
    string Timezone,
    IReadOnlyList<PeriodWindow> Periods,
    int? ComparisonIndex,
    IReadOnlyList<int> TrendIndexes,
    IReadOnlyList<PlannedMetric> Metrics,
    IReadOnlyList<OutputFormat> Formats,
    string OutputDirectory)
{
    /// <summary>The data model the metrics read: the definition's own (<c>model:</c>) or the catalog's.</summary>
    public DataModel Model { get; init; } = new(new Dictionary<string, TableModel>());

    /// <summary>The report's params as in force for this run (the definition's, with <c>--set</c> applied).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The report's calendars and the working intervals its statements read (<c>business_hours()</c>).</summary>
    internal Calendars.WorkingTime? WorkingTime { get; init; }

    /// <summary>The instant the report was planned as of (the end of <c>period.cutoff</c>).</summary>
    internal NodaTime.Instant? AsOf { get; init; }

    /// <summary>The report's scorecards with their planned metrics, or null (<c>scorecard:</c>).</summary>
    internal PlannedScorecard? Scorecard { get; init; }

    /// <summary>The metrics the statements compute: the report's, then its scorecards' (named with
    /// <see cref="ScorecardDefinition.NamePrefix"/>).</summary>
    internal IEnumerable<PlannedMetric> Computed => Scorecard is null ? Metrics : Metrics.Concat(Scorecard.Metrics);

    /// <summary>The periods before the trend that a streak filling the whole trend is counted back through, and the metrics
    /// counted; null without a trend, a metric with a target, or room below <see cref="StreakHistory.Limit"/>.</summary>
    internal StreakHistory? History { get; init; }

    /// <summary>DuckDB's memory limit on a DuckDB source (<c>--memory-limit</c>), or null for <see cref="Definitions.DuckDbFile.DefaultMemoryLimit"/>.</summary>
    internal string? MemoryLimit { get; init; }
}

/// <summary>The periods before the trend, oldest first, up to <see cref="Limit"/> periods with the trend's, and the report's
/// metrics with a target (totals only) to compute over them. They run only for the metrics whose streak reaches the start
/// of the trend (docs/output.md, "Insights per metric").</summary>
internal sealed record StreakHistory(IReadOnlyList<PeriodWindow> Periods, IReadOnlyList<PlannedMetric> Metrics)
{
    /// <summary>The most periods a streak is counted over, the trend's included.</summary>
    public const int Limit = 36;
}

/// <summary>One metric of the report, resolved against the catalog.</summary>
public sealed record PlannedMetric(
    MetricUse Use,
    MetricDefinition Definition,
    StatDefinition Stat,
    TargetRule? Target,
    IReadOnlyList<DimensionModel> Breakdowns,
    int MinSample,
    IReadOnlyDictionary<string, Located<string>> Params)
{
    /// <summary>The key of the metric in the output.</summary>
    public string Name => Use.Name;

    /// <summary>For a scorecard's metric: the dimension its values are grouped by, one row per member over every period
    /// (the member's trend); null for a report's metric.</summary>
    public DimensionModel? Member { get; init; }

    /// <summary>The unit of the chosen stat.</summary>
    public MetricUnit Unit => Stat.Unit ?? Definition.Unit;
}

/// <summary>A report's scorecards, planned: the definition and its metrics, each grouped by the member dimension its table
/// credits (<see cref="PlannedMetric.Member"/>).</summary>
internal sealed record PlannedScorecard(ScorecardDefinition Definition, IReadOnlyList<PlannedMetric> Metrics);
