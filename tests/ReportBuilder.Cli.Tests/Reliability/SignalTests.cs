using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ReportBuilder.Cli.Hosting;

namespace ReportBuilder.Tests.Reliability;

/// <summary>Issue #24 item 8: SIGTERM ends a run within seconds with exit 143 whatever stage it is in: the stages that can
/// stop (templates, charts, the browser) stop; one that cannot (a SQLite busy wait) is not waited for past the grace.</summary>
[Trait(TestCategory.Name, TestCategory.Process)]
public sealed class SignalTests : IDisposable
{
    private const string Stopped = "interrupted by SIGTERM: stopped, the browser and its processes too; files already written are complete\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-signal-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Database()
    {
        using var db = new TestDatabase();
        db.Customer(1).Ticket("2026-10-05 10:00");
        var path = Path.Combine(_directory, "support.db");
        File.Copy(db.Path, path);
        return path;
    }

    private async Task<string> ReportAsync(string extra = "")
    {
        var report = Path.Combine(_directory, "r.yaml");
        await File.WriteAllTextAsync(report, $"id: r\ntitle: R\nsource: {{ sqlite: support.db }}\nperiod: 2026-10\n{extra}" +
            "metrics:\n  - metric: ticket_volume\noutput: { dir: out }\n");
        return report;
    }

    /// <summary>Starts the run, sends SIGTERM after <paramref name="after"/>, and returns its exit code, standard error and
    /// how long it took to end after the signal.</summary>
    private static async Task<(int Code, string Errors, TimeSpan Took)> TerminateAsync(TimeSpan after, params string[] args)
    {
        using var run = CliProcess.Start(args);
        var errors = run.StandardError.ReadToEndAsync();
        var output = run.StandardOutput.ReadToEndAsync();
        await Task.Delay(after);
        run.HasExited.ShouldBeFalse("the run was still at work when the signal came");

        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", $"{run.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await run.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            run.Kill(entireProcessTree: true);
            throw;
        }

        await output;
        return (run.ExitCode, await errors, clock.Elapsed);
    }

    [Fact]
    public async Task Run_SigtermWhileTheTemplateRenders_Exits143WithinSeconds()
    {
        Database();
        // 150,000 replacements in a string of a million characters: far longer than the seconds before the signal (the
        // 30 s time limit would stop it), each step short.
        await File.WriteAllTextAsync(Path.Combine(_directory, "slow.html.sbn"),
            "{{ s = 'x' }}{{ for i in 1..20 }}{{ s = s + s }}{{ end }}{{ for i in 1..150000 }}{{ r = s | string.replace 'x' 'y' }}{{ end }}");
        var report = await ReportAsync("template: slow.html.sbn\n");

        var (code, errors, took) = await TerminateAsync(TimeSpan.FromSeconds(6), "run", report, "--format", "html");

        errors.ShouldBe(Stopped);
        code.ShouldBe(143);
        took.ShouldBeLessThan(TimeSpan.FromSeconds(8), "the template stops at its next step");
        File.Exists(Path.Combine(_directory, "out", "r.html")).ShouldBeFalse("nothing half-rendered is written");
    }

    [Trait(TestCategory.Name, TestCategory.Slow)]
    [Fact]
    public async Task Run_SigtermWhileSqliteWaitsOutALock_Exits143AfterTheGrace_NotAfterTheBusyWait()
    {
        // Another program holds the database's write lock: SQLite waits up to 30 s for it, and that wait cannot be cancelled.
        // Before, SIGTERM was ignored there: the run ended 27 s later with exit 3.
        var path = Database();
        var report = await ReportAsync();
        using var writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        writer.Open();
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "BEGIN EXCLUSIVE; INSERT INTO agents (id, name, team) VALUES (999, 'Writer', 'Support');";
            command.ExecuteNonQuery();
        }

        var (code, errors, took) = await TerminateAsync(TimeSpan.FromSeconds(4), "run", report, "--format", "json");

        errors.ShouldBe(Stopped);
        code.ShouldBe(143);
        took.ShouldBeLessThan(Interruption.Grace + TimeSpan.FromSeconds(5), "ended at the grace, not when SQLite gave up");
        File.Exists(Path.Combine(_directory, "out", "r.json")).ShouldBeFalse();
    }
}
