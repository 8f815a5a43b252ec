using M = ReportBuilder.Expressions.ExpressionErrorMessages;

namespace ReportBuilder.Expressions;

// The functions available in rules: abs, min, max, round. A null argument gives null, as in SQL.
internal sealed partial class RuleInterpreter
{
    private const int MaxRoundDigits = 15;

    public override ExprValue VisitCall(Call node)
    {
        var args = node.Args.Select(Visit).ToList();
        var name = node.Name.ToLowerInvariant();

        var arity = name switch
        {
            "abs" => (Min: 1, Max: 1, Text: "1 argument"),
            "min" or "max" => (Min: 1, Max: int.MaxValue, Text: "1 or more arguments"),
            "round" => (Min: 1, Max: 2, Text: "1 or 2 arguments"),
            _ => default,
        };
        if (arity.Text is null)
        {
            return Error(node, M.Format(M.UnknownFunction, node.Name));
        }

        if (args.Count < arity.Min || args.Count > arity.Max)
        {
            return Error(node, M.Format(M.WrongArgumentCount, node.Name, arity.Text));
        }

        var numbers = new double[args.Count];
        var anyNull = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].IsNull)
            {
                anyNull = true;
            }
            else if (args[i].AsNumber is { } n)
            {
                numbers[i] = n;
            }
            else
            {
                return WrongType(node.Args[i], node.Name, "a number", args[i]);
            }
        }

        if (anyNull)
        {
            return ExprValue.Null;
        }

        return name switch
        {
            "abs" => ExprValue.From(Math.Abs(numbers[0])),
            "min" => ExprValue.From(numbers.Min()),
            "max" => ExprValue.From(numbers.Max()),
            _ => Round(node, numbers),
        };
    }

    private ExprValue Round(Call node, double[] numbers)
    {
        var digits = numbers.Length > 1 ? numbers[1] : 0;
        if (digits != Math.Floor(digits) || digits < 0 || digits > MaxRoundDigits)
        {
            return Error(node.Args[1], M.Format(M.WrongType, node.Name, "a whole number of digits from 0 to 15", digits));
        }

        // Half away from zero, as SQL's ROUND does.
        return ExprValue.From(Math.Round(numbers[0], (int)digits, MidpointRounding.AwayFromZero));
    }
}
