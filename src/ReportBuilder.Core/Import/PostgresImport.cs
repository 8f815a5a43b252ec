using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Import;

/// <summary>
/// <c>reportbuilder import VENDOR … --to postgres://…</c>: the SQLite import runs unchanged (the same staging, the vendors'
/// SQL, <see cref="CanonicalMerge"/>, the pull's cursors) on a temporary SQLite file seeded with the server's canonical rows
/// and cursors; triggers on that file note the key of every row the import inserted, changed or removed, and those rows are
/// written back: deleted by key on the server, then the file's rows for the same keys written with binary COPY. All of it in
/// one PostgreSQL transaction that also holds the tables against other writers from the seed to the commit: a failure
/// anywhere (a bad file, the connection lost) leaves the server's tables as they were.
/// </summary>
internal static class PostgresImport
{
    /// <summary>The table of the temporary file that holds the changed keys: (table, key).</summary>
    private const string Changed = "rb_changed";

    /// <summary>Runs <paramref name="import"/> (an import into the SQLite file whose path it gets) against
    /// <paramref name="target"/>, as described above; returns its summary.</summary>
    public static async Task<ImportSummary> IntoAsync(PostgresLocation target, string? password, Action<string>? progress, CancellationToken ct,
        Func<string, ImportSummary> import)
    {
        var folder = Directory.CreateTempSubdirectory("rb-import-");
        try
        {
            var file = Path.Combine(folder.FullName, "target.db");
            await using var connection = await PostgresSource.OpenAsync(target, password, ct);
            try
            {
                return await RunAsync(connection, target, file, progress, ct, import);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                throw new DataSourceException($"{target.Describe()} refused the import: {ex.MessageText}; the role needs CREATE on the schema " +
                    "(for the first import) and INSERT, UPDATE, DELETE on the canonical tables; nothing was written", ex);
            }
            catch (Exception ex) when (ex is NpgsqlException && PostgresSource.IsConnectionLost(ex))
            {
                throw new DataSourceException($"lost the connection to {target.Describe()} during the import: {ex.Message}; " +
                    "the server rolled the import back, nothing was written: run it again", ex);
            }
            catch (PostgresException ex)
            {
                throw new DataSourceException($"{target.Describe()} refused the import: {ex.MessageText}; nothing was written", ex);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<ImportSummary> RunAsync(NpgsqlConnection connection, PostgresLocation target, string file, Action<string>? progress,
        CancellationToken ct, Func<string, ImportSummary> import)
    {
        var quoted = Quote(target.Schema);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {quoted}", ct);
        var present = await PostgresSource.SchemaAsync(connection, target.Schema, ct);
        await EnsureTablesAsync(connection, target, present, ct);
        var cursors = present.ContainsKey(ImportCursors.Table);
        var locked = CanonicalSchema.Columns.Keys.Append(cursors ? ImportCursors.Table : null).OfType<string>();
        // Other writers wait until this import commits; readers (reports) go on reading the rows as they were.
        await ExecuteAsync(connection, $"LOCK TABLE {string.Join(", ", locked.Select(t => $"{quoted}.{Quote(t)}"))} IN SHARE ROW EXCLUSIVE MODE", ct);

        progress?.Invoke($"reading the rows on {target.Describe()}");
        HashSet<string> empty;
        using (var sqlite = OpenFile(file))
        {
            empty = await SeedAsync(connection, sqlite, quoted, cursors, ct);
        }

        var summary = import(file);
        ct.ThrowIfCancellationRequested();

        using (var sqlite = OpenFile(file))
        {
            foreach (var table in CanonicalSchema.Columns.Keys)
            {
                progress?.Invoke($"writing {table} to {target.Describe()}");
                await WriteBackAsync(connection, sqlite, quoted, table, whole: empty.Contains(table), ct);
            }

            await WriteCursorsAsync(connection, sqlite, quoted, cursors, ct);
        }

        await transaction.CommitAsync(ct);
        foreach (var table in CanonicalSchema.Columns.Keys)
        {
            await ExecuteAsync(connection, $"ANALYZE {quoted}.{Quote(table)}", ct);
        }

        return summary;
    }

    /// <summary>Creates the canonical tables (and their indexes) the schema lacks; a table that is there gains the columns added to
    /// the schema later and must have the others, as the SQLite import requires of a file.</summary>
    private static async Task EnsureTablesAsync(NpgsqlConnection connection, PostgresLocation target,
        IReadOnlyDictionary<string, IReadOnlySet<string>> present, CancellationToken ct)
    {
        var quoted = Quote(target.Schema);
        foreach (var table in CanonicalSchema.Columns.Keys)
        {
            var definitions = PostgresCopy.ColumnDefinitions(table);
            if (present.TryGetValue(table, out var columns))
            {
                foreach (var definition in definitions.Where(d => !columns.Contains(Name(d))))
                {
                    if (!LaterColumns.Types.ContainsKey((table, Name(definition))))
                    {
                        throw new DataSourceException($"{target.Describe()}: table {table} has no column {Name(definition)}: import writes the canonical " +
                            "schema (docs/metrics.md); choose another schema (?schema=NAME)");
                    }

                    await ExecuteAsync(connection, $"ALTER TABLE {quoted}.{Quote(table)} ADD COLUMN {Quote(Name(definition))} {definition[(definition.IndexOf(' ', StringComparison.Ordinal) + 1)..].Replace("NOT NULL", "", StringComparison.Ordinal)}", ct);
                }

                continue;
            }

            await ExecuteAsync(connection, $"CREATE TABLE {quoted}.{Quote(table)} ({string.Join(", ", definitions)})", ct);
            foreach (var index in CanonicalSchema.Indexes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                         .Where(i => i.Contains($" ON {table}(", StringComparison.Ordinal)))
            {
                await ExecuteAsync(connection, index.Replace($" ON {table}(", $" ON {quoted}.{Quote(table)}(", StringComparison.Ordinal), ct);
            }
        }
    }

    /// <summary>Writes the server's canonical rows and cursors into the new file (the canonical schema), then puts the change
    /// triggers on every table that had rows; returns the tables that had none (written back whole).</summary>
    private static async Task<HashSet<string>> SeedAsync(NpgsqlConnection connection, SqliteConnection sqlite, string schema, bool cursors, CancellationToken ct)
    {
        using var transaction = sqlite.BeginTransaction();
        Execute(sqlite, transaction, CanonicalSchema.Tables);
        Execute(sqlite, transaction, $"CREATE TABLE {Changed} (tbl TEXT NOT NULL, key INTEGER NOT NULL); CREATE INDEX ix_{Changed} ON {Changed}(tbl, key)");
        var tables = CanonicalSchema.Columns.Select(t => (t.Key, t.Value)).ToList();
        if (cursors)
        {
            Execute(sqlite, transaction, ImportCursors.Ddl);
            tables.Add((ImportCursors.Table, ImportCursors.Columns));
        }

        var empty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (table, columns) in tables)
        {
            if (await SeedTableAsync(connection, sqlite, transaction, schema, table, columns, ct) == 0)
            {
                empty.Add(table);
            }
            else if (CanonicalSchema.Columns.ContainsKey(table))
            {
                Track(sqlite, transaction, table, columns);
            }
        }

        Execute(sqlite, transaction, CanonicalSchema.Indexes);
        transaction.Commit();
        return empty;
    }

    private static async Task<long> SeedTableAsync(NpgsqlConnection connection, SqliteConnection sqlite, SqliteTransaction transaction, string schema,
        string table, string[] columns, CancellationToken ct)
    {
        using var insert = sqlite.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO main.{table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var values = columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value))).ToArray();
        await using var select = new NpgsqlCommand($"SELECT {string.Join(", ", columns.Select(Quote))} FROM {schema}.{Quote(table)}", connection);
        await using var reader = await select.ExecuteReaderAsync(ct);
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i].Value = reader.GetValue(i) switch
                {
                    DateTime time => time.ToString(CanonicalSchema.TimestampFormat, CultureInfo.InvariantCulture),
                    decimal number => (double)number,
                    var other => other,
                };
            }

            insert.ExecuteNonQuery();
            rows++;
        }

        return rows;
    }

    /// <summary>Triggers that note the key (<c>id</c>, or a ticket's tags by <c>ticket_id</c>) of every row inserted, deleted or
    /// updated with a change in <see cref="Changed"/>.</summary>
    private static void Track(SqliteConnection sqlite, SqliteTransaction transaction, string table, string[] columns)
    {
        var key = Key(columns);
        // A key may be noted more than once (a ticket's tags deleted and inserted again): read back with DISTINCT. (INSERT OR
        // IGNORE would not do: a trigger's conflict clause yields to the statement's that fired it.)
        var note = $"INSERT INTO {Changed} (tbl, key) VALUES";
        var changed = string.Join(" OR ", columns.Select(c => $"OLD.{c} IS NOT NEW.{c}"));
        Execute(sqlite, transaction, $"""
            CREATE TRIGGER rb_inserted_{table} AFTER INSERT ON {table} BEGIN {note} ('{table}', NEW.{key}); END;
            CREATE TRIGGER rb_deleted_{table} AFTER DELETE ON {table} BEGIN {note} ('{table}', OLD.{key}); END;
            CREATE TRIGGER rb_updated_{table} AFTER UPDATE ON {table} WHEN {changed} BEGIN {note} ('{table}', OLD.{key}), ('{table}', NEW.{key}); END;
            """);
    }

    /// <summary>Writes a table's changed rows back: the server's rows with a changed key deleted, then the file's rows with those
    /// keys copied in; a table that was empty on the server gets all of the file's rows.</summary>
    private static async Task WriteBackAsync(NpgsqlConnection connection, SqliteConnection sqlite, string schema, string table, bool whole, CancellationToken ct)
    {
        var definitions = PostgresCopy.ColumnDefinitions(table);
        var columns = definitions.Select(Name).ToArray();
        var key = Key(columns);
        var stored = $"{schema}.{Quote(table)}";
        var where = "";
        if (!whole)
        {
            await ExecuteAsync(connection, "CREATE TEMP TABLE IF NOT EXISTS rb_keys (key bigint PRIMARY KEY) ON COMMIT DROP; TRUNCATE rb_keys", ct);
            using (var keys = sqlite.CreateCommand())
            {
                keys.CommandText = $"SELECT DISTINCT key FROM {Changed} WHERE tbl = '{table}'";
                if (await PostgresCopy.WriteRowsAsync(keys, connection, table, ["key bigint"], "rb_keys", ct) == 0)
                {
                    return;
                }
            }

            await ExecuteAsync(connection, $"DELETE FROM {stored} t USING rb_keys k WHERE t.{Quote(key)} = k.key", ct);
            where = $" WHERE {key} IN (SELECT key FROM {Changed} WHERE tbl = '{table}')";
        }

        using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", columns)} FROM main.{table}{where}";
        await PostgresCopy.WriteRowsAsync(select, connection, table, definitions, stored, ct);
    }

    /// <summary>The pull's cursors, when the import wrote any: the server's table (created when missing) holds the file's rows.</summary>
    private static async Task WriteCursorsAsync(NpgsqlConnection connection, SqliteConnection sqlite, string schema, bool present, CancellationToken ct)
    {
        if (!SqliteSource.Schema(sqlite).ContainsKey(ImportCursors.Table))
        {
            return;
        }

        var stored = $"{schema}.{Quote(ImportCursors.Table)}";
        await ExecuteAsync(connection, present ? $"DELETE FROM {stored}"
            : $"CREATE TABLE {stored} ({string.Join(", ", ImportCursors.Columns.Select(c => c + " text NOT NULL"))}, PRIMARY KEY (vendor, account, endpoint))", ct);
        using var select = sqlite.CreateCommand();
        select.CommandText = $"SELECT {string.Join(", ", ImportCursors.Columns)} FROM main.{ImportCursors.Table}";
        await PostgresCopy.WriteRowsAsync(select, connection, ImportCursors.Table, [.. ImportCursors.Columns.Select(c => c + " text")], stored, ct);
    }

    /// <summary>The column a table's rows are written back by: <c>id</c>, else the first (a ticket's tags by <c>ticket_id</c>).</summary>
    private static string Key(string[] columns) => columns.Contains("id") ? "id" : columns[0];

    private static string Name(string definition) => definition[..definition.IndexOf(' ', StringComparison.Ordinal)];

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SqliteConnection OpenFile(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection sqlite, SqliteTransaction transaction, string sql) => StagingTable.Execute(sqlite, transaction, sql);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
