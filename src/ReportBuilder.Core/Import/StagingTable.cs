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
/// than the insert). Keyed tables keep each record's <c>updated_at</c>, a hash of its bytes and where it was read (as
/// numbers: its file's, its line and its index, <see cref="RecordPlace"/>), so that a second copy of an id is resolved as
/// the vendor's incremental exports need: the same copy again is skipped (time-based exports repeat records at page
/// edges), a newer copy replaces the older, and two different copies with the same <c>updated_at</c> are an error.
/// </summary>
internal sealed class StagingTable : IDisposable
{
    private const string SkipRepeated = "repeated record (the same copy read twice)";
    private const string SkipOlder = "older copy of a record also read in a newer version";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly sqlite3_stmt _insert;
    private readonly nint _insertHandle;
    private readonly nint _connectionHandle;
    private byte[] _text = new byte[256];
    private readonly SqliteCommand? _existing;
    private readonly SqliteCommand? _delete;
    private readonly Bound[] _bound;
    private readonly HashSet<string> _indexed = [];
    private readonly List<(string File, string? Array)> _sources = [];
    private readonly Dictionary<(string File, string? Array), int> _sourceNumbers = [];
    private (string File, string? Array) _source;
    private int _sourceNumber = -1;

    public StagingTable(SqliteConnection connection, SqliteTransaction transaction, string table, bool keyed, params string[] columns)
    {
        Table = table;
        string[] all = keyed ? [.. columns, "updated_at", "hash", "src", "src_line", "src_index"] : columns;
        var definitions = all.Select((c, i) => keyed && i == 0 ? $"{c} INTEGER PRIMARY KEY" : c);
        Execute(connection, transaction, $"CREATE TEMP TABLE {table} ({string.Join(", ", definitions)})");
        _connection = connection;
        _transaction = transaction;
        var insert = $"INSERT INTO temp.{table} ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(_ => "?"))})" +
            (keyed ? " ON CONFLICT DO NOTHING" : "");
        Check(Native.sqlite3_prepare_v2(connection.Handle, insert, out _insert));
        _insertHandle = _insert.DangerousGetHandle();
        _connectionHandle = connection.Handle!.DangerousGetHandle();
        _bound = new Bound[all.Length];
        if (keyed)
        {
            _existing = connection.CreateCommand();
            _existing.Transaction = transaction;
            _existing.CommandText = $"SELECT updated_at, hash, src, src_line, src_index FROM temp.{table} WHERE {columns[0]} = $id";
            _existing.Parameters.Add(new SqliteParameter("$id", DBNull.Value));
            _delete = connection.CreateCommand();
            _delete.Transaction = transaction;
            _delete.CommandText = $"DELETE FROM temp.{table} WHERE {columns[0]} = $id";
            _delete.Parameters.Add(new SqliteParameter("$id", DBNull.Value));
        }
    }

    public string Table { get; }

    /// <summary>Deletes the rows whose <paramref name="column"/> is <paramref name="value"/> (a replaced ticket's tags). The
    /// first delete by a column indexes it: without the index each replaced record read the whole table (20,000 tickets of
    /// 200,000 read again in a later version: 100 s of CPU, against 4 s with it).</summary>
    public void DeleteWhere(string column, object value)
    {
        Index(column);
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = $"DELETE FROM temp.{Table} WHERE {column} = $v";
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    /// <summary>Indexes the table by <paramref name="column"/>, once.</summary>
    public void Index(string column)
    {
        if (_indexed.Add(column))
        {
            Execute(_connection, _transaction, $"CREATE INDEX temp.{Table}_by_{column} ON {Table}({column})");
        }
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
        for (var i = 0; i < values.Length; i++)
        {
            Bind(i, values[i]);
        }

        Bind(values.Length, updatedAt);
        Bind(values.Length + 1, hash);
        Bind(values.Length + 2, Source(record.File, record.Location.Array));
        Bind(values.Length + 3, record.Location.Line);
        Bind(values.Length + 4, record.Location.Index);
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
            var (file, array) = _sources[reader.GetInt32(2)];
            previousSrc = file + ": " + new RecordPlace(reader.GetInt64(3), array, reader.GetInt32(4));
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

    /// <summary>The number of a record's file and array among those this table was given records of (the last one asked
    /// for is remembered: records come file by file, page by page).</summary>
    private int Source(string file, string? array)
    {
        if (_sourceNumber < 0 || !ReferenceEquals(file, _source.File) || !ReferenceEquals(array, _source.Array))
        {
            _source = (file, array);
            if (!_sourceNumbers.TryGetValue(_source, out _sourceNumber))
            {
                _sourceNumber = _sourceNumbers[_source] = _sources.Count;
                _sources.Add(_source);
            }
        }

        return _sourceNumber;
    }

    /// <summary>Binds the value of the insert's column <paramref name="index"/> (0-based) as Microsoft.Data.Sqlite would. A
    /// value equal to the one bound there before (an empty column, a flag, a mapped name, the file a record came from) is
    /// left bound: SQLite keeps bindings from row to row, and each call into it costs more than the comparison.</summary>
    private void Bind(int index, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                if (_bound[index].Kind != BoundKind.Null)
                {
                    Check(StagingCalls.BindNull(_insertHandle, index + 1));
                    _bound[index] = new Bound(BoundKind.Null, 0, null);
                }

                break;
            case string text:
                if (_bound[index].Kind != BoundKind.Text || !ReferenceEquals(_bound[index].Text, text))
                {
                    var length = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
                    if (length > _text.Length)
                    {
                        _text = new byte[Math.Max(length, _text.Length * 2)];
                    }

                    Check(StagingCalls.BindText(_insertHandle, index + 1, _text, System.Text.Encoding.UTF8.GetBytes(text, _text)));
                    _bound[index] = new Bound(BoundKind.Text, 0, text);
                }

                break;
            case long number:
                Bind(index, number);
                break;
            case int number:
                Bind(index, number);
                break;
            case bool flag:
                Bind(index, flag ? 1 : 0);
                break;
            case double number:
                if (_bound[index].Kind != BoundKind.Real || _bound[index].Bits != BitConverter.DoubleToInt64Bits(number))
                {
                    Check(StagingCalls.BindDouble(_insertHandle, index + 1, number));
                    _bound[index] = new Bound(BoundKind.Real, BitConverter.DoubleToInt64Bits(number), null);
                }

                break;
            default:
                throw new NotSupportedException($"staging a {value.GetType().Name} value");
        }
    }

    private void Bind(int index, long number)
    {
        if (_bound[index].Kind != BoundKind.Integer || _bound[index].Bits != number)
        {
            Check(StagingCalls.BindInt64(_insertHandle, index + 1, number));
            _bound[index] = new Bound(BoundKind.Integer, number, null);
        }
    }

    private enum BoundKind : byte { None, Null, Integer, Real, Text }

    /// <summary>What a column of the insert holds bound: an integer or a real's bits, or the text itself.</summary>
    private readonly record struct Bound(BoundKind Kind, long Bits, string? Text);

    /// <summary>Runs the bound insert; the rows it inserted (0 when a keyed row's id was there).</summary>
    private int Insert()
    {
        var rc = StagingCalls.Step(_insertHandle);
        StagingCalls.Reset(_insertHandle);
        if (rc != Native.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        }

        return StagingCalls.Changes(_connectionHandle);
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _connection.Handle);

    public void Dispose()
    {
        _insert.Dispose();
        _existing?.Dispose();
        _delete?.Dispose();
    }

    /// <summary>Runs <paramref name="sql"/>; the rows it changed.</summary>
    public static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
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

    /// <summary>A 64-bit hash of the record's bytes but white space: the same record saved compact or indented is the same
    /// copy. The bytes kept are gathered eight at a time into a word, and each word is mixed into the hash (MurmurHash3's
    /// finalizer, then a multiply): a multiply per eight bytes rather than per byte, and the same bytes give the same hash
    /// wherever the white space was.</summary>
    private static long Hash(ReadOnlySpan<byte> bytes)
    {
        const ulong Golden = 0x9E3779B97F4A7C15UL;
        var hash = 14695981039346656037UL;
        var word = 0UL;
        var count = 0UL;
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                continue;
            }

            word = (word << 8) | b;
            if ((++count & 7) == 0)
            {
                hash = (hash ^ Mix(word)) * Golden;
                word = 0;
            }
        }

        return unchecked((long)Mix(hash ^ Mix(word ^ (count << 56))));
    }

    /// <summary>MurmurHash3's 64-bit finalizer: every bit of <paramref name="x"/> reaches every bit of the result.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 33)) * 0xFF51AFD7ED558CCDUL;
        x = (x ^ (x >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return x ^ (x >> 33);
    }
}
