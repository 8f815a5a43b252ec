using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Delivery.Ledger;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.IO;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder deliveries DELIVERIES.yaml [--state FILE]</c>: each schedule, its next run and the ledger's latest outcomes.</summary>
internal static class DeliveriesCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var clock = environment.Clock;
        var options = new DeliveryOptions();
        options.State.Required = false;
        var last = new Option<int>("--last") { Description = "How many ledger entries to show per delivery", DefaultValueFactory = _ => 5 };
        var command = new Command("deliveries", "Check the deliveries and their reports; list each schedule, its next run and the ledger's latest outcomes");
        command.Arguments.Add(options.File);
        command.Options.Add(options.State);
        command.Options.Add(options.AsOf);
        command.Options.Add(last);
        command.SetAction(async (parsed, ct) =>
        {
            var config = DeliveryConfigLoader.Load(parsed.GetValue(options.File)!);
            var now = options.Now(parsed, clock);
            new DeliveryReports(config, environment.Pipeline(parsed)).Validate(now, Path.GetTempPath());
            var schedules = new Table().AddColumns("delivery", "schedule", "report", "period", "next run (UTC)", "recipients");
            foreach (var d in config.Deliveries)
            {
                var recipients = d.Burst switch
                {
                    null => $"{d.Recipients.To.Count + d.Recipients.Cc.Count + d.Recipients.Bcc.Count}",
                    { PerMember: true } => $"roll-up {d.Recipients.To.Count + d.Recipients.Cc.Count + d.Recipients.Bcc.Count}; each scorecard member: " +
                        string.Join(", ", (d.Burst.Address is { } a ? [a.Text] : Array.Empty<string>()).Append($"{d.Burst.Recipients.Count} listed")),
                    _ => $"for_each {d.Burst.Param}: {d.Burst.Recipients.Count} groups",
                };
                schedules.AddRow(Markup.Escape(d.Id), Markup.Escape($"{d.ScheduleText} ({d.Zone.Id})"), Markup.Escape(Path.GetFileName(d.ReportPath)),
                    Markup.Escape(d.Period ?? "(report's)"), $"{DueOccurrences.Next(d, now)?.UtcDateTime:yyyy-MM-dd HH:mm}", Markup.Escape(recipients));
            }

            output.Write(schedules);
            if (parsed.GetValue(options.State) is { } state && File.Exists(state))
            {
                await using var ledger = await DeliveryLedger.OpenAsync(state, ct);
                var entries = new Table().AddColumns("delivery", "due (UTC)", "group", "period", "state", "attempts", "detail");
                foreach (var d in config.Deliveries)
                {
                    var latest = await ledger.LatestAsync(d.Id, parsed.GetValue(last), ct);
                    // A scorecard's members without an address are listed whatever --last is.
                    var unsent = d.Burst is { PerMember: true } ? await ledger.UnsentInLatestAsync(d.Id, ct) : [];
                    foreach (var e in latest.Concat(unsent.Where(u => !latest.Any(l => l.Key == u.Key))))
                    {
                        entries.AddRow(Markup.Escape(d.Id), $"{e.Key.Occurrence.UtcDateTime:yyyy-MM-dd HH:mm}", Markup.Escape(e.Key.Group), Markup.Escape(e.Period ?? ""),
                            Markup.Escape(e.State.ToWire()), $"{e.Attempts}", Markup.Escape(e.Detail ?? ""));
                    }
                }

                output.Write(entries);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
