using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;

namespace ReportBuilder.Rules;

/// <summary>A target's pass and warn rules, parsed; turns a value into a <see cref="Status"/>.</summary>
public sealed record TargetRule(Expr? Pass, Expr? Warn, string Display)
{
    /// <summary>The message for a rule that is no condition.</summary>
    public const string NotACondition = "a target must be a condition, e.g. \"< 2\" or \"value <= previous * 1.1\"";

    private static readonly HashSet<string> Variables = ["value", "previous"];

    /// <summary>Parses a target's rules; problems go to <paramref name="diagnostics"/>. Null when there is no target.</summary>
    public static TargetRule? Compile(TargetDefinition? target, DiagnosticBag diagnostics)
    {
        if (target is null || (target.Pass is null && target.Warn is null))
        {
            return null;
        }

        var pass = Parse(target.Pass, diagnostics);
        var warn = Parse(target.Warn, diagnostics);
        var display = target.Warn is null
            ? Pretty(target.Pass!.Value)
            : target.Pass is null ? $"warn {Pretty(target.Warn.Value)}" : $"{Pretty(target.Pass.Value)} (warn {Pretty(target.Warn.Value)})";
        return new TargetRule(pass, warn, display)
        {
            PassText = target.Pass is null ? null : Pretty(target.Pass.Value),
            WarnText = target.Warn is null ? null : Pretty(target.Warn.Value),
        };
    }

    /// <summary>The pass rule as readers see it (<c>≥ 90%</c>); null without one.</summary>
    public string? PassText { get; init; }

    /// <summary>The warn rule as readers see it; null without one.</summary>
    public string? WarnText { get; init; }

    /// <summary>The bound of the pass rule when it is a plain comparison of value with a constant (<c>&lt; 2</c>), for charts.</summary>
    public double? PassBound => Bound(Pass);

    /// <summary>The bound of the warn rule, as <see cref="PassBound"/>.</summary>
    public double? WarnBound => Bound(Warn);

    private static double? Bound(Expr? rule) => rule switch
    {
        Binary { Left: Identifier { Name: "value" }, Right: var constant } b when b.Operator.IsComparison() => Constant(constant),
        Binary { Left: var constant, Right: Identifier { Name: "value" } } b when b.Operator.IsComparison() => Constant(constant),
        _ => null,
    };

    private static double? Constant(Expr expr) => expr switch
    {
        NumberLiteral number => number.Value,
        DurationLiteral duration => duration.Value.TotalHours,
        _ => null,
    };

    /// <summary>Whether a rule compares with the previous period's value.</summary>
    public bool UsesPrevious => new[] { Pass, Warn }.Any(rule =>
        rule?.DescendantsAndSelf().Any(e => e is Identifier { Name: "previous" }) == true);

    /// <summary>pass when the pass rule holds, else warn when the warn rule holds, else fail (docs/metrics.md, "Status").</summary>
    /// <remarks>A rule that cannot be decided (it needs the previous value and there is none) is no_data, not a failure.</remarks>
    public Status Evaluate(double? value, double? previous, long sample, int minSample)
    {
        if (value is null)
        {
            return Status.NoData;
        }

        if (sample < minSample)
        {
            return Status.InsufficientData;
        }

        var variables = new Dictionary<string, double?> { ["value"] = value, ["previous"] = previous };
        var pass = Holds(Pass, variables);
        if (pass == true)
        {
            return Status.Pass;
        }

        var warn = Holds(Warn, variables);
        if (warn == true)
        {
            return Status.Warn;
        }

        return pass is null || warn is null ? Status.NoData : Status.Fail;
    }

    // True or false, or null when the rule's outcome is unknown (SQL's three-valued logic); an absent rule does not hold.
    private static bool? Holds(Expr? rule, IReadOnlyDictionary<string, double?> variables)
    {
        if (rule is null)
        {
            return false;
        }

        var result = ExpressionEvaluator.Evaluate(rule, variables);
        return result.Succeeded ? result.Value.AsBoolean : false;
    }

    private static Expr? Parse(Located<string>? rule, DiagnosticBag diagnostics)
    {
        if (rule is null)
        {
            return null;
        }

        var parsed = ExpressionParser.ParseRule(rule.Value);
        foreach (var error in parsed.Errors)
        {
            diagnostics.Error(rule.Location.Shift(error.Offset), $"in target '{rule.Value}': {error.Message}");
        }

        if (!parsed.Succeeded)
        {
            return null;
        }

        if (!IsCondition(parsed.Expression!))
        {
            diagnostics.Error(rule.Location, $"in target '{rule.Value}': {NotACondition}");
            return null;
        }

        foreach (var node in parsed.Expression!.DescendantsAndSelf())
        {
            if (node is Identifier id && !Variables.Contains(id.Name))
            {
                diagnostics.Error(rule.Location.Shift(id.Span.Start),
                    $"unknown name '{id.Name}' in target '{rule.Value}': a target compares 'value' (and 'previous'), e.g. \"< 2\" or \"value <= previous * 1.1\"");
            }
        }

        return parsed.Expression;
    }

    // A rule must come out true or false; "value * 2" would be neither and could never pass.
    private static bool IsCondition(Expr expr) => expr switch
    {
        Binary b => b.Operator.IsComparison() || b.Operator.IsLogical(),
        Unary u => u.Operator == UnaryOperator.Not,
        InList or IsNull or BooleanLiteral => true,
        _ => false,
    };

    private static string Pretty(string rule) =>
        rule.Trim().Replace(">=", "≥", StringComparison.Ordinal).Replace("<=", "≤", StringComparison.Ordinal).Replace("!=", "≠", StringComparison.Ordinal);
}
