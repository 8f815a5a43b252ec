using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Tests.Definitions;

/// <summary>The shipped example that maps a help-desk export (own table and column names, Unix seconds, ISO text,
/// milliseconds, its own status and channel spellings) onto the canonical model, run end to end.</summary>
public sealed class OwnSchemaTests : IDisposable
{
    private static readonly string Example = RepositoryFiles.PathOf("examples", "own-schema");
    private readonly string _dir = Directory.CreateTempSubdirectory("rb-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_ExportMappedOntoTheModel_GivesTheHandComputedNumbers()
    {
        var database = await MakeExportAsync();

        var outcome = await CliHarness.RunAsync("run", Path.Combine(Example, "export-report.yaml"), "--db", database, "--out", _dir, "--format", "json");

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, "export-report.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);

        // October: tickets 1–5 were opened (Unix seconds); email 1, 3, 5; chat 2; phone 4. September: 6 and 7.
        metrics["ticket_volume"].GetProperty("value").GetDouble().ShouldBe(5);
        metrics["ticket_volume"].GetProperty("previous").GetProperty("value").GetDouble().ShouldBe(2);
        Breakdown(metrics["ticket_volume"], "channel").ShouldBe(new Dictionary<string, double> { ["chat"] = 1, ["email"] = 3, ["phone"] = 1 });

        // Solved in October ('Resolved'/'Closed', resolved in ms): 1 (1 reply), 2 (2), 5 (3), 7 (4, opened in September): 10 / 4.
        metrics["replies_per_ticket"].GetProperty("value").GetDouble().ShouldBe(2.5);
        // Ada Lovelace: ticket 1 → 1; Grace Hopper: 2, 5, 7 → (2 + 3 + 4) / 3 = 3. September: ticket 6 alone → 1.
        Breakdown(metrics["replies_per_ticket"], "agent").ShouldBe(new Dictionary<string, double> { ["Ada Lovelace"] = 1, ["Grace Hopper"] = 3 });
        metrics["replies_per_ticket"].GetProperty("previous").GetProperty("value").GetDouble().ShouldBe(1);

        // First replies (ISO text): 0.5 h, 2 h, 0.25 h, 1 h; ticket 4 has none. Median of .25, .5, 1, 2 = 0.75 h.
        metrics["first_response_median"].GetProperty("value").GetDouble().ShouldBe(0.75);
        // Resolution times of the solved cohort: 4 h, 24 h, 48 h, 24 h → median 24 h; September: ticket 6, 2 h.
        metrics["resolution_median"].GetProperty("value").GetDouble().ShouldBe(24);
        metrics["resolution_median"].GetProperty("previous").GetProperty("value").GetDouble().ShouldBe(2);
        // Created in October and solved before November: 1, 2, 5 of 5. September: 6 of 6 and 7 (7 solved in October).
        metrics["resolution_rate"].GetProperty("value").GetDouble().ShouldBe(0.6);
        metrics["resolution_rate"].GetProperty("previous").GetProperty("value").GetDouble().ShouldBe(0.5);
    }

    [Fact]
    public async Task Run_MappingNamesAMissingColumn_PointsAtTheMappingLineAndExits3()
    {
        var database = await MakeExportAsync();
        foreach (var file in Directory.GetFiles(Example, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_dir, Path.GetFileName(file)));
        }

        var mapping = Path.Combine(_dir, "export-model.yaml");
        await File.WriteAllTextAsync(mapping, (await File.ReadAllTextAsync(mapping)).Replace("name: full_name", "name: fullname", StringComparison.Ordinal));

        var outcome = await CliHarness.RunAsync("run", Path.Combine(_dir, "export-report.yaml"), "--db", database, "--format", "json", "--out", _dir);

        outcome.ExitCode.ShouldBe(3);
        outcome.Errors.Split('\n')[0].ShouldBe(
            $"{mapping}:23:11: error: table 'staff' has no column 'fullname' (mapped to agents.name): fix the mapping; the table has staff_id, full_name, squad");
    }

    private static Dictionary<string, double> Breakdown(JsonElement metric, string dimension) =>
        metric.GetProperty("breakdowns").GetProperty(dimension).EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("value").GetDouble());

    private async Task<string> MakeExportAsync()
    {
        var path = Path.Combine(_dir, "export.db");
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = await File.ReadAllTextAsync(Path.Combine(Example, "helpdesk-export.sql"));
        await command.ExecuteNonQueryAsync();
        return path;
    }
}
