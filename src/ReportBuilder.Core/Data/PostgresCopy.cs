using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Data;

/// <summary>Copies the canonical tables of a SQLite file into a PostgreSQL schema with binary <c>COPY</c>: proper types
/// (<c>timestamptz</c>, integers, numerics), primary keys and the indexes the engine's statements use.</summary>
internal static class PostgresCopy
{
    /// <summary>The canonical tables with PostgreSQL types (docs/metrics.md), in load order; DuckDbCopy maps the types.</summary>
    internal static readonly (string Table, string[] Columns)[] Tables =
    [
        ("customers", ["id bigint PRIMARY KEY", "name text NOT NULL", "tier text NOT NULL", "created_at timestamptz NOT NULL", "churned_at timestamptz"]),
        ("agents", ["id bigint PRIMARY KEY", "name text NOT NULL", "team text NOT NULL", "email text"]),
        ("tickets", ["id bigint PRIMARY KEY", "customer_id bigint NOT NULL", "agent_id bigint", "channel text NOT NULL", "priority text NOT NULL",
            "status text NOT NULL", "created_at timestamptz NOT NULL", "first_reply_at timestamptz", "solved_at timestamptz",
            "reopens integer NOT NULL", "replies integer NOT NULL", "vendor_first_reply_minutes numeric", "vendor_first_reply_business_minutes numeric",
            "vendor_resolution_minutes numeric", "vendor_resolution_business_minutes numeric"]),
        ("ticket_tags", ["ticket_id bigint NOT NULL", "tag text NOT NULL"]),
        ("messages", ["id bigint PRIMARY KEY", "ticket_id bigint NOT NULL", "author text NOT NULL", "agent_id bigint", "created_at timestamptz NOT NULL"]),
        ("csat_responses", ["id bigint PRIMARY KEY", "ticket_id bigint NOT NULL", "agent_id bigint", "rating integer NOT NULL", "created_at timestamptz NOT NULL"]),
        ("nps_responses", ["id bigint PRIMARY KEY", "customer_id bigint NOT NULL", "score integer NOT NULL", "created_at timestamptz NOT NULL"]),
        ("mrr_movements", ["id bigint PRIMARY KEY", "customer_id bigint NOT NULL", "month text NOT NULL", "kind text NOT NULL", "amount numeric NOT NULL"]),
        ("qa_reviews", ["id bigint PRIMARY KEY", "ticket_id bigint NOT NULL", "agent_id bigint", "score numeric NOT NULL", "created_at timestamptz NOT NULL"]),
    ];

    /// <summary>Copies every canonical table the file holds; with <paramref name="replace"/> existing tables are dropped first,
    /// else an existing table is an error. All or nothing: one transaction.</summary>
    /// <returns>The tables copied with their row counts.</returns>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(string sqlitePath, PostgresLocation target, string? password, bool replace,
        Action<string>? progress, CancellationToken ct)
    {
        using var sqlite = SqliteSource.Open(sqlitePath);
        var present = SqliteSource.Schema(sqlite);
        var tables = Tables.Where(t => present.ContainsKey(t.Table)).ToList();
        if (tables.Count == 0)
        {
            throw new DataSourceException($"{sqlitePath} holds none of the canonical tables ({string.Join(", ", Tables.Select(t => t.Table))})");
        }

        await using var connection = await PostgresSource.OpenAsync(target, password, ct);
        try
        {
            return await CopyTablesAsync(sqlite, present, tables, connection, target, replace, progress, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            throw new DataSourceException($"{target.Describe()} refused the copy: {ex.MessageText}; the role needs CREATE on the database " +
                "(for a new schema) or on the schema, or copy as the schema's owner", ex);
        }
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> CopyTablesAsync(SqliteConnection sqlite,
        IReadOnlyDictionary<string, IReadOnlySet<string>> present, List<(string Table, string[] Columns)> tables, NpgsqlConnection connection,
        PostgresLocation target, bool replace, Action<string>? progress, CancellationToken ct)
    {
        var dialect = new PostgresDialect(target.Schema);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {dialect.Quote(target.Schema)}", ct);
        var copied = new List<(string, long)>();
        foreach (var (table, columns) in tables)
        {
            var name = dialect.StoredTable(table);
            if (replace)
            {
                await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {name} CASCADE", ct);
            }

            try
            {
                await ExecuteAsync(connection, $"CREATE TABLE {name} ({string.Join(", ", columns)})", ct);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateTable)
            {
                throw new DataSourceException($"table {target.Schema}.{table} already exists on {target.Describe()}: pass --replace to drop and reload it");
            }

            progress?.Invoke($"copying {table}");
            copied.Add((table, await CopyTableAsync(sqlite, connection, table, columns, name, present[table], ct)));
        }

        foreach (var index in CanonicalSchema.Indexes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                     .Where(ddl => tables.Any(t => ddl.Contains($" ON {t.Table}(", StringComparison.Ordinal))))
        {
            // The index DDL is the SQLite file's own; tables resolve to the target schema through the search_path.
            progress?.Invoke("indexing " + index[(index.IndexOf(" ON ", StringComparison.Ordinal) + 4)..]);
            await ExecuteAsync(connection, index, ct);
        }

        await transaction.CommitAsync(ct);
        foreach (var (table, _) in tables)
        {
            await ExecuteAsync(connection, $"ANALYZE {dialect.StoredTable(table)}", ct);
        }

        return copied;
    }

    private static async Task<long> CopyTableAsync(SqliteConnection sqlite, NpgsqlConnection connection, string table, string[] columns,
        string target, IReadOnlySet<string> sourceColumns, CancellationToken ct)
    {
        var names = columns.Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]).ToArray();
        using var select = Select(sqlite, table, names, sourceColumns);
        return await WriteRowsAsync(select, connection, table, columns, target, ct);
    }

    /// <summary>Writes the rows <paramref name="select"/> reads (the columns of <paramref name="columns"/>, definitions as in
    /// <see cref="Tables"/>, in order) into <paramref name="target"/> with binary COPY; returns the count.</summary>
    internal static async Task<long> WriteRowsAsync(SqliteCommand select, NpgsqlConnection connection, string table, string[] columns,
        string target, CancellationToken ct)
    {
        var names = columns.Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]).ToArray();
        var types = columns.Select(c => c.Split(' ')[1]).ToArray();
        using var reader = select.ExecuteReader();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {target} ({string.Join(", ", names.Select(n => "\"" + n + "\""))}) FROM STDIN (FORMAT BINARY)", ct);
        long rows = 0;
        while (reader.Read())
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < names.Length; i++)
            {
                if (reader.IsDBNull(i))
                {
                    await writer.WriteNullAsync(ct);
                    continue;
                }

                var value = reader.GetValue(i);
                switch (types[i])
                {
                    case "bigint":
                        await writer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, ct);
                        break;
                    case "integer":
                        await writer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, ct);
                        break;
                    case "numeric":
                        await writer.WriteAsync(Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric, ct);
                        break;
                    case "double":
                        await writer.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double, ct);
                        break;
                    case "timestamptz":
                        await writer.WriteAsync(Instant(value, table, names[i]), NpgsqlDbType.TimestampTz, ct);
                        break;
                    default:
                        await writer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, ct);
                        break;
                }
            }

            rows++;
        }

        await writer.CompleteAsync(ct);
        return rows;
    }

    /// <summary>The PostgreSQL definitions of a canonical table's columns, one per column of <see cref="CanonicalSchema.Columns"/>
    /// in order: <see cref="Tables"/>' where it has the column, else from the SQLite DDL (INTEGER bigint, REAL double
    /// precision, a TEXT column named *_at timestamptz as <see cref="Definitions.CanonicalTables.Kinds"/> says, other TEXT text; nullable), so a column added to the canonical schema
    /// is carried by import without more work.</summary>
    internal static string[] ColumnDefinitions(string table)
    {
        var known = Tables.FirstOrDefault(t => t.Table == table).Columns ?? [];
        var ddl = CanonicalSchema.Tables.Split(';').Select(d => d.Trim()).First(d => d.StartsWith($"CREATE TABLE {table} (", StringComparison.Ordinal));
        var declared = ddl[(ddl.IndexOf('(', StringComparison.Ordinal) + 1)..ddl.LastIndexOf(')')].Split(',')
            .Select(c => c.Trim().Split(' ')).ToDictionary(c => c[0], c => c.Length > 1 ? c[1].ToUpperInvariant() : "TEXT", StringComparer.Ordinal);
        return [.. CanonicalSchema.Columns[table].Select(name =>
            known.FirstOrDefault(c => c.StartsWith(name + " ", StringComparison.Ordinal)) ?? name + " " + declared.GetValueOrDefault(name, "TEXT") switch
            {
                "INTEGER" => "bigint",
                "REAL" => "double precision",
                _ when Definitions.CanonicalTables.Kinds[(table, name)] == Definitions.ColumnKind.Timestamp => "timestamptz",
                _ => "text",
            })];
    }

    /// <summary>The read of a table's columns from the SQLite file, for the PostgreSQL and the DuckDB copy; a canonical column
    /// the file lacks is an error, but for one added to the schema later (agents.email), copied empty.</summary>
    internal static SqliteCommand Select(SqliteConnection sqlite, string table, string[] names, IReadOnlySet<string> sourceColumns)
    {
        if (names.FirstOrDefault(n => !sourceColumns.Contains(n) && !LaterColumns.Types.ContainsKey((table, n))) is { } missing)
        {
            throw new DataSourceException($"table '{table}' has no column '{missing}': the copy reads the canonical schema (docs/metrics.md)");
        }

        var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", names.Select(n => sourceColumns.Contains(n) ? "\"" + n + "\"" : "NULL"))} FROM \"{table}\"";
        return select;
    }

    /// <summary>A stored timestamp text as a UTC instant; text that is no timestamp stops the copy naming the table and column.</summary>
    internal static DateTime Instant(object value, string table, string column) =>
        value is string text && DateTimeOffset.TryParse(text.Replace(' ', 'T'), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant.UtcDateTime
            : throw new DataSourceException($"{table}.{column}: '{value}' is not a timestamp (the canonical form is UTC 'YYYY-MM-DD HH:MM:SS')");

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
