using System.Globalization;
using System.Text;
using ReportBuilder.Metrics.Sql.Tree;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// Writes a statement tree as SQL in a dialect: the last step of compiling. The params are numbered here, in the order the
/// compiler created those the statement still holds (an equal value sharing one placeholder), so that a pass that drops
/// an expression drops its params too.
/// </summary>
internal sealed partial class SqlPrinter
{
    private const string Periods = "periods";

    /// <summary>The most periods a derived table's rows are joined to by range (<see cref="BucketJoin"/>): a breakdown's
    /// two. There the range join tests each row twice, and with the span's bounds as values the planner read the whole
    /// messages index in its order for a month's responses (a merge semi-join), 0.3–0.6 s more CPU per breakdown than
    /// the parallel hash semi-join it chose without them (1 M tickets). A table's rows joined to a ticket's tags are
    /// placed by span whatever the count: top issues by tag over two months, 0.87 -> 0.44 s of the server's CPU.</summary>
    private const int MostPeriodsByRange = 2;

    private const string ColumnSeparator = ",\n       ";
    private readonly SqlDialect _dialect;
    private readonly SqlParameters _parameters;

    private SqlPrinter(SqlDialect dialect, IEnumerable<SqlExpr> expressions)
    {
        _dialect = dialect;
        _parameters = new SqlParameters(dialect.ParameterMark);
        foreach (var param in expressions.SelectMany(e => e.DescendantsAndSelf()).OfType<Param>().OrderBy(p => p.Order))
        {
            _parameters.Add(param.Value);
        }
    }

    /// <summary>The statement's SQL, its params, the full-scan and table-order forms and the probe that chooses between them
    /// (<see cref="AccessPath"/>).</summary>
    public static (string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters, string? FullScan, string? TableOrder, string? Probe) Print(
        MetricStatement statement, SqlDialect dialect)
    {
        var printer = new SqlPrinter(dialect, statement.Expressions);
        var with = printer.With(statement);
        return (with + "\n" + printer.Body(statement), printer._parameters.Values,
            statement.FullScan is { } full ? with + "\n" + printer.Body(full) : null,
            statement.TableOrder is { } ordered ? with + "\n" + printer.Body(ordered) : null,
            statement.TableOrder is not null ? printer.Probe(statement.Model.SqlName, statement.Time!) : null);
    }

    /// <summary>A whole-table statement's SQL and params.</summary>
    public static (string Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters) Print(TableScan scan, SqlDialect dialect)
    {
        var printer = new SqlPrinter(dialect, scan.Expressions);
        var sql = new StringBuilder();
        if (scan.Mapped.Count > 0)
        {
            sql.Append("WITH ").AppendJoin(",\n", scan.Mapped.Select(printer.Mapped)).Append('\n');
        }

        sql.Append("SELECT ").AppendJoin(ColumnSeparator, scan.Columns.Select(printer.Output))
            .Append("\nFROM ").Append(dialect.Quote(scan.SqlName)).Append(' ').Append(TreeNames.Table);
        if (scan.Where is { } where)
        {
            sql.Append("\nWHERE ").Append(printer.Print(where));
        }

        return (sql.ToString(), printer._parameters.Values);
    }

    /// <summary>The statement that stores a derived table for the run (null when the dialect cannot), and its params.</summary>
    public static (string? Sql, IReadOnlyList<KeyValuePair<string, object?>> Parameters) PrintStore(string name, string query, string timeColumn,
        Param zone, IReadOnlyList<PeriodRow> periods, SqlDialect dialect)
    {
        var printer = new SqlPrinter(dialect, periods.SelectMany(p => p.Values).Prepend(zone));
        if (dialect.SpansStores && periods.Count > 0 && periods.All(p => Text(p.Start) is not null && Text(p.End) is not null))
        {
            var first = periods.MinBy(p => Text(p.Start), StringComparer.Ordinal)!;
            var last = periods.MaxBy(p => Text(p.End), StringComparer.Ordinal)!;
            query = dialect.Spanned(query, Periods, printer.Print(first.Start), printer.Print(last.End));
        }

        var select = $"{printer.PeriodsTable(periods)}\nSELECT * FROM (\n{query}\n) derived";
        return (dialect.TemporaryTable(name, select, timeColumn), printer._parameters.Values);
    }

    private string PeriodsTable(IEnumerable<PeriodRow> rows) =>
        $"WITH {Periods} (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES " +
        string.Join(", ", rows.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"({r.Index}, {Print(r.Start)}, {Print(r.End)}, {Print(r.FirstMonth)}, {Print(r.LastMonth)})"))) + ")";

    private string With(MetricStatement s) =>
        PeriodsTable(s.Periods) + string.Concat(s.Mapped.Select(m => ",\n" + Mapped(m))) +
        (s.Apart is { } apart ? ",\n" + DistinctRows(s, apart) : "");

    /// <summary>The statement's rows kept once, and each value's distinct count per period and key over them
    /// (<see cref="DistinctCountsApart"/>): <c>COUNT</c> leaves out the NULL, as <c>COUNT(DISTINCT)</c> does.</summary>
    private string DistinctRows(MetricStatement s, DistinctRows apart)
    {
        var rows = $"rb_rows AS MATERIALIZED (SELECT p.idx AS idx, {Key(s)} AS key" +
            string.Concat(apart.Carried.Select(c => ", " + Output(c))) + $"\n{Rows(s)})";
        return rows + string.Concat(apart.Values.Select((value, i) =>
            $",\n{TreeNames.Distinct(i)} AS (SELECT idx, key, COUNT(v) AS v FROM (SELECT DISTINCT idx, key, {Print(value)} AS v " +
            $"FROM rb_rows {TreeNames.Rows}) d GROUP BY 1, 2)"));
    }

    /// <summary>The aggregate query over the rows kept once, each joined to its distinct counts.</summary>
    private string OverDistinctRows(MetricStatement s, DistinctRows apart, string groupBy)
    {
        var rb = TreeNames.Rows;
        var joins = string.Concat(apart.Values.Select((_, i) =>
        {
            var d = TreeNames.Distinct(i);
            return $"LEFT JOIN {d} ON {d}.idx = {rb}.idx" + (s.Key is null ? "" : $" AND {d}.key IS NOT DISTINCT FROM {rb}.key") + "\n";
        }));
        return $"SELECT {rb}.idx, {rb}.key, {Columns(s)}\nFROM rb_rows {rb}\n{joins}{groupBy}";
    }

    private string Mapped(MappedTable table) =>
        $"{_dialect.Quote(table.SqlName)} AS (SELECT {string.Join(", ", table.Columns.Select(Output))} FROM " +
        (table.Query is { } query ? $"(\n{Definitions.MappingQuery.Resolve(query.TrimEnd(), _dialect.StoredTable)}\n) s)" : $"{_dialect.StoredTable(table.SourceTable)} s)");

    private string Output(Output output) => $"{Print(output.Value)} AS {(output.Quoted ? _dialect.Quote(output.Name) : output.Name)}";

    private string Source(Source source) => source switch
    {
        StoredSource stored => _dialect.Quote(stored.SqlName),
        TemporarySource stored => _dialect.StoredForRun(stored.Name),
        QuerySource query => $"(\n{query.Query}\n)",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    private string Joins(MetricStatement s) => string.Concat(s.Joins.Select(j =>
        $"LEFT JOIN {(j.Query is { } query ? $"(\n{query}\n)" : _dialect.Quote(j.SqlName))} {j.Alias} ON {j.Alias}.{_dialect.Quote(j.Remote)} = {TreeNames.Table}.{_dialect.Quote(j.Local)}\n"));

    private string Columns(MetricStatement s) => string.Join(ColumnSeparator, s.Columns.Select(Output));

    private string Key(MetricStatement s) => s.Key is { } key ? Print(key) : "NULL";

    /// <summary>The condition that keeps the rows of the span of the periods, found through the time column's index and read
    /// in the table's order (<see cref="MetricStatement.InTableOrder"/>), followed by <c>AND</c>; empty for every row.</summary>
    private string InTableOrder(MetricStatement s) => s.InTableOrder is not { } time ? ""
        : (_dialect.InTableOrder(TreeNames.Table, Source(s.Source), _dialect.Quote(time.Name), $"(SELECT MIN(p_start) FROM {Periods})",
            $"(SELECT MAX(p_end) FROM {Periods})") ?? throw new NotSupportedException($"{_dialect.GetType().Name} reads no rows in table order")) + " AND ";

    /// <summary>The time condition that places a row in the period <c>p</c>.</summary>
    private string InPeriod(MetricStatement s)
    {
        var time = Print(s.Time!);
        return $"{time} >= p.p_start AND {time} < p.p_end" + (s.Placed is { } placed ? " AND " + Print(placed) : "");
    }

    private string Where(MetricStatement s) => s.Where is { } where ? Print(where) : "";

    private string Body(MetricStatement s)
    {
        if (s.Running is { } running)
        {
            return RunningSums(s, running);
        }

        if (s.Grouping == Grouping.EachPeriod)
        {
            return string.Join("\nUNION ALL\n", s.Periods.Select(period =>
            {
                var idx = period.Index.ToString(CultureInfo.InvariantCulture);
                return $"SELECT {idx} AS idx, NULL AS key, {Columns(s)}\n" + (s.Once is { } once ? FromOnce(s, once, idx) : EachPeriodFrom(s, idx));
            }));
        }

        var groupBy = s.Grouping == Grouping.Period ? "GROUP BY 1" : "GROUP BY 1, 2";
        if (s.Fenced is { } fenced)
        {
            var rb = TreeNames.Rows;
            var where = fenced.Where is { } filter ? $"WHERE {Print(filter)}\n" : "";
            return $"SELECT {rb}.idx, {rb}.key, {Columns(s)}\nFROM (SELECT p.idx AS idx, {Key(s)} AS key" +
                string.Concat(fenced.Carried.Select(c => ", " + Output(c))) + $"\n{Rows(s).TrimEnd('\n')}{_dialect.Unflattened}) {rb}\n{where}{groupBy}";
        }

        if (s.Once is { } computed)
        {
            return $"SELECT p.idx, {Key(s)} AS key, {Columns(s)}\n{FromOnce(s, computed, null)}\n{groupBy}";
        }

        return s.Apart is { } apart ? OverDistinctRows(s, apart, groupBy) : $"SELECT p.idx, {Key(s)} AS key, {Columns(s)}\n{Rows(s)}{groupBy}";
    }

    /// <summary>The <c>FROM</c> and <c>WHERE</c> of the statement's rows, each joined to its period; each part ends its line.</summary>
    private string Rows(MetricStatement s)
    {
        var sql = new StringBuilder();
        var where = Where(s);
        if (s.TableFirst)
        {
            sql.Append($"FROM {Source(s.Source)} {TreeNames.Table}\nCROSS JOIN {Periods} p\n{Joins(s)}WHERE {InTableOrder(s)}{InPeriod(s)}")
                .Append(where.Length > 0 ? $" AND ({where})" : "").Append('\n');
        }
        else
        {
            sql.Append($"FROM {Periods} p\n").Append(s.Time is null
                ? $"CROSS JOIN {Source(s.Source)} {TreeNames.Table}\n"
                : BucketJoin(s) ?? $"JOIN {Source(s.Source)} {TreeNames.Table} ON {InPeriod(s)}\n").Append(Joins(s));
            if (where.Length > 0)
            {
                sql.Append("WHERE ").Append(where).Append('\n');
            }
        }

        return sql.ToString();
    }

    /// <summary>
    /// The join of a derived table's rows to the periods where the dialect places each row by its time directly
    /// (<see cref="SqlDialect.PeriodOf"/>: PostgreSQL), and the query sees the span of the periods as values
    /// (<see cref="SqlDialect.Spanned"/>); null otherwise, and when two periods overlap or start together. The periods'
    /// starts and ends, in time order, cut time into spans, each inside one period or in none: the join is an equality
    /// of the period's index with that of the row's span. The planner cannot estimate a derived table's rows, so the
    /// range condition of <see cref="InPeriod"/> became a nested loop over every pair of row and period
    /// (docs/performance.md, "All-metrics on PostgreSQL against its hand floor"). A table's rows are joined the same way
    /// where a statement over it is grouped by period (a join that can repeat a row, <see cref="Tree.DialectTraits.FanOutOnePass"/>),
    /// with the span of the periods as the range of its time column, however many periods. Not for a derived table's rows
    /// over a breakdown's two periods (<see cref="MostPeriodsByRange"/>).
    /// </summary>
    private string? BucketJoin(MetricStatement s)
    {
        if ((s.Source is QuerySource ? s.Periods.Count <= MostPeriodsByRange : !(_dialect.FanOutOnePass && s.FansOut)) ||
            Spans(s.Periods.Select(p => (p.Index, Text(p.Start), Text(p.End))).ToList()) is not { } spans ||
            _dialect.PeriodOf(Print(s.Time!), Periods, spans) is not { } period)
        {
            return null;
        }

        var first = Print(s.Periods.MinBy(p => Text(p.Start), StringComparer.Ordinal)!.Start);
        var last = Print(s.Periods.MaxBy(p => Text(p.End), StringComparer.Ordinal)!.End);
        var placed = s.Placed is { } condition ? " AND " + Print(condition) : "";
        if (s.Source is QuerySource query)
        {
            return $"JOIN (\n{_dialect.Spanned(query.Query, Periods, first, last)}\n) {TreeNames.Table} ON p.idx = {period}{placed}\n";
        }

        // A table's rows: the span as an index range (or a scan, as the planner judges), each row's period by the span index.
        var time = Print(s.Time!);
        return $"JOIN {Source(s.Source)} {TreeNames.Table} ON {time} >= {first} AND {time} < {last} AND p.idx = {period}{placed}\n";
    }

    /// <summary>For periods that neither overlap nor share a start (their bounds canonical text, see <see cref="Text"/>): for
    /// each distinct start or end in time order, the index of the period from that bound to the next, or null where none
    /// is (after an end that starts no period; an empty period holds no time); null for other periods, or when no period
    /// holds any time.</summary>
    internal static IReadOnlyList<int?>? Spans(IReadOnlyList<(int Index, string? Start, string? End)> periods)
    {
        var byStart = periods.OrderBy(p => p.Start, StringComparer.Ordinal).ToList();
        if (byStart.Count == 0 || byStart.Any(p => p.Start is null || p.End is null || string.CompareOrdinal(p.Start, p.End) > 0) ||
            byStart.Zip(byStart.Skip(1)).Any(pair => string.CompareOrdinal(pair.First.Start, pair.Second.Start) == 0 ||
                string.CompareOrdinal(pair.First.End, pair.Second.Start) > 0))
        {
            return null;
        }

        var spans = byStart.SelectMany(p => new[] { p.Start!, p.End! }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(bound => byStart.Where(p => p.Start == bound && p.Start != p.End).Select(p => (int?)p.Index).FirstOrDefault()).ToList();
        return spans.All(i => i is null) ? null : spans;
    }

    /// <summary>A period bound's canonical text (<see cref="Timestamps.Format"/>, whose text order is time order), or null
    /// when it is no parameter.</summary>
    private static string? Text(SqlExpr bound) =>
        bound is Dialect { Call: DialectCall.TimestampParameter } d && d.Args[0] is Param { Value: string text } ? text : null;

    /// <summary>One period's <c>FROM</c> and <c>WHERE</c> of per-period totals: a <c>CROSS JOIN</c>, which SQLite takes as
    /// "periods first", so each branch reads its period's row and then the index range (joined with <c>ON</c>, SQLite may
    /// scan the whole table for a branch and look the period up).</summary>
    private string EachPeriodFrom(MetricStatement s, string idx)
    {
        var where = Where(s);
        var condition = s.Time is null ? where : InPeriod(s) + (where.Length > 0 ? $" AND ({where})" : "");
        return $"FROM {Periods} p\nCROSS JOIN {Source(s.Source)} {TreeNames.Table}\n{Joins(s)}WHERE p.idx = {idx}" +
            (condition.Length > 0 ? $" AND ({condition})" : "");
    }

    /// <summary>The <c>FROM</c> and <c>WHERE</c> over the subquery that computes the per-row expressions once, for one period
    /// (<paramref name="idx"/>) or all.</summary>
    private string FromOnce(MetricStatement s, RowColumns once, string? idx)
    {
        var t = TreeNames.Table;
        // The period's fields the aggregates and the key read (the cutoff's p_end), carried with each row where the dialect
        // names them beside it (PeriodsAlongRows; not past a join that can repeat a row).
        var along = _dialect.PeriodsAlongRows && !s.FansOut;
        var fields = !along ? [] : s.Columns.Select(c => c.Value).Append(s.Key).OfType<SqlExpr>().SelectMany(e => e.DescendantsAndSelf())
            .OfType<PeriodField>().Select(f => f.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var select = string.Join(", ", once.Passed.Select(c => $"{t}.{_dialect.Quote(c)}")
            .Prepend($"p.idx AS {_dialect.Quote("rb_idx")}").Concat(fields.Select(f => $"p.{f} AS {_dialect.Quote("rb_" + f)}"))
            .Concat(once.Computed.Select(Output)));
        var where = Where(s);
        var condition = InTableOrder(s) + InPeriod(s) + (where.Length > 0 ? $" AND ({where})" : "");
        var rows = s.TableFirst
            ? $"FROM {Source(s.Source)} {t}\nCROSS JOIN {Periods} p\nWHERE {condition}"
            : $"FROM {Periods} p\nCROSS JOIN {Source(s.Source)} {t}\nWHERE {(idx is null ? "" : $"p.idx = {idx} AND ")}{condition}";
        var from = $"FROM (SELECT {select}\n{rows}{_dialect.Unflattened}) {t}\n";
        if (along)
        {
            var period = string.Join(", ", fields.Select(f => $"{t}.{_dialect.Quote("rb_" + f)} AS {f}").Prepend($"{t}.{_dialect.Quote("rb_idx")} AS idx"));
            return from + $"CROSS JOIN LATERAL (SELECT {period}) p\n{Joins(s)}".TrimEnd('\n');
        }

        return from + $"CROSS JOIN {Periods} p\n{Joins(s)}WHERE p.idx = {t}.{_dialect.Quote("rb_idx")}";
    }

    private string RunningSums(MetricStatement s, Subtotals running)
    {
        var t = TreeNames.Table;
        var keys = running.Bounded.Select(c => $"{t}.{_dialect.Quote(c)} AS {_dialect.Quote(c)}").ToList();
        if (running.Key is { } key)
        {
            keys.Add($"{Print(key)} AS {_dialect.Quote("rb_key")}");
        }

        var groupBy = string.Join(", ", Enumerable.Range(1, keys.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var inner = $"SELECT {string.Join(", ", keys.Concat(running.Columns.Select(Output)))}\nFROM {Source(s.Source)} {t}\n{Joins(s)}" +
            (running.Inner.Count > 0 ? $"WHERE {string.Join(" AND ", running.Inner.Select(Print))}\n" : "") + $"GROUP BY {groupBy}";
        return $"SELECT p.idx, {Key(s)} AS key, {Columns(s)}\n" +
            $"FROM {Periods} p\nCROSS JOIN (\n{inner}\n) {t}\nWHERE {string.Join(" AND ", running.Atoms.Select(Print))}\n" +
            $"GROUP BY 1{(s.Key is null ? "" : ", 2")}";
    }

    /// <summary>The earliest and latest timestamps of the table's time column (two reads of its index), and of 256
    /// neighbouring rows in the middle of the table how many pairs have their times in and out of order, and the table's
    /// rows (the span of its rowids: two reads of the table's b-tree ends); see <see cref="AccessPath"/>.</summary>
    private string Probe(string table, SqlExpr timeColumn)
    {
        var time = Print(timeColumn);
        var parsed = _dialect.Parsed(time) is { } condition ? $" WHERE {condition}" : "";
        var name = _dialect.Quote(table);
        var stored = $"{name} {TreeNames.Table}";
        var column = _dialect.Quote(((Column)timeColumn).Name);
        // MIN and MAX of rowid each read one end of the table; (MIN + MAX) / 2 in one query would scan it.
        var middle = $"((SELECT MIN(rowid) FROM {name}) + (SELECT MAX(rowid) FROM {name})) / 2";
        var neighbours = $"FROM {name} a JOIN {name} b ON b.rowid = a.rowid + 1 " +
            $"WHERE a.rowid BETWEEN {middle} AND {middle} + 255";
        return $"SELECT (SELECT MIN({time}) FROM {stored}{parsed}), (SELECT MAX({time}) FROM {stored}{parsed}), " +
            $"(SELECT COUNT(CASE WHEN b.{column} >= a.{column} THEN 1 END) {neighbours}), " +
            $"(SELECT COUNT(CASE WHEN b.{column} < a.{column} THEN 1 END) {neighbours}), " +
            $"(SELECT MAX(rowid) FROM {name}) - (SELECT MIN(rowid) FROM {name}) + 1";
    }

    /// <summary>An expression in the dialect.</summary>
    public string Print(SqlExpr e) => e switch
    {
        Column c => $"{c.Alias}.{_dialect.Quote(c.Name)}",
        PeriodField f => "p." + f.Name,
        Param p => _parameters.Add(p.Value),
        Constant k => k.Token,
        Group g => $"({Print(g.Inner)})",
        Unary u => u.Operator + Print(u.Operand),
        Binary b => $"{Print(b.Left)} {b.Operator} {Print(b.Right)}",
        Junction j => string.Join($" {j.Operator} ", j.Items.Select(Print)),
        Divide d => _dialect.Divide(Print(d.Left), Print(d.Right)),
        InList l => $"{Print(l.Value)} {(l.Negated ? "NOT IN" : "IN")} ({string.Join(", ", l.Items.Select(Print))})",
        Is i => $"{Print(i.Value)} IS {i.Test}",
        Case c => $"CASE WHEN {Print(c.When)} THEN {Print(c.Then)}{(c.Else is { } otherwise ? " ELSE " + Print(otherwise) : "")} END",
        SimpleCase c => $"CASE {Print(c.Value)} " +
            string.Join(" ", c.Pairs.Chunk(2).Select(pair => $"WHEN {Print(pair[0])} THEN {Print(pair[1])}")) + $" ELSE {Print(c.Else)} END",
        Function f => $"{f.Name}({string.Join(", ", f.Args.Select(Print))})",
        Aggregate { Input: null } => "COUNT(*)",
        Aggregate a => a.Kind switch
        {
            AggregateKind.CountDistinct => $"COUNT(DISTINCT {Print(a.Input!)})",
            AggregateKind.Sum when !FixedPoint(a.Input!) => _dialect.Sum(Print(a.Input!)),
            AggregateKind.Avg when !FixedPoint(a.Input!) => _dialect.Mean(Print(a.Input!)),
            _ => $"{a.Kind.ToString().ToUpperInvariant()}({Print(a.Input!)})",
        },
        Percentile { P: null } m => _dialect.Median(Print(m.Value)),
        Percentile p => _dialect.Percentile(Print(p.Value), Print(p.P!)),
        Dialect d => Call(d),
        WorkingHours w => _dialect.WorkingTime.Hours(Print(w.Start), Print(w.End), w.Intervals, _parameters.Add),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
    };

    /// <summary>True when every value <paramref name="e"/> can take is one of the compiler's literals (<c>1.0</c>, <c>0</c>,
    /// <c>NULL</c>: an integer or a decimal, never a float), whatever the row: a rate's <c>CASE WHEN … THEN 1.0 ELSE 0.0
    /// END</c>. Its sum is exact on every database, so no dialect needs to print it otherwise.</summary>
    private static bool FixedPoint(SqlExpr e) => e switch
    {
        Constant => true,
        Group g => FixedPoint(g.Inner),
        Case c => FixedPoint(c.Then) && (c.Else is null || FixedPoint(c.Else)),
        _ => false,
    };

    private string Call(Dialect d)
    {
        var args = d.Args.Select(Print).ToList();
        return d.Call switch
        {
            DialectCall.Hours => _dialect.Hours(args[0], args[1]),
            DialectCall.NegativeHours => _dialect.NegativeHours(args[0], args[1]),
            DialectCall.HoursAtMost => _dialect.HoursAtMost(args[0], args[1], args[2]),
            DialectCall.HoursAbove => _dialect.HoursAbove(args[0], args[1], args[2]),
            DialectCall.LocalHour => _dialect.LocalHour(args[0], args[1]),
            DialectCall.LocalWeekday => _dialect.LocalWeekday(args[0], args[1]),
            DialectCall.Parsed => _dialect.Parsed(args[0]) ?? throw Unsupported(d),
            DialectCall.Unparsed => _dialect.Unparsed(args[0]) ?? throw Unsupported(d),
            DialectCall.TimestampParameter => _dialect.TimestampParameter(args[0]),
            DialectCall.FromIsoText => _dialect.FromIsoText(args[0]),
            DialectCall.FromUnixSeconds => _dialect.FromUnixSeconds(args[0]),
            DialectCall.WithoutIndex => _dialect.WithoutIndex(args[0]) ?? throw Unsupported(d),
            _ => throw Unsupported(d),
        };
    }

    private InvalidOperationException Unsupported(Dialect d) => new($"{_dialect.GetType().Name} has no {d.Call}");
}
