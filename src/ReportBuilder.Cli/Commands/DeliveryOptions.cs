using System.CommandLine;
using System.Globalization;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Delivery;
using ReportBuilder.Delivery.Ledger;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Cli.Commands;

/// <summary>Options shared by the delivery commands: the deliveries file, the ledger's state file, the time.</summary>
internal sealed class DeliveryOptions
{
    public Argument<string> File { get; } = new("deliveries") { Description = "The deliveries file (YAML): SMTP server and schedules" };

    public Option<string> State { get; } = new("--state") { Description = "The ledger's SQLite state file (created when missing)", Required = true };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Act as of this instant instead of now, e.g. 2026-11-01T07:05:00Z" };

    public Option<string?> Out { get; } = new("--out") { Description = "Where each mail's files are kept (default: FILE.out beside the state file)" };

    public Option<bool> Reset { get; } = new("--reset")
    {
        Description = "Go on with an emptied, deleted or replaced ledger although mails were sent before (they may be sent again)",
    };

    public void AddTo(Command command, bool withAsOf = true)
    {
        command.Arguments.Add(File);
        command.Options.Add(State);
        command.Options.Add(Out);
        command.Options.Add(Reset);
        if (withAsOf)
        {
            command.Options.Add(AsOf);
        }
    }

    public DateTimeOffset Now(ParseResult parsed, TimeProvider clock)
    {
        var text = parsed.GetValue(AsOf);
        if (text is null)
        {
            return clock.GetUtcNow();
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new DefinitionException(SourceLocation.Option("--as-of"), $"'{text}' is not an instant: use 2026-11-01T07:05:00Z or 2026-11-01 (UTC)");
    }

    /// <summary>Loads the deliveries, opens the ledger and connects the pipeline and SMTP.</summary>
    /// <param name="reports">The environment the reports are made in; null: the command line's.</param>
    public async Task<(DueDeliveries Runner, DeliveryLedger Ledger, DeliveryConfig Config)> OpenAsync(ParseResult parsed, CommandEnvironment environment,
        CancellationToken ct, Rendering.Pipeline.ReportEnvironment? reports = null)
    {
        var clock = environment.Clock;
        var config = DeliveryConfigLoader.Load(parsed.GetValue(File)!);
        var state = parsed.GetValue(State)!;
        var credentials = SmtpCredentials.Resolve(config.Smtp, environment.Variable);
        var output = parsed.GetValue(Out) ?? state + ".out";
        var ledger = await DeliveryLedger.OpenAsync(state, ct);
        // The ledger's identity is what it records, not its file: one that records no mail while the mails' folder beside it
        // holds sent mails was emptied, cut to 0 bytes, deleted or replaced, and would send them all again.
        if (!parsed.GetValue(Reset) && await ledger.IsEmptyAsync(ct) && SentBefore(config, output) is { } sent)
        {
            await ledger.DisposeAsync();
            throw new DefinitionException(SourceLocation.Option("--state"), $"the ledger {state} records no mail, but {sent} holds the " +
                "files of mails sent before: it was emptied, deleted or replaced, and going on would send them all again; restore the ledger, " +
                "or run once with --reset to start afresh");
        }

        var runner = new DueDeliveries(config, ledger, new Rendering.Pipeline.ReportPipeline(reports ?? environment.For(parsed)),
            new SmtpMailSender(config.Smtp, credentials, clock), output);
        return (runner, ledger, config);
    }

    /// <summary>A delivery's folder under <paramref name="output"/> that holds a mail's files, if any.</summary>
    private static string? SentBefore(DeliveryConfig config, string output) => config.Deliveries
        .Select(d => Path.Combine(output, d.Id))
        .FirstOrDefault(folder => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any());
}
