namespace ReportBuilder.Metrics.Sql;

/// <summary>PostgreSQL: time columns are <c>timestamptz</c>, sessions run in UTC, medians are <c>percentile_cont</c>.</summary>
/// <param name="schema">The schema the source's tables live in (also the connection's search_path).</param>
internal class PostgresDialect(string schema) : SqlDialect
{
    /// <inheritdoc />
    // Whole milliseconds, then a double division, as SQLite's dialect does: the same hours to the last bit.
    public override string Hours(string from, string to) =>
        $"(CAST(ROUND(EXTRACT(EPOCH FROM ({to} - {from})) * 1000) AS double precision) / 3600000.0)";

    /// <inheritdoc />
    // The hours are below zero where the whole milliseconds are, that is where the interval is at most −0.5 ms (ROUND takes
    // half away from zero): an exact comparison of intervals in microseconds, without EXTRACT's numeric arithmetic.
    public override string NegativeHours(string from, string to) => $"({to} - {from}) <= INTERVAL '-500 microseconds'";

    /// <inheritdoc />
    internal override Calendars.WorkingTimeSql WorkingTime => Calendars.WorkingTimeSql.Postgres;

    /// <inheritdoc />
    // PostgreSQL pulls a plain subquery up into the outer query and writes its columns' expressions into every place that
    // reads them; OFFSET 0 keeps it a subquery. A duration computed once instead of six times per row (the core report's
    // created cohort): docs/performance.md, "PostgreSQL against its hand floor".
    public override string? Unflattened => "\nOFFSET 0";

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
