using System.Globalization;
using System.Text;
using ReportBuilder.Definitions;
using ReportBuilder.Periods;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// Optimiser passes of the statement shape (see docs/performance.md, "The optimiser"). Each keeps every value
/// identical to the plain form <c>… FROM periods p JOIN t ON time in period … GROUP BY 1, 2</c>.
/// </summary>
internal static partial class QueryBuilder
{
    /// <summary>
    /// Totals per period without a grouping sort: one aggregate query per period, glued with <c>UNION ALL</c>. Grouped
    /// by period, a database sorts every row of every period (with all the aggregates' inputs) before it aggregates;
    /// one period at a time, each index range is aggregated as it is read. A period without rows yields a row with
    /// n = 0, which the engine reads as the missing group it was before (<see cref="MetricEngine"/>).
    /// Derived tables that run inside the statement are left grouped: each <c>UNION ALL</c> branch would run their query again.
    /// </summary>
    /// <param name="from">The table and its joins after <c>FROM periods p</c>: a <c>CROSS JOIN</c>, which SQLite takes as
    /// "periods first", so each branch reads its period's row and then the index range (joined with <c>ON</c>,
    /// SQLite may scan the whole table for a branch and look the period up).</param>
    /// <param name="where">The time condition and filters.</param>
    private static string PerPeriodTotals(IReadOnlyList<int> indexes, string columns, string from, string where)
    {
        var sql = new StringBuilder();
        foreach (var index in indexes)
        {
            var idx = index.ToString(CultureInfo.InvariantCulture);
            if (sql.Length > 0)
            {
                sql.Append("\nUNION ALL\n");
            }

            sql.Append("SELECT ").Append(idx).Append(" AS idx, NULL AS key, ").Append(columns).Append("\nFROM periods p\n").Append(from)
                .Append("WHERE p.idx = ").Append(idx);
            if (where.Length > 0)
            {
                sql.Append(" AND (").Append(where).Append(')');
            }
        }

        return sql.ToString();
    }

    /// <summary>
    /// A derived table (a model table with a <c>query</c>, such as <c>responses</c>) built once per run when the dialect
    /// can store it (<see cref="SqlDialect.TemporaryTable"/>): its query runs over the span of every period of the
    /// report, and the totals and each breakdown read the stored rows instead of running the query again. Exact, as long
    /// as the query's rows for a period do not depend on which other periods the statement covers (responses: each
    /// row looks only backwards in its own ticket, and more periods only keep more rows).
    /// </summary>
    private static MetricQuery? Materialise(DataModel model, string tableName, string time, IReadOnlyList<PeriodWindow> periods,
        IReadOnlyList<int> indexes, SqlDialect dialect)
    {
        if (model.Find(tableName) is not { Query: { } query } table || !table.Columns.TryGetValue(time, out var timeColumn)
            || table.Requires.Any(r => model.Find(r)?.Mapping is not null))
        {
            return null;   // a mapped table is a CTE of each statement: the query then stays inside them
        }

        var parameters = new SqlParameters();
        parameters.Add("UTC");   // @p0, as in every statement (the zone), so the period placeholders read alike
        var select = $"WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES {string.Join(", ", indexes.Select(i => PeriodRow(i, periods[i], parameters, dialect)))})\n" +
            $"SELECT * FROM (\n{query.TrimEnd()}\n) derived";
        if (dialect.TemporaryTable(StoredName(table), select, timeColumn) is not { } sql)
        {
            return null;
        }

        var reads = table.Requires.Select(r => (model.Find(r)?.SqlName ?? r, "*")).ToList();
        return new MetricQuery(table.Name, sql, parameters.Values, [], indexes, null, reads) { Prepares = true };
    }

    /// <summary>The temporary table a derived table is stored in for the run.</summary>
    private static string StoredName(TableModel table) => "rb_" + table.Name;
}
