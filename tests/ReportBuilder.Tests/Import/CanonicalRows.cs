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
