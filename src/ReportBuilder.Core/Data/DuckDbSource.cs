using System.Globalization;
using DuckDB.NET.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Data;

/// <summary>Reads a report from a DuckDB file (a name ending in <c>.duckdb</c>): opened read-only, the session in UTC so that
/// timestamp text reads as UTC as on PostgreSQL, DuckDB's memory bounded (<see cref="DuckDbFile.DefaultMemoryLimit"/>),
/// every statement on one connection.</summary>
internal static class DuckDbSource
{
    /// <summary>Opens <paramref name="path"/> read-only with DuckDB's memory bounded by <paramref name="memoryLimit"/> (DuckDB's
    /// notation, e.g. 150MB or 2GB; null: <see cref="DuckDbFile.DefaultMemoryLimit"/>), spilling to a temporary folder that is
    /// removed when the connection is disposed; throws <see cref="DataSourceException"/> when the file is missing or not DuckDB.</summary>
    public static DuckDBConnection Open(string path, string? memoryLimit = null)
    {
        memoryLimit ??= DuckDbFile.DefaultMemoryLimit;
        if (!DuckDbFile.IsMemoryLimit(memoryLimit))
        {
            throw new ArgumentException($"'{memoryLimit}' is no amount of memory", nameof(memoryLimit));   // the planner refused it
        }

        if (!File.Exists(path))
        {
            throw new DataSourceException($"database not found: {path} — check --db FILE (reportbuilder copy --from FILE.db --to {Path.GetFileName(path)} makes one from SQLite)");
        }

        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            using (var setup = connection.CreateCommand())
            {
                setup.CommandText = "SET TimeZone = 'UTC'";
                setup.ExecuteNonQuery();
            }

            Bound(connection, memoryLimit);
            return connection;
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new DataSourceException($"cannot read {path} as a DuckDB database ({ex.Message}): a file named *{DuckDbFile.Extension} is read " +
                "as DuckDB, any other file as SQLite", ex);
        }
    }

    /// <summary>Sets DuckDB's <c>memory_limit</c> and a <c>temp_directory</c> of the connection's own (DuckDB's default is
    /// <c>FILE.duckdb.tmp</c> beside the file, which a reader may not be allowed to write, and which would stay behind), and
    /// attaches the file the run stores its derived tables in. The folder is made here and removed with what DuckDB
    /// spilled and stored into it when the connection is disposed.</summary>
    private static void Bound(DuckDBConnection connection, string memoryLimit)
    {
        RemoveStaleSpills();
        var spill = Directory.CreateTempSubdirectory($"{SpillPrefix}{Environment.ProcessId}-").FullName;
        connection.Disposed += (_, _) =>
        {
            try
            {
                Directory.Delete(spill, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // already gone, or a file still open: a folder under the system's temporary folder, cleared by the system
            }
        };
        using var command = connection.CreateCommand();
        command.CommandText = $"SET memory_limit = '{memoryLimit}'; SET temp_directory = '{spill.Replace("'", "''", StringComparison.Ordinal)}'";
        command.ExecuteNonQuery();
        // The run's derived tables go to a file of their own in the same folder (DuckDbDialect.Scratch), the only database
        // of the connection that may be written.
        command.CommandText = $"ATTACH '{Path.Combine(spill, "stored.duckdb").Replace("'", "''", StringComparison.Ordinal)}' AS {Metrics.Sql.DuckDbDialect.Scratch} (READ_WRITE)";
        command.ExecuteNonQuery();
    }

    /// <summary>The start of a spill folder's name, then the process's id and a dash.</summary>
    internal const string SpillPrefix = "rb-duckdb-spill-";

    /// <summary>Removes the spill folders of runs whose process is gone (a run killed with SIGKILL cannot remove its own,
    /// and at 10 M tickets one holds gigabytes: the stored tables and what DuckDB spilled). A folder whose process still
    /// runs, or whose name carries no process id, is left alone.</summary>
    private static void RemoveStaleSpills()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), SpillPrefix + "*"))
        {
            var rest = Path.GetFileName(folder)[SpillPrefix.Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(rest[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId && !Running(pid))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // another user's, or being removed by another run: left alone
                }
            }
        }
    }

    private static bool Running(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Checks the schema, runs every statement and reads the data's freshness, as for SQLite.</summary>
    public static async Task<(IReadOnlyDictionary<string, MetricSeries> Results, DateTimeOffset? DataThrough, IReadOnlyList<DataQualityFinding> Quality)> ReadAsync(
        ReportPlan plan, CancellationToken ct, IProgress<Metrics.Sql.MetricQuery>? statements, IProgress<string>? stages)
    {
        await using var connection = Open(plan.DatabasePath, plan.Planned.MemoryLimit);
        Metrics.Sql.MetricQuery? running = null;
        try
        {
            return await ReportData.ReadOpenAsync(plan, connection, _ => Task.FromResult(Schema(connection)), statements, stages, ct,
                running: statement => running = statement);
        }
        catch (DuckDBException ex)
        {
            // DuckDB's advice ends with its own SET memory_limit; the tool's way is the option.
            var more = ex.Message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase)
                ? $"; DuckDB may use {plan.Planned.MemoryLimit ?? DuckDbFile.DefaultMemoryLimit}: give it more with --memory-limit, e.g. --memory-limit 1GB" : "";
            throw new DataSourceException($"querying {plan.DatabasePath} failed{ReportData.During(running)} (DuckDB: {ex.Message}){more}", ex);
        }
    }

    /// <summary>The columns of each table and view of the file's schema <c>main</c>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Schema(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_name, column_name FROM information_schema.columns " +
            "WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY table_name, ordinal_position";
        using var reader = command.ExecuteReader();
        return TableColumns.Read(reader);
    }

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="column"/> is at or after <paramref name="end"/> (the data-ready gate).</summary>
    /// <remarks>The table and column are plain names checked by the caller; the instant is a parameter.</remarks>
    public static Task<long> CountSinceAsync(string path, string table, string column, DateTimeOffset end, CancellationToken ct) =>
        ReadOneAsync(path, $"{table}.{column}", async (connection, dialect) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {dialect.StoredTable(table)} WHERE {dialect.Quote(column)} >= {dialect.TimestampParameter("$end")}";
            command.Parameters.Add(new DuckDBParameter("end", Metrics.Sql.Timestamps.ToText(end)));
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        });

    /// <summary>Every row's <paramref name="key"/> and <paramref name="value"/> of <paramref name="table"/> where the value is set
    /// (a scorecard member's address); the names were checked to be plain identifiers.</summary>
    public static Task<IReadOnlyList<(string Key, string Value)>> PairsAsync(string path, string table, string key, string value, CancellationToken ct) =>
        ReadOneAsync(path, $"{table}.{key} and {table}.{value}", async (connection, dialect) =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT CAST({dialect.Quote(key)} AS VARCHAR), CAST({dialect.Quote(value)} AS VARCHAR) FROM {dialect.StoredTable(table)} " +
                $"WHERE {dialect.Quote(value)} IS NOT NULL";
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await KeyValueRows.ReadAsync(reader, ct);
        });

    /// <summary>One read outside a report's plan on its own connection; a DuckDB error names what was read and the file.</summary>
    private static async Task<T> ReadOneAsync<T>(string path, string what, Func<DuckDBConnection, Metrics.Sql.DuckDbDialect, Task<T>> read)
    {
        await using var connection = Open(path);
        try
        {
            return await read(connection, Metrics.Sql.DuckDbDialect.Instance);
        }
        catch (DuckDBException ex)
        {
            throw new DataSourceException($"cannot read {what} in {path} (DuckDB: {ex.Message})", ex);
        }
    }
}
