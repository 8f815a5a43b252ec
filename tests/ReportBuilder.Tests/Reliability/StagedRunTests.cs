using ReportBuilder.Tests.Corpus;

namespace ReportBuilder.Tests.Reliability;

/// <summary>A real <c>reportbuilder run</c> finishes the set a killed run left half-moved in its output folder.</summary>
public sealed class StagedRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-staged-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_AfterAKillDuringTheMoves_LeavesEveryReportsSetWhole()
    {
        using (var db = new Support.TestDatabase())
        {
            db.Ticket("2026-09-05 10:00", solved: "2026-09-05 12:00", status: "solved");
            db.Ticket("2026-10-05 10:00", solved: "2026-10-05 14:00", status: "solved");
            db.Ticket("2026-10-06 10:00", solved: "2026-10-06 14:00", status: "solved");
            File.Copy(db.Path, Path.Combine(_directory, "support.db"));
        }

        var report = Path.Combine(_directory, "r.yaml");
        await File.WriteAllTextAsync(report, "id: r\ntitle: R\nsource: { sqlite: support.db }\nmetrics:\n  - metric: ticket_volume\n" +
            "output: { dir: out, formats: [html, json] }\n");
        var outDir = Path.Combine(_directory, "out");
        var october = Path.Combine(_directory, "october");

        // September's set in place; October's written elsewhere, then staged as a run killed after its first move leaves it.
        (await CliHarness.RunAsync("run", report, "--period", "2026-09")).ExitCode.ShouldBe(0);
        (await CliHarness.RunAsync("run", report, "--period", "2026-10", "--out", october)).ExitCode.ShouldBe(0);
        var staging = Path.Combine(outDir, $".reportbuilder-run-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "lock"), "");
        File.Copy(Path.Combine(october, "r.json"), Path.Combine(staging, "r.json"));
        File.WriteAllText(Path.Combine(staging, "commit"), "r.html\nr.json\n");
        File.Copy(Path.Combine(october, "r.html"), Path.Combine(outDir, "r.html"), overwrite: true);
        var september = File.ReadAllBytes(Path.Combine(outDir, "r.json"));
        september.ShouldNotBe(File.ReadAllBytes(Path.Combine(october, "r.json")));   // mixed: October's HTML, September's JSON

        // Another report's run into the same folder.
        await File.WriteAllTextAsync(Path.Combine(_directory, "other.yaml"), "id: other\ntitle: O\nsource: { sqlite: support.db }\n" +
            "period: 2026-10\nmetrics:\n  - metric: ticket_volume\noutput: { dir: out, formats: [json] }\n");
        (await CliHarness.RunAsync("run", Path.Combine(_directory, "other.yaml"))).ExitCode.ShouldBe(0);

        File.ReadAllBytes(Path.Combine(outDir, "r.json")).ShouldBe(File.ReadAllBytes(Path.Combine(october, "r.json")));
        File.ReadAllBytes(Path.Combine(outDir, "r.html")).ShouldBe(File.ReadAllBytes(Path.Combine(october, "r.html")));
        Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName).Order().ShouldBe(["other.json", "r.html", "r.json"]);
    }
}
