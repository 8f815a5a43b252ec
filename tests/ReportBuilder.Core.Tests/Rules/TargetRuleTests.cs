using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Rules;

public sealed class TargetRuleTests
{
    private static readonly SourceLocation At = new("report.yaml", 7, 20);

    private static TargetRule Compile(string? pass, string? warn = null)
    {
        var diagnostics = new DiagnosticBag();
        var rule = TargetRule.Compile(new TargetDefinition(Rule(pass), Rule(warn), At), diagnostics);
        diagnostics.ShouldBeEmpty();
        return rule.ShouldNotBeNull();
    }

    private static string[] CompileErrors(string pass)
    {
        var diagnostics = new DiagnosticBag();
        TargetRule.Compile(new TargetDefinition(Rule(pass), null, At), diagnostics);
        return diagnostics.Select(d => d.ToString()).ToArray();
    }

    private static Located<string>? Rule(string? text) => text is null ? null : new Located<string>(text, At);

    [Theory]
    [InlineData(1.9, Status.Pass)]
    [InlineData(2.0, Status.Warn)]      // "< 2" is strict
    [InlineData(3.0, Status.Warn)]      // "<= 3" includes 3
    [InlineData(3.01, Status.Fail)]
    public void Evaluate_UnderTwoAtMostThree_PassWarnFail(double value, Status expected)
    {
        Compile("< 2", "<= 3").Evaluate(value, previous: null, sample: 10, minSample: 0).ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_NoValue_IsNoData()
    {
        Compile("< 2").Evaluate(null, null, sample: 0, minSample: 0).ShouldBe(Status.NoData);
    }

    [Fact]
    public void Evaluate_SampleBelowMinimum_IsInsufficientDataWhateverTheValue()
    {
        var rule = Compile("< 2");

        rule.Evaluate(1, null, sample: 19, minSample: 20).ShouldBe(Status.InsufficientData);
        rule.Evaluate(1, null, sample: 20, minSample: 20).ShouldBe(Status.Pass);
    }

    [Theory]
    [InlineData("<= 30m", 0.5, Status.Pass)]
    [InlineData("<= 30m", 0.51, Status.Fail)]
    [InlineData("<= 1h", 1.0, Status.Pass)]
    [InlineData("< 1h", 1.0, Status.Fail)]
    [InlineData("<= 2d", 48.0, Status.Pass)]
    [InlineData("<= 2d", 48.5, Status.Fail)]
    [InlineData("<= 90s", 0.025, Status.Pass)]
    [InlineData(">= 90%", 0.9, Status.Pass)]
    [InlineData(">= 90%", 0.899, Status.Fail)]
    [InlineData("<= 5%", 0.05, Status.Pass)]
    [InlineData("value >= 1% and value <= 4%", 0.05, Status.Fail)]
    [InlineData("value >= 1% and value <= 4%", 0.04, Status.Pass)]
    public void Evaluate_DurationOrPercentRule_ComparesHoursOrFractions(string pass, double value, Status expected)
    {
        Compile(pass).Evaluate(value, null, 1, 0).ShouldBe(expected);
    }

    [Theory]
    [InlineData(2.2, 2.0, Status.Pass)]      // exactly 10% worse
    [InlineData(2.3, 2.0, Status.Fail)]
    [InlineData(1.0, 2.0, Status.Pass)]
    [InlineData(2.0, null, Status.NoData)]   // nothing to compare with
    public void Evaluate_NoWorseThanPreviousBy10Percent_UsesThePreviousValue(double value, double? previous, Status expected)
    {
        Compile("value <= previous * 1.1").Evaluate(value, previous, 1, 0).ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_PreviousPassRuleWithoutPreviousButWarnHolds_IsWarn()
    {
        Compile("value <= previous", warn: "<= 3").Evaluate(2, null, 1, 0).ShouldBe(Status.Warn);
    }

    [Fact]
    public void UsesPrevious_RuleNamingPrevious_IsTrue()
    {
        Compile("value <= previous * 1.1").UsesPrevious.ShouldBeTrue();
        Compile("< 2", "<= 3").UsesPrevious.ShouldBeFalse();
    }

    [Theory]
    [InlineData("< 2", "<= 3", "< 2 (warn ≤ 3)")]
    [InlineData(">= 90%", null, "≥ 90%")]
    [InlineData(null, "<= 1h", "warn ≤ 1h")]
    public void Display_PassAndWarn_ReadsAsWritten(string? pass, string? warn, string expected)
    {
        Compile(pass, warn).Display.ShouldBe(expected);
    }

    [Fact]
    public void Compile_NoRules_IsNoTarget()
    {
        TargetRule.Compile(new TargetDefinition(null, null, At), new DiagnosticBag()).ShouldBeNull();
        TargetRule.Compile(null, new DiagnosticBag()).ShouldBeNull();
    }

    [Fact]
    public void Compile_UnknownName_ReportsItAtItsColumn()
    {
        CompileErrors("valu < 2").ShouldBe([
            "report.yaml:7:20: error: unknown name 'valu' in target 'valu < 2': a target compares 'value' (and 'previous'), e.g. \"< 2\" or \"value <= previous * 1.1\""]);
    }

    [Fact]
    public void Compile_ParseError_ReportsItAtTheOffendingCharacter()
    {
        var diagnostics = new DiagnosticBag();

        TargetRule.Compile(new TargetDefinition(Rule("<= 1x"), null, At), diagnostics);

        // "x" is the 5th character: column 20 + 4
        diagnostics.Select(d => d.ToString()).ShouldBe([
            "report.yaml:7:24: error: in target '<= 1x': unknown duration unit 'x': use s, m, h, d or w"]);
    }

    [Fact]
    public void Compile_RuleThatIsNoCondition_IsAnError()
    {
        CompileErrors("value * 2").ShouldBe([
            "report.yaml:7:20: error: in target 'value * 2': a target must be a condition, e.g. \"< 2\" or \"value <= previous * 1.1\""]);
    }
}
