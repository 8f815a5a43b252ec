using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;
using ReportBuilder.Metrics.Sql.Tree;

namespace ReportBuilder.Metrics.Sql;

/// <summary>Compiles metric-language expressions over one table to SQL expression trees (<see cref="SqlExpr"/>), checking
/// names against the model.</summary>
/// <remarks>Row expressions (filters, dimensions, aggregate arguments) may use columns and scalar functions;
/// value expressions combine aggregates with arithmetic. Both report problems as diagnostics.</remarks>
internal sealed partial class ExpressionTree : ExprVisitor<SqlExpr>
{
    private readonly DataModel _model;
    private readonly TableModel _table;
    private readonly ParamSource _parameters;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation _location;
    private readonly Param _zone;
    private readonly CompileScope _scope;
    private IReadOnlyDictionary<string, Located<string>> _params = new Dictionary<string, Located<string>>();
    private bool _inAggregate;
    private bool _allowAggregates;

    /// <summary>The expression's text, for naming a part of it in a message.</summary>
    private string _source = "";

    /// <summary>The metric's own row filter when it shares a statement with metrics filtered otherwise: every aggregate
    /// then reads only the rows it holds for.</summary>
    private SqlExpr? _rowFilter;

    private ExpressionTree(CompileScope scope, SourceLocation location)
    {
        _model = scope.Model;
        _table = scope.Table;
        _parameters = scope.Parameters;
        _diagnostics = scope.Diagnostics;
        _location = location;
        _zone = scope.Zone;
        _scope = scope;
        Joins = scope.Joins;
    }

    /// <summary>The joins of the table the expression used.</summary>
    public ISet<string> Joins { get; }

    /// <summary>Parses and compiles a row-level expression (a filter or a dimension).</summary>
    public static SqlExpr? Row(CompileScope scope, Located<string> text) => Compile(scope, text, aggregate: false);

    /// <summary>Parses and compiles a value expression built from aggregates; with <paramref name="rowFilter"/> each
    /// aggregate reads only the rows the filter holds for.</summary>
    public static SqlExpr? Value(CompileScope scope, Located<string> text, SqlExpr? rowFilter = null) =>
        Compile(scope, text, aggregate: true, rowFilter);

    private static SqlExpr? Compile(CompileScope scope, Located<string> text, bool aggregate, SqlExpr? rowFilter = null)
    {
        var parsed = ExpressionParser.Parse(text.Value);
        if (!parsed.Succeeded)
        {
            foreach (var error in parsed.Errors)
            {
                scope.Diagnostics.Error(text.Location.Shift(error.Offset), error.Message);
            }

            return null;
        }

        var compiler = new ExpressionTree(scope, text.Location)
        {
            _allowAggregates = aggregate, _params = scope.Params, _rowFilter = rowFilter, _source = text.Value,
        };
        var before = scope.Diagnostics.Count(d => d.Severity == Severity.Error);
        var sql = compiler.Visit(parsed.Expression!);
        if (aggregate && !parsed.Expression!.DescendantsAndSelf().Any(e => e is Call c && Aggregates.Contains(c.Name.ToLowerInvariant())))
        {
            compiler.Error(parsed.Expression!, "a metric value must aggregate rows, e.g. count(), sum(replies) or share(reopens > 0)");
        }

        return scope.Diagnostics.Count(d => d.Severity == Severity.Error) > before ? null : sql;
    }

    public override SqlExpr VisitNumber(NumberLiteral node) => _parameters.New(node.Value);

    public override SqlExpr VisitString(StringLiteral node) => _parameters.New(node.Value);

    public override SqlExpr VisitBoolean(BooleanLiteral node) => node.Value ? Constant.One : Constant.Zero;

    public override SqlExpr VisitNull(NullLiteral node) => Constant.Null;

    public override SqlExpr VisitDuration(DurationLiteral node) => _parameters.New(node.Value.TotalHours);

    public override SqlExpr VisitIdentifier(Identifier node)
    {
        if (node.Parts is ["param", var param])
        {
            return Param(node, param);
        }

        if (!_inAggregate && _allowAggregates)
        {
            Error(node, $"column '{node.Name}' must be inside an aggregate, e.g. sum({node.Name}) or mean({node.Name})");
            return Constant.Null;
        }

        if (node.Parts is ["period", var part])
        {
            if (part == "cutoff")
            {
                return Cutoff();
            }

            if (PeriodColumns.Contains(part))
            {
                return new PeriodField("p_" + part);
            }

            Error(node, $"unknown period field '{part}': use period.start, period.end, period.cutoff, period.first_month or period.last_month");
            return Constant.Null;
        }

        if (node.Parts.Count == 1)
        {
            return Column(node, _table, TreeNames.Table, node.Parts[0]);
        }

        if (node.Parts.Count == 2 && _table.Joins.TryGetValue(node.Parts[0], out var join) && _model.Find(join.Table) is { } joined)
        {
            Joins.Add(join.Name);
            return Column(node, joined, TreeNames.Join(join.Name), node.Parts[1]);
        }

        var suggestion = NameSuggestions.Closest(node.Parts[0], _table.Joins.Keys);
        Error(node, $"unknown name '{node.Name}' in table '{_table.Name}'" + (suggestion is null
            ? (_table.Joins.Count == 0 ? "" : $": joins are {string.Join(", ", _table.Joins.Keys)}")
            : $"; did you mean '{suggestion}.{node.Parts[^1]}'?"));
        return Constant.Null;
    }

    public override SqlExpr VisitUnary(Expressions.Unary node)
    {
        if (node.Operator == UnaryOperator.Negate)
        {
            RefusedText(node.Operand, arithmetic: true);
        }

        return new Group(new Tree.Unary(node.Operator == UnaryOperator.Not ? "NOT " : "-", Visit(node.Operand)));
    }

    public override SqlExpr VisitBinary(Expressions.Binary node)
    {
        CheckText(node);
        var left = Visit(node.Left);
        var right = Visit(node.Right);
        return node.Operator switch
        {
            BinaryOperator.Divide => new Divide(left, right),
            BinaryOperator.And => new Group(new Tree.Binary(left, "AND", right)),
            BinaryOperator.Or => new Group(new Tree.Binary(left, "OR", right)),
            BinaryOperator.NotEqual => new Group(new Tree.Binary(left, "<>", right)),
            _ => new Group(new Tree.Binary(left, node.Operator.Text(), right)),
        };
    }

    /// <summary>Refuses <paramref name="node"/> when its value is a canonical text column's, as an operand of arithmetic
    /// (<c>-</c>, <c>abs()</c> too) or of a comparison with a number (<see cref="CheckText"/>); a timestamp compared is
    /// told to compare with a timestamp.</summary>
    /// <returns>True when it refused it.</returns>
    private bool RefusedText(Expr node, bool arithmetic)
    {
        if (TextOf(node, AggregatesPassOn) is not { } text)
        {
            return false;
        }

        var timestamp = !arithmetic && text.Kind == ColumnKind.Timestamp;
        Error(node, (timestamp ? Described(node, text) : Subject(node, text, "text", TextHolds)) + ": " + (arithmetic
            ? "it has no arithmetic; the time between two timestamps is hours(from, to)"
            : $"compare {Advice(node, text.Kind, "it")}, or compare a number such as replies or hours(created_at, solved_at)"));
        return true;
    }

    public override SqlExpr VisitInList(Expressions.InList node)
    {
        CheckItems(node);
        var value = Visit(node.Value);
        return new Group(new Tree.InList(value, new Nodes(node.Items.Select(Visit).ToList()), node.Negated));
    }

    public override SqlExpr VisitIsNull(IsNull node) => new Group(new Is(Visit(node.Value), node.Negated ? "NOT NULL" : "NULL"));

    private SqlExpr Param(Identifier node, string name)
    {
        if (!_params.TryGetValue(name, out var text))
        {
            Error(node, $"unknown param '{name}'" + (_params.Count == 0 ? ": declare it under the metric's params" : $": use {string.Join(", ", _params.Keys)}"));
            return Constant.Null;
        }

        var parsed = ExpressionParser.Parse(text.Value);
        switch (parsed.Expression)
        {
            case NumberLiteral or DurationLiteral or StringLiteral or BooleanLiteral when parsed.Succeeded:
                return Visit(parsed.Expression);
            case Expressions.Unary { Operator: UnaryOperator.Negate, Operand: NumberLiteral number } when parsed.Succeeded:
                return _parameters.New(-number.Value);
            case Identifier { Parts.Count: 1 } when parsed.Succeeded:
                return _parameters.New(text.Value); // a bare word is text: team: billing
            default:
                _diagnostics.Error(text.Location, $"param '{name}' must be a literal such as 1h, 0.5, 90%, premium or 'New York', not '{text.Value}'");
                return Constant.Null;
        }
    }

    /// <summary><c>period.cutoff</c>: the period's end, or the run's as-of instant when it comes first (a period still running),
    /// the instant up to which the data can say what happened in the period.</summary>
    private SqlExpr Cutoff()
    {
        var end = new PeriodField("p_end");
        if (_scope.AsOf is not { } asOf)
        {
            return end;
        }

        var at = new Dialect(DialectCall.TimestampParameter, _parameters.New(Timestamps.ToText(asOf.ToDateTimeOffset())));
        return new Group(new Case(new Tree.Binary(end, "<", at), end, at));
    }

    private SqlExpr Column(Identifier node, TableModel table, string alias, string column)
    {
        if (table.Columns.TryGetValue(column, out var sqlName))
        {
            return ColumnOf(table, alias, sqlName);
        }

        var suggestion = NameSuggestions.Closest(column, table.Columns.Keys);
        Error(node, $"unknown column '{column}' in table '{table.Name}'" +
            (suggestion is null ? $"; columns are {string.Join(", ", table.Columns.Keys)}" : $"; did you mean '{suggestion}'?"));
        return Constant.Null;
    }

    /// <summary>A column of <paramref name="table"/> by its stored name, with the read it makes when the table is stored.</summary>
    public static Tree.Column ColumnOf(TableModel table, string alias, string sqlName) =>
        new(alias, sqlName, table.Query is null && table.Mapping is null ? (table.SqlName, sqlName) : null);

    private void Error(Expr node, string message) => _diagnostics.Error(_location.Shift(node.Span.Start), message);

    private static readonly HashSet<string> PeriodColumns = ["start", "end", "first_month", "last_month"];
}
