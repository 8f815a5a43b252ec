using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Tests.Import;

/// <summary>What a vendor's shape cannot carry: the reason, and the SQL that makes the demo database say only what the
/// vendor's export can (run on a copy of it, to give the report the import must equal).</summary>
internal sealed record Difference(string Reason, string Sql);

/// <summary>
/// The round trip of issue 21: demo data → written out in a vendor's shapes by a test exporter → imported with the real
/// importer → the report's JSON equals the demo database's report, once the demo database is made to say only what the
/// vendor's shape can carry (<see cref="Difference"/>). Each difference must change rows of the demo data, so that none
/// is stated in vain.
/// </summary>
internal sealed class RoundTrip : IDisposable
{
    public const string Definition = """
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

    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("rb-roundtrip-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>A small demo database: 600 tickets over three months up to November 2026.</summary>
    public async Task<string> DemoAsync()
    {
        var demo = PathOf("demo.db");
        var run = await CliHarness.RunAsync("demo-data", "--out", demo, "--tickets", "600", "--months", "3", "--end", "2026-11-01");
        run.ExitCode.ShouldBe(0, run.Output + run.Errors);
        return demo;
    }

    /// <summary><c>reportbuilder import VENDOR EXPORT --to TARGET</c>; its summary.</summary>
    public static async Task<string> ImportAsync(string vendor, string export, string target)
    {
        var import = await CliHarness.RunAsync("import", vendor, export, "--to", target, "--quiet");
        import.ExitCode.ShouldBe(0, import.Output + import.Errors);
        return import.Output;
    }

    /// <summary>A copy of <paramref name="database"/> with each difference applied; each must change rows.</summary>
    public string VendorView(string database, string name, IEnumerable<Difference> differences)
    {
        var copy = PathOf(name + ".db");
        File.Copy(database, copy);
        using var db = new SqliteConnection($"Data Source={copy};Pooling=False");
        db.Open();
        foreach (var difference in differences)
        {
            using var command = db.CreateCommand();
            command.CommandText = difference.Sql;
            command.ExecuteNonQuery().ShouldBeGreaterThan(0, $"the difference '{difference.Reason}' changes no row of the demo data");
        }

        return copy;
    }

    /// <summary>The report's metrics over October 2026 as JSON text.</summary>
    public async Task<string> ReportAsync(string database, string name)
    {
        var yaml = PathOf(name + ".yaml");
        await File.WriteAllTextAsync(yaml, Definition.Replace("id: roundtrip", "id: " + name, StringComparison.Ordinal));
        var run = await CliHarness.RunAsync("run", yaml, "--db", database, "--format", "json", "--out", PathOf(name), "--as-of", "2026-11-05");
        run.ExitCode.ShouldBe(0, run.Output + run.Errors);
        var json = JsonNode.Parse(await File.ReadAllBytesAsync(Path.Combine(PathOf(name), name + ".json")))!;
        var metrics = json["metrics"]!.AsArray();
        metrics.Count.ShouldBe(13);
        return new JsonObject { ["metrics"] = metrics.DeepClone() }.ToJsonString();
    }
}
