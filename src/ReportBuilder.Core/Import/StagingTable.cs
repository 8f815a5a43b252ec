using Microsoft.Data.Sqlite;

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
/// One temporary table of an import's vendor records, written through a prepared one-row INSERT. Keyed tables keep each
/// record's <c>updated_at</c>, a hash of its bytes and where it was read, so that a second copy of an id is resolved as the
/// vendor's incremental exports need: the same copy again is skipped (time-based exports repeat records at page edges),
/// a newer copy replaces the older, and two different copies with the same <c>updated_at</c> are an error.
/// </summary>
internal sealed class StagingTable : IDisposable
{
    private const string SkipRepeated = "repeated record (the same copy read twice)";
    private const string SkipOlder = "older copy of a record also read in a newer version";

    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _values;
    private readonly SqliteCommand? _existing;
    private readonly SqliteCommand? _delete;

    public StagingTable(SqliteConnection connection, SqliteTransaction transaction, string table, bool keyed, params string[] columns)
    {
        Table = table;
        string[] all = keyed ? [.. columns, "updated_at", "hash", "src"] : columns;
        var definitions = all.Select((c, i) => keyed && i == 0 ? $"{c} INTEGER PRIMARY KEY" : c);
        Execute(connection, transaction, $"CREATE TEMP TABLE {table} ({string.Join(", ", definitions)})");
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = $"INSERT INTO temp.{table} ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select((_, i) => "$p" + i))})" +
            (keyed ? " ON CONFLICT DO NOTHING" : "");
        _values = [.. all.Select((_, i) => _insert.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value)))];
        _insert.Prepare();
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
        using var command = _insert.Connection!.CreateCommand();
        command.Transaction = _insert.Transaction;
        command.CommandText = $"DELETE FROM temp.{Table} WHERE {column} = $v";
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    /// <summary>Adds a row of an unkeyed table (tags, status changes).</summary>
    public void Add(params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _values[i].Value = values[i] ?? DBNull.Value;
        }

        _insert.ExecuteNonQuery();
    }

    /// <summary>Stages a keyed record (its id first in <paramref name="values"/>), resolving a second copy of its id.</summary>
    public Staged Stage(RecordFields record, ReadOnlySpan<byte> raw, string? updatedAt, ImportSummary summary, params ReadOnlySpan<object?> values)
    {
        var hash = Hash(raw);
        var src = record.File + ": " + record.Location;
        for (var i = 0; i < values.Length; i++)
        {
            _values[i].Value = values[i] ?? DBNull.Value;
        }

        _values[values.Length].Value = updatedAt ?? (object)DBNull.Value;
        _values[values.Length + 1].Value = hash;
        _values[values.Length + 2].Value = src;
        if (_insert.ExecuteNonQuery() == 1)
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
        _insert.ExecuteNonQuery();
        return Staged.Replaced;
    }

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
