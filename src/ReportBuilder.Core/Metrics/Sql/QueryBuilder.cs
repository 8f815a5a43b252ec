using System.Globalization;
using System.Text;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Periods;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>Batches a report's metrics into as few statements as possible: one per table and cohort, plus one per breakdown.</summary>
internal static class QueryBuilder
{
    /// <param name="comparison">The comparison period's index: breakdowns of metrics whose targets use <c>previous</c> cover it too.</param>
    public static List<MetricQuery> Build(DataModel model, IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        string zone, SqlDialect dialect, DiagnosticBag diagnostics, int? comparison = null)
    {
        var queries = new List<MetricQuery>();
        var allPeriods = Enumerable.Range(0, periods.Count).ToList();
        var groups = metrics.GroupBy(m => (m.Definition.Table, m.Definition.Time, Where: m.Definition.Where?.Value,
            Params: string.Join("\n", m.Params.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.Value}")),
            Joins: JoinsOf(m.Stat.Value.Value)));
        foreach (var group in groups)
        {
            var members = group.ToList();
            if (Compile(model, members, periods, allPeriods, null, zone, dialect, diagnostics) is { } totals)
            {
                queries.Add(totals);
            }

            foreach (var dimension in members.SelectMany(m => m.Breakdowns).Distinct())
            {
                var users = members.Where(m => m.Breakdowns.Contains(dimension)).ToList();
                IReadOnlyList<int> covered = comparison is { } c && users.Any(m => m.Target?.UsesPrevious == true) ? [0, c] : [0];
                if (Compile(model, users, periods, covered, dimension, zone, dialect, diagnostics) is { } breakdown)
                {
                    queries.Add(breakdown);
                }
            }
        }

        return queries;
    }

    private static MetricQuery? Compile(DataModel model, List<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        IReadOnlyList<int> indexes, DimensionModel? dimension, string zone, SqlDialect dialect, DiagnosticBag diagnostics)
    {
        var definition = metrics[0].Definition;
        var table = model.Find(definition.Table)!;
        var parameters = new SqlParameters();
        var scope = new QueryScope(model, table, dialect, parameters, diagnostics, parameters.Add(zone), metrics[0].Params);
        var before = diagnostics.Count();

        var cte = new StringBuilder("WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES ");
        cte.AppendJoin(", ", indexes.Select(i => PeriodRow(i, periods[i], parameters)));
        cte.Append(')');

        var time = definition.Time is { } column
            ? ExpressionSql.Row(scope, new Located<string>(column, definition.Location))
            : null;
        var where = definition.Where is { } filter ? ExpressionSql.Row(scope, filter) : null;
        var key = dimension is null ? "NULL" : ExpressionSql.Row(scope, new Located<string>(dimension.Expression, table.Location));
        var values = metrics.Select(m => ExpressionSql.Value(scope, m.Stat.Value)).ToList();
        if (diagnostics.Count() > before)
        {
            return null;
        }

        foreach (var required in table.Query is null ? [table.SqlName] : table.Requires)
        {
            scope.Reads.Add((required, "*"));
        }

        var sql = new StringBuilder();
        sql.AppendLine(cte.ToString());
        sql.Append("SELECT p.idx, ").Append(key).Append(" AS key, COUNT(*) AS n");
        for (var i = 0; i < values.Count; i++)
        {
            sql.Append(",\n       ").Append(values[i]).Append(" AS ").Append(dialect.Quote(metrics[i].Name));
        }

        sql.AppendLine().Append("FROM periods p\n");
        var source = table.Query is { } query ? $"(\n{query.TrimEnd()}\n)" : dialect.Quote(table.SqlName);
        sql.Append(time is null
            ? $"CROSS JOIN {source} {ExpressionSql.TableAlias}\n"
            : $"JOIN {source} {ExpressionSql.TableAlias} ON {time} >= p.p_start AND {time} < p.p_end\n");
        foreach (var joinName in scope.Joins)
        {
            var join = table.Joins[joinName];
            var joined = model.Find(join.Table)!;
            if (joined.Query is null)
            {
                scope.Reads.Add((joined.SqlName, joined.Columns.GetValueOrDefault(join.Remote, join.Remote)));
            }

            if (table.Query is null)
            {
                scope.Reads.Add((table.SqlName, table.Columns.GetValueOrDefault(join.Column, join.Column)));
            }
            var alias = ExpressionSql.JoinAlias(joinName);
            sql.Append($"LEFT JOIN {dialect.Quote(joined.SqlName)} {alias} ON {alias}.{dialect.Quote(joined.Columns.GetValueOrDefault(join.Remote, join.Remote))}" +
                $" = {ExpressionSql.TableAlias}.{dialect.Quote(table.Columns.GetValueOrDefault(join.Column, join.Column))}\n");
        }

        if (where is not null)
        {
            sql.Append("WHERE ").Append(where).Append('\n');
        }

        sql.Append("GROUP BY 1, 2");
        return new MetricQuery(table.Name, sql.ToString(), parameters.Values, metrics.Select(m => m.Name).ToList(), indexes, dimension?.Name, scope.Reads.ToList());
    }

    // The joins a value expression follows. A join can multiply rows (a ticket has many tags), so metrics that
    // follow different joins never share a statement: count() beside count_distinct(id, tags.tag = 'bug') stays a ticket count.
    private static string JoinsOf(string value) =>
        Expressions.ExpressionParser.Parse(value).Expression is { } expr
            ? string.Join(",", expr.DescendantsAndSelf().OfType<Expressions.Identifier>()
                .Where(i => i.Parts.Count > 1 && i.Parts[0] is not ("period" or "param"))
                .Select(i => i.Parts[0]).Distinct().Order(StringComparer.Ordinal))
            : "";

    private static string PeriodRow(int index, PeriodWindow period, SqlParameters parameters)
    {
        var lastMoment = period.End.PlusTicks(-1);
        return string.Create(CultureInfo.InvariantCulture,
            $"({index}, {parameters.Add(Timestamps.ToText(period.StartUtc))}, {parameters.Add(Timestamps.ToText(period.EndUtc))}, " +
            $"{parameters.Add(period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture))}, " +
            $"{parameters.Add(lastMoment.ToString("yyyy-MM", CultureInfo.InvariantCulture))})");
    }
}
