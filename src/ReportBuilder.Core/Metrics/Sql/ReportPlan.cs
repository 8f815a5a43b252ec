using ReportBuilder.Definitions;
using ReportBuilder.Periods;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>A checked report, ready to run: the planned report (<see cref="Planned"/>) and its statements compiled for the
/// source's dialect.</summary>
public sealed record ReportPlan(PlannedReport Planned, SqlDialect Dialect, IReadOnlyList<MetricQuery> Queries)
{
    /// <summary>One statement per table and time column the report reads, each giving that column's latest timestamp.</summary>
    public IReadOnlyList<MetricQuery> Freshness { get; init; } = [];

    private Lazy<IReadOnlyList<MetricQuery>> _quality = new(() => []);

    /// <summary>The data-quality check: one statement per stored table the metrics place in periods (docs/data-quality.md).</summary>
    public IReadOnlyList<MetricQuery> Quality
    {
        get => _quality.Value;
        init => _quality = new(() => value);
    }

    /// <summary>Compiles <see cref="Quality"/> when it is first read, so a command that runs nothing (validate) never does.</summary>
    internal Func<IReadOnlyList<MetricQuery>> QualityFrom
    {
        init => _quality = new(value);
    }

    /// <summary>The same report with each derived table's query inside the statements that read it, compiled when first read,
    /// for a server that refuses to store them (<see cref="SqlDialect.WithoutTemporaryTables"/>); null when the plan stores
    /// none, or stores them where nothing can refuse.</summary>
    internal Lazy<ReportPlan>? WithoutStores { get; init; }

    /// <summary>The periods before the trend a streak filling the whole trend is counted back through, and their statements;
    /// null when <see cref="PlannedReport.History"/> is.</summary>
    internal HistoryStatements? History { get; init; }

    public ReportDefinition Definition => Planned.Definition;

    public string Title => Planned.Title;

    public string DatabasePath => Planned.DatabasePath;

    public string Timezone => Planned.Timezone;

    public IReadOnlyList<PeriodWindow> Periods => Planned.Periods;

    public int? ComparisonIndex => Planned.ComparisonIndex;

    public IReadOnlyList<int> TrendIndexes => Planned.TrendIndexes;

    public IReadOnlyList<PlannedMetric> Metrics => Planned.Metrics;

    public IReadOnlyList<OutputFormat> Formats => Planned.Formats;

    public string OutputDirectory => Planned.OutputDirectory;

    public DataModel Model => Planned.Model;

    public IReadOnlyDictionary<string, string> Parameters => Planned.Parameters;

    internal Calendars.WorkingTime? WorkingTime => Planned.WorkingTime;

    internal NodaTime.Instant? AsOf => Planned.AsOf;

    internal PlannedScorecard? Scorecard => Planned.Scorecard;

    internal IEnumerable<PlannedMetric> Computed => Planned.Computed;
}

/// <summary>The periods before the trend (<see cref="StreakHistory"/>) and the statements that total the report's metrics
/// with a target over them; their periods are indexes into <see cref="Periods"/>.</summary>
/// <param name="Statements">Compiled when first read: a command that runs none of them (validate, a run whose streaks all end
/// inside the trend) never compiles them.</param>
internal sealed record HistoryStatements(IReadOnlyList<PeriodWindow> Periods, Lazy<IReadOnlyList<MetricQuery>> Statements)
{
    /// <summary>The statements.</summary>
    public IReadOnlyList<MetricQuery> Queries => Statements.Value;
}
