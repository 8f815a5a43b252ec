using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;
using ReportBuilder.IO;

namespace ReportBuilder.Rules;

/// <summary>Finds targets that no value of the metric's unit can meet, such as "> 100%" for a share.</summary>
internal static class TargetReach
{
    /// <summary>Reports a pass or warn rule that holds for no value the unit can take. Rules that use
    /// <c>previous</c> are left alone (whether they hold depends on the data), as are rules with unknown names (reported already).</summary>
    public static void Check(TargetRule rule, TargetDefinition written, MetricUnit unit, DiagnosticBag diagnostics)
    {
        var (low, high, range) = Range(unit);
        Check(rule.Pass, written.Pass, "pass", low, high, range, diagnostics);
        Check(rule.Warn, written.Warn, "warn", low, high, range, diagnostics);
    }

    private static void Check(Expr? expr, Located<string>? text, string which, double low, double high, string range,
        DiagnosticBag diagnostics)
    {
        if (expr is null || text is null || expr.DescendantsAndSelf().Any(n => n is Identifier { Name: not "value" }))
        {
            return;
        }

        if (!Candidates(expr, low, high).Any(v => ExpressionEvaluator.EvaluateCondition(expr, new Dictionary<string, double?> { ["value"] = v })))
        {
            diagnostics.Error(text.Location, $"the {which} rule '{text.Value}' can never hold: {range}; check the comparison and the unit");
        }
    }

    /// <summary>The ends of the range and every constant of the rule, with a value just either side of each:
    /// enough to find a value meeting any rule built from comparisons with constants.</summary>
    private static IEnumerable<double> Candidates(Expr expr, double low, double high)
    {
        var constants = expr.DescendantsAndSelf().Select(n => n switch
        {
            NumberLiteral number => number.Value,
            DurationLiteral duration => duration.Value.TotalHours,
            _ => (double?)null,
        }).OfType<double>();
        foreach (var c in constants.Append(low).Append(high).Append(0))
        {
            var step = Math.Max(Math.Abs(c) * 1e-6, 1e-9);
            foreach (var v in new[] { c - step, c, c + step })
            {
                if (v >= low && v <= high)
                {
                    yield return v;
                }
            }
        }
    }

    private static (double Low, double High, string Text) Range(MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => (0, 1, "no share from 0% to 100% meets it"),
        MetricUnit.Points => (-100, 100, "no value from -100 to 100 points meets it"),
        MetricUnit.Score => (0, 100, "no score from 0 to 100 meets it"),
        MetricUnit.Count or MetricUnit.Hours or MetricUnit.Ratio => (0, double.MaxValue, $"no {unit.ToWire()} value of 0 or more meets it"),
        _ => (double.MinValue, double.MaxValue, "no value meets it"),
    };
}
