using System.Diagnostics;
using System.Text.RegularExpressions;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary>What needs real processes: two <c>run-due</c> at once, and the daemon stopping on SIGTERM.</summary>
[Trait(TestCategory.Name, TestCategory.Process)]
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed partial class ProcessTests
{
    /// <summary>Each log line starts with an ISO-8601 UTC timestamp.</summary>
    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \S")]
    private static partial Regex LogPrefix();

    [Fact]
    public async Task RunDue_TwoProcessesAtOnce_SendOneMail()
    {
        using var world = new DeliveryWorld();
        // A slow server keeps the first sender busy while the second looks at the ledger.
        await using var smtp = await world.StartSmtpAsync(Monthly, slow: true);
        string[] args = ["run-due", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 1, 7, 5)];

        var outcomes = await Task.WhenAll(CliProcess.RunAsync(args), CliProcess.RunAsync(args));

        outcomes.Select(o => o.Errors).ShouldBe(["", ""]);
        outcomes.Select(o => o.ExitCode).ShouldBe([0, 0]);
        outcomes.Select(o => o.Output.Split(' ')[1]).Order().ShouldBe(["nothing", "sent"]);
        outcomes.ShouldAllBe(o => LogPrefix().IsMatch(o.Output));
        smtp.Messages().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Daemon_Sigterm_StopsCleanly()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        var (daemon, lines, errors) = await StartDaemonAsync(world);
        using var _ = daemon;

        await SignalAsync(daemon, "TERM");

        var rest = await daemon.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await daemon.WaitForExitAsync(timeout.Token);

        (await errors).ShouldBe("");
        daemon.ExitCode.ShouldBe(0);
        lines[0].ShouldMatch($@"^\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ daemon: 1 deliveries from {Regex.Escape(world.Deliveries)}$");
        rest.ShouldEndWith(" daemon: stopped\n");
        rest.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldAllBe(l => LogPrefix().IsMatch(l));
    }

    [Fact]
    public async Task Daemon_SigtermThenCtrlC_StopsCleanly()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        var (daemon, _, errors) = await StartDaemonAsync(world);
        using var _ = daemon;

        // An operator who presses Ctrl+C as systemd stops the daemon: the second signal may come while it ends.
        using var both = Process.Start("sh", ["-c", $"kill -TERM {daemon.Id}; kill -INT {daemon.Id}"]);
        await both.WaitForExitAsync();
        var rest = await daemon.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await daemon.WaitForExitAsync(timeout.Token);

        (await errors).ShouldBe("");
        daemon.ExitCode.ShouldBe(0);
        rest.ShouldEndWith(" daemon: stopped\n");
    }

    /// <summary>Sends a signal with kill(1), as systemd or an operator would.</summary>
    internal static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{process.Id}"]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Starts <c>daemon</c> on the world's files and reads its output up to its first "next run at" line (or, with
    /// <paramref name="until"/>, until that file appears).</summary>
    internal static async Task<(Process Daemon, List<string> Lines, Task<string> Errors)> StartDaemonAsync(DeliveryWorld world, string? until = null)
    {
        var daemon = CliProcess.Start("daemon", world.Deliveries, "--state", world.State);
        var errors = daemon.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        if (until is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (!File.Exists(until))
            {
                await Task.Delay(50, timeout.Token);
            }

            return (daemon, lines, errors);
        }

        while (await daemon.StandardOutput.ReadLineAsync() is { } line)
        {
            lines.Add(line);
            if (line.Contains(" daemon: next run at ", StringComparison.Ordinal))
            {
                break;
            }
        }

        return (daemon, lines, errors);
    }
}
