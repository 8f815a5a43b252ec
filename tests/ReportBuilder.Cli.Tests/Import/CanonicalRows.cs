using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Tests.Import;

/// <summary>A canonical table's rows as "a|b|c" lines in key order, for comparing with rows worked out by hand.</summary>
internal static class CanonicalRows
{
    public static List<string> Of(string database, string table)
    {
        using var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return rows;
    }
}

/// <summary>The same "a|b|c" lines read from a schema on the test PostgreSQL server: timestamps in the canonical text form,
/// numerics as the SQLite file's reals print, so that rows compare with <see cref="CanonicalRows"/>' line for line.</summary>
internal static class PostgresRows
{
    public static async Task<List<string>> OfAsync(PostgresServer server, string schema, string table)
    {
        await using var db = await server.ConnectAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT * FROM \"{schema}\".\"{table}\" ORDER BY 1, 2" + (table == "import_cursors" ? ", 3" : ""), db);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
            {
                DBNull => "",
                DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                decimal number => Convert.ToString((double)number, CultureInfo.InvariantCulture),
                var value => Convert.ToString(value, CultureInfo.InvariantCulture),
            })));
        }

        return rows;
    }

    /// <summary>The tables of <paramref name="schema"/> (none when an import into a new schema failed).</summary>
    public static async Task<long> TablesAsync(PostgresServer server, string schema)
    {
        await using var db = await server.ConnectAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = @schema", db);
        command.Parameters.AddWithValue("schema", schema);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
