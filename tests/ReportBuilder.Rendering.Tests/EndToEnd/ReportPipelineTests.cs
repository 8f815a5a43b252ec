using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Planning;
using ReportBuilder.Rendering.Pipeline;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The pipeline service from definition file to files, in an environment the test passes in.</summary>
public sealed class ReportPipelineTests : IDisposable
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero));
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-pipeline-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_OutputFolderIsAFile_FailsBeforeAnySqlRuns()
    {
        // The database is no SQLite file at all: reading it would fail with a data-source error, so a definition error
        // about the output folder proves the folder was checked first.
        var database = Path.Combine(_directory, "not-a-database.db");
        File.WriteAllText(database, "this is no database");
        var blocked = Path.Combine(_directory, "out");
        File.WriteAllText(blocked, "a file where the folder must be");
        var pipeline = new ReportPipeline(TestEnvironment.For(Clock));

        var error = await Should.ThrowAsync<DefinitionException>(() =>
            pipeline.RunAsync(new ReportRequest(WriteReport(), new RunOptions(database, OutputDirectory: blocked, Formats: ["json"])), CancellationToken.None));

        error.Message.ShouldBe($"output.dir: error: {blocked} is not a folder: name a folder for the report's files (output.dir, or --out)");
        File.ReadAllText(database).ShouldBe("this is no database");
    }

    [Fact]
    public async Task Run_AFileNameTakenByAFolder_FailsBeforeAnySqlRuns()
    {
        var database = Path.Combine(_directory, "not-a-database.db");
        File.WriteAllText(database, "this is no database");
        var output = Path.Combine(_directory, "out");
        Directory.CreateDirectory(Path.Combine(output, "pipeline.json"));
        var pipeline = new ReportPipeline(TestEnvironment.For(Clock));

        var error = await Should.ThrowAsync<DefinitionException>(() =>
            pipeline.RunAsync(new ReportRequest(WriteReport(), new RunOptions(database, OutputDirectory: output, Formats: ["json"])), CancellationToken.None));

        error.Message.ShouldStartWith($"output.dir: error: {Path.Combine(output, "pipeline.json")} is a folder");
    }

    [Fact]
    public async Task Run_ReturnsEachFileWithTheBytesItWrote_AndTheEnvironmentsClockAsTheGenerationTime()
    {
        using var db = new TestDatabase().Ticket("2026-10-02 09:00").Ticket("2026-10-03 09:00");
        var output = Path.Combine(_directory, "out");
        var pipeline = new ReportPipeline(TestEnvironment.For(Clock));

        var result = await pipeline.RunAsync(new ReportRequest(WriteReport(), new RunOptions(await db.SourceAsync(), OutputDirectory: output,
            Formats: ["json", "csv"]), AsOf: "2026-11-05"), CancellationToken.None);

        result.Outputs.Select(o => (Path.GetFileName(o.Path), o.Format)).ShouldBe([
            ("pipeline.json", OutputFormat.Json), ("pipeline-ticket_volume.csv", OutputFormat.Csv)]);
        foreach (var file in result.Outputs)
        {
            File.ReadAllBytes(file.Path).ShouldBe(file.Bytes);
        }

        result.Model.Metrics.Single().Value.ShouldBe(2);
        result.Model.Footer.GeneratedAt.ShouldBe(Clock.GetUtcNow());
    }

    [Fact]
    public void Plan_AsOfADate_IsMidnightInTheReportsZone()
    {
        var pipeline = new ReportPipeline(TestEnvironment.For(Clock));

        var plan = pipeline.Plan(new ReportRequest(WriteReport("Europe/Berlin"), new RunOptions("x.db"), AsOf: "2026-11-05"));

        // Last month as of 5 November in Berlin: October, from midnight CEST (22:00 UTC the day before).
        plan.Periods[0].StartUtc.ShouldBe(new DateTimeOffset(2026, 9, 30, 22, 0, 0, TimeSpan.Zero));
    }

    private string WriteReport(string timezone = "UTC")
    {
        var path = Path.Combine(_directory, "pipeline.yaml");
        File.WriteAllText(path, $"""
            id: pipeline
            title: Pipeline
            timezone: {timezone}
            period: last_month
            metrics:
              - metric: ticket_volume
            """);
        return path;
    }
}
