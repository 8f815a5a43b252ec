using System.Globalization;
using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql.Tree;
using ReportBuilder.Periods;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// Compiles a report's planned metrics into statements: as few as possible, one per table and cohort, plus one per
/// breakdown. Each is built as a statement tree in its plain form, rewritten by the passes
/// (<see cref="StatementPasses"/>) and printed by the dialect last (<see cref="SqlPrinter"/>); docs/architecture-sql.md.
/// </summary>
internal static partial class StatementCompiler
{
    /// <param name="comparison">The comparison period's index: breakdowns cover it too, so insights can say which groups drove
    /// the change (and targets that use <c>previous</c> can compare each row with its own previous value).</param>
    /// <param name="trace">Sees each statement before the passes and after each pass that changed it (<c>explain --passes</c>).</param>
    public static List<MetricQuery> Build(DataModel model, IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        string zone, SqlDialect dialect, DiagnosticBag diagnostics, int? comparison = null, Action<string, MetricStatement>? trace = null,
        Calendars.WorkingTime? workingTime = null, SlaPolicy? sla = null, NodaTime.Instant? asOf = null)
    {
        var queries = new List<MetricQuery>();
        var allPeriods = Enumerable.Range(0, periods.Count).ToList();

        // One statement per table, cohort and row fan-out: metrics that filter rows differently share it, each aggregate
        // reading only its own rows (see Compile); then one per breakdown and per scorecard member.
        var statements = metrics.GroupBy(m => (m.Definition.Table, m.Definition.Time,
                FanOut: FanOutJoins(model.Find(m.Definition.Table)!, m.Stat.Value.Value, m.Definition.Where?.Value, m.Use.Where?.Value)))
            .SelectMany(group => Statements([.. group], allPeriods, comparison)).ToList();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var derived in metrics.Where(m => m.Definition.Time is not null).Select(m => (m.Definition.Table, Time: m.Definition.Time!)).Distinct())
        {
            if (!stored.Contains(derived.Table) && statements.Count(s => s.Metrics[0].Definition.Table == derived.Table) >= dialect.StoredForReads &&
                Materialise(model, derived.Table, derived.Time, periods, allPeriods, dialect) is { } prepare)
            {
                stored.Add(derived.Table);
                queries.Add(prepare);
            }
        }

        var passes = StatementPasses.All(stored);
        var traits = new DialectTraits(dialect.Unflattened is not null, dialect.AvoidsIndex, dialect.OnePass, dialect.DistinctApart, dialect.FanOutOnePass,
            dialect.IntervalHours, dialect.RepeatsRowValues);
        var checks = new Dictionary<string, RowChecks>(StringComparer.Ordinal);
        foreach (var (covered, dimension, users, perMember) in statements)
        {
            var table = users[0].Definition.Table;
            var rowChecks = checks.TryGetValue(table, out var known) ? known : checks[table] = Checks(model.Find(table)!, metrics, dialect);
            if (Compile(model, users, periods, covered, dimension, zone, dialect, diagnostics, rowChecks,
                    new Terms(workingTime, sla, asOf)) is { } statement)
            {
                var optimised = StatementPasses.Run(statement, passes, traits, trace);
                queries.Add(Query(optimised, users, covered, dimension, periods, dialect) with { Members = perMember });
            }
        }

        // The working intervals business_hours() reads, stored once before the statements that read them (SQLite).
        var prepares = (workingTime?.Used ?? []).Select(dialect.WorkingTime.Prepare).OfType<(string Sql, object Data)>()
            .Select(p => new MetricQuery("", p.Sql, [new(dialect.ParameterMark + "p0", p.Data)], [], [], null, []) { Prepares = true });
        return [.. prepares, .. queries];
    }

    /// <summary>The statements of one table, cohort and fan-out: its totals over every period, one per breakdown (the report's
    /// period and the comparison's), and a scorecard's one GROUP BY member over every period (value, comparison, trend).</summary>
    private static IEnumerable<(IReadOnlyList<int> Covered, DimensionModel? Dimension, List<PlannedMetric> Metrics, bool PerMember)> Statements(
        List<PlannedMetric> members, IReadOnlyList<int> allPeriods, int? comparison)
    {
        yield return (allPeriods, null, members, false);
        foreach (var dimension in members.SelectMany(m => m.Breakdowns).Distinct())
        {
            yield return (comparison is { } c ? [0, c] : [0], dimension, members.Where(m => m.Breakdowns.Contains(dimension)).ToList(), false);
        }

        foreach (var member in members.Select(m => m.Member).OfType<DimensionModel>().Distinct())
        {
            yield return (allPeriods, member, members.Where(m => m.Member == member).ToList(), true);
        }
    }

    /// <summary>The plain form of one statement: the periods joined to their rows, grouped by period and key.</summary>
    private static MetricStatement? Compile(DataModel model, List<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods,
        IReadOnlyList<int> indexes, DimensionModel? dimension, string zone, SqlDialect dialect, DiagnosticBag diagnostics,
        RowChecks checks, Terms terms)
    {
        var definition = metrics[0].Definition;
        var table = model.Find(definition.Table)!;
        var parameters = new ParamSource();
        var scope = new CompileScope(model, table, parameters, diagnostics, parameters.New(zone), metrics[0].Params)
        {
            WorkingTime = terms.WorkingTime,
            Sla = terms.Sla,
            AsOf = terms.AsOf,
        };
        var scopes = metrics.Select(m => scope with { Params = m.Params, WorkingHours = m.Use.WorkingHours }).ToList();
        var before = diagnostics.Count();
        var rows = indexes.Select(i => PeriodRow(i, periods[i], parameters)).ToList();

        var time = definition.Time is { } column ? ExpressionTree.Row(scope, new Located<string>(column, definition.Location)) : null;
        // A row is placed in a period only by a time value that is a timestamp; each metric reads only the rows of its
        // filters that the row filter keeps (StatementCompiler.RowFilter.cs).
        var placed = Placed(table, definition.Time, time, checks, dialect);
        var filters = metrics.Select((m, i) =>
        {
            var parts = new[] { m.Definition.Where, m.Use.Where }.OfType<Located<string>>().Select(filter => ExpressionTree.Row(scopes[i], filter))
                .OfType<SqlExpr>().Concat(RowFilter(table, m, checks)).ToList();
            return parts.Count == 0 ? null : (SqlExpr)new Junction("AND", parts);
        }).ToList();
        var shared = filters.Distinct().Count() == 1;
        var where = shared ? filters[0] : filters.Any(f => f is null) ? null : new Junction("OR", filters!);
        var key = dimension is null ? null : ExpressionTree.Row(scope, new Located<string>(dimension.Expression, table.Location));
        var values = metrics.Select((m, i) => ExpressionTree.Value(scopes[i], m.Stat.Value, shared ? null : filters[i])).ToList();
        if (diagnostics.Count() > before)
        {
            return null;
        }

        // A joined derived table (first_responders) reads its own tables inside the statement.
        var joined = scope.Joins.Select(j => table.Joins[j].Table).ToList();
        var derivedReads = joined.SelectMany(j => model.Find(j) is { Query: not null } derived ? derived.Requires : []).ToList();
        var requires = (table.Query is null ? [table.Name] : table.Requires).Concat(derivedReads).Distinct()
            .Where(r => model.Find(r) is not { Mapping: not null })
            .Select(r => (model.Find(r)?.SqlName ?? r, "*")).ToList();
        var mapped = joined.Prepend(table.Name).Concat(table.Requires).Concat(derivedReads).Distinct().Select(model.Find).OfType<TableModel>()
            .Where(t => t.Mapping is not null).Select(t => Mapped(t, t.Mapping!, parameters)).ToList();

        var columns = new List<Output> { new(new Aggregate(AggregateKind.Count, null), "n", Quoted: false) };
        columns.AddRange(values.Select((v, i) => new Output(v!, metrics[i].Name)));
        if (!shared)
        {
            columns.AddRange(filters.Select((f, i) => new Output(
                new Aggregate(AggregateKind.Count, f is null ? null : new Case(f, Constant.One, null)), "n:" + metrics[i].Name)));
        }

        return new MetricStatement
        {
            Model = table,
            Zone = scope.Zone,
            Periods = rows,
            Mapped = mapped,
            Source = table.Query is { } query ? new QuerySource(query.TrimEnd()) : new StoredSource(table.SqlName),
            Joins = scope.Joins.Select(name => JoinOf(model, table, table.Joins[name])).ToList(),
            Requires = requires,
            Time = time,
            Placed = placed,
            Filters = filters,
            Where = where,
            Key = key,
            Columns = columns,
            // Working hours too: a mean and a median of business_hours() look its ends up once per row.
            RowExpressions = [.. Durations(table, metrics).Select(d => Hours(table, d)),
                .. columns.SelectMany(c => c.Value.DescendantsAndSelf()).OfType<WorkingHours>().Distinct()],
            SamplePerMetric = !shared,
        };
    }

    /// <summary>What a report's expressions may read besides its data: calendars, SLA policy and as-of instant.</summary>
    private sealed record Terms(Calendars.WorkingTime? WorkingTime, SlaPolicy? Sla, NodaTime.Instant? AsOf);

    /// <summary>The statement printed in the dialect, with what the engine needs to read its rows.</summary>
    private static MetricQuery Query(MetricStatement statement, List<PlannedMetric> metrics, IReadOnlyList<int> indexes,
        DimensionModel? dimension, IReadOnlyList<PeriodWindow> periods, SqlDialect dialect)
    {
        var (sql, parameters, fullScan, tableOrder, probe) = SqlPrinter.Print(statement, dialect);
        var reads = new SortedSet<(string, string)>(statement.Expressions.SelectMany(e => e.DescendantsAndSelf()).OfType<Column>()
            .Select(c => c.Read).OfType<(string, string)>()
            .Concat(statement.Requires)
            .Concat(statement.Joins.SelectMany(j => j.Reads))
            .Concat(statement.Mapped.SelectMany(m => m.Reads).Select(r => (r, "*"))));
        return new MetricQuery(statement.Model.Name, sql, parameters, metrics.Select(m => m.Name).ToList(), indexes, dimension?.Name, reads.ToList())
        {
            SamplePerMetric = statement.SamplePerMetric,
            AccessPath = tableOrder is null ? null
                : new AccessPath(probe!, indexes.Min(i => periods[i].StartUtc), indexes.Max(i => periods[i].EndUtc), fullScan, tableOrder),
        };
    }

    private static Join JoinOf(DataModel model, TableModel table, JoinModel join)
    {
        var joined = model.Find(join.Table)!;
        var remote = joined.Columns.GetValueOrDefault(join.Remote, join.Remote);
        var local = table.Columns.GetValueOrDefault(join.Column, join.Column);
        var reads = new List<(string, string)>();
        if (joined.Query is null && joined.Mapping is null)
        {
            reads.Add((joined.SqlName, remote));
        }

        if (table.Query is null && table.Mapping is null)
        {
            reads.Add((table.SqlName, local));
        }

        return new Join(join.Name, joined.Name, joined.SqlName, remote, local, reads) 
        {
            Query = joined.Query?.TrimEnd(),
            Requires = joined.Query is null ? [] : joined.Requires,
        };
    }

    /// <summary>For the report's footer: the latest timestamp of each stored table and time column its metrics read.</summary>
    public static List<MetricQuery> Freshness(DataModel model, IReadOnlyList<PlannedMetric> metrics, SqlDialect dialect)
    {
        var queries = new List<MetricQuery>();
        foreach (var (tableName, time) in metrics.Where(m => m.Definition.Time is not null)
                     .Select(m => (m.Definition.Table, Time: m.Definition.Time!)).Distinct())
        {
            if (model.Find(tableName) is not { Query: null } table || !table.Columns.TryGetValue(time, out var column))
            {
                continue;   // derived tables (responses) take their time from the stored ones
            }

            var parameters = new ParamSource();
            var zone = parameters.New("UTC");
            IReadOnlyList<MappedTable> mapped = table.Mapping is { } mapping ? [Mapped(table, mapping, parameters)] : [];
            // Only a timestamp counts, as in the row filter: text such as '2026/10/09' sorts after every real timestamp.
            // SQLite still reads the maximum from the time column's index, stepping back over the rows that fail.
            var value = new Column(TreeNames.Table, column);
            var scan = new TableScan(table.SqlName, zone, mapped, [new Output(new Aggregate(AggregateKind.Max, value), "latest", Quoted: false)],
                dialect.TextTimestamps ? new Dialect(DialectCall.Parsed, value) : null);
            queries.Add(Query(table, scan, ["latest"], dialect));
        }

        return queries;
    }

    private static MetricQuery Query(TableModel table, TableScan scan, List<string> columns, SqlDialect dialect)
    {
        var (sql, parameters) = SqlPrinter.Print(scan, dialect);
        var reads = new SortedSet<(string, string)>(scan.Mapped.SelectMany(m => m.Columns).SelectMany(c => c.Value.DescendantsAndSelf())
            .OfType<Column>().Select(c => c.Read).OfType<(string, string)>().Concat(scan.Mapped.SelectMany(m => m.Reads).Select(r => (r, "*"))));
        return new MetricQuery(table.Name, sql, parameters, columns, [0], null, reads.ToList());
    }

    /// <summary>A canonical table read from the user's own table, as a CTE of the canonical name that every reference resolves to.</summary>
    private static MappedTable Mapped(TableModel table, TableMapping mapping, ParamSource parameters)
    {
        var columns = table.Columns.Keys.Select(name =>
        {
            if (mapping.Columns.FirstOrDefault(c => c.Column == name) is not { Source: { } source } column)
            {
                return new Output(Constant.Null, name);
            }

            // A query's columns are its own outputs: only a stored table's are checked against the database.
            SqlExpr value = new Column("s", source, mapping.Query is null ? (mapping.SourceTable, source) : null);
            value = column.Type switch
            {
                "iso" => new Dialect(DialectCall.FromIsoText, value),
                "unix_seconds" => new Dialect(DialectCall.FromUnixSeconds, value),
                "unix_ms" => new Dialect(DialectCall.FromUnixSeconds, new Group(new Binary(value, "/", new Constant("1000.0")))),
                _ => value,
            };
            if (column.Values.Count > 0)
            {
                value = new SimpleCase(value, new Nodes(column.Values.SelectMany(v => new SqlExpr[] { parameters.New(v.Key), parameters.New(v.Value) }).ToList()), value);
            }

            return new Output(value, name);
        }).ToList();
        return new MappedTable(table.Name, table.SqlName, mapping.SourceTable, columns, mapping.Query);
    }

    // The joins that can repeat a row (a ticket has many tags: any join not on the other table's id). Metrics that follow
    // different ones never share a statement: count() beside count_distinct(id, tags.tag = 'bug') stays a ticket count.
    private static string FanOutJoins(TableModel table, params string?[] expressions) =>
        string.Join(",", expressions.OfType<string>()
            .Select(text => Expressions.ExpressionParser.Parse(text).Expression)
            .OfType<Expressions.Expr>()
            .SelectMany(expr => expr.DescendantsAndSelf().OfType<Expressions.Identifier>())
            .Where(i => i.Parts.Count > 1 && table.Joins.TryGetValue(i.Parts[0], out var join) && join.RepeatsRows)
            .Select(i => i.Parts[0]).Distinct().Order(StringComparer.Ordinal));

    private static PeriodRow PeriodRow(int index, PeriodWindow period, ParamSource parameters)
    {
        var lastMoment = period.End.PlusTicks(-1);
        var start = new Dialect(DialectCall.TimestampParameter, parameters.New(Timestamps.ToText(period.StartUtc)));
        var end = new Dialect(DialectCall.TimestampParameter, parameters.New(Timestamps.ToText(period.EndUtc)));
        var first = parameters.New(period.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        return new PeriodRow(index, start, end, first, parameters.New(lastMoment.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// A derived table (a model table with a <c>query</c>, such as <c>responses</c>) built once per run when the dialect
    /// can store it (<see cref="SqlDialect.TemporaryTable"/>): its query runs over the span of every period of the
    /// report, and the totals and each breakdown read the stored rows instead of running the query again
    /// (<see cref="SharedDerivedTables"/>). Exact, as long as the query's rows for a period do not depend on which other
    /// periods the statement covers (responses: each row looks only backwards in its own ticket, and more periods only
    /// keep more rows).
    /// </summary>
    private static MetricQuery? Materialise(DataModel model, string tableName, string time, IReadOnlyList<PeriodWindow> periods,
        IReadOnlyList<int> indexes, SqlDialect dialect)
    {
        if (model.Find(tableName) is not { Query: { } query } table || !table.Columns.TryGetValue(time, out var timeColumn)
            || table.Requires.Any(r => model.Find(r)?.Mapping is not null))
        {
            return null;   // a mapped table is a CTE of each statement: the query then stays inside them
        }

        var parameters = new ParamSource();
        var zone = parameters.New("UTC");   // @p0, as in every statement (the zone), so the period placeholders read alike
        var rows = indexes.Select(i => PeriodRow(i, periods[i], parameters)).ToList();
        if (SqlPrinter.PrintStore("rb_" + table.Name, query.TrimEnd(), timeColumn, zone, rows, dialect) is not { Sql: { } sql } store)
        {
            return null;
        }

        var reads = table.Requires.Select(r => (model.Find(r)?.SqlName ?? r, "*")).ToList();
        return new MetricQuery(table.Name, sql, store.Parameters, [], indexes, null, reads) { Prepares = true };
    }
}
