using ReportBuilder.Expressions;
using M = ReportBuilder.Expressions.ExpressionErrorMessages;

namespace ReportBuilder.Tests.Expressions;

public sealed class ExpressionParserTests
{
    [Theory]
    [InlineData("", 0, M.ExpectedExpression)]
    [InlineData("   ", 3, M.ExpectedExpression)]
    [InlineData("value <", 7, "expected a value after '<'")]
    [InlineData("1 +", 3, "expected a value after '+'")]
    [InlineData("a and", 5, "expected a value after 'and'")]
    [InlineData("(a + b", 6, M.ExpectedCloseParen)]
    [InlineData("sum(replies", 11, M.ExpectedCloseParen)]
    [InlineData("status in 'solved'", 10, M.ExpectedListAfterIn)]
    [InlineData("solved_at is 5", 13, M.ExpectedNullAfterIs)]
    [InlineData("channel = 'chat", 10, M.UnterminatedString)]
    [InlineData("hours <= 5x", 10, "unknown duration unit 'x': use s, m, h, d or w")]
    [InlineData("a b", 2, "unexpected 'b'")]
    [InlineData("count() )", 8, "unexpected ')'")]
    [InlineData("period.", 7, M.ExpectedNameAfterDot)]
    public void Parse_Malformed_ReportsTheMessageAtTheOffendingOffset(string text, int offset, string message)
    {
        var result = ExpressionParser.Parse(text);

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldBe([new ExpressionError(offset, message)]);
    }

    [Fact]
    public void Parse_NestedTooDeeply_IsAnErrorNotACrash()
    {
        var text = new string('(', 70) + "1" + new string(')', 70);

        ExpressionParser.Parse(text).Errors.Single().Message.ShouldBe(M.NestedTooDeeply);
    }

    [Theory]
    [InlineData("a or b and c", "(or a (and b c))")]
    [InlineData("not a = 1", "(not (= a 1))")]
    [InlineData("1 + 2 * 3 - 4", "(- (+ 1 (* 2 3)) 4)")]
    [InlineData("status not in ('solved', 'closed')", "(not-in status 'solved' 'closed')")]
    [InlineData("solved_at is not null", "(is-not-null solved_at)")]
    [InlineData("share(reopens > 0)", "(call share (> reopens 0))")]
    public void Parse_Precedence_BindsAsInSql(string text, string expected)
    {
        var parsed = ExpressionParser.Parse(text);

        parsed.Succeeded.ShouldBeTrue();
        ExprPrinter.Print(parsed.Expression!).ShouldBe(expected);
    }

    [Theory]
    [InlineData("30m", 0.5)]
    [InlineData("1h", 1.0)]
    [InlineData("2d", 48.0)]
    [InlineData("1w", 168.0)]
    [InlineData("90s", 0.025)]
    public void Parse_Duration_IsHoursWhenEvaluated(string text, double hours)
    {
        var parsed = ExpressionParser.Parse(text);

        ExpressionEvaluator.Evaluate(parsed.Expression!, new Dictionary<string, double?>()).Value.AsNumber.ShouldBe(hours);
    }

    [Fact]
    public void Parse_Percentage_IsAFraction()
    {
        var number = ExpressionParser.Parse("90%").Expression.ShouldBeOfType<NumberLiteral>();

        number.Value.ShouldBe(0.9);
        number.IsPercent.ShouldBeTrue();
    }

    [Fact]
    public void ParseRule_Shorthand_ComparesValue()
    {
        var rule = ExpressionParser.ParseRule("<= 1h").Expression.ShouldBeOfType<Binary>();

        rule.Operator.ShouldBe(BinaryOperator.LessOrEqual);
        rule.Left.ShouldBeOfType<Identifier>().Name.ShouldBe("value");
    }

    [Fact]
    public void Parse_QuotedStringWithDoubledQuote_UnescapesIt()
    {
        ExpressionParser.Parse("'it''s'").Expression.ShouldBeOfType<StringLiteral>().Value.ShouldBe("it's");
    }
}
