using System.Globalization;
using DuckDB.NET.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Data;

/// <summary>Reads a report from a DuckDB file (a name ending in <c>.duckdb</c>): opened read-only, the session in UTC so that
/// timestamp text reads as UTC as on PostgreSQL, every statement on one connection.</summary>
internal static class DuckDbSource
{
    /// <summary>Opens <paramref name="path"/> read-only; throws <see cref="DataSourceException"/> when it is missing or not DuckDB.</summary>
    public static DuckDBConnection Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new DataSourceException($"database not found: {path} — check --db FILE (reportbuilder copy --from FILE.db --to {Path.GetFileName(path)} makes one from SQLite)");
        }

        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            using var setup = connection.CreateCommand();
            setup.CommandText = "SET TimeZone = 'UTC'";
            setup.ExecuteNonQuery();
            return connection;
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new DataSourceException($"cannot read {path} as a DuckDB database ({ex.Message}): a file named *{DuckDbFile.Extension} is read " +
                "as DuckDB, any other file as SQLite", ex);
        }
    }

    /// <summary>Checks the schema, runs every statement and reads the data's freshness, as for SQLite.</summary>
    public static async Task<(IReadOnlyDictionary<string, MetricSeries> Results, DateTimeOffset? DataThrough, IReadOnlyList<DataQualityFinding> Quality)> ReadAsync(
        ReportPlan plan, CancellationToken ct, IProgress<Metrics.Sql.MetricQuery>? statements, IProgress<string>? stages)
    {
        await using var connection = Open(plan.DatabasePath);
        try
        {
            return await ReportData.ReadOpenAsync(plan, connection, _ => Task.FromResult(Schema(connection)), statements, stages, ct);
        }
        catch (DuckDBException ex)
        {
            throw new DataSourceException($"querying {plan.DatabasePath} failed (DuckDB: {ex.Message})", ex);
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
