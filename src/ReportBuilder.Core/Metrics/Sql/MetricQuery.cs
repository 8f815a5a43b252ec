namespace ReportBuilder.Metrics.Sql;

/// <summary>One SQL statement of a report: a scan of one table for one cohort, many aggregates, grouped by period (and a dimension).</summary>
/// <param name="Columns">The metric names whose values the statement returns, in column order after idx, key and n.</param>
/// <param name="Periods">The period indexes the statement covers.</param>
/// <param name="Dimension">The dimension it groups by, or null for whole-period totals.</param>
public sealed record MetricQuery(
    string Table,
    string Sql,
    IReadOnlyList<KeyValuePair<string, object?>> Parameters,
    IReadOnlyList<string> Columns,
    IReadOnlyList<int> Periods,
    string? Dimension,
    IReadOnlyCollection<(string Table, string Column)> Reads)
{
    /// <summary>True when the metrics filter rows differently: then each metric's row count follows its values, in column order.</summary>
    public bool SamplePerMetric { get; init; }

    /// <summary>True for a scorecard's statement: one row per member and period (<see cref="Planning.PlannedMetric.Member"/>).</summary>
    public bool Members { get; init; }

    /// <summary>True for a statement that stores a derived table for the statements after it (no rows, no columns).</summary>
    public bool Prepares { get; init; }

    /// <summary>For totals over a stored table's time column: the full-scan form of the statement and when to run it
    /// instead (null: the statement as it is).</summary>
    internal AccessPath? AccessPath { get; init; }
}
