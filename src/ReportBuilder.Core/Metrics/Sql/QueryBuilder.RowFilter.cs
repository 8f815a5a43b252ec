using ReportBuilder.Definitions;
using ReportBuilder.Expressions;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// The row filter of issue #14 item 11: the bad rows the data-quality check counts (<see cref="Quality"/>) are the rows
/// the metrics leave out, both found from the same expressions. A row where a duration a metric computes
/// (<c>hours(a, b)</c> over the table's own columns) is below zero is left out of that metric (its value and its sample);
/// a row where a count column (a column any metric of the report sums over the table) is below zero is left out of every
/// metric whose expressions read that column; a time column that holds no timestamp places its row in no period
/// (<see cref="SqlDialect.Parsed"/>). Only stored tables read through a time column are checked and filtered: derived
/// tables (<c>responses</c>) read the stored ones.
/// </summary>
internal static partial class QueryBuilder
{
    /// <summary>True for a metric whose rows the check covers.</summary>
    private static bool Checked(TableModel table, PlannedMetric metric) => table.Query is null && metric.Definition.Time is not null;

    /// <summary>Every node of the metric's value and filters.</summary>
    private static IEnumerable<Expr> Nodes(PlannedMetric metric) =>
        new[] { metric.Stat.Value.Value, metric.Definition.Where?.Value, metric.Use.Where?.Value }
            .OfType<string>().Select(text => ExpressionParser.Parse(text).Expression).OfType<Expr>()
            .SelectMany(e => e.DescendantsAndSelf());

    /// <summary>The durations <c>hours(from, to)</c> between two of the table's own columns that the metrics compute.</summary>
    private static List<(string From, string To)> Durations(TableModel table, IEnumerable<PlannedMetric> metrics) =>
        metrics.SelectMany(Nodes).OfType<Call>().Where(c => c.Name == "hours" && c.Args.Count == 2)
            .Select(c => (From: OwnColumn(table, c.Args[0]), To: OwnColumn(table, c.Args[1])))
            .Where(d => d.From is not null && d.To is not null).Select(d => (From: d.From!, To: d.To!)).Distinct().ToList();

    /// <summary>The table's count columns: those a metric of the report sums (<c>sum(replies)</c>).</summary>
    private static List<string> CountColumns(TableModel table, IEnumerable<PlannedMetric> metrics) =>
        metrics.Where(m => m.Definition.Table == table.Name && Checked(table, m)).SelectMany(Nodes).OfType<Call>()
            .Where(c => c.Name == "sum" && c.Args.Count >= 1).Select(c => OwnColumn(table, c.Args[0]))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A column of the table as the statements name it (<c>t."replies"</c>).</summary>
    private static string ColumnSql(TableModel table, string name, SqlDialect dialect) =>
        $"{ExpressionSql.TableAlias}.{dialect.Quote(table.Columns[name])}";

    /// <summary>The SQL condition that is true for a bad row: a negative duration or a negative count.</summary>
    private static string NegativeDurationSql(TableModel table, (string From, string To) duration, SqlDialect dialect) =>
        $"{dialect.Hours(ColumnSql(table, duration.From, dialect), ColumnSql(table, duration.To, dialect))} < 0";

    private static string NegativeCountSql(TableModel table, string column, SqlDialect dialect) => $"{ColumnSql(table, column, dialect)} < 0";

    /// <summary>
    /// The condition a row must meet to be read by <paramref name="metric"/>, or "" when it reads every row: none of its
    /// durations below zero, none of the count columns it reads below zero. A NULL duration or count is not below zero
    /// (<c>IS NOT TRUE</c>): an unanswered ticket still counts as a miss of the first-response SLA.
    /// </summary>
    private static string RowFilter(TableModel table, PlannedMetric metric, IReadOnlyCollection<string> countColumns, SqlDialect dialect)
    {
        if (!Checked(table, metric))
        {
            return "";
        }

        var read = Nodes(metric).OfType<Identifier>().Where(i => i.Parts.Count == 1).Select(i => i.Parts[0]).ToHashSet(StringComparer.Ordinal);
        var bad = Durations(table, [metric]).Select(d => NegativeDurationSql(table, d, dialect))
            .Concat(countColumns.Where(read.Contains).Select(c => NegativeCountSql(table, c, dialect)));
        return string.Join(" AND ", bad.Select(condition => $"(({condition}) IS NOT TRUE)"));
    }
}
