using System.Globalization;

namespace ReportBuilder.Metrics.Sql;

/// <summary>PostgreSQL: time columns are <c>timestamptz</c>, sessions run in UTC, medians are <c>percentile_cont</c>.</summary>
/// <param name="schema">The schema the source's tables live in (also the connection's search_path).</param>
/// <param name="stores">Whether derived tables are stored for the run (<see cref="TemporaryTable"/>).</param>
internal class PostgresDialect(string schema, bool stores = true) : SqlDialect
{
    /// <summary>The line that parts a stored table's statements in two (<see cref="TemporaryTable"/>): those before it run
    /// while the transaction may still write, those after it once it is READ ONLY.</summary>
    internal const string FilledReadOnly = "-- filled once the transaction is READ ONLY:";

    /// <inheritdoc />
    // CREATE TEMP TABLE and CREATE INDEX need a read-write transaction, so PostgresSource runs them first; they read no row
    // (WITH NO DATA only plans the query). The model's query itself runs after the line FilledReadOnly, once the transaction
    // is READ ONLY (a temporary table may still be written then): a derived table's query, which a model file writes, can
    // never change the data, as no statement of a report can. Wrapped as a subquery, so that a data-modifying WITH in it
    // is refused outright. Dropped at the commit, so a session that outlives the report keeps nothing; analysed, so the
    // planner knows its rows, as it does a stored table's. Written in time order, as SQLite's: each row then goes to the
    // right edge of the index, and the readers' index ranges read the table's pages in order (responses at 1 M tickets,
    // the store and its four readers: 8.1 -> 7.0 s, docs/performance.md "Stored tables in time order on PostgreSQL").
    public override string? TemporaryTable(string name, string select, string timeColumn) => !stores ? null :
        $"CREATE TEMP TABLE {Quote(name)} ON COMMIT DROP AS SELECT * FROM (\n{select}\n) AS rb_rows WITH NO DATA;\n" +
        $"CREATE INDEX ON {Quote(name)} ({Quote(timeColumn)});\n{FilledReadOnly}\n" +
        $"INSERT INTO {Quote(name)} SELECT * FROM (\n{select}\n) AS rb_rows\nORDER BY {Quote(timeColumn)};\nANALYZE {Quote(name)}";

    /// <inheritdoc />
    // Storing costs about one run of the query inline and an index, and the statements that read the stored rows still do
    // their aggregation: at 1 M tickets responses (a window over messages) read by 4 statements saved 2.7 s of the server's
    // time, sla_targets (a filter of tickets) read by 2 cost 1 s more (docs/performance.md).
    internal override int StoredForReads => 3;

    /// <inheritdoc />
    // As in a statement that runs the query inline: the planner estimates the span's messages from its statistics and reads
    // them in ticket order through the index, where the subqueries' unknown values made it sort a parallel scan on disk.
    internal override bool SpansStores => stores;

    /// <inheritdoc />
    internal override SqlDialect WithoutTemporaryTables => stores ? new PostgresDialect(schema, stores: false) : this;

    /// <inheritdoc />
    // Whole milliseconds, then a double division, as SQLite's dialect does: the same hours to the last bit.
    public override string Hours(string from, string to) =>
        $"(CAST(ROUND(EXTRACT(EPOCH FROM ({to} - {from})) * 1000) AS double precision) / 3600000.0)";

    /// <inheritdoc />
    // The hours are below zero where the whole milliseconds are, that is where the interval is at most −0.5 ms (ROUND takes
    // half away from zero): an exact comparison of intervals in microseconds, without EXTRACT's numeric arithmetic.
    public override string NegativeHours(string from, string to) =>
        IntervalHours ? $"({to} - {from}) <= INTERVAL '-500 microseconds'" : base.NegativeHours(from, to);

    /// <inheritdoc />
    // For a bound of N whole milliseconds (N >= 0), the hours are at most the bound where the whole milliseconds are at most N,
    // that is where the interval is below N ms + 500 µs (ROUND takes half away from zero; a negative interval is below it
    // too). The bound's hours times one hour is N ms exactly (rint of a double within 0.1 µs of it), and the comparison of
    // intervals is exact in microseconds, without EXTRACT's numeric arithmetic: sla_achievement's trend at 1 M tickets
    // 3.4 -> 2.7 s (docs/performance.md, "SLA hours compared as intervals on PostgreSQL").
    public override string HoursAtMost(string from, string to, string bound) =>
        IntervalHours ? $"({to} - {from}) < {Bound(bound)}" : base.HoursAtMost(from, to, bound);

    /// <inheritdoc />
    public override string HoursAbove(string from, string to, string bound) =>
        IntervalHours ? $"({to} - {from}) >= {Bound(bound)}" : base.HoursAbove(from, to, bound);

    private static string Bound(string hours) => $"({hours} * INTERVAL '1 hour' + INTERVAL '500 microseconds')";

    /// <inheritdoc />
    internal override bool IntervalHours => true;

    /// <inheritdoc />
    // sla_achievement's target (a CASE of the row's kind, priority and customer's tier) is written three times in its
    // statement, the period's cutoff three times: PostgreSQL evaluates each place for each row (docs/performance.md).
    internal override bool RepeatsRowValues => true;

    /// <inheritdoc />
    internal override Calendars.WorkingTimeSql WorkingTime => Calendars.WorkingTimeSql.Postgres;

    /// <inheritdoc />
    // PostgreSQL pulls a plain subquery up into the outer query and writes its columns' expressions into every place that
    // reads them; OFFSET 0 keeps it a subquery. A duration computed once instead of six times per row (the core report's
    // created cohort): docs/performance.md, "PostgreSQL against its hand floor".
    public override string? Unflattened => "\nOFFSET 0";

    /// <inheritdoc />
    // The join of the subquery's rows back to the periods by index was estimated at 1% of them (the planner knows nothing of
    // a column of an OFFSET 0 subquery), so the joins after it became nested loops of index lookups and the grouping's sort
    // was planned in memory and spilled: the solved cohort by tier at 1 M, 0.61-0.67 -> 0.34-0.36 s; all-metrics' cohort
    // statements about 1 s in all (docs/performance.md, "The period along each row on PostgreSQL").
    internal override bool PeriodsAlongRows => true;

    /// <inheritdoc />
    // Each UNION ALL branch of one aggregate per period planned the join to a ticket's tags as a hash join that reads the
    // whole tags table (780 k rows at 1 M tickets) again; in one pass, with the rows placed in their periods by span
    // (PeriodOf), the tags are read once: top issues at 1 M, 12 months, 1.55-1.71 -> 0.76-0.79 s (docs/performance.md).
    internal override bool FanOutOnePass => true;

    /// <inheritdoc />
    // width_bucket finds the time's span by a binary search in the sorted bounds (an InitPlan, computed once): the join of
    // the rows to the periods is then an equality, which the planner hashes or merges, where the range condition was a
    // nested loop of every row with every period. Before the first bound the bucket is 0, and the array's element 0 is NULL.
    public override string? PeriodOf(string time, string periods, IReadOnlyList<int?> spans) =>
        $"(ARRAY[{string.Join(", ", spans.Select(i => i?.ToString(CultureInfo.InvariantCulture) ?? "NULL"))}])" +
        $"[width_bucket({time}, (SELECT array_agg(b ORDER BY b) FROM (SELECT p_start FROM {periods} UNION SELECT p_end FROM {periods}) s (b)))]";

    /// <inheritdoc />
    // The bounds as values, which the planner reads when it plans the statement (its params are known then): it estimates
    // the messages or tickets of the span from its statistics, where a subquery's value is unknown to it (1,691 rows
    // estimated of 1.74 M), and chooses plans for a few rows (a nested loop; a parallel hash join and a sort on disk where
    // the index gives the messages in order).
    public override string Spanned(string query, string periods, string firstStart, string lastEnd) =>
        query.Replace($"(SELECT MIN(p_start) FROM {periods})", firstStart, StringComparison.Ordinal)
            .Replace($"(SELECT MAX(p_end) FROM {periods})", lastEnd, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string LocalHour(string timestamp, string zoneParameter) =>
        $"CAST(EXTRACT(HOUR FROM ({timestamp} AT TIME ZONE {zoneParameter})) AS integer)";

    /// <inheritdoc />
    public override string LocalWeekday(string timestamp, string zoneParameter) =>
        $"CAST(EXTRACT(ISODOW FROM ({timestamp} AT TIME ZONE {zoneParameter})) AS integer)";

    /// <inheritdoc />
    public override string Median(string value) => Percentile(value, "0.5");

    /// <inheritdoc />
    // percentile_cont interpolates between the two nearest ranks: PERCENTILE.INC, as rb_percentile does on SQLite.
    public override string Percentile(string value, string p) =>
        $"percentile_cont(CAST({p} AS double precision)) WITHIN GROUP (ORDER BY CAST({value} AS double precision))";

    /// <inheritdoc />
    public override string StoredTable(string name) => Quote(schema) + "." + Quote(name);

    /// <inheritdoc />
    // Text without an offset is read in the session's time zone, which is UTC.
    public override string FromIsoText(string value) => $"CAST({value} AS timestamptz)";

    /// <inheritdoc />
    public override string FromUnixSeconds(string value) => $"to_timestamp({value})";

    /// <inheritdoc />
    public override string Divide(string left, string right) => $"(CAST({left} AS double precision) / NULLIF({right}, 0))";

    /// <inheritdoc />
    public override string TimestampParameter(string parameter) => $"CAST({parameter} AS timestamptz)";
}
