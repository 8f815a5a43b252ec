using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;
using ReportBuilder.Periods;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

internal static partial class QueryBuilder
{
    /// <summary>
    /// The data-quality check: one statement per stored table with a time column the metrics read, counting rows whose
    /// timestamp does not parse (the whole table: such a row falls in no period), and, within the span of the report's
    /// periods, rows where a duration the metrics compute (<c>hours(a, b)</c>) is below zero and rows where a column the
    /// metrics sum is below zero: the rows the metrics leave out (<see cref="RowFilter"/>, found from the same expressions).
    /// Each column of the statement is named <c>problem:column[:since]</c> (<see cref="DataQualityFinding"/>).
    /// </summary>
    public static List<MetricQuery> Quality(DataModel model, IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        SqlDialect dialect, DiagnosticBag diagnostics)
    {
        var queries = new List<MetricQuery>();
        if (periods.Count == 0)
        {
            return queries;
        }

        foreach (var byTable in metrics.Where(m => m.Definition.Time is not null).GroupBy(m => m.Definition.Table))
        {
            if (model.Find(byTable.Key) is not { Query: null } table)
            {
                continue;   // derived tables (responses) read the stored ones, which are checked themselves
            }

            var parameters = new SqlParameters();
            var scope = new QueryScope(model, table, dialect, parameters, diagnostics, parameters.Add("UTC"), new Dictionary<string, Located<string>>());
            string Column(string name) => ColumnSql(table, name, dialect);
            var times = byTable.Select(m => m.Definition.Time!).Where(table.Columns.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            var durations = Durations(table, byTable);
            var counts = CountColumns(table, byTable);

            var columns = new List<(string Key, string Condition)>();
            foreach (var time in times)
            {
                if (dialect.Unparsed(Column(time)) is { } unparsed)
                {
                    columns.Add((DataQualityFinding.UnparsedTimestamp + ":" + time, unparsed));
                }
            }

            // A row counts when any time column the metrics place it by falls in the span of the report's periods.
            var start = dialect.TimestampParameter(parameters.Add(Timestamps.ToText(periods.Min(p => p.StartUtc))));
            var end = dialect.TimestampParameter(parameters.Add(Timestamps.ToText(periods.Max(p => p.EndUtc))));
            var inSpan = "(" + string.Join(" OR ", times.Select(t => $"({Column(t)} >= {start} AND {Column(t)} < {end})")) + ")";
            columns.AddRange(durations.Select(d => (DataQualityFinding.NegativeDuration + ":" + d.To + ":" + d.From,
                $"{inSpan} AND {NegativeDurationSql(table, d, dialect)}")));
            columns.AddRange(counts.Select(c => (DataQualityFinding.NegativeCount + ":" + c, $"{inSpan} AND {NegativeCountSql(table, c, dialect)}")));
            if (columns.Count == 0)
            {
                continue;
            }

            var cte = table.Mapping is { } mapping ? $"WITH {MappedTable(table, mapping, scope)}\n" : "";
            var sql = $"{cte}SELECT " + string.Join(",\n       ", columns.Select((c, i) => $"COUNT(CASE WHEN {c.Condition} THEN 1 END) AS c{i}")) +
                $"\nFROM {dialect.Quote(table.SqlName)} {ExpressionSql.TableAlias}";
            queries.Add(new MetricQuery(table.Name, sql, parameters.Values, columns.Select(c => c.Key).ToList(), [0], null, scope.Reads.ToList()));
        }

        return queries;
    }

    // A plain column of the table itself (not through a join), or null.
    private static string? OwnColumn(TableModel table, Expr expression) =>
        expression is Identifier { Parts.Count: 1 } identifier && table.Columns.ContainsKey(identifier.Parts[0]) ? identifier.Parts[0] : null;
}
