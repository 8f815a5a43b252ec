using ReportBuilder.Calendars;
using ReportBuilder.Definitions;
using ReportBuilder.Delivery.Schedules;

namespace ReportBuilder.Tests.Definitions;

/// <summary>Each committed JSON Schema is what the shapes its loader reads through generate, and <c>reportbuilder schema</c>
/// prints it: report definitions, metric definitions, the data model, deliveries files and business calendars.</summary>
public sealed class SchemaFilesTests
{
    public static TheoryData<string, string[]> Schemas() => new()
    {
        { "report.schema.json", [] },
        { "metrics.schema.json", ["--metrics"] },
        { "model.schema.json", ["--model"] },
        { "deliveries.schema.json", ["--deliveries"] },
        { "calendars.schema.json", ["--calendars"] },
    };

    private static string Generated(string file) => file switch
    {
        "report.schema.json" => DefinitionSchema.Json(),
        "metrics.schema.json" => DefinitionSchema.MetricsJson(),
        "model.schema.json" => ModelSchema.Write(),
        "deliveries.schema.json" => DeliverySchema.Write(),
        "calendars.schema.json" => CalendarSchema.Write(),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task CommittedSchema_IsWhatTheLoaderShapesGenerate(string file, string[] flags)
    {
        (await File.ReadAllTextAsync(RepositoryFiles.PathOf("configs", file))).ShouldBe(Generated(file),
            $"regenerate it: {string.Join(" ", ["reportbuilder", "schema", .. flags, "--out", $"configs/{file}"])}");
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task SchemaCommand_PrintsTheSchema(string file, string[] flags)
    {
        var outcome = await CliHarness.RunAsync(["schema", .. flags]);

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldBe(Generated(file));
    }
}
