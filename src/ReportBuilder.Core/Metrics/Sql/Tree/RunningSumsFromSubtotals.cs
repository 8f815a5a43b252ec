namespace ReportBuilder.Metrics.Sql.Tree;

/// <summary>
/// Running sums from subtotals. A statement over a table without a time column whose filter bounds a column by a period
/// field (<c>month &lt;= period.last_month</c>: every movement up to the period) reads a growing prefix of the table for
/// each period. When every comparison with a period field is one of the table's columns against that field (an
/// <em>atom</em>, such as <c>t."month" &lt; p.p_first_month</c>), an atom is the same for every row with the same value
/// of that column, so the rows can be added up once per value (and breakdown key) and the periods then add up those
/// subtotals: each aggregate's input is computed with its atoms taken as true and as false, and per period the atom,
/// read on the subtotal's column, picks the one that holds. Only aggregates that add up are rewritten: <c>SUM</c>,
/// <c>COUNT</c> (the sum of the counts), <c>MIN</c> and <c>MAX</c>; anything else (a mean, a median, a distinct count)
/// keeps the statement as it was. Every column compared with a period field must be bounded by one in the filter too,
/// so that a subtotal that reaches the aggregates has a non-null value and each atom is true or false. The sums are the
/// same up to the order of the additions (exact for whole numbers and for PostgreSQL's numeric).
/// </summary>
internal sealed class RunningSumsFromSubtotals : IStatementPass
{
    private const int MostAtoms = 3;

    public string Name => "running sums from subtotals";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (s.Time is not null || s.Where is not { } where || !ReadsPeriod(where))
        {
            return s;   // no period in the filter: every period reads the whole table (or no prefix to share)
        }

        var atoms = new List<SqlExpr>();
        var inner = new List<SqlExpr>();
        foreach (var conjunct in Conjuncts(where))
        {
            if (AtomColumn(conjunct) is not null)
            {
                atoms.Add(conjunct);
            }
            else if (ReadsPeriod(conjunct))
            {
                return s;
            }
            else
            {
                inner.Add(conjunct);
            }
        }

        var bounded = atoms.Select(a => AtomColumn(a)!).ToHashSet(StringComparer.Ordinal);
        var nodes = s.Columns.SelectMany(c => c.Value.DescendantsAndSelf()).ToList();
        if (nodes.Any(n => n is Percentile or Aggregate { AddsUp: false }) || (s.Key is { } key && ReadsPeriod(key)))
        {
            return s;
        }

        var subtotals = new List<Output>();
        var failed = false;
        var columns = s.Columns.Select(c => c with
        {
            Value = c.Value.Rewrite(node =>
            {
                if (failed || node is not Aggregate aggregate)
                {
                    return null;
                }

                var found = aggregate.Input?.DescendantsAndSelf().Where(n => AtomColumn(n) is not null).Distinct().ToList() ?? [];
                var combined = found.Count > MostAtoms || found.Any(a => !bounded.Contains(AtomColumn(a)!)) ? null
                    : Variants(found, 0, aggregate, subtotals);
                if (combined is null)
                {
                    failed = true;
                    return node;
                }

                return aggregate.Kind == AggregateKind.Count
                    ? new Function("COALESCE", new Nodes([new Aggregate(AggregateKind.Sum, combined), Constant.Zero]))
                    : aggregate with { Input = combined };
            }),
        }).ToList();

        // The outer columns read only the subtotals and the bounded columns (inside the atoms).
        if (failed || subtotals.Count == 0 || columns.SelectMany(c => c.Value.DescendantsAndSelf()).OfType<Column>()
                .Any(c => c.Alias != TreeNames.Table || !(c.Name.StartsWith("rb_s", StringComparison.Ordinal) || bounded.Contains(c.Name))))
        {
            return s;
        }

        return s with
        {
            Columns = columns,
            Key = s.Key is null ? null : new Column(TreeNames.Table, "rb_key"),
            Running = new Subtotals(bounded.Order(StringComparer.Ordinal).ToList(), atoms, inner, s.Key, subtotals),
        };
    }

    /// <summary>The subtotal columns of one aggregate's input, one per truth value of its atoms, and the expression that picks
    /// the one that holds for a period (on the subtotal's row); null when a period field is read outside an atom.</summary>
    private static SqlExpr? Variants(List<SqlExpr> atoms, int index, Aggregate aggregate, List<Output> subtotals)
    {
        if (index == atoms.Count)
        {
            if (aggregate.Input is { } input && ReadsPeriod(input))
            {
                return null;   // a period field outside an atom (hours(created_at, period.end))
            }

            // The same subtotal for two aggregates (the MRR before the period in both terms of a ratio) is one column.
            var existing = subtotals.FindIndex(o => o.Value.Equals(aggregate));
            var name = "rb_s" + (existing >= 0 ? existing : subtotals.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (existing < 0)
            {
                subtotals.Add(new Output(aggregate, name));
            }

            return new Column(TreeNames.Table, name);
        }

        SqlExpr? Taken(bool truth) => Variants(atoms, index + 1,
            aggregate with { Input = aggregate.Input!.Rewrite(n => n.Equals(atoms[index]) ? Truth(truth) : null) }, subtotals);
        var whenTrue = Taken(true);
        var whenFalse = Taken(false);
        return whenTrue is null || whenFalse is null ? null : new Group(new Case(atoms[index], whenTrue, whenFalse));
    }

    private static Group Truth(bool value) => new(new Binary(Constant.One, "=", value ? Constant.One : Constant.Zero));

    private static bool ReadsPeriod(SqlExpr e) => e.DescendantsAndSelf().Any(n => n is PeriodField);

    /// <summary>The column of an atom, <c>(t."month" &lt;= p.p_last_month)</c>, or null for any other node.</summary>
    private static string? AtomColumn(SqlExpr e) =>
        e is Group { Inner: Binary { Left: Column { Alias: TreeNames.Table } column, Right: PeriodField field } comparison }
        && Binary.IsComparison(comparison.Operator) && field.Name.StartsWith("p_", StringComparison.Ordinal) ? column.Name : null;

    /// <summary>The terms of a condition's top-level <c>AND</c>s, parentheses that enclose an <c>AND</c> taken off.</summary>
    private static IEnumerable<SqlExpr> Conjuncts(SqlExpr condition) => condition switch
    {
        Junction { Operator: "AND" } junction => junction.Items.SelectMany(Conjuncts),
        Group { Inner: Binary { Operator: "AND" } and } => Conjuncts(and.Left).Concat(Conjuncts(and.Right)),
        Group { Inner: Junction { Operator: "AND", Items.Count: > 1 } inner } => Conjuncts(inner),
        _ => [condition],
    };
}
