using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;

namespace ReportBuilder.Data;

/// <summary>Copies the canonical tables of a SQLite file into a new DuckDB file (<c>copy --to FILE.duckdb</c>) through DuckDB's
/// appender: time columns as TIMESTAMPTZ (UTC instants, as on PostgreSQL), whole numbers as BIGINT or INTEGER, SQLite's REAL
/// as DOUBLE (the same values to the last bit). No keys or indexes: DuckDB reads a column through the minimum and maximum it
/// keeps per block of rows, and an index would only slow the load. Written beside the target and renamed over it, so a reader
/// never sees half a file.</summary>
internal static class DuckDbCopy
{
    /// <summary>Copies every canonical table the SQLite file holds; an existing target is an error unless
    /// <paramref name="replace"/>.</summary>
    /// <returns>The tables copied with their row counts.</returns>
    public static IReadOnlyList<(string Table, long Rows)> Copy(string sqlitePath, string target, bool replace, Action<string>? progress, CancellationToken ct)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full) && !replace)
        {
            throw new DataSourceException($"{target} already exists: pass --replace to write it anew");
        }

        TargetFolder.Require(target);
        using var sqlite = SqliteSource.Open(sqlitePath);
        var present = SqliteSource.Schema(sqlite);
        var tables = PostgresCopy.Tables.Where(t => present.ContainsKey(t.Table)).ToList();
        if (tables.Count == 0)
        {
            throw new DataSourceException($"{sqlitePath} holds none of the canonical tables ({string.Join(", ", PostgresCopy.Tables.Select(t => t.Table))})");
        }

        var temporary = AtomicFile.TemporaryBeside(full);
        try
        {
            var copied = new List<(string, long)>();
            using (var duck = new DuckDBConnection($"Data Source={temporary}"))
            {
                duck.Open();
                foreach (var (table, columns) in tables)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke($"copying {table}");
                    copied.Add((table, CopyTable(sqlite, duck, table, [.. columns.Select(Column)], present[table], ct)));
                }

                Execute(duck, "CHECKPOINT");
            }

            File.Move(temporary, full, overwrite: true);
            return copied;
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + ".wal");
        }
    }

    /// <summary>A column of <see cref="PostgresCopy.Tables"/> as its name and DuckDB type, its key dropped.</summary>
    private static (string Name, string Type, bool Required) Column(string postgres)
    {
        var parts = postgres.Split(' ');
        var type = parts[1] switch
        {
            "bigint" => "BIGINT",
            "integer" => "INTEGER",
            "numeric" => "DOUBLE",   // SQLite's REAL: a double, as stored
            "timestamptz" => "TIMESTAMPTZ",
            _ => "VARCHAR",
        };
        return (parts[0], type, postgres.Contains("NOT NULL", StringComparison.Ordinal) || postgres.Contains("PRIMARY KEY", StringComparison.Ordinal));
    }

    private static long CopyTable(SqliteConnection sqlite, DuckDBConnection duck, string table, (string Name, string Type, bool Required)[] columns,
        IReadOnlySet<string> sourceColumns, CancellationToken ct)
    {
        using var select = PostgresCopy.Select(sqlite, table, [.. columns.Select(c => c.Name)], sourceColumns);
        Execute(duck, $"CREATE TABLE \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\" {c.Type}{(c.Required ? " NOT NULL" : "")}"))})");
        using var reader = select.ExecuteReader();
        using var appender = duck.CreateAppender(table);
        long rows = 0;
        while (reader.Read())
        {
            if ((rows & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var row = appender.CreateRow();
            for (var i = 0; i < columns.Length; i++)
            {
                if (reader.IsDBNull(i))
                {
                    row.AppendNullValue();
                    continue;
                }

                var value = reader.GetValue(i);
                _ = columns[i].Type switch
                {
                    "BIGINT" => row.AppendValue((long?)Convert.ToInt64(value, CultureInfo.InvariantCulture)),
                    "INTEGER" => row.AppendValue((int?)Convert.ToInt32(value, CultureInfo.InvariantCulture)),
                    "DOUBLE" => row.AppendValue((double?)Convert.ToDouble(value, CultureInfo.InvariantCulture)),
                    "TIMESTAMPTZ" => row.AppendValue((DateTime?)PostgresCopy.Instant(value, table, columns[i].Name)),
                    _ => row.AppendValue(Convert.ToString(value, CultureInfo.InvariantCulture)),
                };
            }

            row.EndRow();
            rows++;
        }

        return rows;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
