using ReportBuilder.Definitions;
using ReportBuilder.Expressions;

namespace ReportBuilder.Metrics.Sql;

/// <summary>The checks of arithmetic and of a comparison's two sides (<c>=</c>, <c>&lt;</c>, … and each item of <c>in</c>) where
/// a side's value comes from a canonical column (<see cref="CanonicalTables.Kinds"/>): a name or a code compares with text, a
/// timestamp with a timestamp or a text such as <c>'2026-10-01'</c>, a number with a number. SQLite answers any other pair by its
/// own type rules (text is greater than every number: <c>replies = channel</c> holds for no row, <c>reopens &lt; priority</c> for
/// every one), where PostgreSQL and DuckDB stop at run time.</summary>
internal sealed partial class ExpressionTree
{
    /// <summary>The functions whose value is a number whatever their arguments.</summary>
    private static readonly HashSet<string> NumberFunctions =
    [
        "count", "count_distinct", "sum", "mean", "avg", "median", "percentile", "share",
        "hours", Calendars.CalendarScope.BusinessHours, "sla_target", "sla_hours", "local_hour", "local_weekday", "abs",
    ];

    /// <summary>Refuses arithmetic on a canonical text column, and a comparison of two sides that hold different things
    /// (<see cref="RefusedComparison"/>), whether a column is read itself or passed on (<c>max(priority)</c>,
    /// <c>coalesce(channel, 'none')</c>): SQLite compares and adds text by its own rules (<c>channel &gt; 5</c> holds for every
    /// channel, <c>channel + 1</c> is 1) where DuckDB and PostgreSQL stop.</summary>
    private void CheckText(Expressions.Binary node)
    {
        if (IsArithmetic(node.Operator))
        {
            _ = RefusedText(node.Left, arithmetic: true) || RefusedText(node.Right, arithmetic: true);
        }
        else if (node.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
                 or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual)
        {
            RefusedComparison(node.Left, node.Right);
        }
    }

    /// <summary>Refuses the first item of <c>value in (…)</c> that <c>value</c> does not compare with.</summary>
    private void CheckItems(InList node) => _ = node.Items.Any(item => RefusedComparison(node.Value, item));

    /// <summary>Refuses a comparison of <paramref name="left"/> with <paramref name="right"/> at the first side whose canonical
    /// column does not compare with the other side: a name or code or a timestamp with a number (a column, a literal, a count, a
    /// time), a name or code with a timestamp, a number with text.</summary>
    /// <returns>True when it refused it.</returns>
    private bool RefusedComparison(Expr left, Expr right) => RefusedSide(left, right) || RefusedSide(right, left);

    private bool RefusedSide(Expr side, Expr other)
    {
        var sources = Sources(side, AggregatesPassOn).ToList();
        if (sources.Count == 0)
        {
            return false;
        }

        var others = Sources(other, AggregatesPassOn).ToList();
        foreach (var column in sources.Where(s => s.Kind != ColumnKind.Number))
        {
            if (others.FirstOrDefault(o => o.Kind != column.Kind) is { } clash)
            {
                Error(side, $"{Described(side, column)} and {Described(other, clash, verb: "")}: the two do not compare; " +
                    $"compare {Advice(side, column.Kind)}, and {Advice(other, clash.Kind)}");
                return true;
            }
        }

        if (others.Count == 0 && IsNumber(other))
        {
            return RefusedText(side, arithmetic: false);
        }

        if (LiteralKind(other) == ColumnKind.Text && sources.FirstOrDefault(s => s.Kind == ColumnKind.Number) is { } number)
        {
            Error(side, $"{Described(side, number)} and {Quoted(other)} is text: compare {Written(side)} with a number, " +
                $"written without quotes, e.g. {Written(side)} > 0");
            return true;
        }

        if (Literal(other) is StringLiteral { Value: var value } && !IsTimestampText(value)
            && sources.FirstOrDefault(s => s.Kind == ColumnKind.Timestamp) is { } time)
        {
            var written = Written(side);
            Error(side, $"{Described(side, time)} and {Quoted(other)} is no timestamp: compare {written} with a UTC date or time written " +
                $"yyyy-MM-dd or yyyy-MM-dd HH:mm:ss, e.g. {written} >= '2026-10-01' or {written} < '2026-10-01 09:30:00'");
            return true;
        }

        return false;
    }

    /// <summary>A literal as written, in quotes: <c>'x'</c>, <c>'param.team'</c>.</summary>
    private string Quoted(Expr node) => node is StringLiteral ? Written(node) : $"'{Written(node)}'";

    private static bool IsArithmetic(BinaryOperator op) =>
        op is BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide;

    /// <summary>What to compare <paramref name="node"/>, holding <paramref name="kind"/>, with: "channel with text, e.g. channel =
    /// 'value'"; <paramref name="name"/> replaces the first "channel" ("it").</summary>
    private string Advice(Expr node, ColumnKind kind, string? name = null)
    {
        var written = Written(node);
        return (name ?? written) + kind switch
        {
            ColumnKind.Text => $" with text, e.g. {written} = 'value'",
            ColumnKind.Timestamp => $" with a timestamp, e.g. {written} >= '2026-10-01'",
            _ => $" with a number, e.g. {written} > 0",
        };
    }

    /// <summary>Whether <paramref name="node"/>'s value is a number that no canonical column passes on: a number or a duration
    /// (written, or a param's), arithmetic on numbers, a count, a sum, a time (<see cref="NumberFunctions"/>).</summary>
    private bool IsNumber(Expr node) => LiteralKind(node) == ColumnKind.Number || node switch
    {
        Expressions.Binary arithmetic when IsArithmetic(arithmetic.Operator) =>
            TextOf(arithmetic.Left, AggregatesPassOn) is null && TextOf(arithmetic.Right, AggregatesPassOn) is null,
        Expressions.Unary { Operator: UnaryOperator.Negate, Operand: var operand } => TextOf(operand, AggregatesPassOn) is null,
        Call call => NumberFunctions.Contains(call.Name.ToLowerInvariant()) && (!Aggregates.Contains(call.Name.ToLowerInvariant()) || AggregatesPassOn),
        _ => false,
    };

    /// <summary>What a literal holds, written or a param's: a number (a duration is its hours), text, or null for anything else.</summary>
    private ColumnKind? LiteralKind(Expr node) => Literal(node) switch
    {
        NumberLiteral or DurationLiteral or Expressions.Unary { Operator: UnaryOperator.Negate, Operand: NumberLiteral } => ColumnKind.Number,
        StringLiteral => ColumnKind.Text,
        _ => null,
    };

    /// <summary>The value of <c>param.NAME</c> as the expression it is written as (a bare word is text: <c>team: billing</c>),
    /// else <paramref name="node"/> itself.</summary>
    private Expr Literal(Expr node) =>
        node is Identifier { Parts: ["param", var name] } && _params.TryGetValue(name, out var text) && ExpressionParser.Parse(text.Value) is { Succeeded: true, Expression: { } value }
            ? value is Identifier { Parts.Count: 1 } ? new StringLiteral(text.Value, value.Span) : value
            : node;

    /// <summary>Whether <paramref name="text"/> is an instant as the canonical timestamps are stored (UTC text,
    /// <see cref="Timestamps.Format"/>), to the minute or the day: what SQLite compares them with as text and PostgreSQL and DuckDB
    /// read as a timestamp.</summary>
    private static bool IsTimestampText(string text) => DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", Timestamps.Format],
        System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);
}
