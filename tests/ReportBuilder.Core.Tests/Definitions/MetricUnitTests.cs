using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Definitions;

/// <summary>Units, directions and output formats are closed sets (enums) read from and written as their YAML names.</summary>
public sealed class MetricUnitTests
{
    [Fact]
    public void WireNames_AreTheYamlSpellings()
    {
        WireNames.All<MetricUnit>().ShouldBe(["count", "hours", "percent", "points", "score", "currency", "ratio"]);
        WireNames.All<MetricDirection>().ShouldBe(["higher", "lower", "none"]);
        WireNames.Parse<MetricUnit>("percent").ShouldBe(MetricUnit.Percent);
        WireNames.Parse<MetricUnit>("Percent").ShouldBeNull();
        WireNames.Parse<MetricDirection>("lower").ShouldBe(MetricDirection.Lower);
        WireNames.All<OutputFormat>().ShouldBe(OutputFormats.Run);
        OutputFormats.Run.ShouldBe(["html", "pdf", "json", "csv", "xlsx", "email"]);
        // Several words are joined by underscores, the JSON's and the ledger's spelling.
        WireNames.All<Status>().ShouldBe(["none", "pass", "warn", "fail", "no_data", "insufficient_data"]);
        Status.InsufficientData.ToWire().ShouldBe("insufficient_data");
        WireNames.Parse<Status>("no_data").ShouldBe(Status.NoData);
        WireNames.Parse<Status>("NoData").ShouldBeNull();
        WireNames.Parse<Status>(null).ShouldBeNull();
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
