using System.Text.Json;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;

namespace ReportBuilder.Tests.Definitions;

/// <summary>The places where the JSON Schema and the loaders once disagreed; each now reads through the one shape.</summary>
public sealed class SchemaDriftTests
{
    private static string[] Errors(string yaml) =>
        Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void Define_AStringTarget_IsThePassRule_AsTheSchemaAllows()
    {
        var plan = TestReport.Plan("""
            id: test
            metrics:
              - metric: busy
            define:
              busy:
                table: tickets
                value: count()
                target: "> 5"
            """);

        var target = plan.Definition.CustomMetrics["busy"].DefaultStat.Target!;
        target.Pass!.Value.ShouldBe("> 5");
        target.Pass.Location.ToString().ShouldBe("report.yaml:8:14");
        target.Warn.ShouldBeNull();
    }

    [Fact]
    public void Define_AStringTargetOfAStat_IsThePassRuleToo()
    {
        var plan = TestReport.Plan("""
            id: test
            metrics:
              - metric: busy
            define:
              busy:
                table: tickets
                stats:
                  total: { value: count(), target: ">= 1" }
            """);

        plan.Definition.CustomMetrics["busy"].DefaultStat.Target!.Pass!.Value.ShouldBe(">= 1");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void Mix_TheYaml12CoreBooleans_AreReadAsTheSchemaReadsThem(string written, bool mix)
    {
        var plan = TestReport.Plan($"""
            id: test
            metrics:
              - metric: share
            define:
              share:
                table: tickets
                value: count()
                breakdown: [channel]
                mix: {written}
            """);

        plan.Definition.CustomMetrics["share"].Mix.ShouldBe(mix);
    }

    [Theory]
    [InlineData("yes", "report.yaml:8:10: error: mix is 'yes': write true (show each row's share of the count) or false (YAML 1.2 reads yes as text, not as a flag)")]
    [InlineData("'true'", "report.yaml:8:10: error: mix is 'true': write true (show each row's share of the count) or false without quotes")]
    [InlineData("1", "report.yaml:8:10: error: mix is '1': write true (show each row's share of the count) or false")]
    public void Mix_AnythingElse_IsRefusedAtTheValue(string written, string error)
    {
        Errors($"""
            id: test
            metrics:
              - metric: share
            define:
              share:
                table: tickets
                value: count()
                mix: {written}
            """).ShouldBe([error]);
    }

    [Fact]
    public void Strict_And_Remove_ReadFlagsTheSameWay()
    {
        Errors("""
            id: test
            strict: on
            metrics:
              - metric: ticket_volume
                remove: no
            """).ShouldBe([
            "report.yaml:2:9: error: strict is 'on': write true (data-quality findings fail the run with exit 3) or false (YAML 1.2 reads on as text, not as a flag)",
            "report.yaml:5:13: error: remove is 'no': write true (drop the base's entry of this name) or false (YAML 1.2 reads no as text, not as a flag)",
        ]);
        TestReport.Plan("id: test\nstrict: True\nmetrics:\n  - metric: ticket_volume\n").Definition.Strict.ShouldBeTrue();
    }

    [Fact]
    public void Compare_TheValuesThePlannerNames_AreTheSchemasEnum()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("configs", "report.schema.json")));
        var values = schema.RootElement.GetProperty("properties").GetProperty("compare").GetProperty("enum")
            .EnumerateArray().Select(v => v.GetString()!).ToList();

        foreach (var value in values)
        {
            TestReport.Plan($"id: test\nperiod: 2026-10\ncompare: {value}\nmetrics:\n  - metric: ticket_volume\n").Definition.Compare!.Value.ToWire().ShouldBe(value);
        }

        Errors("id: test\nperiod: 2026-10\ncompare: last_year\nmetrics:\n  - metric: ticket_volume\n")
            .ShouldBe([$"report.yaml:3:10: error: unknown comparison 'last_year': use {string.Join(", ", values)}"]);
    }

    [Fact]
    public void Name_OutsideTheSchemasPattern_IsRefusedAtTheValue()
    {
        Errors("""
            id: test
            metrics:
              - metric: ticket_volume
                name: ticket volume
            """).ShouldBe(["report.yaml:4:11: error: name 'ticket volume' names a key of the JSON output: use letters, digits, '-' and '_' only"]);
    }

    [Fact]
    public void Integers_AreNumbers_NotQuotedText_AsTheSchemaSays()
    {
        Errors("""
            id: test
            trend: "3"
            metrics:
              - metric: ticket_volume
            """).ShouldBe(["report.yaml:2:8: error: trend must be a whole number from 0 to 60 without quotes, not '3'"]);
    }

    [Fact]
    public void Paper_IsOneOfTheSchemasValues_Exactly()
    {
        Errors("""
            id: test
            metrics:
              - metric: ticket_volume
            output: { paper: A4 }
            """).ShouldBe(["report.yaml:4:18: error: unknown paper size 'A4': use a4, letter"]);
    }

    [Theory]
    [InlineData("True", true, "")]
    [InlineData("FALSE", false, "")]
    [InlineData("yes", false, "d.yaml:7:20: error: skip_if_empty is 'yes': write true (record 'skipped' and send nothing when no metric has data) or false (YAML 1.2 reads yes as text, not as a flag)")]
    public void Deliveries_SkipIfEmpty_ReadsTheSameBooleans(string written, bool skip, string error)
    {
        var diagnostics = new DiagnosticBag();
        var config = DeliveryConfigLoader.Parse("d.yaml", $$"""
            smtp: { host: mail.example.com, from: reports@example.com }
            deliveries:
              - id: monthly
                report: report.yaml
                schedule: "0 7 1 * *"
                to: [lead@example.com]
                skip_if_empty: {{written}}
            """, diagnostics);

        string.Join("\n", diagnostics.Select(d => d.ToString())).ShouldBe(error);
        if (error.Length == 0)
        {
            config!.Deliveries.Single().SkipIfEmpty.ShouldBe(skip);
        }
    }
}
