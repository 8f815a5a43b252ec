using System.Text.Json.Nodes;

namespace ReportBuilder.Tests.Import;

/// <summary>Demo data written out in Zendesk's shapes and imported gives the same report as the demo database itself.</summary>
public sealed class ZendeskRoundTripTests : IDisposable
{
    private const string Definition = """
        id: roundtrip
        title: Round trip
        timezone: Europe/Warsaw
        period: 2026-10
        metrics:
          - metric: ticket_volume
            breakdown: [channel, tier]
          - metric: replies_per_ticket
          - metric: one_touch_rate
          - metric: resolution_rate
            breakdown: [priority]
          - metric: confirmed_resolution_rate
          - metric: first_response_time
            breakdown: [agent]
          - metric: first_response_sla
          - metric: avg_response_time
          - metric: resolution_time
            breakdown: [team]
          - metric: reopen_rate
          - metric: channel_mix
          - metric: csat
            breakdown: [agent]
          - metric: top_issues
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-import-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Importing_demo_data_exported_in_zendesk_shapes_gives_the_demo_database_s_report()
    {
        var demo = Path.Combine(_directory, "demo.db");
        (await CliHarness.RunAsync("demo-data", "--out", demo, "--tickets", "600", "--months", "3", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        var export = Path.Combine(_directory, "export");
        ZendeskTestExporter.Export(demo, export);
        var imported = Path.Combine(_directory, "imported.db");
        var import = await CliHarness.RunAsync("import", "zendesk", export, "--to", imported, "--quiet");
        import.ExitCode.ShouldBe(0, import.Output + import.Errors);
        import.Output.ShouldContain("skipped 1: deleted ticket");
        import.Output.ShouldContain("skipped 1: ticket merged into another");
        import.Output.ShouldContain("skipped 1: comment of a deleted or merged ticket");

        var expected = await ReportAsync(demo, "demo");
        var actual = await ReportAsync(imported, "imported");
        actual.ToJsonString().ShouldBe(expected.ToJsonString());
        expected["metrics"]!.AsArray().Count.ShouldBe(13);
        // The agents come back whole: name, team (the group) and address (a scorecard delivery's agents.email).
        CanonicalRows.Of(imported, "agents").ShouldBe(CanonicalRows.Of(demo, "agents"));
        CanonicalRows.Of(imported, "agents").ShouldAllBe(row => row.EndsWith("@example.com", StringComparison.Ordinal));
    }

    /// <summary>The report's metrics as JSON, without the CSAT mean: Zendesk's good/bad scale keeps the share of satisfied
    /// answers (the vendor's CSAT), not the 1–5 rating the demo drew.</summary>
    private async Task<JsonNode> ReportAsync(string database, string name)
    {
        var yaml = Path.Combine(_directory, name + ".yaml");
        await File.WriteAllTextAsync(yaml, Definition.Replace("id: roundtrip", "id: " + name, StringComparison.Ordinal));
        var run = await CliHarness.RunAsync("run", yaml, "--db", database, "--format", "json", "--out", Path.Combine(_directory, name), "--as-of", "2026-11-05");
        run.ExitCode.ShouldBe(0, run.Output + run.Errors);
        var json = JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(_directory, name, name + ".json")))!;
        var metrics = json["metrics"]!.AsArray();
        foreach (var metric in metrics.Where(m => (string?)m!["id"] == "csat"))
        {
            RemoveMean(metric!);
        }

        return new JsonObject { ["metrics"] = metrics.DeepClone() };
    }

    private static void RemoveMean(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("mean");
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        RemoveMean(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        RemoveMean(child);
                    }
                }

                break;
        }
    }
}
