using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Data;

/// <summary>Opens a user's SQLite file read-only, with ReportBuilder's SQL functions registered.</summary>
internal static class SqliteSource
{
    private static readonly ConcurrentDictionary<string, DateTimeZone?> Zones = new(StringComparer.Ordinal);
    /// <summary>The most of a database file read through a memory map (32 MiB): mapped pages that were read count as the
    /// process's resident memory, so the cap keeps a run's memory small (figures: docs/performance.md, "Access paths for big
    /// files").</summary>
    internal const long MemoryMapBytes = 32L * 1024 * 1024;

    private static readonly LocalDateTimePattern Timestamp = LocalDateTimePattern.CreateWithInvariantCulture(CanonicalSchema.TimestampFormat);

    /// <summary>Opens <paramref name="path"/> read-only; throws <see cref="DataSourceException"/> when it is missing or not SQLite.</summary>
    public static SqliteConnection Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataSourceException(
                $"database not found: {path} — check source.sqlite in the report or pass --db FILE (reportbuilder demo-data --out {Path.GetFileName(path)} makes a demo one)");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master";
            probe.ExecuteScalar();
            // Reads through a memory map instead of a read() system call per page, capped so that the pages it keeps
            // resident stay small (why, and the figures: docs/performance.md, "Access paths for big files").
            probe.CommandText = $"PRAGMA mmap_size = {MemoryMapBytes}";
            probe.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new DataSourceException($"cannot read {path} as a SQLite database: {ex.Message}", ex);
        }

        Register(connection);
        return connection;
    }

    /// <summary>The columns of each table, for checking a report's needs before it runs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Schema(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type IN ('table', 'view') ORDER BY m.name, p.cid
            """;
        using var reader = command.ExecuteReader();
        return TableColumns.Read(reader);
    }

    /// <summary>Registers rb_percentile, rb_local_hour and rb_local_weekday on a connection.</summary>
    public static void Register(SqliteConnection connection)
    {
        connection.CreateAggregate<double?, double, PercentileState?, double?>(
            "rb_percentile",
            null,
            (state, value, p) =>
            {
                state ??= new PercentileState(p);
                if (value is { } v && !double.IsNaN(v))
                {
                    state.Values.Add(v);
                }

                return state;
            },
            state => state is null ? null : ExactPercentile.Of(state.Values, state.P),
            isDeterministic: true);
        connection.CreateFunction<string?, string, long?>("rb_local_hour",
            (timestamp, zone) => Local(timestamp, zone)?.Hour, isDeterministic: true);
        connection.CreateFunction<string?, string, long?>("rb_local_weekday",
            (timestamp, zone) => Local(timestamp, zone) is { } local ? (int)local.DayOfWeek : null, isDeterministic: true);
    }

    private static LocalDateTime? Local(string? timestamp, string zoneId)
    {
        if (timestamp is null || Zones.GetOrAdd(zoneId, id => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)) is not { } zone)
        {
            return null;
        }

        var text = timestamp.Length > 19 ? timestamp[..19] : timestamp;
        var parsed = Timestamp.Parse(text.Replace('T', ' '));
        return parsed.Success ? parsed.Value.InUtc().ToInstant().InZone(zone).LocalDateTime : null;
    }

    private sealed class PercentileState(double p)
    {
        public double P { get; } = p;

        public List<double> Values { get; } = [];
    }
}

/// <summary>Exact percentiles by linear interpolation between the two nearest ranks (PERCENTILE.INC).</summary>
internal static class ExactPercentile
{
    /// <summary>The p-th percentile (0–1) of the values; null when there are none.</summary>
    public static double? Of(List<double> values, double p)
    {
        if (values.Count == 0 || double.IsNaN(p))
        {
            return null;
        }

        values.Sort();
        var rank = Math.Clamp(p, 0, 1) * (values.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = Math.Min(lower + 1, values.Count - 1);
        return values[lower] + ((rank - lower) * (values[upper] - values[lower]));
    }
}
