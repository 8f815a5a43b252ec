using ReportBuilder.Definitions;

namespace ReportBuilder.Metrics.Sql.Tree;

/// <summary>Creates a statement's params, each with its place in the order of creation (<see cref="Param.Order"/>).</summary>
internal sealed class ParamSource
{
    private int _next;

    public Param New(object? value) => new(value, _next++);
}

/// <summary>What a dialect can do that the passes ask about.</summary>
/// <param name="Fences">It can keep a subquery from being merged into the query around it (per-row expressions once).</param>
/// <param name="AvoidsIndex">It can write a time column so that its index is not used (the full-scan access path).</param>
/// <param name="OnePass">It reads a table fastest in one pass for all periods (a column store without indexes): totals stay
/// grouped by period instead of one aggregate query per period.</param>
/// <param name="FanOutOnePass">A statement with a join that can repeat a row (one not on the other table's <c>id</c>: a
/// ticket's tags) reads its rows fastest in one pass for all periods: the planner would read the joined table again for
/// each period's aggregate query (PostgreSQL), where SQLite looks each row's join up in an index.</param>
/// <param name="DistinctApart">Its distinct counts inside a grouped aggregate cannot spill to disk (DuckDB keeps each group's
/// distinct values in memory): they are counted apart, over distinct rows (<see cref="DistinctCountsApart"/>).</param>
/// <param name="IntervalHours">It compares a duration with a bound in hours exactly, and cheaper, as an interval than by
/// computing the hours (<see cref="HoursAgainstIntervals"/>).</param>
/// <param name="RepeatsRowValues">It computes an expression written in several places of a statement once for each place,
/// so a derived table's repeated per-row values are computed once in a fenced subquery (<see cref="DerivedRowValuesOnce"/>).</param>
internal sealed record DialectTraits(bool Fences, bool AvoidsIndex, bool OnePass = false, bool DistinctApart = false, bool FanOutOnePass = false,
    bool IntervalHours = false, bool RepeatsRowValues = false);

/// <summary>One row of the periods table: index, start, end, first and last month.</summary>
internal sealed record PeriodRow(int Index, SqlExpr Start, SqlExpr End, SqlExpr FirstMonth, SqlExpr LastMonth)
{
    public IEnumerable<SqlExpr> Values => [Start, End, FirstMonth, LastMonth];
}

/// <summary>A value and the name it is selected as (<paramref name="Quoted"/>: the name is quoted, as metric names are).</summary>
internal sealed record Output(SqlExpr Value, string Name, bool Quoted = true);

/// <summary>A canonical table read from the user's own table (<c>model.yaml</c> mapping), a CTE of the canonical name.</summary>
/// <param name="Table">The model table's name.</param>
/// <param name="Query">The mapping's SELECT over the user's tables, read instead of <paramref name="SourceTable"/>.</param>
internal sealed record MappedTable(string Table, string SqlName, string SourceTable, IReadOnlyList<Output> Columns, string? Query = null)
{
    /// <summary>The user's tables it reads.</summary>
    public IReadOnlyList<string> Reads => Query is null ? [SourceTable] : Definitions.MappingQuery.Tables(Query);
}

/// <summary>What a statement reads its rows from.</summary>
internal abstract record Source;

/// <summary>A table of the database, or a mapped table's CTE, by name.</summary>
internal sealed record StoredSource(string SqlName) : Source;

/// <summary>A derived table's query, run inside the statement.</summary>
internal sealed record QuerySource(string Query) : Source;

/// <summary>A derived table stored once for the run (<see cref="SharedDerivedTables"/>).</summary>
internal sealed record TemporarySource(string Name) : Source;

/// <summary>A join to another table, <c>LEFT JOIN joined j_name ON j_name.remote = t.local</c>.</summary>
/// <param name="Reads">The stored columns the join condition reads.</param>
internal sealed record Join(string Name, string Table, string SqlName, string Remote, string Local, IReadOnlyList<(string Table, string Column)> Reads)
{
    public string Alias => TreeNames.Join(Name);

    /// <summary>A derived table's query (<c>first_responders</c>), joined as a subquery instead of a stored table.</summary>
    public string? Query { get; init; }

    /// <summary>The model tables that query reads: their mapped CTEs stay while the join does.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
}

/// <summary>How the rows are grouped into the statement's result rows.</summary>
internal enum Grouping
{
    /// <summary><c>GROUP BY</c> period and key.</summary>
    PeriodAndKey,

    /// <summary><c>GROUP BY</c> period only (the key is NULL).</summary>
    Period,

    /// <summary>One aggregate query per period, glued with <c>UNION ALL</c>.</summary>
    EachPeriod,
}

/// <summary>Per-row expressions computed once, in a subquery that reads the period's rows (<see cref="PerRowExpressionsOnce"/>).</summary>
/// <param name="Passed">The table's columns the subquery passes through.</param>
/// <param name="Computed">The computed columns (<c>rb_row0</c>, …).</param>
internal sealed record RowColumns(IReadOnlyList<string> Passed, IReadOnlyList<Output> Computed);

/// <summary>The statement's rows kept once, each with its period, key and the columns its aggregates read
/// (<see cref="DistinctCountsApart"/>); the aggregates and <paramref name="Values"/> read them as <c>rb."name"</c>.</summary>
/// <param name="Carried">The columns the rows carry, each as the aggregates read it.</param>
/// <param name="Values">The values whose distinct count is read from <c>rb_dN</c>, N their index.</param>
internal sealed record DistinctRows(IReadOnlyList<Output> Carried, IReadOnlyList<SqlExpr> Values);

/// <summary>The statement's rows in a fenced subquery <c>rb</c> with their period's index and key, the values computed once
/// and the columns and period fields the rest reads (<see cref="DerivedRowValuesOnce"/>); the aggregates and
/// <paramref name="Where"/> read them as <c>rb."name"</c>.</summary>
/// <param name="Carried">The subquery's columns after idx and key: the computed values (<c>rb_vN</c>), then the columns
/// and period fields passed through (<c>rb_cN</c>).</param>
/// <param name="Where">The row filter, applied to the subquery's rows, or null.</param>
internal sealed record FencedRows(IReadOnlyList<Output> Carried, SqlExpr? Where);

/// <summary>Subtotals the periods add up (<see cref="RunningSumsFromSubtotals"/>).</summary>
/// <param name="Bounded">The table's columns compared with a period field: the subtotals are grouped by them.</param>
/// <param name="Atoms">The comparisons of those columns with period fields, the outer query's filter.</param>
/// <param name="Inner">The rest of the row filter, applied to the rows before they are added up.</param>
/// <param name="Key">The breakdown key of each row, or null.</param>
/// <param name="Columns">The subtotals (<c>rb_s0</c>, …).</param>
internal sealed record Subtotals(IReadOnlyList<string> Bounded, IReadOnlyList<SqlExpr> Atoms, IReadOnlyList<SqlExpr> Inner, SqlExpr? Key,
    IReadOnlyList<Output> Columns);

/// <summary>
/// One statement of a report: the metrics of one table, cohort and row fan-out, per period (and per key of a breakdown).
/// The compiler builds the plain form (periods joined to the rows of each period, grouped by period and key); the
/// passes (<see cref="StatementPasses"/>) rewrite it; a dialect's printer writes it out last.
/// </summary>
internal sealed record MetricStatement
{
    /// <summary>The model table.</summary>
    public required TableModel Model { get; init; }

    /// <summary>The report's time zone, the first param of every statement.</summary>
    public required Param Zone { get; init; }

    public required IReadOnlyList<PeriodRow> Periods { get; init; }

    public IReadOnlyList<MappedTable> Mapped { get; init; } = [];

    public required Source Source { get; init; }

    /// <summary>Joins, in name order.</summary>
    public IReadOnlyList<Join> Joins { get; init; } = [];

    /// <summary>True when a join can repeat a row (<see cref="Definitions.JoinModel.RepeatsRows"/>: a ticket's tags).</summary>
    public bool FansOut => Joins.Any(j => Definitions.JoinModel.RepeatsRowsOn(j.Remote));

    /// <summary>Whole tables read (a stored table, or the tables a derived one requires).</summary>
    public IReadOnlyList<(string Table, string Column)> Requires { get; init; } = [];

    /// <summary>The column that places a row in a period, or null (then every period reads every row).</summary>
    public SqlExpr? Time { get; init; }

    /// <summary>The condition that the time value is a timestamp, or null.</summary>
    public SqlExpr? Placed { get; init; }

    /// <summary>Each metric's own row filter (null: every row), in metric order.</summary>
    public required IReadOnlyList<SqlExpr?> Filters { get; init; }

    /// <summary>The statement's row filter, or null.</summary>
    public SqlExpr? Where { get; init; }

    /// <summary>The breakdown key, or null for totals.</summary>
    public SqlExpr? Key { get; init; }

    /// <summary>The selected aggregates: the row count n, each metric's value, and each metric's sample when they differ.</summary>
    public required IReadOnlyList<Output> Columns { get; init; }

    /// <summary>The per-row expressions the metrics compute (durations over the table's own columns, then working hours), in
    /// definition order.</summary>
    public IReadOnlyList<SqlExpr> RowExpressions { get; init; } = [];

    /// <summary>True when the metrics filter rows differently: each metric's row count follows the values (<c>n:name</c>).</summary>
    public bool SamplePerMetric { get; init; }

    public Grouping Grouping { get; init; } = Grouping.PeriodAndKey;

    /// <summary>The table is read first and each row's period found among the period rows (a full scan), not the periods
    /// first and each one's rows read through the time column's index.</summary>
    public bool TableFirst { get; init; }

    /// <summary>With <see cref="TableFirst"/>: only the rows whose time column, read through its index, is in the span of
    /// the periods, taken in the table's own order (their row ids sorted first), not in the time column's order; null: every
    /// row. The time column as it reads through its index.</summary>
    public Column? InTableOrder { get; init; }

    public RowColumns? Once { get; init; }

    public Subtotals? Running { get; init; }

    /// <summary>The distinct counts counted apart (<see cref="DistinctCountsApart"/>), or null.</summary>
    public DistinctRows? Apart { get; init; }

    /// <summary>The rows fenced with their repeated values computed once (<see cref="DerivedRowValuesOnce"/>), or null.</summary>
    public FencedRows? Fenced { get; init; }

    /// <summary>The full-scan form of totals, run instead when the table is big and scattered and the periods cover most of
    /// it (<see cref="AccessPath"/>).</summary>
    public MetricStatement? FullScan { get; init; }

    /// <summary>The table-order form (<see cref="InTableOrder"/>), run instead when the table is big and scattered and the
    /// full scan is not taken (<see cref="AccessPath"/>).</summary>
    public MetricStatement? TableOrder { get; init; }

    /// <summary>This statement with <paramref name="rewrite"/> applied to its time column, filters, row filter, key and
    /// selected values: the expressions a pass that works node by node rewrites (not the per-row columns of
    /// <see cref="PerRowExpressionsOnce"/>, nor the forms later passes add).</summary>
    public MetricStatement Rewritten(Func<SqlExpr, SqlExpr> rewrite) => this with
    {
        Time = Time is null ? null : rewrite(Time),
        Filters = Filters.Select(f => f is null ? null : rewrite(f)).ToList(),
        Where = Where is null ? null : rewrite(Where),
        Key = Key is null ? null : rewrite(Key),
        Columns = Columns.Select(c => c with { Value = rewrite(c.Value) }).ToList(),
    };

    /// <summary>Every expression of the statement (not of its full-scan form), in order.</summary>
    public IEnumerable<SqlExpr> Expressions =>
        new SqlExpr?[] { Zone }
            .Concat(Periods.SelectMany(p => p.Values))
            .Concat([Time, Placed])
            .Concat(Filters)
            .Concat([Where, Key])
            .Concat(Columns.Select(c => c.Value))
            .Concat(Once?.Computed.Select(c => c.Value) ?? [])
            .Concat(Running is { } r ? r.Atoms.Concat(r.Inner).Append(r.Key).Concat(r.Columns.Select(c => c.Value)) : [])
            .Concat(Apart is { } apart ? apart.Carried.Select(c => c.Value).Concat(apart.Values) : [])
            .Concat(Fenced is { } fenced ? fenced.Carried.Select(c => c.Value).Append(fenced.Where) : [])
            .Concat(Mapped.SelectMany(m => m.Columns.Select(c => c.Value)))
            .OfType<SqlExpr>();
}

/// <summary>A statement that reads one stored table whole, without periods (freshness, the data-quality check).</summary>
internal sealed record TableScan(string SqlName, Param Zone, IReadOnlyList<MappedTable> Mapped, IReadOnlyList<Output> Columns, SqlExpr? Where)
{
    public IEnumerable<SqlExpr> Expressions =>
        new SqlExpr?[] { Zone }.Concat(Columns.Select(c => c.Value)).Append(Where).Concat(Mapped.SelectMany(m => m.Columns.Select(c => c.Value)))
            .OfType<SqlExpr>();
}
