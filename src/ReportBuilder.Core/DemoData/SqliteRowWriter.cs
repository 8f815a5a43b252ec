using System.Text;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.DemoData;

/// <summary>
/// Appends rows to one table through two prepared commands created once: a multi-row INSERT
/// for full batches of a few rows and a one-row INSERT for the remainder. Only parameter values change.
/// </summary>
internal sealed class SqliteRowWriter : IDisposable
{
    // Microsoft.Data.Sqlite looks every parameter up by name, and SQLite scans the names linearly,
    // so a few rows per statement beat both one row and very wide statements (measured).
    private const int BatchParameters = 48;

    private readonly SqliteCommand _batch;
    private readonly SqliteCommand _single;
    private readonly SqliteParameter[] _batchParameters;
    private readonly SqliteParameter[] _singleParameters;
    private readonly int _columns;
    private readonly int _batchRows;
    private int _pending;

    public SqliteRowWriter(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        Table = table;
        _columns = columns.Length;
        _batchRows = Math.Max(1, BatchParameters / _columns);
        (_batch, _batchParameters) = Prepare(connection, transaction, table, columns, _batchRows);
        (_single, _singleParameters) = Prepare(connection, transaction, table, columns, 1);
    }

    public string Table { get; }

    public long Rows { get; private set; }

    public void Add(params ReadOnlySpan<object?> values)
    {
        var offset = _pending * _columns;
        for (var i = 0; i < _columns; i++)
            _batchParameters[offset + i].Value = values[i] ?? DBNull.Value;
        Rows++;
        if (++_pending == _batchRows)
        {
            _batch.ExecuteNonQuery();
            _pending = 0;
        }
    }

    /// <summary>Writes the rows of an unfinished batch one by one.</summary>
    public void Flush()
    {
        for (var row = 0; row < _pending; row++)
        {
            for (var i = 0; i < _columns; i++)
                _singleParameters[i].Value = _batchParameters[row * _columns + i].Value;
            _single.ExecuteNonQuery();
        }
        _pending = 0;
    }

    public void Dispose()
    {
        _batch.Dispose();
        _single.Dispose();
    }

    private static (SqliteCommand, SqliteParameter[]) Prepare(
        SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var parameters = new SqliteParameter[rows * columns.Length];
        var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                var index = row * columns.Length + column;
                var name = "$p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(column == 0 ? name : ", " + name);
                parameters[index] = command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        command.Prepare();
        return (command, parameters);
    }
}
