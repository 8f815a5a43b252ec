using System.CommandLine;
using System.Runtime.InteropServices;
using ReportBuilder.Delivery.Schedules;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder daemon DELIVERIES.yaml --state FILE</c>: sleeps until the next occurrence or retry, does what
/// <c>run-due</c> does, and stops cleanly on SIGTERM or Ctrl+C after the mail in progress.</summary>
internal static class DaemonCommand
{
    /// <summary>The longest sleep: the daemon looks again at least this often, so a changed clock cannot strand it.</summary>
    private static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    public static Command Create(IAnsiConsole output, TimeProvider clock)
    {
        var options = new DeliveryOptions();
        var command = new Command("daemon", "Stay running and send each delivery when it is due (stops on SIGTERM)");
        options.AddTo(command, withAsOf: false);
        command.SetAction(async (parsed, ct) =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            void Stop(PosixSignalContext context)
            {
                context.Cancel = true;
                stop.Cancel();
            }

            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            var (runner, ledger, config) = await options.OpenAsync(parsed, clock, ct);
            await using (ledger)
            {
                output.MarkupLineInterpolated($"daemon: {config.Deliveries.Count} deliveries from {config.Path}");
                while (!stop.IsCancellationRequested)
                {
                    RunDueCommand.Report(output, await runner.RunAsync(clock.GetUtcNow(), ct));
                    if (Rendering.Pdf.BrowserSession.Current is { } browser)
                    {
                        await browser.CloseBrowserAsync();   // no idle browser while the daemon sleeps
                    }

                    var now = clock.GetUtcNow();
                    var next = config.Deliveries.Select(d => DueOccurrences.Next(d, now)).Append(await ledger.NextRetryAsync(now, ct))
                        .OfType<DateTimeOffset>().DefaultIfEmpty(now + MaxSleep).Min();
                    var sleep = TimeSpan.FromTicks(Math.Clamp((next - now).Ticks, TimeSpan.FromSeconds(1).Ticks, MaxSleep.Ticks));
                    output.MarkupLineInterpolated($"daemon: next run at {(now + sleep).UtcDateTime:yyyy-MM-dd HH:mm:ss}Z");
                    try
                    {
                        await Task.Delay(sleep, clock, stop.Token);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        break;
                    }
                }
            }

            output.MarkupLine("daemon: stopped");
            return ExitCodes.Success;
        });
        return command;
    }
}
