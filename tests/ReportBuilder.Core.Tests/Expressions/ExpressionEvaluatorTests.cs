using ReportBuilder.Expressions;

namespace ReportBuilder.Tests.Expressions;

/// <summary>Rules evaluate with SQL's three-valued logic: null is "unknown", not false.</summary>
public sealed class ExpressionEvaluatorTests
{
    private static ExprValue Evaluate(string text, double? value = 1, double? previous = null)
    {
        var parsed = ExpressionParser.Parse(text);
        parsed.Errors.ShouldBeEmpty();
        var result = ExpressionEvaluator.Evaluate(parsed.Expression!, new Dictionary<string, double?> { ["value"] = value, ["previous"] = previous });
        result.Errors.ShouldBeEmpty();
        return result.Value;
    }

    [Theory]
    [InlineData("previous > 1 and value = 2", false)]   // null and false is false
    [InlineData("previous > 1 or value = 1", true)]     // null or true is true
    [InlineData("previous is null", true)]
    [InlineData("value is not null", true)]
    [InlineData("value in (1, previous)", true)]        // found, whatever the null
    public void Evaluate_NullOperandWithADecidingSide_IsDecided(string text, bool expected)
    {
        Evaluate(text).AsBoolean.ShouldBe(expected);
    }

    [Theory]
    [InlineData("previous > 1 and value = 1")]   // null and true
    [InlineData("previous > 1 or value = 2")]    // null or false
    [InlineData("not (previous > 1)")]
    [InlineData("previous = previous")]
    [InlineData("value <= previous * 1.1")]
    [InlineData("value in (2, previous)")]       // not found, but a null item might have been it
    [InlineData("value not in (2, previous)")]
    public void Evaluate_UnknownOutcome_IsNull(string text)
    {
        Evaluate(text).IsNull.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_DivisionByZero_IsNullNotInfinity()
    {
        Evaluate("value / 0").IsNull.ShouldBeTrue();
    }

    [Fact]
    public void EvaluateCondition_Unknown_IsNotTrue()
    {
        var rule = ExpressionParser.ParseRule("<= 1h").Expression!;

        ExpressionEvaluator.EvaluateCondition(rule, new Dictionary<string, double?> { ["value"] = null }).ShouldBeFalse();
        ExpressionEvaluator.EvaluateCondition(rule, new Dictionary<string, double?> { ["value"] = 0.75 }).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_UnknownNameAndWrongType_ReportsEachAtItsOffset()
    {
        var parsed = ExpressionParser.Parse("valu < 1 or value = 'x'").Expression!;

        var result = ExpressionEvaluator.Evaluate(parsed, new Dictionary<string, double?> { ["value"] = 1 });

        result.Errors.ShouldBe([
            new ExpressionError(0, "unknown name 'valu'"),
            new ExpressionError(20, "'=' needs a number, not text"),
        ]);
    }
}
