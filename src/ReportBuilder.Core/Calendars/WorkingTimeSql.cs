using System.Globalization;
using System.Text;

namespace ReportBuilder.Calendars;

/// <summary>How one database sums working time from <see cref="WorkingIntervals"/>: per row two lookups of W (see there),
/// never a walk over minutes or days. The calendar's intervals are data the run brings along, so the source stays read-only.</summary>
internal abstract class WorkingTimeSql
{
    /// <summary>SQLite: the intervals in a temporary table keyed by their start (the temp schema is writable on a read-only
    /// connection), W by one rowid seek.</summary>
    public static readonly WorkingTimeSql Sqlite = new SqliteWorkingTime();

    /// <summary>PostgreSQL: the intervals as three array parameters (a READ ONLY transaction forbids temporary tables), W by a
    /// binary search of the starts (<c>width_bucket</c>) and two subscripts.</summary>
    public static readonly WorkingTimeSql Postgres = new PostgresWorkingTime();

    /// <summary>DuckDB: the intervals in a temporary table filed by UTC day, made from the same JSON parameter in one statement
    /// (a read-only DuckDB connection may create one), W by an equality join on t's day.</summary>
    public static readonly WorkingTimeSql DuckDb = new DuckDbWorkingTime();

    /// <summary>The statements that store the intervals before the statements using them, and the intervals they read as
    /// their one parameter <c>@p0</c>; null when none are needed.</summary>
    public abstract (string Sql, object Data)? Prepare(WorkingIntervals intervals);

    /// <summary>The working seconds between two timestamp expressions: NULL when either is NULL or no timestamp; negative when
    /// the end is before the start. <paramref name="parameter"/> adds a value to the statement and returns its placeholder.</summary>
    public string Seconds(string start, string end, WorkingIntervals intervals, Func<object, string> parameter) =>
        intervals.Starts.Length == 0
            ? $"(0 * ({Epoch(start)} + {Epoch(end)}))"
            : $"({Worked(end, intervals, parameter)} - {Worked(start, intervals, parameter)})";

    /// <summary>The working hours between two timestamp expressions, rounded to whole milliseconds as calendar hours are.</summary>
    public string Hours(string start, string end, WorkingIntervals intervals, Func<object, string> parameter) =>
        $"(ROUND(({Seconds(start, end, intervals, parameter)}) * 1000) / 3600000.0)";

    /// <summary>Seconds since 1970 of a timestamp expression.</summary>
    protected abstract string Epoch(string timestamp);

    /// <summary>W(t): the working seconds of the span before the instant.</summary>
    protected abstract string Worked(string timestamp, WorkingIntervals intervals, Func<object, string> parameter);

    /// <summary>The intervals as one JSON parameter, [[start, end, k], …] with k = seconds before minus start, so
    /// W(t) = k + min(t, end); the SQL text stays the same whatever the calendar.</summary>
    private static string Json(WorkingIntervals intervals)
    {
        var data = new StringBuilder("[");
        for (var i = 0; i < intervals.Starts.Length; i++)
        {
            data.Append(i == 0 ? "[" : ",[").Append(CultureInfo.InvariantCulture,
                $"{intervals.Starts[i]},{intervals.Ends[i]},{intervals.Before[i] - intervals.Starts[i]}]");
        }

        return data.Append(']').ToString();
    }

    private sealed class SqliteWorkingTime : WorkingTimeSql
    {
        public override (string Sql, object Data)? Prepare(WorkingIntervals intervals)
        {
            var table = $"temp.\"{intervals.Name}\"";
            var sql = $"DROP TABLE IF EXISTS {table};\n" +
                $"CREATE TEMP TABLE \"{intervals.Name}\" (s INTEGER PRIMARY KEY, e INTEGER NOT NULL, k INTEGER NOT NULL);\n" +
                $"INSERT INTO {table} (s, e, k) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') " +
                "FROM json_each(@p0)";
            return (sql, Json(intervals));
        }

        protected override string Epoch(string timestamp) => $"unixepoch({timestamp})";

        // W(t) from the temporary table keyed by the starts: the last interval starting at or before t, by one rowid seek.
        protected override string Worked(string timestamp, WorkingIntervals intervals, Func<object, string> parameter)
        {
            var x = Epoch(timestamp);
            return $"COALESCE((SELECT k + MIN({x}, e) FROM temp.\"{intervals.Name}\" WHERE s <= {x} ORDER BY s DESC LIMIT 1), {x} * 0)";
        }
    }

    private sealed class DuckDbWorkingTime : WorkingTimeSql
    {
        // One statement: DuckDB prepares each statement of a command with the command's parameters. Each interval is filed
        // under the UTC day (d) it starts on, and every day from the first interval's to the last's also holds the last
        // interval starting before it (found by an ASOF join), so the day of t holds the interval W(t) reads.
        public override (string Sql, object Data)? Prepare(WorkingIntervals intervals) =>
            ($"CREATE OR REPLACE TEMP TABLE \"{intervals.Name}\" AS\n" +
             "WITH i AS (SELECT CAST(value ->> 0 AS BIGINT) AS s, CAST(value ->> 1 AS BIGINT) AS e, CAST(value ->> 2 AS BIGINT) AS k FROM json_each($p0)),\n" +
             $"days AS (SELECT range AS d FROM range((SELECT min({Day("s")}) FROM i), (SELECT max({Day("s")}) FROM i) + 1))\n" +
             $"SELECT days.d, i.s, i.e, i.k FROM days JOIN i ON {Day("i.s")} = days.d\n" +
             "UNION ALL\n" +
             "SELECT days.d, i.s, i.e, i.k FROM days ASOF JOIN i ON days.d * 86400 > i.s", Json(intervals));

        protected override string Epoch(string timestamp) => PostgresEpoch(timestamp);

        // Not the last interval starting at or before t (ORDER BY s DESC LIMIT 1), which DuckDB runs as an inequality join of
        // every row with every interval before it (46 M pairs for 16,000 tickets over a five-year reach): the greatest
        // k + min(t, e) among the rows of t's day with s ≤ t, an equality (hash) join. It is W(t): W grows with each interval,
        // so the last one's is the greatest. t's day is clamped to the table's days: before the first, no row starts at or
        // before t (0, as W); after the last, the last day's rows hold the last interval.
        protected override string Worked(string timestamp, WorkingIntervals intervals, Func<object, string> parameter)
        {
            var x = Epoch(timestamp);
            // The bounds are the tool's own whole numbers, printed as they are: no statement parameter, as on SQLite.
            var (first, last) = (DayOf(intervals.Starts[0]), DayOf(intervals.Starts[^1]));
            return $"COALESCE((SELECT max(k + LEAST({x}, e)) FROM temp.\"{intervals.Name}\" " +
                $"WHERE d = LEAST(GREATEST({Day(x)}, {first}), {last}) AND s <= {x}), {x} * 0)";
        }

        /// <summary>The UTC day number (days since 1970) of seconds since 1970.</summary>
        private static string Day(string seconds) => $"CAST(floor({seconds} / 86400) AS BIGINT)";

        private static string DayOf(long seconds) => ((long)Math.Floor(seconds / 86400d)).ToString(CultureInfo.InvariantCulture);
    }

    private static string PostgresEpoch(string timestamp) => $"date_part('epoch', {timestamp})";

    private sealed class PostgresWorkingTime : WorkingTimeSql
    {
        public override (string Sql, object Data)? Prepare(WorkingIntervals intervals) => null;

        protected override string Epoch(string timestamp) => PostgresEpoch(timestamp);

        protected override string Worked(string timestamp, WorkingIntervals intervals, Func<object, string> parameter)
        {
            var x = Epoch(timestamp);
            var (starts, ends, k) = (parameter(intervals.Arrays.Starts), parameter(intervals.Arrays.Ends), parameter(intervals.Arrays.Offsets));
            var i = $"width_bucket({x}, {starts})";
            return $"COALESCE({k}[{i}] + LEAST({x}, {ends}[{i}]), {x} * 0)";
        }
    }
}
