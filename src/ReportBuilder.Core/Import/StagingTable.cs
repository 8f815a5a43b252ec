using Microsoft.Data.Sqlite;
using SQLitePCL;
using Native = SQLitePCL.raw;

namespace ReportBuilder.Import;

/// <summary>What staging a keyed record did.</summary>
internal enum Staged
{
    /// <summary>The first copy of its id in this import.</summary>
    New,

    /// <summary>A newer copy (later <c>updated_at</c>) replaced the one staged before.</summary>
    Replaced,

    /// <summary>The same copy again, or an older one: nothing changed.</summary>
    Skipped,
}

/// <summary>
/// One temporary table of an import's vendor records, written through a prepared one-row INSERT (a raw SQLite statement,
/// its values bound by position: the import stages millions of rows, and binding by name through a command costs more
/// than the insert). Keyed tables keep each
/// record's <c>updated_at</c>, a hash of its bytes and where it was read, so that a second copy of an id is resolved as the
/// vendor's incremental exports need: the same copy again is skipped (time-based exports repeat records at page edges),
/// a newer copy replaces the older, and two different copies with the same <c>updated_at</c> are an error.
/// </summary>
internal sealed class StagingTable : IDisposable
{
    private const string SkipRepeated = "repeated record (the same copy read twice)";
    private const string SkipOlder = "older copy of a record also read in a newer version";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3_stmt _insert;
    private readonly SqliteCommand? _existing;
    private readonly SqliteCommand? _delete;

    public StagingTable(SqliteConnection connection, SqliteTransaction transaction, string table, bool keyed, params string[] columns)
    {
        Table = table;
        string[] all = keyed ? [.. columns, "updated_at", "hash", "src"] : columns;
        var definitions = all.Select((c, i) => keyed && i == 0 ? $"{c} INTEGER PRIMARY KEY" : c);
        Execute(connection, transaction, $"CREATE TEMP TABLE {table} ({string.Join(", ", definitions)})");
        _connection = connection;
        _transaction = transaction;
        var insert = $"INSERT INTO temp.{table} ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(_ => "?"))})" +
            (keyed ? " ON CONFLICT DO NOTHING" : "");
        Check(Native.sqlite3_prepare_v2(connection.Handle, insert, out _insert));
        if (keyed)
        {
            _existing = connection.CreateCommand();
            _existing.Transaction = transaction;
            _existing.CommandText = $"SELECT updated_at, hash, src FROM temp.{table} WHERE {columns[0]} = $id";
            _existing.Parameters.Add(new SqliteParameter("$id", DBNull.Value));
            _delete = connection.CreateCommand();
            _delete.Transaction = transaction;
            _delete.CommandText = $"DELETE FROM temp.{table} WHERE {columns[0]} = $id";
            _delete.Parameters.Add(new SqliteParameter("$id", DBNull.Value));
        }
    }

    public string Table { get; }

    /// <summary>Deletes the rows whose <paramref name="column"/> is <paramref name="value"/> (a replaced ticket's tags).</summary>
    public void DeleteWhere(string column, object value)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"DELETE FROM temp.{Table} WHERE {column} = $v";
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    /// <summary>Adds a row of an unkeyed table (tags, status changes).</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            Bind(i, values[i]);
        }

        Insert();
    }

    /// <summary>Stages a keyed record (its id first in <paramref name="values"/>), resolving a second copy of its id.</summary>
    public Staged Stage(RecordFields record, ReadOnlySpan<byte> raw, string? updatedAt, ImportSummary summary, params ReadOnlySpan<object?> values)
    {
        var hash = Hash(raw);
        var src = record.File + ": " + record.Location;
        for (var i = 0; i < values.Length; i++)
        {
            Bind(i, values[i]);
        }

        Bind(values.Length, updatedAt);
        Check(Native.sqlite3_bind_int64(_insert, values.Length + 2, hash));
        Bind(values.Length + 2, src);
        if (Insert() == 1)
        {
            return Staged.New;
        }

        _existing!.Parameters[0].Value = values[0];
        string? previousUpdated;
        long previousHash;
        string previousSrc;
        using (var reader = _existing.ExecuteReader())
        {
            reader.Read();
            previousUpdated = reader.IsDBNull(0) ? null : reader.GetString(0);
            previousHash = reader.GetInt64(1);
            previousSrc = reader.GetString(2);
        }

        if (previousHash == hash)
        {
            summary.Skip(SkipRepeated);
            return Staged.Skipped;
        }

        var order = string.CompareOrdinal(updatedAt, previousUpdated);
        if (updatedAt is null || previousUpdated is null || order == 0)
        {
            throw record.Fail($"id {values[0]} was already read at {previousSrc} with other values and the same updated_at: " +
                "one import takes each record once; remove the overlapping file or page, or import the two exports one after the other");
        }

        summary.Skip(SkipOlder);
        if (order < 0)
        {
            return Staged.Skipped;
        }

        _delete!.Parameters[0].Value = values[0];
        _delete.ExecuteNonQuery();
        Insert();
        return Staged.Replaced;
    }

    /// <summary>Binds the value of the insert's column <paramref name="index"/> (0-based) as Microsoft.Data.Sqlite would.</summary>
    private void Bind(int index, object? value) => Check(value switch
    {
        null or DBNull => Native.sqlite3_bind_null(_insert, index + 1),
        string text => Native.sqlite3_bind_text(_insert, index + 1, text),
        long number => Native.sqlite3_bind_int64(_insert, index + 1, number),
        int number => Native.sqlite3_bind_int64(_insert, index + 1, number),
        bool flag => Native.sqlite3_bind_int64(_insert, index + 1, flag ? 1 : 0),
        double number => Native.sqlite3_bind_double(_insert, index + 1, number),
        _ => throw new NotSupportedException($"staging a {value.GetType().Name} value"),
    });

    /// <summary>Runs the bound insert; the rows it inserted (0 when a keyed row's id was there).</summary>
    private int Insert()
    {
        var rc = Native.sqlite3_step(_insert);
        Native.sqlite3_reset(_insert);
        if (rc != Native.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }

        return Native.sqlite3_changes(_connection.Handle);
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _connection.Handle);

    public void Dispose()
    {
        _insert.Dispose();
        _existing?.Dispose();
        _delete?.Dispose();
    }

    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The names of a table's columns in <paramref name="schema"/> (main, temp).</summary>
    public static IReadOnlySet<string> ColumnNames(SqliteConnection connection, SqliteTransaction? transaction, string schema, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}', '{schema}')";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>FNV-1a over the record's bytes but white space: the same record saved compact or indented is the same copy.</summary>
    private static long Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            {
                hash = (hash ^ b) * 1099511628211UL;
            }
        }

        return unchecked((long)hash);
    }
}
