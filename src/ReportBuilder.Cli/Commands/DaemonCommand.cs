using System.CommandLine;
using System.Runtime.InteropServices;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Delivery.Schedules;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder daemon DELIVERIES.yaml --state FILE</c>: sleeps until the next occurrence or retry, does what
/// <c>run-due</c> does, and stops cleanly on SIGTERM or Ctrl+C after the mail in progress.</summary>
internal static class DaemonCommand
{
    /// <summary>The longest sleep: the daemon looks again at least this often, so a changed clock cannot strand it.</summary>
    private static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    /// <summary>How often a sleeping daemon looks at the clock: a timer counts only the time the machine was awake and knows
    /// nothing of clock steps, so after a suspend or a jump it would wake late (up to <see cref="MaxSleep"/>); looking this often,
    /// a mail goes out within this much of its due time.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);

    /// <summary>How long the mail in progress may take to finish after SIGTERM before it is abandoned and its claim released
    /// (systemd waits 90 s before it kills).</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(60);

    /// <summary>Whether the parsed command is the daemon, which handles SIGTERM and Ctrl+C itself (the command line's own
    /// handling would cancel the mail in progress and end the process two seconds later).</summary>
    public static bool HandlesSignals(ParseResult parsed) => parsed.CommandResult.Command.Name == "daemon";

    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var clock = environment.Clock;
        var options = new DeliveryOptions();
        var command = new Command("daemon", "Stay running and send each delivery when it is due (stops on SIGTERM)");
        options.AddTo(command, withAsOf: false);
        command.SetAction(async (parsed, ct) =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var abandon = CancellationTokenSource.CreateLinkedTokenSource(ct);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                try
                {
                    // The grace first: Cancel runs the daemon's awaiting code on this thread, which may go on to the end and
                    // dispose both sources before Cancel returns.
                    abandon.CancelAfter(StopGrace);
                    stop.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // A second signal as the daemon ends (the runtime handles each on a thread of its own): it is stopping.
                }
            }

            // The caller's token cancels both sources, the abandon token first (a source's callbacks run last registered first),
            // so the abandoned mail's cancellation may reach the code below before the stop token is cancelled: a cancelled
            // caller's token is a stop as much as a cancelled stop token.
            bool Stopping() => stop.IsCancellationRequested || ct.IsCancellationRequested;

            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            var reports = environment.For(parsed);
            var (runner, ledger, config) = await options.OpenAsync(parsed, environment, ct, reports);
            await using (ledger)
            {
                LogLine.Write(output, clock, $"daemon: {config.Deliveries.Count} deliveries from {config.Path}");
                while (!Stopping())
                {
                    try
                    {
                        RunDueCommand.Report(output, clock, await runner.RunAsync(clock.GetUtcNow(), abandon.Token, stop.Token), runner.Notices);
                    }
                    catch (OperationCanceledException) when (Stopping())
                    {
                        LogLine.Write(output, clock, "daemon: the mail in progress was abandoned and released for the next run");
                        break;
                    }

                    if (Stopping())
                    {
                        break;
                    }

                    // A stop between two runs (while the browser closes, the ledger is read or the daemon sleeps) is a stop too:
                    // nothing is in progress, so it ends the loop like the stop during the sleep, not as an error.
                    try
                    {
                        if (reports.BrowserSession is { } browser)
                        {
                            await browser.CloseBrowserAsync();   // no idle browser while the daemon sleeps
                        }

                        var now = clock.GetUtcNow();
                        var next = config.Deliveries.Select(d => DueOccurrences.Next(d, now)).Append(await ledger.NextRetryAsync(now, stop.Token))
                            .OfType<DateTimeOffset>().DefaultIfEmpty(now + MaxSleep).Min();
                        var sleep = TimeSpan.FromTicks(Math.Clamp((next - now).Ticks, TimeSpan.FromSeconds(1).Ticks, MaxSleep.Ticks));
                        LogLine.Write(output, clock, $"daemon: next run at {(now + sleep).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}Z");
                        await SleepUntilAsync(now + sleep, clock, stop.Token);
                    }
                    catch (OperationCanceledException) when (Stopping())
                    {
                        break;
                    }
                }
            }

            LogLine.Write(output, clock, "daemon: stopped");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Sleeps until the clock reads <paramref name="until"/>, in slices of at most <see cref="CheckEvery"/>, each time
    /// from what the clock says now: early timers sleep again, late ones (a suspend, a clock step forward) wake within a slice.</summary>
    internal static async Task SleepUntilAsync(DateTimeOffset until, TimeProvider clock, CancellationToken ct)
    {
        for (var left = until - clock.GetUtcNow(); left > TimeSpan.Zero; left = until - clock.GetUtcNow())
        {
            await Task.Delay(left < CheckEvery ? left : CheckEvery, clock, ct);
        }
    }
}
