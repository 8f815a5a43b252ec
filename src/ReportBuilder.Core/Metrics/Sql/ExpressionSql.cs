using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;

namespace ReportBuilder.Metrics.Sql;

/// <summary>Compiles metric-language expressions over one table to SQL, checking names against the model.</summary>
/// <remarks>Row expressions (filters, dimensions, aggregate arguments) may use columns and scalar functions;
/// value expressions combine aggregates with arithmetic. Both report problems as diagnostics.</remarks>
internal sealed partial class ExpressionSql : ExprVisitor<string>
{
    public const string TableAlias = "t";
    public const string PeriodAlias = "p";

    private readonly DataModel _model;
    private readonly TableModel _table;
    private readonly SqlDialect _dialect;
    private readonly SqlParameters _parameters;
    private readonly DiagnosticBag _diagnostics;
    private readonly SourceLocation _location;
    private readonly string _zoneParameter;
    private readonly ISet<(string, string)> _reads;
    private IReadOnlyDictionary<string, Located<string>> _params = new Dictionary<string, Located<string>>();
    private bool _inAggregate;
    private bool _allowAggregates;

    /// <summary>The metric's own row filter when it shares a statement with metrics filtered otherwise: every aggregate
    /// then reads only the rows it holds for.</summary>
    private string? _rowFilter;

    private ExpressionSql(DataModel model, TableModel table, SqlDialect dialect, SqlParameters parameters,
        DiagnosticBag diagnostics, SourceLocation location, string zoneParameter, ISet<string> joins, ISet<(string, string)> reads)
    {
        _model = model;
        _table = table;
        _dialect = dialect;
        _parameters = parameters;
        _diagnostics = diagnostics;
        _location = location;
        _zoneParameter = zoneParameter;
        Joins = joins;
        _reads = reads;
    }

    /// <summary>The joins of the table the expression used.</summary>
    public ISet<string> Joins { get; }

    /// <summary>Parses and compiles a row-level expression (a filter or a dimension).</summary>
    public static string? Row(QueryScope scope, Located<string> text) => Compile(scope, text, aggregate: false);

    /// <summary>Parses and compiles a value expression built from aggregates; with <paramref name="rowFilter"/> (SQL) each
    /// aggregate reads only the rows the filter holds for.</summary>
    public static string? Value(QueryScope scope, Located<string> text, string? rowFilter = null) =>
        Compile(scope, text, aggregate: true, rowFilter);

    private static string? Compile(QueryScope scope, Located<string> text, bool aggregate, string? rowFilter = null)
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

        var compiler = new ExpressionSql(scope.Model, scope.Table, scope.Dialect, scope.Parameters, scope.Diagnostics,
            text.Location, scope.ZoneParameter, scope.Joins, scope.Reads) { _allowAggregates = aggregate, _params = scope.Params, _rowFilter = rowFilter };
        var before = scope.Diagnostics.Count(d => d.Severity == Severity.Error);
        var sql = compiler.Visit(parsed.Expression!);
        if (aggregate && !parsed.Expression!.DescendantsAndSelf().Any(e => e is Call c && Aggregates.Contains(c.Name.ToLowerInvariant())))
        {
            compiler.Error(parsed.Expression!, "a metric value must aggregate rows, e.g. count(), sum(replies) or share(reopens > 0)");
        }

        return scope.Diagnostics.Count(d => d.Severity == Severity.Error) > before ? null : sql;
    }

    public override string VisitNumber(NumberLiteral node) => _parameters.Add(node.Value);

    public override string VisitString(StringLiteral node) => _parameters.Add(node.Value);

    public override string VisitBoolean(BooleanLiteral node) => node.Value ? "1" : "0";

    public override string VisitNull(NullLiteral node) => "NULL";

    public override string VisitDuration(DurationLiteral node) => _parameters.Add(node.Value.TotalHours);

    public override string VisitIdentifier(Identifier node)
    {
        if (node.Parts is ["param", var param])
        {
            return Param(node, param);
        }

        if (!_inAggregate && _allowAggregates)
        {
            Error(node, $"column '{node.Name}' must be inside an aggregate, e.g. sum({node.Name}) or mean({node.Name})");
            return "NULL";
        }

        if (node.Parts is ["period", var part])
        {
            if (PeriodColumns.Contains(part))
            {
                return $"{PeriodAlias}.p_{part}";
            }

            Error(node, $"unknown period field '{part}': use period.start, period.end, period.first_month or period.last_month");
            return "NULL";
        }

        if (node.Parts.Count == 1)
        {
            return Column(node, _table, TableAlias, node.Parts[0]);
        }

        if (node.Parts.Count == 2 && _table.Joins.TryGetValue(node.Parts[0], out var join) && _model.Find(join.Table) is { } joined)
        {
            Joins.Add(join.Name);
            return Column(node, joined, JoinAlias(join.Name), node.Parts[1]);
        }

        var suggestion = NameSuggestions.Closest(node.Parts[0], _table.Joins.Keys);
        Error(node, $"unknown name '{node.Name}' in table '{_table.Name}'" + (suggestion is null
            ? (_table.Joins.Count == 0 ? "" : $": joins are {string.Join(", ", _table.Joins.Keys)}")
            : $"; did you mean '{suggestion}.{node.Parts[^1]}'?"));
        return "NULL";
    }

    public override string VisitUnary(Unary node) =>
        node.Operator == UnaryOperator.Not ? $"(NOT {Visit(node.Operand)})" : $"(-{Visit(node.Operand)})";

    public override string VisitBinary(Binary node)
    {
        var left = Visit(node.Left);
        var right = Visit(node.Right);
        return node.Operator switch
        {
            BinaryOperator.Divide => _dialect.Divide(left, right),
            BinaryOperator.And => $"({left} AND {right})",
            BinaryOperator.Or => $"({left} OR {right})",
            BinaryOperator.NotEqual => $"({left} <> {right})",
            _ => $"({left} {node.Operator.Text()} {right})",
        };
    }

    public override string VisitInList(InList node) =>
        $"({Visit(node.Value)} {(node.Negated ? "NOT IN" : "IN")} ({string.Join(", ", node.Items.Select(Visit))}))";

    public override string VisitIsNull(IsNull node) => $"({Visit(node.Value)} IS {(node.Negated ? "NOT NULL" : "NULL")})";

    public static string JoinAlias(string join) => "j_" + join;

    private string Param(Identifier node, string name)
    {
        if (!_params.TryGetValue(name, out var text))
        {
            Error(node, $"unknown param '{name}'" + (_params.Count == 0 ? ": declare it under the metric's params" : $": use {string.Join(", ", _params.Keys)}"));
            return "NULL";
        }

        var parsed = ExpressionParser.Parse(text.Value);
        switch (parsed.Expression)
        {
            case NumberLiteral or DurationLiteral or StringLiteral or BooleanLiteral when parsed.Succeeded:
                return Visit(parsed.Expression);
            case Unary { Operator: UnaryOperator.Negate, Operand: NumberLiteral number } when parsed.Succeeded:
                return _parameters.Add(-number.Value);
            case Identifier { Parts.Count: 1 } when parsed.Succeeded:
                return _parameters.Add(text.Value); // a bare word is text: team: billing
            default:
                _diagnostics.Error(text.Location, $"param '{name}' must be a literal such as 1h, 0.5, 90%, premium or 'New York', not '{text.Value}'");
                return "NULL";
        }
    }

    private string Column(Identifier node, TableModel table, string alias, string column)
    {
        if (table.Columns.TryGetValue(column, out var sqlName))
        {
            if (table.Query is null && table.Mapping is null)
            {
                _reads.Add((table.SqlName, sqlName));
            }

            return $"{alias}.{_dialect.Quote(sqlName)}";
        }

        var suggestion = NameSuggestions.Closest(column, table.Columns.Keys);
        Error(node, $"unknown column '{column}' in table '{table.Name}'" +
            (suggestion is null ? $"; columns are {string.Join(", ", table.Columns.Keys)}" : $"; did you mean '{suggestion}'?"));
        return "NULL";
    }

    private void Error(Expr node, string message) => _diagnostics.Error(_location.Shift(node.Span.Start), message);

    private static readonly HashSet<string> PeriodColumns = ["start", "end", "first_month", "last_month"];
}
