using M = ReportBuilder.Expressions.ExpressionErrorMessages;

namespace ReportBuilder.Expressions;

// Walks a tree to a value. Every problem is recorded with its offset and evaluation goes on with null,
// so one run reports every unknown name. Depth is bounded by ExpressionParser.MaxTreeDepth.
internal sealed partial class RuleInterpreter(IReadOnlyDictionary<string, double?> variables) : ExprVisitor<ExprValue>
{
    private readonly IReadOnlyDictionary<string, double?> _variables = variables;
    private readonly List<ExpressionError> _errors = [];

    public IReadOnlyList<ExpressionError> Errors => _errors;

    public override ExprValue VisitNumber(NumberLiteral node) => ExprValue.From(node.Value);

    public override ExprValue VisitString(StringLiteral node) => ExprValue.From(node.Value);

    public override ExprValue VisitBoolean(BooleanLiteral node) => ExprValue.From(node.Value);

    public override ExprValue VisitNull(NullLiteral node) => ExprValue.Null;

    // Metric durations are hours.
    public override ExprValue VisitDuration(DurationLiteral node) => ExprValue.From(node.Value.TotalHours);

    public override ExprValue VisitIdentifier(Identifier node)
    {
        if (_variables.TryGetValue(node.Name, out var value))
        {
            return ExprValue.From(value);
        }

        return Error(node, M.Format(M.UnknownName, node.Name));
    }

    public override ExprValue VisitUnary(Unary node)
    {
        var operand = Visit(node.Operand);
        if (operand.IsNull)
        {
            return ExprValue.Null;
        }

        return node.Operator switch
        {
            UnaryOperator.Negate when operand.AsNumber is { } n => ExprValue.From(-n),
            UnaryOperator.Not when operand.AsBoolean is { } b => ExprValue.From(!b),
            UnaryOperator.Negate => WrongType(node.Operand, "-", "a number", operand),
            _ => WrongType(node.Operand, "not", "true or false", operand),
        };
    }

    public override ExprValue VisitBinary(Binary node)
    {
        var left = Visit(node.Left);
        var right = Visit(node.Right);
        var op = node.Operator;

        if (op.IsLogical())
        {
            return Logical(op, Truth(node.Left, op, left), Truth(node.Right, op, right));
        }

        if (left.IsNull || right.IsNull)
        {
            return ExprValue.Null;
        }

        return op.IsArithmetic() ? Arithmetic(node, left, right) : Comparison(node, left, right);
    }

    public override ExprValue VisitInList(InList node)
    {
        var value = Visit(node.Value);
        var items = node.Items.Select(item => (Node: item, Value: Visit(item))).ToList();
        if (value.IsNull)
        {
            return ExprValue.Null;
        }

        // SQL: true if any item equals, else null if any item is null, else false.
        bool? found = false;
        foreach (var (itemNode, item) in items)
        {
            if (item.IsNull)
            {
                found = found == true ? true : null;
                continue;
            }

            if (item.Kind != value.Kind)
            {
                return WrongType(itemNode, "in", value.TypeName, item);
            }

            if (item.Equals(value))
            {
                found = true;
            }
        }

        return ExprValue.From(node.Negated ? !found : found);
    }

    public override ExprValue VisitIsNull(IsNull node) => ExprValue.From(Visit(node.Value).IsNull != node.Negated);

    private static ExprValue Logical(BinaryOperator op, bool? left, bool? right) => ExprValue.From(op == BinaryOperator.And
        ? (left == false || right == false ? false : left is null || right is null ? null : true)
        : (left == true || right == true ? true : left is null || right is null ? null : false));

    private bool? Truth(Expr node, BinaryOperator op, ExprValue value)
    {
        if (value.IsNull || value.AsBoolean is not null)
        {
            return value.AsBoolean;
        }

        WrongType(node, op.Text(), "true or false", value);
        return null;
    }

    private static ExprValue Arithmetic(Binary node, ExprValue left, ExprValue right)
    {
        var result = node.Operator switch
        {
            BinaryOperator.Add => left.AsNumber + right.AsNumber,
            BinaryOperator.Subtract => left.AsNumber - right.AsNumber,
            BinaryOperator.Multiply => left.AsNumber * right.AsNumber,
            _ => right.AsNumber == 0 ? null : left.AsNumber / right.AsNumber,
        };

        return result is { } r && double.IsFinite(r) ? ExprValue.From(r) : ExprValue.Null;
    }

    private ExprValue Comparison(Binary node, ExprValue left, ExprValue right)
    {
        var op = node.Operator;
        if (left.Kind != right.Kind)
        {
            return Error(node.Right, M.Format(M.WrongType, op.Text(), left.TypeName, right.TypeName));
        }

        if (left.Kind == ExprValueKind.Boolean && op is not (BinaryOperator.Equal or BinaryOperator.NotEqual))
        {
            return WrongType(node.Left, op.Text(), "numbers or text", left);
        }

        var order = left.Kind switch
        {
            ExprValueKind.Number => left.AsNumber!.Value.CompareTo(right.AsNumber!.Value),
            ExprValueKind.String => string.CompareOrdinal(left.AsString, right.AsString),
            _ => left.AsBoolean == right.AsBoolean ? 0 : 1,
        };

        return ExprValue.From(op switch
        {
            BinaryOperator.Equal => order == 0,
            BinaryOperator.NotEqual => order != 0,
            BinaryOperator.Less => order < 0,
            BinaryOperator.LessOrEqual => order <= 0,
            BinaryOperator.Greater => order > 0,
            _ => order >= 0,
        });
    }

    private ExprValue WrongType(Expr node, string op, string expected, ExprValue actual) =>
        Error(node, M.Format(M.WrongType, op, expected, actual.TypeName));

    private ExprValue Error(Expr node, string message)
    {
        _errors.Add(new ExpressionError(node.Span.Start, message));
        return ExprValue.Null;
    }
}
