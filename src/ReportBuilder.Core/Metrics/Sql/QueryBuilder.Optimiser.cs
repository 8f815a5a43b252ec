using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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
    /// <param name="from">For a period index, its <c>FROM</c> and <c>WHERE</c>: in the plain form
    /// <c>FROM periods p CROSS JOIN table … WHERE p.idx = k AND (time in period AND filters)</c>; a <c>CROSS JOIN</c>,
    /// which SQLite takes as "periods first", so each branch reads its period's row and then the index range (joined
    /// with <c>ON</c>, SQLite may scan the whole table for a branch and look the period up).</param>
    private static string PerPeriodTotals(IReadOnlyList<int> indexes, string columns, Func<string, string> from)
    {
        var sql = new StringBuilder();
        foreach (var index in indexes)
        {
            var idx = index.ToString(CultureInfo.InvariantCulture);
            if (sql.Length > 0)
            {
                sql.Append("\nUNION ALL\n");
            }

            sql.Append("SELECT ").Append(idx).Append(" AS idx, NULL AS key, ").Append(columns).Append('\n').Append(from(idx));
        }

        return sql.ToString();
    }

    /// <summary>
    /// Per-row expressions computed once: a duration (<c>hours(a, b)</c> over the table's own columns) that the
    /// statement's aggregates compute more than once (a mean and a median of it, a share against an SLA, the row filter
    /// and each metric's sample) becomes a column of a subquery that reads the period's rows, and the aggregates read
    /// that column. The subquery carries the period and the filters; the joins stay outside, on its rows. SQLite would
    /// put the expression back into each aggregate (flattening) unless told not to (<see cref="SqlDialect.Unflattened"/>),
    /// and then streams the subquery's rows to the aggregates (a co-routine). Null when nothing repeats, the dialect has
    /// no such fence, or a filter reads a joined table.
    /// </summary>
    /// <returns>The columns reading the computed ones, and for a period index (null: every period of the statement) the
    /// <c>FROM</c> and <c>WHERE</c> of a statement.</returns>
    private static (string Columns, Func<string?, string> From)? RowExpressionsOnce(TableModel table, IEnumerable<(string From, string To)> durations,
        SqlDialect dialect, string columns, string key, string joins, string source, string inPeriod, string where)
    {
        if (dialect.Unflattened is not { } fence || JoinedColumn().IsMatch(where))
        {
            return null;
        }

        var repeated = durations.Select(d => dialect.Hours(ColumnSql(table, d.From, dialect), ColumnSql(table, d.To, dialect)))
            .Where(sql => Occurrences(columns, sql) > 1).Distinct(StringComparer.Ordinal).ToList();
        if (repeated.Count == 0)
        {
            return null;
        }

        var names = repeated.Select((_, i) => dialect.Quote("rb_row" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        for (var i = 0; i < repeated.Count; i++)
        {
            columns = columns.Replace(repeated[i], $"{ExpressionSql.TableAlias}.{names[i]}", StringComparison.Ordinal);
        }

        // Only the table's columns that the aggregates, the key and the joins read pass through the subquery.
        var outside = columns + "\n" + key + "\n" + joins;
        var read = table.Columns.Values.Distinct(StringComparer.Ordinal).Select(c => $"{ExpressionSql.TableAlias}.{dialect.Quote(c)}")
            .Where(c => Occurrences(outside, c) > 0);
        var select = string.Join(", ", read.Prepend($"p.idx AS {dialect.Quote("rb_idx")}").Concat(repeated.Select((sql, i) => $"{sql} AS {names[i]}")));
        var condition = inPeriod + (where.Length > 0 ? $" AND ({where})" : "");
        return (columns, idx =>
            $"FROM (SELECT {select}\nFROM periods p\nCROSS JOIN {source} {ExpressionSql.TableAlias}\n" +
            $"WHERE {(idx is null ? "" : $"p.idx = {idx} AND ")}{condition}{fence}) {ExpressionSql.TableAlias}\n" +
            $"CROSS JOIN periods p\n{joins}WHERE p.idx = {ExpressionSql.TableAlias}.{dialect.Quote("rb_idx")}");
    }

    // How often part occurs in text, where it does not continue a longer name (t."id" in j_agent."id").
    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            if (at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '_' or '"'))
            {
                count++;
            }
        }

        return count;
    }

    // A column of a joined table in compiled SQL (j_agent."team"): the joins are outside the subquery.
    [GeneratedRegex(@"\bj_\w+\.")]
    private static partial Regex JoinedColumn();

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
