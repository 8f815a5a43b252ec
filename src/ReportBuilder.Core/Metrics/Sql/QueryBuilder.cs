using System.Globalization;
using System.Text;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Periods;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>Batches a report's metrics into as few statements as possible: one per table and cohort, plus one per breakdown.</summary>
internal static partial class QueryBuilder
{
    /// <param name="comparison">The comparison period's index: breakdowns cover it too, so insights can say which groups drove
    /// the change (and targets that use <c>previous</c> can compare each row with its own previous value).</param>
    public static List<MetricQuery> Build(DataModel model, IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        string zone, SqlDialect dialect, DiagnosticBag diagnostics, int? comparison = null)
    {
        var queries = new List<MetricQuery>();
        var allPeriods = Enumerable.Range(0, periods.Count).ToList();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var derived in metrics.Where(m => m.Definition.Time is not null).Select(m => (m.Definition.Table, Time: m.Definition.Time!)).Distinct())
        {
            if (Materialise(model, derived.Table, derived.Time, periods, allPeriods, dialect) is { } prepare && stored.TryAdd(derived.Table, prepare.Sql))
            {
                queries.Add(prepare);
            }
        }

        // One statement per table, cohort and row fan-out: metrics that filter rows differently share it, each aggregate
        // reading only its own rows (see Compile).
        var groups = metrics.GroupBy(m => (m.Definition.Table, m.Definition.Time,
            FanOut: FanOutJoins(model.Find(m.Definition.Table)!, m.Stat.Value.Value, m.Definition.Where?.Value, m.Use.Where?.Value)));
        foreach (var group in groups)
        {
            var members = group.ToList();
            var countColumns = CountColumns(model.Find(group.Key.Table)!, metrics);
            if (Compile(model, members, periods, allPeriods, null, zone, dialect, diagnostics, stored, countColumns) is { } totals)
            {
                queries.Add(totals);
            }

            foreach (var dimension in members.SelectMany(m => m.Breakdowns).Distinct())
            {
                var users = members.Where(m => m.Breakdowns.Contains(dimension)).ToList();
                IReadOnlyList<int> covered = comparison is { } c ? [0, c] : [0];
                if (Compile(model, users, periods, covered, dimension, zone, dialect, diagnostics, stored, countColumns) is { } breakdown)
                {
                    queries.Add(breakdown);
                }
            }
        }

        return queries;
    }

    private static MetricQuery? Compile(DataModel model, List<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        IReadOnlyList<int> indexes, DimensionModel? dimension, string zone, SqlDialect dialect, DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, string> stored, IReadOnlyCollection<string> countColumns)
    {
        var definition = metrics[0].Definition;
        var table = model.Find(definition.Table)!;
        var parameters = new SqlParameters();
        var scope = new QueryScope(model, table, dialect, parameters, diagnostics, parameters.Add(zone), metrics[0].Params);
        var scopes = metrics.Select(m => scope with { Params = m.Params }).ToList();
        var before = diagnostics.Count();

        var cte = new StringBuilder("WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES ");
        cte.AppendJoin(", ", indexes.Select(i => PeriodRow(i, periods[i], parameters, dialect)));
        cte.Append(')');

        var time = definition.Time is { } column
            ? ExpressionSql.Row(scope, new Located<string>(column, definition.Location))
            : null;
        // A row is placed in a period only by a time value that is a timestamp; each metric reads only the rows of its
        // filters that the row filter keeps (QueryBuilder.RowFilter.cs).
        var placed = time is not null && table.Query is null && dialect.Parsed(time) is { } parsed ? " AND " + parsed : "";
        var filters = metrics.Select((m, i) => string.Join(" AND ", new[] { m.Definition.Where, m.Use.Where }.OfType<Located<string>>()
            .Select(filter => ExpressionSql.Row(scopes[i], filter))
            .Append(RowFilter(table, m, countColumns, dialect)).Where(f => f is not ""))).ToList();
        var shared = filters.Distinct(StringComparer.Ordinal).Count() == 1;
        var where = shared ? filters[0] : filters.Any(f => f.Length == 0) ? "" : string.Join(" OR ", filters);
        var key = dimension is null ? "NULL" : ExpressionSql.Row(scope, new Located<string>(dimension.Expression, table.Location));
        var values = metrics.Select((m, i) => ExpressionSql.Value(scopes[i], m.Stat.Value, shared || filters[i].Length == 0 ? null : filters[i])).ToList();
        if (diagnostics.Count() > before)
        {
            return null;
        }

        foreach (var required in table.Query is null ? [table.Name] : table.Requires)
        {
            if (model.Find(required) is not { Mapping: not null })
            {
                scope.Reads.Add((model.Find(required)?.SqlName ?? required, "*"));
            }
        }

        var sql = new StringBuilder();
        var joinedTables = scope.Joins.Select(j => table.Joins[j].Table);
        foreach (var mapped in joinedTables.Prepend(table.Name).Concat(table.Requires).Distinct().Select(model.Find).OfType<TableModel>())
        {
            if (mapped.Mapping is { } mapping)
            {
                cte.Append(",\n").Append(MappedTable(mapped, mapping, scope));
            }
        }

        sql.AppendLine(cte.ToString());
        var columns = new StringBuilder("COUNT(*) AS n");
        for (var i = 0; i < values.Count; i++)
        {
            columns.Append(",\n       ").Append(values[i]).Append(" AS ").Append(dialect.Quote(metrics[i].Name));
        }

        if (!shared)
        {
            for (var i = 0; i < values.Count; i++)
            {
                columns.Append(",\n       ").Append(filters[i].Length == 0 ? "COUNT(*)" : $"COUNT(CASE WHEN {filters[i]} THEN 1 END)")
                    .Append(" AS ").Append(dialect.Quote("n:" + metrics[i].Name));
            }
        }

        var isStored = stored.ContainsKey(table.Name);
        var source = isStored ? dialect.Quote(StoredName(table))
            : table.Query is { } query ? $"(\n{query.TrimEnd()}\n)" : dialect.Quote(table.SqlName);
        var joins = new StringBuilder();
        foreach (var joinName in scope.Joins)
        {
            var join = table.Joins[joinName];
            var joined = model.Find(join.Table)!;
            if (joined.Query is null && joined.Mapping is null)
            {
                scope.Reads.Add((joined.SqlName, joined.Columns.GetValueOrDefault(join.Remote, join.Remote)));
            }

            if (table.Query is null && table.Mapping is null)
            {
                scope.Reads.Add((table.SqlName, table.Columns.GetValueOrDefault(join.Column, join.Column)));
            }
            var alias = ExpressionSql.JoinAlias(joinName);
            joins.Append($"LEFT JOIN {dialect.Quote(joined.SqlName)} {alias} ON {alias}.{dialect.Quote(joined.Columns.GetValueOrDefault(join.Remote, join.Remote))}" +
                $" = {ExpressionSql.TableAlias}.{dialect.Quote(table.Columns.GetValueOrDefault(join.Column, join.Column))}\n");
        }

        var hoisted = time is null || table.Query is not null || table.Mapping is not null ? null
            : RowExpressionsOnce(table, Durations(table, metrics), dialect, columns.ToString(), key!, joins.ToString(), source, $"{time} >= p.p_start AND {time} < p.p_end{placed}", where);
        AccessPath? accessPath = null;
        if (time is null && RunningSums(columns.ToString(), dimension is null ? null : key, joins.ToString(), source, where, dialect) is { } running)
        {
            sql.Append(running);
        }
        else if (dimension is null && (table.Query is null || isStored))
        {
            accessPath = time is null || isStored ? null
                : FullScan(cte + "\n", table, time, placed, columns.ToString(), joins.ToString(), where, hoisted, periods, indexes, dialect);
            sql.Append(hoisted is { } once
                ? PerPeriodTotals(indexes, once.Columns, once.From)
                : PerPeriodTotals(indexes, columns.ToString(), idx => $"FROM periods p\nCROSS JOIN {source} {ExpressionSql.TableAlias}\n{joins}WHERE p.idx = {idx}" +
                    (time is null ? where : $"{time} >= p.p_start AND {time} < p.p_end{placed}" + (where.Length > 0 ? $" AND ({where})" : "")) switch
                    {
                        "" => "",
                        var condition => $" AND ({condition})",
                    }));
        }
        else if (hoisted is { } once)
        {
            sql.Append("SELECT p.idx, ").Append(key).Append(" AS key, ").Append(once.Columns).Append('\n').Append(once.From(null)).Append("\nGROUP BY 1, 2");
        }
        else
        {
            sql.Append("SELECT p.idx, ").Append(key).Append(" AS key, ").Append(columns).Append("\nFROM periods p\n").Append(time is null
                ? $"CROSS JOIN {source} {ExpressionSql.TableAlias}\n"
                : $"JOIN {source} {ExpressionSql.TableAlias} ON {time} >= p.p_start AND {time} < p.p_end{placed}\n").Append(joins);
            if (where.Length > 0)
            {
                sql.Append("WHERE ").Append(where).Append('\n');
            }

            sql.Append("GROUP BY 1, 2");
        }

        return new MetricQuery(table.Name, sql.ToString(), parameters.Values, metrics.Select(m => m.Name).ToList(), indexes, dimension?.Name, scope.Reads.ToList())
        {
            SamplePerMetric = !shared,
            AccessPath = accessPath,
        };
    }

    /// <summary>For the report's footer: the latest timestamp of each stored table and time column its metrics read.</summary>
    public static List<MetricQuery> Freshness(DataModel model, IReadOnlyList<PlannedMetric> metrics, SqlDialect dialect, DiagnosticBag diagnostics)
    {
        var queries = new List<MetricQuery>();
        foreach (var (tableName, time) in metrics.Where(m => m.Definition.Time is not null)
                     .Select(m => (m.Definition.Table, Time: m.Definition.Time!)).Distinct())
        {
            if (model.Find(tableName) is not { Query: null } table || !table.Columns.TryGetValue(time, out var column))
            {
                continue;   // derived tables (responses) take their time from the stored ones
            }

            var parameters = new SqlParameters();
            var scope = new QueryScope(model, table, dialect, parameters, diagnostics, parameters.Add("UTC"), new Dictionary<string, Located<string>>());
            var cte = table.Mapping is { } mapping ? $"WITH {MappedTable(table, mapping, scope)}\n" : "";
            // Only a timestamp counts, as in the row filter: text such as '2026/10/09' sorts after every real timestamp.
            // SQLite still reads the maximum from the time column's index, stepping back over the rows that fail.
            var value = $"{ExpressionSql.TableAlias}.{dialect.Quote(column)}";
            var sql = $"{cte}SELECT MAX({value}) AS latest\n" +
                $"FROM {dialect.Quote(table.SqlName)} {ExpressionSql.TableAlias}" +
                (dialect.Parsed(value) is { } parsed ? $"\nWHERE {parsed}" : "");
            queries.Add(new MetricQuery(table.Name, sql, parameters.Values, ["latest"], [0], null, scope.Reads.ToList()));
        }

        return queries;
    }

    /// <summary>A canonical table read from the user's own table, as a CTE of the canonical name that every reference resolves to.</summary>
    private static string MappedTable(TableModel table, TableMapping mapping, QueryScope scope)
    {
        var dialect = scope.Dialect;
        scope.Reads.Add((mapping.SourceTable, "*"));
        var columns = table.Columns.Keys.Select(name =>
        {
            if (mapping.Columns.FirstOrDefault(c => c.Column == name) is not { Source: { } source } column)
            {
                return $"NULL AS {dialect.Quote(name)}";
            }

            scope.Reads.Add((mapping.SourceTable, source));
            var value = $"s.{dialect.Quote(source)}";
            value = column.Type switch
            {
                "iso" => dialect.FromIsoText(value),
                "unix_seconds" => dialect.FromUnixSeconds(value),
                "unix_ms" => dialect.FromUnixSeconds($"({value} / 1000.0)"),
                _ => value,
            };
            if (column.Values.Count > 0)
            {
                var cases = column.Values.Select(v => $"WHEN {scope.Parameters.Add(v.Key)} THEN {scope.Parameters.Add(v.Value)}");
                value = $"CASE {value} {string.Join(" ", cases)} ELSE {value} END";
            }

            return $"{value} AS {dialect.Quote(name)}";
        });
        return $"{dialect.Quote(table.SqlName)} AS (SELECT {string.Join(", ", columns)} FROM {dialect.StoredTable(mapping.SourceTable)} s)";
    }

    // The joins that can repeat a row (a ticket has many tags: any join not on the other table's id). Metrics that follow
    // different ones never share a statement: count() beside count_distinct(id, tags.tag = 'bug') stays a ticket count.
    private static string FanOutJoins(TableModel table, params string?[] expressions) =>
        string.Join(",", expressions.OfType<string>()
            .Select(text => Expressions.ExpressionParser.Parse(text).Expression)
            .OfType<Expressions.Expr>()
            .SelectMany(expr => expr.DescendantsAndSelf().OfType<Expressions.Identifier>())
            .Where(i => i.Parts.Count > 1 && table.Joins.TryGetValue(i.Parts[0], out var join) && join.Remote != "id")
            .Select(i => i.Parts[0]).Distinct().Order(StringComparer.Ordinal));

    private static string PeriodRow(int index, PeriodWindow period, SqlParameters parameters, SqlDialect dialect)
    {
        var lastMoment = period.End.PlusTicks(-1);
        return string.Create(CultureInfo.InvariantCulture,
            $"({index}, {dialect.TimestampParameter(parameters.Add(Timestamps.ToText(period.StartUtc)))}, " +
            $"{dialect.TimestampParameter(parameters.Add(Timestamps.ToText(period.EndUtc)))}, " +
            $"{parameters.Add(period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture))}, " +
            $"{parameters.Add(lastMoment.ToString("yyyy-MM", CultureInfo.InvariantCulture))})");
    }
}
