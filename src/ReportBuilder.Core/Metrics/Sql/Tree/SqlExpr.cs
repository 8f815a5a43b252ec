using System.Collections;

namespace ReportBuilder.Metrics.Sql.Tree;

/// <summary>
/// A node of a compiled SQL expression. Nodes are records compared by value (two branches of an <c>if()</c> that read the
/// same column, or two params of equal value, are equal), and carry no SQL text of their own beyond fixed tokens: the
/// printer of a dialect spells them (<c>SqlPrinter</c>). Parentheses are nodes too
/// (<see cref="Group"/>), so a printed statement keeps the shape the compiler built.
/// </summary>
internal abstract record SqlExpr
{
    /// <summary>The direct children, in the order they are printed.</summary>
    public abstract IEnumerable<SqlExpr> Children { get; }

    /// <summary>This node with its children replaced by <paramref name="children"/> (same count and order as <see cref="Children"/>).</summary>
    protected abstract SqlExpr WithChildren(IReadOnlyList<SqlExpr> children);

    /// <summary>Rewrites the tree top-down: <paramref name="rewrite"/> returns a node's replacement, which is not descended
    /// into, or null to keep the node and rewrite its children.</summary>
    public SqlExpr Rewrite(Func<SqlExpr, SqlExpr?> rewrite)
    {
        if (rewrite(this) is { } replaced)
        {
            return replaced;
        }

        var children = Children.ToList();
        var rewritten = children.Select(c => c.Rewrite(rewrite)).ToList();
        return rewritten.Where((c, i) => !ReferenceEquals(c, children[i])).Any() ? WithChildren(rewritten) : this;
    }

    /// <summary>This node and every node below it, in printed order (pre-order).</summary>
    public IEnumerable<SqlExpr> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.DescendantsAndSelf())
            {
                yield return node;
            }
        }
    }

    /// <summary>Rewrites every node bottom-up: children first, then <paramref name="rewrite"/> on the rebuilt node.</summary>
    public SqlExpr RewriteUp(Func<SqlExpr, SqlExpr> rewrite)
    {
        var children = Children.ToList();
        var rewritten = children.Select(c => c.RewriteUp(rewrite)).ToList();
        var node = rewritten.Where((c, i) => !ReferenceEquals(c, children[i])).Any() ? WithChildren(rewritten) : this;
        return rewrite(node);
    }
}

/// <summary>A list of nodes compared element by element.</summary>
internal sealed class Nodes(IEnumerable<SqlExpr> items) : IReadOnlyList<SqlExpr>, IEquatable<Nodes>
{
    private readonly SqlExpr[] _items = items.ToArray();

    public int Count => _items.Length;

    public SqlExpr this[int index] => _items[index];

    public IEnumerator<SqlExpr> GetEnumerator() => ((IEnumerable<SqlExpr>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Nodes? other) => other is not null && _items.SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as Nodes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}

/// <summary>A column of the table read under an alias (<c>t."created_at"</c>, <c>j_agent."team"</c>).</summary>
/// <param name="Read">The stored table and column it reads, or null (a derived or mapped table, a computed column).</param>
internal sealed record Column(string Alias, string Name, (string Table, string Column)? Read = null) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this;
}

/// <summary>A column of the periods table: <c>p.idx</c>, <c>p.p_start</c>, <c>p.p_end</c>, <c>p.p_first_month</c>, <c>p.p_last_month</c>.</summary>
internal sealed record PeriodField(string Name) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this;
}

/// <summary>A value that travels as a parameter, never in SQL text. Placeholders are numbered when the statement is printed,
/// in the order the compiler created the params (<paramref name="Order"/>) among those the statement still holds, an equal
/// value sharing one. Equality is by value only.</summary>
internal sealed record Param(object? Value, int Order) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this;

    public bool Equals(Param? other) => other is not null && Equals(Value, other.Value);

    public override int GetHashCode() => Value?.GetHashCode() ?? 0;
}

/// <summary>A fixed token the compiler writes: <c>1</c>, <c>0</c>, <c>1.0</c>, <c>NULL</c>.</summary>
internal sealed record Constant(string Token) : SqlExpr
{
    public static readonly Constant Null = new("NULL");
    public static readonly Constant One = new("1");
    public static readonly Constant Zero = new("0");

    public override IEnumerable<SqlExpr> Children => [];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this;
}

/// <summary>Parentheses around a node.</summary>
internal sealed record Group(SqlExpr Inner) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [Inner];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => new Group(children[0]);
}

/// <summary><c>NOT x</c> or <c>-x</c> (<paramref name="Operator"/> is <c>"NOT "</c> or <c>"-"</c>).</summary>
internal sealed record Unary(string Operator, SqlExpr Operand) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [Operand];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Operand = children[0] };
}

/// <summary><c>left op right</c>: comparison, arithmetic (but division, <see cref="Divide"/>), AND, OR.</summary>
internal sealed record Binary(SqlExpr Left, string Operator, SqlExpr Right) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [Left, Right];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Left = children[0], Right = children[1] };

    public static bool IsComparison(string op) => op is "=" or "<>" or "<" or "<=" or ">" or ">=";
}

/// <summary>Terms joined by one operator, <c>a AND b AND c</c>, without parentheses (a row filter's conditions).</summary>
internal sealed record Junction(string Operator, Nodes Items) : SqlExpr
{
    public Junction(string op, IEnumerable<SqlExpr> items) : this(op, new Nodes(items))
    {
    }

    public override IEnumerable<SqlExpr> Children => Items;

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => new Junction(Operator, children);
}

/// <summary>A floating-point division that is NULL for a zero divisor (the dialect spells it).</summary>
internal sealed record Divide(SqlExpr Left, SqlExpr Right) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [Left, Right];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => new Divide(children[0], children[1]);
}

/// <summary><c>value [NOT] IN (items)</c>.</summary>
internal sealed record InList(SqlExpr Value, Nodes Items, bool Negated) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => Items.Prepend(Value);

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Value = children[0], Items = new Nodes(children.Skip(1)) };
}

/// <summary><c>value IS [NOT] NULL</c>, or <c>value IS NOT TRUE</c> with <paramref name="Test"/> "NOT TRUE".</summary>
internal sealed record Is(SqlExpr Value, string Test) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [Value];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Value = children[0] };
}

/// <summary><c>CASE WHEN when THEN then [ELSE else] END</c>.</summary>
internal sealed record Case(SqlExpr When, SqlExpr Then, SqlExpr? Else) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => Else is null ? [When, Then] : [When, Then, Else];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => new Case(children[0], children[1], children.Count > 2 ? children[2] : null);
}

/// <summary><c>CASE value WHEN a THEN b … ELSE else END</c>: <paramref name="Pairs"/> holds a, b, a, b, ….</summary>
internal sealed record SimpleCase(SqlExpr Value, Nodes Pairs, SqlExpr Else) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => Pairs.Prepend(Value).Append(Else);

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) =>
        new SimpleCase(children[0], new Nodes(children.Skip(1).Take(children.Count - 2)), children[^1]);
}

/// <summary>A scalar function every dialect spells alike: <c>COALESCE</c>, <c>ABS</c>.</summary>
internal sealed record Function(string Name, Nodes Args) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => Args;

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Args = new Nodes(children) };
}

/// <summary>The aggregates every dialect spells alike.</summary>
internal enum AggregateKind
{
    Count,
    CountDistinct,
    Sum,
    Avg,
    Min,
    Max,
}

/// <summary>An aggregate over the rows of a group; <paramref name="Input"/> null is <c>COUNT(*)</c>.</summary>
internal sealed record Aggregate(AggregateKind Kind, SqlExpr? Input) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => Input is null ? [] : [Input];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Input = children[0] };

    /// <summary>True for an aggregate whose value over a set of rows follows from its values over parts of it.</summary>
    public bool AddsUp => Kind is AggregateKind.Count or AggregateKind.Sum or AggregateKind.Min or AggregateKind.Max;
}

/// <summary>The exact percentile <paramref name="P"/> of a value (null: the median), as the dialect computes it.</summary>
internal sealed record Percentile(SqlExpr Value, SqlExpr? P) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => P is null ? [Value] : [Value, P];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => new Percentile(children[0], children.Count > 1 ? children[1] : null);
}

/// <summary>The functions whose spelling is the dialect's.</summary>
internal enum DialectCall
{
    /// <summary>Hours between two timestamps (from, to).</summary>
    Hours,

    /// <summary>A condition: the hours between two timestamps (from, to) are below zero, as <see cref="Hours"/> rounds them.</summary>
    NegativeHours,

    /// <summary>A condition: the hours between two timestamps (from, to) are at most a bound (whole milliseconds of an hour).</summary>
    HoursAtMost,

    /// <summary>A condition: the hours between two timestamps (from, to) are above a bound (whole milliseconds of an hour).</summary>
    HoursAbove,

    /// <summary>The local hour of a timestamp (timestamp, zone).</summary>
    LocalHour,

    /// <summary>The local ISO weekday of a timestamp (timestamp, zone).</summary>
    LocalWeekday,

    /// <summary>A condition: the time column's value, already inside a period's text range, is a timestamp.</summary>
    Parsed,

    /// <summary>A condition: a stored value of a time column is no timestamp.</summary>
    Unparsed,

    /// <summary>A parameter holding timestamp text, as the time columns' type.</summary>
    TimestampParameter,

    /// <summary>Canonical timestamp text from ISO-8601 text.</summary>
    FromIsoText,

    /// <summary>Canonical timestamp text from seconds since 1970.</summary>
    FromUnixSeconds,

    /// <summary>A time column written so that the database reads it without its index.</summary>
    WithoutIndex,
}

/// <summary>A call the dialect spells (<see cref="DialectCall"/>).</summary>
internal sealed record Dialect(DialectCall Call, Nodes Args) : SqlExpr
{
    public Dialect(DialectCall call, params SqlExpr[] args) : this(call, new Nodes(args))
    {
    }

    public override IEnumerable<SqlExpr> Children => Args;

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Args = new Nodes(children) };
}

/// <summary>The working hours from <paramref name="Start"/> to <paramref name="End"/> under a calendar, from its working
/// intervals (<c>business_hours()</c>; the dialect's <see cref="Calendars.WorkingTimeSql"/> spells it).</summary>
internal sealed record WorkingHours(SqlExpr Start, SqlExpr End, Calendars.WorkingIntervals Intervals) : SqlExpr
{
    public override IEnumerable<SqlExpr> Children => [Start, End];

    protected override SqlExpr WithChildren(IReadOnlyList<SqlExpr> children) => this with { Start = children[0], End = children[1] };
}
