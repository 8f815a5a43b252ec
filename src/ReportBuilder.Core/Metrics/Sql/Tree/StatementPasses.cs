namespace ReportBuilder.Metrics.Sql.Tree;

/// <summary>A named rewrite of a statement that keeps every value it returns identical (docs/architecture-sql.md).</summary>
internal interface IStatementPass
{
    /// <summary>The pass's name, as <c>explain --passes</c> shows it.</summary>
    string Name { get; }

    /// <summary>The statement rewritten, or the same instance when the pass does not apply.</summary>
    MetricStatement Apply(MetricStatement statement, DialectTraits traits);
}

/// <summary>The passes in the order they run.</summary>
internal static class StatementPasses
{
    /// <summary>Every pass, for a report whose derived tables in <paramref name="stored"/> are stored for the run.</summary>
    public static IReadOnlyList<IStatementPass> All(IReadOnlySet<string> stored) =>
    [
        new SharedDerivedTables(stored),
        new FoldConstantBranches(),
        new DropUnreadJoins(),
        new ConditionsTheFilterHolds(),
        new PerRowExpressionsOnce(),
        new HoursAgainstIntervals(),
        new RunningSumsFromSubtotals(),
        new OneAggregatePerPeriod(),
        new AccessPathChoice(),
        new DistinctCountsApart(),
        new DerivedRowValuesOnce(),
    ];

    /// <summary>The name the trace gives the statement as the compiler built it, before any pass.</summary>
    public const string Compiled = "as compiled";

    /// <summary>Runs the passes in order; <paramref name="trace"/> sees the statement before the first and after each.</summary>
    public static MetricStatement Run(MetricStatement statement, IReadOnlyList<IStatementPass> passes, DialectTraits traits,
        Action<string, MetricStatement>? trace = null)
    {
        trace?.Invoke(Compiled, statement);
        foreach (var pass in passes)
        {
            var next = pass.Apply(statement, traits);
            if (!ReferenceEquals(next, statement))
            {
                trace?.Invoke(pass.Name, next);
            }

            statement = next;
        }

        return statement;
    }

}

/// <summary>A derived table (a model table with a <c>query</c>, such as <c>responses</c>) that the report stores once for the
/// run is read from there, not by running its query inside each statement (see <c>StatementCompiler.Materialise</c>).</summary>
internal sealed class SharedDerivedTables(IReadOnlySet<string> stored) : IStatementPass
{
    public string Name => "shared derived tables";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits) =>
        s.Source is QuerySource && stored.Contains(s.Model.Name) ? s with { Source = new TemporarySource("rb_" + s.Model.Name) } : s;
}

/// <summary>
/// Constant folding: an <c>if(condition, a, b)</c> whose two branches are equal (the same column, or two params of equal
/// value) is its branch. With every tier's SLA equal, <c>first_response_sla</c> no longer reads the customer's tier, and
/// the next pass drops the join to <c>customers</c>; the condition's params go with it.
/// </summary>
internal sealed class FoldConstantBranches : IStatementPass
{
    public string Name => "fold constant branches";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        var folded = false;
        SqlExpr Fold(SqlExpr node)
        {
            if (node is Group { Inner: Case { Else: { } otherwise } branches } && branches.Then.Equals(otherwise))
            {
                folded = true;
                return branches.Then;
            }

            return node;
        }

        var result = s.Rewritten(e => e.RewriteUp(Fold));
        return folded ? result : s;
    }
}

/// <summary>Joins that no expression reads any more are dropped, with the mapped tables only they needed.</summary>
internal sealed class DropUnreadJoins : IStatementPass
{
    public string Name => "drop unread joins";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        var aliases = s.Expressions.SelectMany(e => e.DescendantsAndSelf()).OfType<Column>().Select(c => c.Alias).ToHashSet(StringComparer.Ordinal);
        var joins = s.Joins.Where(j => aliases.Contains(j.Alias)).ToList();
        if (joins.Count == s.Joins.Count)
        {
            return s;
        }

        var tables = joins.Select(j => j.Table).Concat(joins.SelectMany(j => j.Requires)).Append(s.Model.Name).Concat(s.Model.Requires)
            .ToHashSet(StringComparer.Ordinal);
        return s with { Joins = joins, Mapped = s.Mapped.Where(m => tables.Contains(m.Table)).ToList() };
    }
}

/// <summary>
/// Conditions the row filter already holds. Metrics that filter rows differently share a statement whose row filter is
/// the <c>OR</c> of theirs, and each aggregate reads its own rows through a <c>CASE</c> of its filter. A condition every
/// one of those filters holds (the solved cohort's <c>status IN ('solved', 'closed')</c>) is taken out of the <c>OR</c>
/// as a condition of its own: <c>(c AND a) OR (c AND b)</c> is <c>c AND (a OR b)</c>, and <c>(c AND a) OR c</c> is
/// <c>c</c> (exact in SQL's three-valued logic too). Every row the aggregates see then holds it, so it is taken out of
/// every <c>CASE WHEN</c> of the aggregates as well: <c>CASE WHEN c AND a THEN v END</c> is <c>CASE WHEN a THEN v END</c>,
/// <c>CASE WHEN c THEN v END</c> is <c>v</c>, and a count of such rows <c>COUNT(*)</c>. The same rows reach each
/// aggregate in the same order, so every value is identical; the database just stops testing the condition again for
/// each aggregate of each row (the core report's solved cohort at 1 M tickets: docs/performance.md).
/// </summary>
internal sealed class ConditionsTheFilterHolds : IStatementPass
{
    public string Name => "conditions the filter holds";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (s.Where is not Junction { Operator: "OR", Items.Count: > 1 } or || s.Running is not null)
        {
            return s;
        }

        var terms = or.Items.Select(Conjuncts).ToList();
        var common = terms[0].Where(c => terms.All(t => t.Contains(c))).Distinct().ToList();
        if (common.Count == 0)
        {
            return s;
        }

        var rests = terms.Select(t => t.Where(c => !common.Contains(c)).ToList()).ToList();
        var where = rests.Any(r => r.Count == 0) ? And(common)
            : new Junction("AND", [.. common, new Group(new Junction("OR", rests.Select(r => r.Count == 1 ? r[0] : new Group(new Junction("AND", r)))))]);
        var columns = s.Columns.Select(c => c with { Value = Without(c.Value, common) }).ToList();
        return s with { Where = where, Columns = columns };
    }

    /// <summary>The terms of a row filter's <c>AND</c> (a single condition is its own term).</summary>
    private static IReadOnlyList<SqlExpr> Conjuncts(SqlExpr filter) => filter is Junction { Operator: "AND" } and ? and.Items : [filter];

    private static SqlExpr And(IReadOnlyList<SqlExpr> terms) => terms.Count == 1 ? terms[0] : new Junction("AND", terms);

    /// <summary>The value with the conditions <paramref name="held"/> taken out of its <c>CASE WHEN</c>s.</summary>
    private static SqlExpr Without(SqlExpr value, IReadOnlyList<SqlExpr> held)
    {
        // The same node: nothing held; null: nothing left to test.
        SqlExpr? Condition(SqlExpr when)
        {
            var kept = Conjuncts(when).Where(c => !held.Contains(c)).ToList();
            return kept.Count == Conjuncts(when).Count ? when : kept.Count == 0 ? null : And(kept);
        }

        SqlExpr? Rewrite(SqlExpr node) => node switch
        {
            // CASE WHEN (held) THEN v END is v, without the parentheses around the CASE.
            Group { Inner: Case c } when Condition(c.When) is null => Each(c.Then),
            Case c when Condition(c.When) is null => Each(c.Then),
            Case c when Condition(c.When) is var when && !ReferenceEquals(when, c.When) =>
                new Case(when!, Each(c.Then), c.Else is null ? null : Each(c.Else)),
            _ => null,
        };

        SqlExpr Each(SqlExpr node) => node.Rewrite(Rewrite);
        return Each(value).RewriteUp(node => node is Aggregate { Kind: AggregateKind.Count, Input: Constant { Token: "1" } } count
            ? count with { Input = null } : node);
    }
}

/// <summary>
/// Per-row expressions computed once: a duration (<c>hours(a, b)</c> over the table's own columns) that the statement's
/// aggregates compute more than once (a mean and a median of it, a share against an SLA, the row filter and each metric's
/// sample) becomes a column of a subquery that reads the period's rows, and the aggregates read that column. The
/// subquery carries the period and the filters; the joins stay outside, on its rows. SQLite would put the expression
/// back into each aggregate (flattening) unless told not to (<c>SqlDialect.Unflattened</c>), and then streams the
/// subquery's rows to the aggregates (a co-routine). Not applied when nothing repeats, the dialect has no such fence, the
/// table is derived or mapped, or the row filter reads a joined table.
/// </summary>
internal sealed class PerRowExpressionsOnce : IStatementPass
{
    public string Name => "per-row expressions once";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (!traits.Fences || s.Time is null || s.Source is not StoredSource || s.Model.Query is not null || s.Model.Mapping is not null
            || (s.Where?.DescendantsAndSelf().OfType<Column>().Any(c => c.Alias != TreeNames.Table) ?? false))
        {
            return s;
        }

        var nodes = s.Columns.SelectMany(c => c.Value.DescendantsAndSelf()).ToList();
        var repeated = s.RowExpressions.Where(e => nodes.Count(n => n.Equals(e)) > 1).Distinct().ToList();
        if (repeated.Count == 0)
        {
            return s;
        }

        var names = repeated.Select((_, i) => "rb_row" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var columns = s.Columns.Select(c => c with
        {
            Value = c.Value.Rewrite(n => repeated.IndexOf(n) is var i and >= 0 ? new Column(TreeNames.Table, names[i]) : null),
        }).ToList();

        // Only the table's columns that the aggregates, the key and the joins read pass through the subquery.
        var outside = columns.Select(c => c.Value).Append(s.Key).OfType<SqlExpr>().SelectMany(e => e.DescendantsAndSelf()).OfType<Column>()
            .Where(c => c.Alias == TreeNames.Table).Select(c => c.Name).Concat(s.Joins.Select(j => j.Local)).ToHashSet(StringComparer.Ordinal);
        var passed = s.Model.Columns.Values.Distinct(StringComparer.Ordinal).Where(outside.Contains).ToList();
        return s with
        {
            Columns = columns,
            Once = new RowColumns(passed, repeated.Select((e, i) => new Output(e, names[i])).ToList()),
        };
    }
}

/// <summary>
/// Totals per period without a grouping sort: one aggregate query per period, glued with <c>UNION ALL</c>. Grouped by
/// period, a database sorts every row of every period (with all the aggregates' inputs) before it aggregates; one
/// period at a time, each index range is aggregated as it is read. A period without rows yields a row with n = 0,
/// which the engine reads as the missing group it was before (<c>MetricEngine</c>). Derived tables that run inside the
/// statement are left grouped: each <c>UNION ALL</c> branch would run their query again. Not for a column store (DuckDB),
/// which has no index range to read: there each branch would scan the whole table again, and one grouped pass is faster;
/// nor where the dialect reads a join that can repeat a row once for all periods (<see cref="DialectTraits.FanOutOnePass"/>).
/// </summary>
internal sealed class OneAggregatePerPeriod : IStatementPass
{
    public string Name => "one aggregate per period";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits) =>
        !traits.OnePass && s.Key is null && s.Running is null && s.Source is not QuerySource &&
        !(traits.FanOutOnePass && s.FansOut) ? s with { Grouping = Grouping.EachPeriod } : s;
}

/// <summary>
/// The access-path choice for a stored table's time column, when the dialect can keep the database off an index. Totals
/// carry their full-scan form (the table read first, each row's period found among the few period rows, then grouped by
/// period), run instead when the table is big, the periods cover most of it and it is not stored in time order. Totals
/// and breakdowns carry a form in table order: the rows of the index range, their row ids sorted first, read in the
/// table's order, run instead when the table is big and not stored in time order and the full scan is not taken
/// (<c>AccessPath</c>).
/// </summary>
internal sealed class AccessPathChoice : IStatementPass
{
    public string Name => "access-path choice";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (!traits.AvoidsIndex || s.Time is not Column time || s.Source is not StoredSource
            || s.Model.Query is not null || s.Model.Mapping is not null)
        {
            return s;
        }

        var withoutIndex = new Dialect(DialectCall.WithoutIndex, time);
        return s.Grouping switch
        {
            Grouping.EachPeriod => s with
            {
                FullScan = s with { Grouping = Grouping.Period, TableFirst = true, Time = withoutIndex },
                TableOrder = s with { Grouping = Grouping.Period, TableFirst = true, Time = withoutIndex, InTableOrder = time },
            },
            Grouping.PeriodAndKey when s.Key is not null && s.Running is null && s.Apart is null =>
                s with { TableOrder = s with { TableFirst = true, Time = withoutIndex, InTableOrder = time } },
            _ => s,
        };
    }
}

/// <summary>
/// Each distinct count counted apart, where the dialect cannot spill one (<see cref="DialectTraits.DistinctApart"/>). The
/// statement's rows are kept once (a materialised CTE <c>rb_rows</c>: period, key and the columns the aggregates read);
/// each value's distinct count per period and key comes from those rows' distinct (period, key, value) rows, a grouping
/// the database can spill, and is joined to each row (<c>MAX(rb_d0."v")</c>: every row of a group meets the same count),
/// and the other aggregates read the same rows. DuckDB keeps a grouped <c>COUNT(DISTINCT)</c>'s values in memory, one set
/// per group, and at 10 M tickets all-metrics' two distinct counts over twelve months ran out of its default 150 MB.
/// </summary>
internal sealed class DistinctCountsApart : IStatementPass
{
    public string Name => "distinct counts apart";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (!traits.DistinctApart || s.Running is not null || s.Once is not null || s.Grouping == Grouping.EachPeriod
            || !s.Columns.Any(c => c.Value.DescendantsAndSelf().Any(e => e is Aggregate { Kind: AggregateKind.CountDistinct })))
        {
            return s;
        }

        var carried = new CarriedLeaves("c");
        var values = new List<SqlExpr>();
        SqlExpr? Counted(SqlExpr e)
        {
            if (e is not Aggregate { Kind: AggregateKind.CountDistinct } a)
            {
                return carried.Read(e);
            }

            var value = a.Input!.Rewrite(carried.Read);
            if (values.IndexOf(value) is var index && index < 0)
            {
                index = values.Count;
                values.Add(value);
            }

            return new Aggregate(AggregateKind.Max, new Column(TreeNames.Distinct(index), "v"));
        }

        var columns = s.Columns.Select(c => c with { Value = c.Value.Rewrite(Counted) }).ToList();
        return s with
        {
            Columns = columns,
            Apart = new DistinctRows(carried.Outputs, values),
        };
    }
}

/// <summary>The columns and period fields of a statement's expressions carried through a subquery of its rows, each read
/// after it as <c>rb."PREFIXn"</c>, n in order of first reading (<see cref="DistinctCountsApart"/>,
/// <see cref="DerivedRowValuesOnce"/>).</summary>
internal sealed class CarriedLeaves(string prefix)
{
    private readonly Dictionary<SqlExpr, Column> _read = [];
    private readonly List<Output> _outputs = [];

    /// <summary>What the subquery selects: each carried column or period field and its name.</summary>
    public IReadOnlyList<Output> Outputs => _outputs;

    /// <summary>A column or period field as read from the subquery (carried from now on); null for any other node, to be
    /// rewritten below (a rewrite for <see cref="SqlExpr.Rewrite"/>).</summary>
    public SqlExpr? Read(SqlExpr e)
    {
        if (e is not (Column or PeriodField))
        {
            return null;
        }

        if (!_read.TryGetValue(e, out var column))
        {
            var name = prefix + _outputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _outputs.Add(new Output(e, name));
            _read[e] = column = new Column(TreeNames.Rows, name);
        }

        return column;
    }
}

/// <summary>The aliases the statements use.</summary>
internal static class TreeNames
{
    /// <summary>The statement's table.</summary>
    public const string Table = "t";

    /// <summary>The join of the table's join <paramref name="join"/>.</summary>
    public static string Join(string join) => "j_" + join;

    /// <summary>The statement's rows kept once (<see cref="DistinctCountsApart"/>).</summary>
    public const string Rows = "rb";

    /// <summary>The distinct count of the statement's <paramref name="index"/>th value counted apart (<see cref="DistinctCountsApart"/>).</summary>
    public static string Distinct(int index) => "rb_d" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
