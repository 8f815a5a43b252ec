namespace ReportBuilder.Metrics.Sql.Tree;

/// <summary>
/// Per-row values once over a derived table's rows, where the database computes an expression once for each place it is
/// written (<see cref="DialectTraits.RepeatsRowValues"/>: PostgreSQL). A value that the statement's aggregates and row filter
/// compute more than once per row — <c>sla_achievement</c>'s target, a <c>CASE</c> over the row's kind, priority and
/// customer's tier, and the period's cutoff, three times each — is computed once in a fenced subquery <c>rb</c> over the
/// statement's rows (its periods, table and joins, placed as before), which also carries its period's index, the key and
/// the columns and period fields the rest reads; the row filter and the aggregates read <c>rb</c>'s columns. The
/// largest repeated expressions are taken, never one holding an aggregate, nor one that reads no column or period field.
/// For a derived table's rows only (read inside the statement): a stored table's durations have
/// <see cref="PerRowExpressionsOnce"/>. Runs last, so that no later pass meets the fenced form; not for a statement
/// already given another form (per-row expressions once, running sums, distinct counts apart, per-period branches, the
/// access paths).
/// </summary>
internal sealed class DerivedRowValuesOnce : IStatementPass
{
    public string Name => "derived row values once";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (!traits.RepeatsRowValues || !traits.Fences || s.Source is not QuerySource || s.Grouping == Grouping.EachPeriod
            || s.Running is not null || s.Apart is not null || s.Once is not null || s.TableFirst || s.FullScan is not null
            || s.TableOrder is not null)
        {
            return s;
        }

        var places = s.Columns.Select(c => c.Value).Append(s.Where).OfType<SqlExpr>().ToList();
        var repeated = places.SelectMany(p => p.DescendantsAndSelf()).Where(Computed)
            .GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key)
            .OrderByDescending(n => n.DescendantsAndSelf().Count()).ToList();
        var once = new List<SqlExpr>();
        foreach (var node in repeated)
        {
            if (!once.Any(o => o.DescendantsAndSelf().Contains(node)))
            {
                once.Add(node);
            }
        }

        if (once.Count == 0)
        {
            return s;
        }

        var computed = once.Select((e, i) => new Output(e, "rb_v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var passed = new CarriedLeaves("rb_c");
        SqlExpr? Read(SqlExpr e) => once.IndexOf(e) is var i and >= 0 ? new Column(TreeNames.Rows, computed[i].Name) : passed.Read(e);

        var columns = s.Columns.Select(c => c with { Value = c.Value.Rewrite(Read) }).ToList();
        var where = s.Where?.Rewrite(Read);
        return s with { Columns = columns, Where = null, Fenced = new FencedRows([.. computed, .. passed.Outputs], where) };
    }

    /// <summary>A value worth computing once: it reads the row (a column or a period field), is more than that, and holds no
    /// aggregate (a count, sum, mean, minimum, maximum, median or percentile).</summary>
    private static bool Computed(SqlExpr e) =>
        e is not (Column or PeriodField or Param or Constant) &&
        e.DescendantsAndSelf().Any(n => n is Column or PeriodField) &&
        !e.DescendantsAndSelf().Any(n => n is Aggregate or Percentile);
}
