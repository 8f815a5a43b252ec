using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Definitions;

/// <summary>Units, directions and output formats are closed sets (enums) read from and written as their YAML names.</summary>
public sealed class MetricUnitTests
{
    [Fact]
    public void WireNames_AreTheYamlSpellings()
    {
        MetricUnits.All.ShouldBe(["count", "hours", "percent", "points", "score", "currency", "ratio"]);
        MetricDirections.All.ShouldBe(["higher", "lower", "none"]);
        MetricUnits.Parse("percent").ShouldBe(MetricUnit.Percent);
        MetricUnits.Parse("Percent").ShouldBeNull();
        MetricDirections.Parse("lower").ShouldBe(MetricDirection.Lower);
        Enum.GetValues<OutputFormat>().Select(OutputFormats.ToWire).ShouldBe(OutputFormats.Run);
        OutputFormats.Run.ShouldBe(["html", "pdf", "json", "csv", "xlsx", "email"]);
    }

    [Fact]
    public void Plan_Formats_AreTheRequestedOnesInOrderWithoutRepeats()
    {
        var plan = TestReport.Plan("""
            id: test
            metrics:
              - metric: ticket_volume
            output: { formats: [json, xlsx, json, email] }
            """);

        plan.Formats.ShouldBe([OutputFormat.Json, OutputFormat.Xlsx, OutputFormat.Email]);
    }

    [Fact]
    public void Plan_UnknownUnitAndDirection_AreErrorsAtTheirValues()
    {
        var errors = Should.Throw<DefinitionException>(() => TestReport.Plan("""
            id: test
            metrics:
              - metric: custom
            define:
              custom:
                table: tickets
                value: count()
                unit: furlongs
                direction: sideways
            """)).Diagnostics.Select(d => d.ToString()).ToArray();

        errors.ShouldBe([
            "report.yaml:8:11: error: unknown unit 'furlongs': use count, hours, percent, points, score, currency, ratio",
            "report.yaml:9:16: error: unknown direction 'sideways': use higher, lower, none",
        ]);
    }

    [Fact]
    public void Catalog_UnitsAndDirections_ReachTheModelByTheirNames()
    {
        var metric = TestReport.Catalog.Metrics["first_response_time"];

        metric.Unit.ShouldBe(MetricUnit.Hours);
        metric.Direction.ShouldBe(MetricDirection.Lower);
        TestReport.Catalog.Metrics["csat"].FindStat("mean")!.Unit.ShouldBe(MetricUnit.Score);
    }
}
