using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Definitions;

/// <summary>A report's <c>id</c> is read through its shape (<see cref="ReportKeys.Shape"/>), the pattern the schema is
/// written with, read as JSON Schema reads it: the whole text, a final line break included.</summary>
public sealed class ReportIdShapeTests
{
    private static string[] Errors(string yaml) =>
        Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void AnIdEndingInALineBreak_IsRefusedAtTheId()
    {
        // A block scalar keeps its final line break: "monthly\n" would name "monthly\n.html".
        Errors("id: |\n  monthly\nmetrics:\n  - metric: ticket_volume\n").ShouldBe([
            "report.yaml:1:5: error: id 'monthly\n' names the output files: use letters, digits, '-' and '_' only",
        ]);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("monthly-support_2026", true)]
    [InlineData("", false)]
    [InlineData("monthly report", false)]
    [InlineData("zażółć", false)]
    public void TheIdRule_IsTheShapesPattern(string id, bool accepted)
    {
        var pattern = ReportKeys.Id.Of.Pattern!;
        System.Text.RegularExpressions.Regex.IsMatch(id, pattern).ShouldBe(accepted);
        var diagnostics = new DiagnosticBag();

        ReportDefinitionLoader.Parse("report.yaml", $"id: \"{id}\"\nmetrics:\n  - metric: ticket_volume\n", TestReport.Catalog, diagnostics);

        diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())
            .ShouldBe(accepted ? [] : [$"report.yaml:1:5: error: id '{id}' names the output files: use letters, digits, '-' and '_' only"]);
    }

    [Fact]
    public void AnIdOfAHundredAndOneCharacters_IsRefused()
    {
        var diagnostics = new DiagnosticBag();

        ReportDefinitionLoader.Parse("report.yaml", $"id: {new string('a', 101)}\nmetrics:\n  - metric: ticket_volume\n", TestReport.Catalog, diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldContain(d => d.StartsWith("report.yaml:1:5: error: id 'aaa", StringComparison.Ordinal));
    }
}
