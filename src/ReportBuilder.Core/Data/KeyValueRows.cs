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
