using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Metrics;

/// <summary>Before any statement runs: the tables and columns the plan reads, checked against the source's schema.</summary>
internal static partial class MetricEngine
{
    /// <summary>Checks the tables and columns the plan reads; throws <see cref="DataSourceException"/> naming the first gap.</summary>
    public static void CheckSchema(ReportPlan plan, IReadOnlyDictionary<string, IReadOnlySet<string>> schema)
    {
        if (SchemaGaps(plan, schema) is [var first, ..])
        {
            throw first;
        }
    }

    /// <summary>Every table and column the plan reads that the database lacks, each once, naming every metric that needs it
    /// and standing where the report names the first of them (or the mapping's line, where the fix is); empty when none.</summary>
    public static IReadOnlyList<DataSourceException> SchemaGaps(ReportPlan plan, IReadOnlyDictionary<string, IReadOnlySet<string>> schema)
    {
        var covered = new HashSet<(string Table, string? Column)>();
        var gaps = MappingGaps(plan, schema, covered);
        var needs = new Dictionary<(string Table, string? Column), List<string>>();
        foreach (var query in plan.Queries)
        {
            foreach (var (table, column) in query.Reads)
            {
                var gap = !schema.TryGetValue(table, out var columns) ? (table, null) : column != "*" && !columns.Contains(column) ? (table, column) : ((string, string?)?)null;
                if (gap is { } key && !covered.Contains(key) && !covered.Contains((table, null)))
                {
                    var names = needs.TryGetValue(key, out var list) ? list : needs[key] = [];
                    names.AddRange(query.Columns.Where(c => !names.Contains(c)));
                }
            }
        }

        foreach (var ((table, column), names) in needs)
        {
            var location = names.Select(n => plan.Computed.FirstOrDefault(m => m.Name == n)?.Use.Location).FirstOrDefault(l => l is not null);
            gaps.Add(new DataSourceException(column is null
                ? $"the database has no table '{table}' (needed by {string.Join(", ", names)}): load it, or map the model onto your own table names"
                : $"table '{table}' has no column '{column}' (needed by {string.Join(", ", names)}): " +
                  (Definitions.LaterColumns.Types.ContainsKey((table, column))
                      ? "the file was written before the column was added; import into it again (reportbuilder import adds and fills it)"
                      : "add it") + ", or map the model onto your own column names")
            {
                Location = location,
            });
        }

        return gaps;
    }

    /// <summary>Names the mapping's line when a table or column it maps onto is missing: the fix is there, not in the data.</summary>
    private static List<DataSourceException> MappingGaps(ReportPlan plan, IReadOnlyDictionary<string, IReadOnlySet<string>> schema,
        HashSet<(string Table, string? Column)> covered)
    {
        var gaps = new List<DataSourceException>();
        var reads = plan.Queries.SelectMany(q => q.Reads).ToHashSet();
        foreach (var table in plan.Model.Tables.Values)
        {
            if (table.Mapping is not { } mapping || !mapping.Reads.Any(r => reads.Contains((r, "*"))))
            {
                continue;
            }

            foreach (var missing in mapping.Reads.Where(r => !schema.ContainsKey(r)))
            {
                gaps.Add(new DataSourceException(
                    $"the database has no table '{missing}' (mapped to {table.Name}): fix {(mapping.Query is null ? "'table:'" : "'query:'")} in the mapping; it has {string.Join(", ", schema.Keys.Order())}")
                    { Location = mapping.Location });
                covered.Add((missing, null));
            }

            if (mapping.Query is not null || !schema.TryGetValue(mapping.SourceTable, out var columns))
            {
                continue;   // a query's output columns are its own: the database tells when the query is wrong
            }

            foreach (var column in mapping.Columns.Where(c => c.Source is not null && !columns.Contains(c.Source)))
            {
                gaps.Add(new DataSourceException(
                    $"table '{mapping.SourceTable}' has no column '{column.Source}' (mapped to {table.Name}.{column.Column}): fix the mapping; the table has {string.Join(", ", columns)}")
                    { Location = column.Location });
                covered.Add((mapping.SourceTable, column.Source));
            }
        }

        return gaps;
    }
}
