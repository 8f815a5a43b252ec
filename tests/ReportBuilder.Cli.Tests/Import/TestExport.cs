using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Tests.Import;

/// <summary>What the vendors' test exporters share: reading a canonical database's rows and writing JSON files.</summary>
internal static class TestExport
{
    /// <summary>A customer's requester (end user) id: the customer's id plus this, apart from the organizations' ids.</summary>
    public const long RequesterOffset = 1_000_000;

    /// <summary>A canonical timestamp (<c>2026-10-01 08:00:00</c>, UTC) as the APIs write it: ISO 8601 with <c>Z</c>.</summary>
    public static string Zulu(object? canonical) => ((string)canonical!).Replace(' ', 'T') + "Z";

    /// <summary>A canonical timestamp as Unix seconds (Intercom).</summary>
    public static long Unix(object? canonical) =>
        new DateTimeOffset(DateTime.SpecifyKind(DateTime.ParseExact((string)canonical!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), DateTimeKind.Utc))
            .ToUnixTimeSeconds();

    public static SqliteConnection Open(string database)
    {
        var db = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        db.Open();
        return db;
    }

    /// <summary>The rows of a query, each as its column values (null for SQL NULL).</summary>
    public static List<object?[]> Rows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Writes one JSON file: <paramref name="write"/> writes its value.</summary>
    public static void Json(string folder, string file, Action<Utf8JsonWriter> write)
    {
        using var stream = File.Create(Path.Combine(folder, file));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        write(w);
    }

    /// <summary>Writes one object a line (NDJSON), as a record fetched one by one is saved.</summary>
    public static void Lines<T>(string folder, string file, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        using var stream = File.Create(Path.Combine(folder, file));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
        foreach (var row in rows)
        {
            w.WriteStartObject();
            write(w, row);
            w.WriteEndObject();
            w.Flush();
            stream.WriteByte((byte)'\n');
            w.Reset(stream);
        }
    }

    /// <summary>Writes the rows as an array of objects (under <paramref name="key"/>, else as a value), one object a row.</summary>
    public static void Objects<T>(Utf8JsonWriter w, string? key, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write)
    {
        if (key is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(key);
        }

        foreach (var row in rows)
        {
            w.WriteStartObject();
            write(w, row);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Writes a number, or null for a missing value.</summary>
    public static void NumberOrNull(Utf8JsonWriter w, string name, object? value)
    {
        if (value is long number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Writes an ISO 8601 timestamp, or null for a missing value.</summary>
    public static void TimeOrNull(Utf8JsonWriter w, string name, object? canonical)
    {
        if (canonical is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, Zulu(canonical));
        }
    }
}
