namespace ReportBuilder.Tests.Reliability;

/// <summary>A real <c>reportbuilder run</c> finishes the set a killed run left half-moved in its output folder.</summary>
public sealed class StagedRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-staged-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Run_AfterAKillDuringTheMoves_LeavesEveryReportsSetWhole()
    {
        using (var db = new TestDatabase())
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

    /// <summary>A run killed (SIGKILL) at a point in its work, then the next run's recovery: every file of the report is
    /// September's or every one is October's, never some of each.</summary>
    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task Run_KilledAtAnyMoment_LeavesAllOldOrAllNewAfterRecovery()
    {
        using (var db = new TestDatabase())
        {
            for (var day = 1; day <= 28; day++)
            {
                db.Ticket($"2026-09-{day:00} 10:00", solved: $"2026-09-{day:00} 12:00", status: "solved", replies: day % 3);
                db.Ticket($"2026-10-{day:00} 10:00", solved: $"2026-10-{day:00} 15:00", status: "solved", replies: day % 4);
                db.Ticket($"2026-10-{day:00} 11:00", replies: 1);   // October differs in every metric: more tickets, some open
            }

            File.Copy(db.Path, Path.Combine(_directory, "support.db"));
        }

        var report = Path.Combine(_directory, "r.yaml");
        await File.WriteAllTextAsync(report, "id: r\ntitle: R\nsource: { sqlite: support.db }\nmetrics:\n  - metric: ticket_volume\n" +
            "  - metric: replies_per_ticket\n  - metric: resolution_time\n  - metric: resolution_rate\noutput: { dir: out, formats: [html, json, csv] }\n");
        string[] Run(string period, string dir) => ["run", report, "--period", period, "--as-of", "2026-11-05", "--out", dir];
        var september = Path.Combine(_directory, "september");
        var october = Path.Combine(_directory, "october");
        var outDir = Path.Combine(_directory, "out");
        (await CliHarness.RunAsync(Run("2026-09", september))).ExitCode.ShouldBe(0);
        (await CliHarness.RunAsync(Run("2026-10", october))).ExitCode.ShouldBe(0);
        var names = Directory.GetFiles(october).Select(f => Path.GetFileName(f)!).Order().ToArray();
        names.Length.ShouldBe(6);   // HTML, JSON and one CSV per metric
        names.Where(n => Content(Path.Combine(october, n)) == Content(Path.Combine(september, n))).ShouldBeEmpty("each file tells the months apart");

        // A file's content without the generation time (the JSON's "at", the HTML's footer), which differs from run to run:
        // the HTML by its title.
        static string Content(string file) => file.EndsWith(".html", StringComparison.Ordinal)
            ? System.Text.RegularExpressions.Regex.Match(File.ReadAllText(file), "<title>[^<]*</title>").Value
            : string.Join('\n', File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("\"at\":", StringComparison.Ordinal)));
        Content(Path.Combine(october, "r.html")).ShouldBe("<title>R — October 2026</title>");
        string Which(string name)
        {
            var content = Content(Path.Combine(outDir, name));
            return content == Content(Path.Combine(october, name)) ? "october" : content == Content(Path.Combine(september, name)) ? "september" : "other";
        }

        var seen = new HashSet<string>();
        foreach (var delay in new[] { 300, 700, 1100, 1500, 1900, 2400, 3000 })
        {
            Directory.CreateDirectory(outDir);
            foreach (var name in names)
            {
                File.Copy(Path.Combine(september, name), Path.Combine(outDir, name), overwrite: true);
            }

            using var run = CliProcess.Start(Run("2026-10", outDir));
            await Task.WhenAny(run.WaitForExitAsync(), Task.Delay(delay));
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();

            ReportBuilder.IO.AtomicFile.RecoverInterruptedSets(outDir, TimeProvider.System);   // what the next run into the folder does first

            var set = names.Select(Which).Distinct().ToArray();
            set.Length.ShouldBe(1, $"killed after {delay} ms: {string.Join(", ", names.Select(n => $"{n}={Which(n)}"))}");
            set[0].ShouldNotBe("other");
            seen.Add(set[0]);
            Directory.GetDirectories(outDir, ".reportbuilder-run-*").ShouldBeEmpty();
            Directory.Delete(outDir, recursive: true);
        }

        seen.ShouldContain("september", "some kill came before the run's commit");
    }
}
