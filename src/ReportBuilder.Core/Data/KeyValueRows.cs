using System.Data.Common;

namespace ReportBuilder.Data;

/// <summary>Rows of two text columns, a key (empty for NULL) and a value, as any source's reader gives them.</summary>
internal static class KeyValueRows
{
    public static async Task<IReadOnlyList<(string Key, string Value)>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.IsDBNull(0) ? "" : reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}

/// <summary>The columns of each table from rows of a table's name and a column's name, as any source's catalog gives them.</summary>
internal static class TableColumns
{
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Read(DbDataReader reader)
    {
        var tables = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            Add(tables, reader);
        }

        return tables;
    }

    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ReadAsync(DbDataReader reader, CancellationToken ct)
    {
        var tables = new Dictionary<string, IReadOnlySet<string>>(StringComparer.OrdinalIgnoreCase);
        while (await reader.ReadAsync(ct))
        {
            Add(tables, reader);
        }

        return tables;
    }

    private static void Add(Dictionary<string, IReadOnlySet<string>> tables, DbDataReader reader)
    {
        var table = reader.GetString(0);
        if (!tables.TryGetValue(table, out var columns))
        {
            tables[table] = columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        ((HashSet<string>)columns).Add(reader.GetString(1));
    }
}
