using System.Globalization;
using System.Text;

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
}
