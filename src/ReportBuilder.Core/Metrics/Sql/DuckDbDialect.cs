namespace ReportBuilder.Metrics.Sql;

/// <summary>DuckDB: PostgreSQL's SQL for everything the compiler prints (timestamptz columns read in a UTC session, EXTRACT,
/// AT TIME ZONE through ICU, <c>percentile_cont … WITHIN GROUP</c>), with <c>$</c> parameters and working time summed from a
/// temporary table, which a read-only DuckDB connection may create.</summary>
internal sealed class DuckDbDialect : PostgresDialect
{
    /// <summary>The one instance: a DuckDB file's tables are in its schema <c>main</c>.</summary>
    public static readonly DuckDbDialect Instance = new();

    private DuckDbDialect()
        : base("main")
    {
    }

    /// <inheritdoc />
    public override char ParameterMark => '$';

    /// <inheritdoc />
    // No fence: DuckDB computes an expression its projections repeat once per row itself, and an OFFSET would keep the
    // subquery's rows in order, in one thread.
    public override string? Unflattened => null;

    /// <inheritdoc />
    // Microseconds since 1970 of each end, rounded to whole milliseconds, then the double division of the other dialects: the
    // same hours to the last bit. Not EXTRACT(EPOCH FROM (to - from)): subtracting two TIMESTAMPTZ goes through ICU's
    // calendar, about 7 µs a row (12 s of 17 for the SLA statement at 1 M tickets).
    public override string Hours(string from, string to) => $"(ROUND((epoch_us({to}) - epoch_us({from})) / 1000.0) / 3600000.0)";

    /// <inheritdoc />
    // Not PostgreSQL's interval comparisons (negative durations, bounds): subtracting two TIMESTAMPTZ goes through ICU's
    // calendar here (above), and the hours are integer arithmetic on microseconds, cheap already.
    internal override bool IntervalHours => false;

    /// <inheritdoc />
    // DuckDB computes a repeated expression once itself, and keeps no fence (Unflattened).
    internal override bool RepeatsRowValues => false;

    /// <inheritdoc />
    // DuckDB adds DOUBLEs in parallel, each thread a part of the rows, and combines the parts in the order the threads finish:
    // the last bit of a sum or mean changed from run to run (a mean of first-reply hours at 1 M tickets came out
    // 5.57349899414 or …415 in twelve digits). A DECIMAL sum is a 128-bit integer sum, the same in any order: each value is
    // rounded to 18 decimals (far below a double's precision for the values reports sum), the total is exact, and its
    // conversion back to DOUBLE is the one rounding. Values and sums must stay under 10^20 in magnitude: DuckDB stops the
    // statement beyond (a conversion or HUGEINT overflow error), never a wrong value.
    internal override string Sum(string value) => $"CAST(SUM(CAST({value} AS DECIMAL(38,18))) AS DOUBLE)";

    /// <inheritdoc />
    // The mean of the DECIMALs is the exact sum divided by the count (a DOUBLE), the same in any order.
    internal override string Mean(string value) => $"AVG(CAST({value} AS DECIMAL(38,18)))";

    /// <inheritdoc />
    internal override Calendars.WorkingTimeSql WorkingTime => Calendars.WorkingTimeSql.DuckDb;

    /// <summary>The database a run stores its derived tables in: a file of its own in the run's spill folder, attached
    /// read-write to the read-only connection (<c>DuckDbSource.Open</c>) and removed with the folder.</summary>
    public const string Scratch = "rb_scratch";

    /// <inheritdoc />
    // Not a TEMP table: those live in memory, and at 10 M tickets the stored responses (14.7 M rows) ran out of the default
    // 150 MB; a table of an attached file is written out and spilled as any other (docs/duckdb.md, "Memory"). One statement:
    // DuckDB prepares each statement of a command with the command's parameters. No index: a scan is columnar.
    public override string? TemporaryTable(string name, string select, string timeColumn) =>
        $"CREATE OR REPLACE TABLE {StoredForRun(name)} AS\n{select}";

    /// <inheritdoc />
    public override string StoredForRun(string name) => $"{Scratch}.{Quote(name)}";

    /// <inheritdoc />
    internal override SqlDialect WithoutTemporaryTables => this;

    /// <inheritdoc />
    internal override bool SpansStores => false;

    /// <inheritdoc />
    internal override int StoredForReads => 1;

    /// <inheritdoc />
    // No index to read a period's range through: one pass groups every period's rows.
    internal override bool OnePass => true;

    /// <inheritdoc />
    // Every statement is one pass already (OnePass), its rows joined to the periods by the UTC day.
    internal override bool FanOutOnePass => false;

    /// <inheritdoc />
    // A grouped COUNT(DISTINCT) keeps each group's values in memory; SELECT DISTINCT spills (docs/duckdb.md).
    internal override bool DistinctApart => true;
}
