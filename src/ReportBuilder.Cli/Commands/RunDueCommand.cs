using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Delivery;
using ReportBuilder.Delivery.Ledger;
using ReportBuilder.IO;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder run-due DELIVERIES.yaml --state FILE</c>: sends every delivery that is due, then exits.</summary>
internal static class RunDueCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var clock = environment.Clock;
        var options = new DeliveryOptions();
        var command = new Command("run-due", "Send every scheduled delivery that is due, once; safe to call from cron every few minutes");
        options.AddTo(command);
        command.SetAction(async (parsed, ct) =>
        {
            var (runner, ledger, _) = await options.OpenAsync(parsed, environment, ct);
            await using (ledger)
            {
                return Report(output, clock, await runner.RunAsync(options.Now(parsed, clock), ct), runner.Notices);
            }
        });
        return command;
    }

    /// <summary>Prints the runner's notices and one log line per mail, and returns the exit code.</summary>
    public static int Report(IAnsiConsole output, TimeProvider clock, IReadOnlyList<DeliveryOutcome> outcomes, List<string> notices)
    {
        foreach (var notice in notices)
        {
            LogLine.Write(output, clock, $"note: {notice}");
        }

        notices.Clear();
        if (outcomes.Count == 0)
        {
            LogLine.Write(output, clock, "nothing due");
        }

        foreach (var o in outcomes)
        {
            var group = o.Group.Length == 0 ? "" : $" [{o.Group}]";
            LogLine.Write(output, clock, $"{o.State.ToWire()} {o.Delivery}{group} {o.Period} (due {o.Occurrence.UtcDateTime:yyyy-MM-dd'T'HH:mm}Z): {o.Detail}");
        }

        return outcomes.Any(o => o.State is LedgerState.Retry or LedgerState.Failed or LedgerState.Partial) ? ExitCodes.DeliveryFailed : ExitCodes.Success;
    }
}
