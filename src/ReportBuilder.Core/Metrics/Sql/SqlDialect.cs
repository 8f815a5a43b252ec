namespace ReportBuilder.Metrics.Sql;

/// <summary>How one database spells the SQL the metric compiler emits.</summary>
public abstract class SqlDialect
{
    /// <summary>Quotes a table or column name.</summary>
    public string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>What starts a named parameter in the SQL text: <c>@</c>, or <c>$</c> on DuckDB.</summary>
    public virtual char ParameterMark => '@';

    /// <summary>Hours between two timestamp expressions.</summary>
    public abstract string Hours(string from, string to);

    /// <summary>A condition true where <see cref="Hours"/> of the two is below zero (the data-quality check's count of
    /// negative durations); a database may test it without computing the hours.</summary>
    public virtual string NegativeHours(string from, string to) => $"{Hours(from, to)} < 0";

    /// <summary>A condition true where <see cref="Hours"/> of the two is at most <paramref name="bound"/>, hours whose every
    /// value is a whole number of milliseconds from 0 to <see cref="Tree.HoursAgainstIntervals.MostHours"/>, or NULL.</summary>
    public virtual string HoursAtMost(string from, string to, string bound) => $"{Hours(from, to)} <= {bound}";

    /// <summary>A condition true where <see cref="Hours"/> of the two is above <paramref name="bound"/>, as <see cref="HoursAtMost"/>.</summary>
    public virtual string HoursAbove(string from, string to, string bound) => $"{Hours(from, to)} > {bound}";

    /// <summary>The hour of day (0–23) of a UTC timestamp in the report's time zone.</summary>
    public abstract string LocalHour(string timestamp, string zoneParameter);

    /// <summary>The ISO day of week (1 Monday … 7 Sunday) of a UTC timestamp in the report's time zone.</summary>
    public abstract string LocalWeekday(string timestamp, string zoneParameter);

    /// <summary>The exact median, interpolating between the two middle values.</summary>
    public abstract string Median(string value);

    /// <summary>The exact percentile p (0–1), interpolating linearly between ranks (PERCENTILE.INC).</summary>
    public abstract string Percentile(string value, string p);

    /// <summary>A user's table by its stored name, never a CTE of the same name.</summary>
    public abstract string StoredTable(string name);

    /// <summary>Canonical timestamp text from ISO-8601 text with T, Z or an offset.</summary>
    public abstract string FromIsoText(string value);

    /// <summary>Canonical timestamp text from seconds since 1970-01-01 UTC.</summary>
    public abstract string FromUnixSeconds(string value);

    /// <summary>A floating-point division that yields NULL instead of failing on zero.</summary>
    public virtual string Divide(string left, string right) => $"(CAST({left} AS REAL) / NULLIF({right}, 0))";

    /// <summary>The sum of a value over a group's rows that may be floating-point (a sum of integers or of decimal literals is
    /// printed <c>SUM(…)</c> whatever the dialect).</summary>
    internal virtual string Sum(string value) => $"SUM({value})";

    /// <summary>The mean of a value over a group's rows that may be floating-point, as <see cref="Sum"/>.</summary>
    internal virtual string Mean(string value) => $"AVG({value})";

    /// <summary>A condition true for a stored value of a time column that is no timestamp, or null when the column's type
    /// already guarantees one (PostgreSQL's timestamptz).</summary>
    public virtual string? Unparsed(string column) => null;

    /// <summary>A condition true for a value of a time column, already inside a period's text range, that is a timestamp
    /// (the complement of <see cref="Unparsed"/> there), or null when the column's type guarantees one.</summary>
    public virtual string? Parsed(string column) => null;

    /// <summary>A parameter holding canonical timestamp text (UTC), as the type the time columns have.</summary>
    public virtual string TimestampParameter(string parameter) => parameter;

    /// <summary>
    /// The statements that store a derived table's rows once per run, before the report's statements, indexed on
    /// <paramref name="timeColumn"/>; null when the database cannot: the table's query then runs inside each statement
    /// that reads it.
    /// </summary>
    public virtual string? TemporaryTable(string name, string select, string timeColumn) => null;

    /// <summary>How the statements name a derived table stored for the run as <paramref name="name"/> (<see cref="TemporaryTable"/>).</summary>
    public virtual string StoredForRun(string name) => Quote(name);

    /// <summary>The fewest statements that must read a derived table for it to be stored (<see cref="TemporaryTable"/>).</summary>
    internal virtual int StoredForReads => 1;

    /// <summary>True when a stored derived table's query sees the span of the periods as values (<see cref="Spanned"/>).</summary>
    internal virtual bool SpansStores => false;

    /// <summary>This dialect for statements that can store no derived table (<see cref="TemporaryTable"/> null): PostgreSQL's
    /// once its transaction is read-only, or on a server that refuses temporary tables; the same dialect where storing
    /// needs no writable transaction.</summary>
    internal virtual SqlDialect WithoutTemporaryTables => this;

    /// <summary>The index of the period a row at <paramref name="time"/> is in, NULL when it is in none, for periods that
    /// neither overlap nor share a start: <paramref name="spans"/> holds, for each distinct start or end of the periods in
    /// time order, the index of the period that starts there (null for an end that starts none, or an empty period), the
    /// period of the times from that bound to the next. Null when the database joins the rows of a derived table to the
    /// periods by the range of each (a stored table's rows are read by an index range per period anyway).</summary>
    public virtual string? PeriodOf(string time, string periods, IReadOnlyList<int?> spans) => null;

    /// <summary>A derived table's query with its reads of the span of the statement's periods, <c>(SELECT MIN(p_start) FROM
    /// periods)</c> and <c>(SELECT MAX(p_end) FROM periods)</c> as written in its definition, replaced by the values
    /// <paramref name="firstStart"/> and <paramref name="lastEnd"/> (used with <see cref="PeriodOf"/>).</summary>
    public virtual string Spanned(string query, string periods, string firstStart, string lastEnd) => query;

    /// <summary>What ends a subquery in <c>FROM</c> so that the database runs it as written, computing its columns once per
    /// row, instead of merging it into the outer query; null when the database never merges them in a way that computes a
    /// column again (the subquery is then not used).</summary>
    public virtual string? Unflattened => null;

    /// <summary>How this database sums working time (<c>business_hours()</c>): from a stored table of intervals unless the
    /// database cannot store one.</summary>
    internal virtual Calendars.WorkingTimeSql WorkingTime => Calendars.WorkingTimeSql.Sqlite;

    /// <summary>A time column written so that the database does not read it through its index (a full scan instead of
    /// an index range, see <see cref="AccessPath"/>); null when the database's planner makes that choice itself
    /// (PostgreSQL, from its statistics).</summary>
    public virtual string? WithoutIndex(string column) => null;

    /// <summary>True when time columns hold text, so a value may be no timestamp (<see cref="Parsed"/>, <see cref="Unparsed"/>).</summary>
    internal virtual bool TextTimestamps => false;

    /// <summary>A condition that keeps the rows of <paramref name="table"/> (as <paramref name="alias"/>) whose time
    /// <paramref name="column"/> is from <paramref name="start"/> to before <paramref name="end"/>, found through the column's
    /// index, so that the database reads them in the table's own order (their row ids sorted first) instead of in the
    /// index's; null when the dialect cannot (only with <see cref="WithoutIndex"/>).</summary>
    public virtual string? InTableOrder(string alias, string table, string column, string start, string end) => null;

    /// <summary>True when the dialect can write a time column so that its index is not used (<see cref="WithoutIndex"/>).</summary>
    internal virtual bool AvoidsIndex => false;

    /// <summary>True when the database reads a table fastest in one pass for all periods (<see cref="Tree.DialectTraits.OnePass"/>).</summary>
    internal virtual bool OnePass => false;

    /// <summary>True when a statement whose join can repeat a row is read fastest in one pass for all periods
    /// (<see cref="Tree.DialectTraits.FanOutOnePass"/>).</summary>
    internal virtual bool FanOutOnePass => false;

    /// <summary>True when the rows of the subquery that computes the per-row expressions once carry their period's index and
    /// fields, which the query around it names as <c>p</c> row by row (<c>CROSS JOIN LATERAL (SELECT t.rb_idx AS idx, …) p</c>),
    /// instead of joining the periods again by index.</summary>
    internal virtual bool PeriodsAlongRows => false;

    /// <summary>True when the dialect compares hours with a bound as an interval (<see cref="Tree.DialectTraits.IntervalHours"/>,
    /// <see cref="HoursAtMost"/>).</summary>
    internal virtual bool IntervalHours => false;

    /// <summary>True when the database computes an expression written in several places of a statement once per place, not once
    /// per row (<see cref="Tree.DialectTraits.RepeatsRowValues"/>).</summary>
    internal virtual bool RepeatsRowValues => false;

    /// <summary>True when a grouped distinct count cannot spill to disk (<see cref="Tree.DialectTraits.DistinctApart"/>).</summary>
    internal virtual bool DistinctApart => false;
}

/// <summary>SQLite, with ReportBuilder's functions registered on the connection.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>The one instance.</summary>
    public static readonly SqliteDialect Instance = new();

    private SqliteDialect()
    {
    }

    /// <inheritdoc />
    // julianday differences carry float noise (one hour came out as 1.0000000075 and missed a "<= 1h" SLA):
    // round to whole milliseconds first, so whole minutes and hours are exact.
    public override string Hours(string from, string to) => $"(ROUND((julianday({to}) - julianday({from})) * 86400000.0) / 3600000.0)";

    /// <inheritdoc />
    public override string LocalHour(string timestamp, string zoneParameter) => $"rb_local_hour({timestamp}, {zoneParameter})";

    /// <inheritdoc />
    public override string LocalWeekday(string timestamp, string zoneParameter) => $"rb_local_weekday({timestamp}, {zoneParameter})";

    /// <inheritdoc />
    public override string StoredTable(string name) => "main." + Quote(name);

    /// <inheritdoc />
    public override string FromIsoText(string value) => $"datetime({value})";

    /// <inheritdoc />
    public override string FromUnixSeconds(string value) => $"datetime({value}, 'unixepoch')";

    /// <inheritdoc />
    // Period bounds are compared as text: a number (epoch seconds) or text julianday cannot read is in no period.
    public override string Unparsed(string column) => $"({column} IS NOT NULL AND (typeof({column}) <> 'text' OR julianday({column}) IS NULL))";

    /// <inheritdoc />
    // Text such as '2026-10-05 junk' sorts inside a period's bounds but is no timestamp.
    public override string Parsed(string column) => $"julianday({column}) IS NOT NULL";

    /// <inheritdoc />
    public override string Median(string value) => $"rb_percentile({value}, 0.5)";

    /// <inheritdoc />
    public override string Percentile(string value, string p) => $"rb_percentile({value}, {p})";

    /// <inheritdoc />
    // The temp schema is writable on a read-only connection; the user's file is never written. Dropped first: a
    // connection may run another report's statements before. Stored in the time column's order, so that the statements
    // that read a period's rows through the index read the table in its own order: stored in the order the query makes
    // them (ticket by ticket for responses), a period's rows lay scattered over the table, and at 10 M tickets each
    // index entry read a page that was not in the page cache (docs/performance.md, "10 M against 1 M").
    public override string TemporaryTable(string name, string select, string timeColumn) =>
        $"DROP TABLE IF EXISTS temp.{Quote(name)};\nCREATE TEMP TABLE {Quote(name)} AS\n{select}\nORDER BY {Quote(timeColumn)};\n" +
        $"CREATE INDEX temp.{Quote(name + "_time")} ON {Quote(name)} ({Quote(timeColumn)})";

    /// <inheritdoc />
    // SQLite does not flatten a subquery with a LIMIT into an aggregate query (rule 9 of its query flattener); as the first
    // term of FROM it runs as a co-routine, its rows streamed, nothing stored. LIMIT -1 is no limit.
    public override string? Unflattened => "\nLIMIT -1";

    /// <inheritdoc />
    // A unary + makes the column an expression: SQLite then uses no index for the comparison; the value is unchanged (the
    // bounds are text, so comparing without the column's TEXT affinity compares the same).
    public override string? WithoutIndex(string column) => "+" + column;

    /// <inheritdoc />
    // SQLite keeps the rowids of an IN subquery in a temporary b-tree, sorted, and looks the rows up in that order: each
    // page of the table is read once, where the index's order fetched a page that had left the page cache for each row of a
    // scattered column at 10 M tickets (docs/performance.md, "10 M against 1 M").
    public override string? InTableOrder(string alias, string table, string column, string start, string end) =>
        $"{alias}.rowid IN (SELECT rowid FROM {table} WHERE {column} >= {start} AND {column} < {end})";

    /// <inheritdoc />
    internal override bool TextTimestamps => true;

    /// <inheritdoc />
    internal override bool AvoidsIndex => true;
}
