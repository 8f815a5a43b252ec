using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.Metrics.Sql;

internal static partial class QueryBuilder
{
    /// <summary>
    /// Running sums from subtotals. A statement over a table without a time column whose filter bounds a column by a period
    /// field (<c>month &lt;= period.last_month</c>: every movement up to the period) reads a growing prefix of the table for
    /// each period. When every comparison with a period field is one of the table's columns against that field (an
    /// <em>atom</em>, such as <c>t."month" &lt; p.p_first_month</c>), an atom is the same for every row with the same value
    /// of that column, so the rows can be added up once per value (and breakdown key) and the periods then add up those
    /// subtotals: each aggregate's input is computed with its atoms taken as true and as false, and per period the
    /// atom, read on the subtotal's column, picks the one that holds. Only aggregates that add up are rewritten:
    /// <c>SUM</c>, <c>COUNT</c> (the sum of the counts), <c>MIN</c> and <c>MAX</c>; anything else (a mean, a median, a
    /// distinct count) keeps the statement as it was. Every column compared with a period field must be bounded by one in
    /// the filter too, so that a subtotal that reaches the aggregates has a non-null value and each atom is true or false.
    /// The sums are the same up to the order of the additions (exact for whole numbers and for PostgreSQL's numeric).
    /// </summary>
    /// <returns>The statement's <c>SELECT</c>, or null when the rewrite does not apply.</returns>
    private static string? RunningSums(string columns, string? key, string joins, string source, string where, SqlDialect dialect)
    {
        if (!where.Contains("p.p_", StringComparison.Ordinal))
        {
            return null;   // no period in the filter: every period reads the whole table (or no prefix to share)
        }

        var outerWhere = new List<string>();
        var innerWhere = new List<string>();
        foreach (var conjunct in Conjuncts(where))
        {
            if (Atom().Match(conjunct) is { Success: true } atom && atom.Length == conjunct.Length)
            {
                outerWhere.Add(conjunct);
            }
            else if (conjunct.Contains("p.p_", StringComparison.Ordinal))
            {
                return null;
            }
            else
            {
                innerWhere.Add(conjunct);
            }
        }

        var bounded = outerWhere.Select(a => Atom().Match(a).Groups["column"].Value).ToHashSet(StringComparer.Ordinal);
        var blocked = new[] { "AVG(", "DISTINCT", " OVER", Prefix(dialect.Median("x")), Prefix(dialect.Percentile("x", "y")) };
        if (blocked.Any(b => columns.Contains(b, StringComparison.OrdinalIgnoreCase)) || key?.Contains("p.p_", StringComparison.Ordinal) == true)
        {
            return null;
        }

        var subtotals = new List<string>();
        var outer = new StringBuilder();
        var at = 0;
        foreach (Match call in AggregateCall().Matches(columns))
        {
            if (call.Index < at)
            {
                continue;   // inside an aggregate already taken
            }

            var end = ClosingParenthesis(columns, call.Index + call.Length - 1);
            var input = columns[(call.Index + call.Length)..end];
            var atoms = Atom().Matches(input).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
            if (atoms.Count > 3 || atoms.Any(a => !bounded.Contains(Atom().Match(a).Groups["column"].Value)))
            {
                return null;
            }

            var name = call.Groups["name"].Value.ToUpperInvariant();
            var combined = Variants(atoms, 0, input, name, subtotals, dialect);
            if (combined is null)
            {
                return null;
            }

            outer.Append(columns, at, call.Index - at).Append(name switch
            {
                "COUNT" => $"COALESCE(SUM({combined}), 0)",
                _ => $"{name}({combined})",
            });
            at = end + 1;
        }

        outer.Append(columns, at, columns.Length - at);
        if (subtotals.Count == 0 || !OnlySubtotals(outer.ToString(), bounded))
        {
            return null;
        }

        var keyColumns = bounded.Order(StringComparer.Ordinal).Select(c => $"{ExpressionSql.TableAlias}.{c} AS {c}").ToList();
        if (key is not null)
        {
            keyColumns.Add($"{key} AS {dialect.Quote("rb_key")}");
        }

        var groupBy = string.Join(", ", Enumerable.Range(1, keyColumns.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var inner = $"SELECT {string.Join(", ", keyColumns.Concat(subtotals))}\nFROM {source} {ExpressionSql.TableAlias}\n{joins}" +
            (innerWhere.Count > 0 ? $"WHERE {string.Join(" AND ", innerWhere)}\n" : "") + $"GROUP BY {groupBy}";
        return $"SELECT p.idx, {(key is null ? "NULL" : $"{ExpressionSql.TableAlias}.{dialect.Quote("rb_key")}")} AS key, {outer}\n" +
            $"FROM periods p\nCROSS JOIN (\n{inner}\n) {ExpressionSql.TableAlias}\nWHERE {string.Join(" AND ", outerWhere)}\n" +
            $"GROUP BY 1{(key is null ? "" : ", 2")}";
    }

    /// <summary>The subtotal columns of one aggregate's input, one per truth value of its atoms, and the expression that
    /// picks the one that holds for a period (on the subtotal's row).</summary>
    private static string? Variants(List<string> atoms, int index, string input, string name, List<string> subtotals, SqlDialect dialect)
    {
        if (index == atoms.Count)
        {
            if (input.Contains("p.p_", StringComparison.Ordinal))
            {
                return null;   // a period field outside an atom (hours(created_at, period.end))
            }

            // The same subtotal for two aggregates (the MRR before the period in both terms of a ratio) is one column.
            var subtotal = $"{name}({input})";
            var existing = subtotals.FindIndex(s => s.StartsWith(subtotal + " AS ", StringComparison.Ordinal));
            var column = dialect.Quote("rb_s" + (existing >= 0 ? existing : subtotals.Count).ToString(CultureInfo.InvariantCulture));
            if (existing < 0)
            {
                subtotals.Add($"{subtotal} AS {column}");
            }

            return $"{ExpressionSql.TableAlias}.{column}";
        }

        var whenTrue = Variants(atoms, index + 1, input.Replace(atoms[index], "(1 = 1)", StringComparison.Ordinal), name, subtotals, dialect);
        var whenFalse = Variants(atoms, index + 1, input.Replace(atoms[index], "(1 = 0)", StringComparison.Ordinal), name, subtotals, dialect);
        return whenTrue is null || whenFalse is null ? null : $"(CASE WHEN {atoms[index]} THEN {whenTrue} ELSE {whenFalse} END)";
    }

    // The outer columns read only the subtotals and the bounded columns (inside the atoms).
    private static bool OnlySubtotals(string outer, HashSet<string> bounded) =>
        Regex.Matches(outer, $@"{ExpressionSql.TableAlias}\.(""(?:[^""]|"""")+"")").All(m => m.Groups[1].Value.StartsWith("\"rb_s", StringComparison.Ordinal) || bounded.Contains(m.Groups[1].Value));

    /// <summary>The top-level <c>AND</c> terms of a condition, parentheses that enclose the whole taken off.</summary>
    private static IEnumerable<string> Conjuncts(string condition)
    {
        var terms = SplitTopLevel(condition, " AND ");
        if (terms.Count > 1)
        {
            return terms.SelectMany(Conjuncts);
        }

        return condition.StartsWith('(') && ClosingParenthesis(condition, 0) == condition.Length - 1 && SplitTopLevel(condition[1..^1], " AND ").Count > 1
            ? Conjuncts(condition[1..^1])
            : [condition];
    }

    private static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0)
            {
                parts.Add(text[start..i]);
                start = i + separator.Length;
                i = start - 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    private static int ClosingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    private static string Prefix(string call) => call[..(call.IndexOf('(', StringComparison.Ordinal) + 1)];

    // A column of the table compared with a period field: (t."month" <= p.p_last_month).
    [GeneratedRegex("""\(t\.(?<column>"(?:[^"]|"")+") (?:<=|<|>=|>|=|<>) p\.p_\w+\)""")]
    private static partial Regex Atom();

    // An aggregate that adds up over subtotals, at its opening parenthesis.
    [GeneratedRegex(@"(?<![\w.""])(?<name>SUM|COUNT|MIN|MAX)\(", RegexOptions.IgnoreCase)]
    private static partial Regex AggregateCall();
}
