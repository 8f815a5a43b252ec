using System.Diagnostics;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary>
/// The browser's life in real processes: <c>REPORTBUILDER_CHROMIUM</c> points at a wrapper script that logs each start and
/// runs the real Chromium, or stops it (SIGSTOP) after it started, as a hung browser does: 0.1 s after, since on a quiet
/// machine the whole PDF can be done within a second or two. Every process the wrapper starts
/// carries a marker in its environment, so a leftover one is found whatever its process group.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Process)]
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class BrowserProcessTests : IDisposable
{
    private readonly string _marker = Guid.NewGuid().ToString("N");
    private readonly DeliveryWorld _world = new();

    public void Dispose()
    {
        KillLeftovers();
        _world.Dispose();
    }

    private string Log => Path.Combine(_world.Folder, "chromium.log");

    /// <summary>A wrapper around the installed Chromium; with <paramref name="stopAfterSeconds"/> it freezes the browser then.</summary>
    private Dictionary<string, string> Wrapper(double? stopAfterSeconds = null, int deadlineSeconds = 60, string signal = "STOP")
    {
        var chromium = InstalledChromium.Require().ExecutablePath;
        var script = Path.Combine(_world.Folder, "chromium-wrapper.sh");
        var body = stopAfterSeconds is { } seconds
            ? $"""
              "{chromium}" "$@" &
              browser=$!
              sleep {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}
              kill -{signal} "$browser"
              echo stopped >> "{Log}"
              wait "$browser"
              """
            : $"exec \"{chromium}\" \"$@\"";
        File.WriteAllText(script, $"""
            #!/bin/sh
            echo start >> "{Log}"
            export RB_TEST_MARKER={_marker}
            {body}

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return new()
        {
            ["REPORTBUILDER_CHROMIUM"] = script,
            ["REPORTBUILDER_BROWSER_TIMEOUT"] = deadlineSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private string[] LogLines() => File.Exists(Log) ? File.ReadAllLines(Log) : [];

    private string[] RunPdf(string outDir) =>
        ["run", Path.Combine(_world.Folder, "monthly.yaml"), "--period", "2026-10", "--format", "pdf,json", "--out", outDir];

    [Fact]
    public async Task Run_HungBrowser_StopsItAtTheDeadline_ReportsExitFive_WritesTheOtherFormats_LeavesNoProcess()
    {
        var outDir = Path.Combine(_world.Folder, "hung");
        var clock = Stopwatch.StartNew();

        var outcome = await CliProcess.RunAsync(Wrapper(stopAfterSeconds: 0.1, deadlineSeconds: 5), RunPdf(outDir));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        outcome.ExitCode.ShouldBe(5, outcome.Errors);
        outcome.Errors.ShouldStartWith("error: pdf: Chromium did not answer within 5 s while ");
        outcome.Errors.ShouldEndWith("; it was stopped\n");
        File.Exists(Path.Combine(outDir, "monthly.json")).ShouldBeTrue();
        File.Exists(Path.Combine(outDir, "monthly.pdf")).ShouldBeFalse();
        LogLines().ShouldBe(["start", "stopped"]);
        (await LeftoversAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_PdfFailsAfterAGoodRun_RemovesLastRunsPdf_SoTheSetIsAllThisRuns()
    {
        var outDir = Path.Combine(_world.Folder, "mixed");
        var good = await CliProcess.RunAsync(Wrapper(), RunPdf(outDir));
        good.ExitCode.ShouldBe(0, good.Errors);
        File.Exists(Path.Combine(outDir, "monthly.pdf")).ShouldBeTrue();
        File.SetLastWriteTimeUtc(Path.Combine(outDir, "monthly.json"), new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc));

        var failed = await CliProcess.RunAsync(Wrapper(stopAfterSeconds: 0.1, deadlineSeconds: 5), RunPdf(outDir));

        failed.ExitCode.ShouldBe(5, failed.Errors);
        File.GetLastWriteTimeUtc(Path.Combine(outDir, "monthly.json")).ShouldBeGreaterThan(new DateTime(2026, 10, 2, 0, 0, 0, DateTimeKind.Utc),
            "this run's JSON replaced the last one");
        File.Exists(Path.Combine(outDir, "monthly.pdf")).ShouldBeFalse("last run's PDF must not stand beside this run's JSON");
        Directory.GetFileSystemEntries(outDir).Select(Path.GetFileName).ShouldBe(["monthly.json"]);
        (await LeftoversAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_ChromiumMissing_ExitsFiveLikeAnyBrowserFailure_AndWritesTheOtherFormats()
    {
        var outDir = Path.Combine(_world.Folder, "missing");
        var environment = new Dictionary<string, string> { ["REPORTBUILDER_CHROMIUM"] = Path.Combine(_world.Folder, "no-such-chromium") };

        var outcome = await CliProcess.RunAsync(environment, RunPdf(outDir));

        outcome.ExitCode.ShouldBe(5, outcome.Errors);
        outcome.Errors.ShouldBe($"error: pdf: Chromium not found at {Path.Combine(_world.Folder, "no-such-chromium")}: run scripts/setup.sh to " +
            "install it, or set REPORTBUILDER_CHROMIUM to the browser\n");
        File.Exists(Path.Combine(outDir, "monthly.json")).ShouldBeTrue();
    }

    [Fact]
    public async Task Run_BrowserCrashes_ReportsExitFive_AndTheOtherFormatsAreWritten()
    {
        var outDir = Path.Combine(_world.Folder, "crashed");

        var outcome = await CliProcess.RunAsync(Wrapper(stopAfterSeconds: 0.1, deadlineSeconds: 20, signal: "KILL"), RunPdf(outDir));

        outcome.ExitCode.ShouldBe(5, outcome.Errors);
        outcome.Errors.ShouldStartWith("error: pdf: Chromium ");
        File.Exists(Path.Combine(outDir, "monthly.json")).ShouldBeTrue();
        (await LeftoversAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("INT", 130, "SIGINT")]
    [InlineData("TERM", 143, "SIGTERM")]
    public async Task Run_SignalWhileTheBrowserHangs_CleansUpAndExitsWithTheSignalsCode(string signal, int code, string name)
    {
        using var run = CliProcess.Start(Wrapper(stopAfterSeconds: 0.1), RunPdf(Path.Combine(_world.Folder, "signal")));
        var errors = run.StandardError.ReadToEndAsync();
        var output = run.StandardOutput.ReadToEndAsync();
        for (var waited = 0; !LogLines().Contains("stopped") && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        LogLines().ShouldContain("stopped");
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", [$"-{signal}", $"{run.Id}"]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await run.WaitForExitAsync(timeout.Token);
        await output;

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15));
        run.ExitCode.ShouldBe(code);
        (await errors).ShouldBe($"interrupted by {name}: stopped, the browser and its processes too; files already written are complete\n");
        (await LeftoversAsync()).ShouldBeEmpty();
    }

    [Trait(TestCategory.Name, TestCategory.Smtp)]
    [Fact]
    public async Task Run_KilledWithSigkillAtRandomMoments_LeavesNoBrowserProcessAndNoProfileAfter15Seconds()
    {
        // kill -9 gives the tool no chance to clean up: only a watchdog the browser cannot outlive can. Half the kills come at a
        // random moment after the browser started (loading, printing), half at a random moment of the whole run.
        var temp = Directory.CreateDirectory(Path.Combine(_world.Folder, "tmp")).FullName;
        var environment = Wrapper();
        environment["TMPDIR"] = temp;
        var random = new Random(24);
        for (var kill = 0; kill < 8; kill++)
        {
            var starts = LogLines().Length;
            using var run = CliProcess.Start(environment, RunPdf(Path.Combine(_world.Folder, $"killed{kill}")));
            if (kill % 2 == 0)
            {
                for (var waited = 0; LogLines().Length == starts && !run.HasExited && waited < 600; waited++)
                {
                    await Task.Delay(100);
                }

                await Task.Delay(random.Next(0, 1500));
            }
            else
            {
                await Task.Delay(random.Next(300, 4000));
            }

            run.Kill();   // SIGKILL
            await run.WaitForExitAsync();
        }

        LogLines().Length.ShouldBeGreaterThanOrEqualTo(4, "most kills came while the browser ran");
        var clock = Stopwatch.StartNew();
        while ((Marked().Count > 0 || Directory.GetDirectories(temp, "rb-chromium-*").Length > 0) && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(200);
        }

        Marked().ShouldBeEmpty("no browser process outlives its killed run by 15 s");
        Directory.GetDirectories(temp, "rb-chromium-*").ShouldBeEmpty("the watchdog removes the profile a second after the browser");
    }

    [Fact]
    public async Task Run_StaleProfileOfADeadBrowser_IsRemovedAtStart_ALiveOneIsKept()
    {
        var temp = Directory.CreateDirectory(Path.Combine(_world.Folder, "tmp")).FullName;
        using var gone = Process.Start("true")!;
        await gone.WaitForExitAsync();
        var stale = Directory.CreateDirectory(Path.Combine(temp, "rb-chromium-stale")).FullName;
        File.CreateSymbolicLink(Path.Combine(stale, "SingletonLock"), $"{Environment.MachineName}-{gone.Id}");
        var live = Directory.CreateDirectory(Path.Combine(temp, "rb-chromium-live")).FullName;
        File.CreateSymbolicLink(Path.Combine(live, "SingletonLock"), $"{Environment.MachineName}-{Environment.ProcessId}");
        var environment = Wrapper();
        environment["TMPDIR"] = temp;

        var outcome = await CliProcess.RunAsync(environment, RunPdf(Path.Combine(_world.Folder, "swept")));

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        Directory.Exists(stale).ShouldBeFalse();
        Directory.Exists(live).ShouldBeTrue();
        Directory.GetDirectories(temp, "rb-chromium-*").Select(Path.GetFileName).ShouldBe(["rb-chromium-live"]);
    }

    [Fact]
    public async Task RunDue_TenBurstMailsWithPdfs_LaunchOneBrowser()
    {
        var teams = Enumerable.Range(1, 10).Select(i => $"team{i:D2}").ToList();
        await using var smtp = await _world.StartSmtpAsync($"""
              - id: teams
                report: team.yaml
                schedule: "0 7 1 * *"
                for_each: team
                recipients:
            {string.Join("\n", teams.Select(t => $"        {t}: [{t}@example.com]"))}
                attach: [pdf]
            """);

        var outcome = await CliProcess.RunAsync(Wrapper(), "run-due", _world.Deliveries, "--state", _world.State,
            "--as-of", Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var mails = smtp.Messages();
        mails.Count.ShouldBe(10);
        mails.ShouldAllBe(m => m.Message.Attachments.Any(a => a.ContentType.MimeType == "application/pdf"));
        LogLines().ShouldBe(["start"]);
        (await LeftoversAsync()).ShouldBeEmpty();
    }

    // Processes still running with this test's marker in their environment, after giving a dying one a moment.
    private async Task<IReadOnlyList<int>> LeftoversAsync()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (Marked().Count == 0)
            {
                return [];
            }

            await Task.Delay(100);
        }

        return Marked();
    }

    private List<int> Marked()
    {
        var marked = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "environ")).Contains($"RB_TEST_MARKER={_marker}", StringComparison.Ordinal)
                    && !File.ReadAllText(Path.Combine(directory, "stat")).Contains(") Z ", StringComparison.Ordinal))
                {
                    marked.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone while looking.
            }
        }

        return marked;
    }

    private void KillLeftovers()
    {
        foreach (var pid in Marked())
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
            }
        }
    }
}
