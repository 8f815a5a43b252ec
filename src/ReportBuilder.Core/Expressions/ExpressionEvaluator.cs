namespace ReportBuilder.Expressions;

/// <summary>Evaluates rule expressions against metric values, with SQL's three-valued logic for nulls.</summary>
internal static class ExpressionEvaluator
{
    /// <summary>The functions a rule may call.</summary>
    public static IReadOnlyList<string> Functions { get; } = ["abs", "min", "max", "round"];

    /// <summary>Evaluates an expression; names are looked up in <paramref name="variables"/> (e.g. value, previous).</summary>
    public static ExpressionEvaluation Evaluate(Expr expr, IReadOnlyDictionary<string, double?> variables)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(variables);

        var interpreter = new RuleInterpreter(variables);
        var value = interpreter.Visit(expr);
        return interpreter.Errors.Count == 0
            ? new ExpressionEvaluation(value, [])
            : new ExpressionEvaluation(ExprValue.Null, interpreter.Errors);
    }

    /// <summary>Whether the condition is definitely true: false for false, null, a non-boolean or any error.</summary>
    public static bool EvaluateCondition(Expr expr, IReadOnlyDictionary<string, double?> variables)
    {
        var result = Evaluate(expr, variables);
        return result.Succeeded && result.Value.AsBoolean == true;
    }
}
