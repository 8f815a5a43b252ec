using System.CommandLine;
using MimeKit;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Delivery;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder send-test DELIVERIES.yaml NAME --to ADDRESS</c>: one delivery's mail, rendered as a scheduled run
/// would render it, sent to one address only; the ledger is not touched.</summary>
internal static class SendTestCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var clock = environment.Clock;
        var options = new DeliveryOptions();
        var name = new Argument<string>("delivery") { Description = "The id of the delivery to send" };
        var to = new Option<string>("--to") { Description = "The one address the test goes to; the delivery's own recipients get nothing", Required = true };
        var period = new Option<string?>("--period") { Description = "The period to report on (default: the delivery's, resolved as of now)" };
        var member = new Option<string?>("--member") { Description = "With for_each: the key whose mail is rendered, e.g. billing" };
        var command = new Command("send-test", "Send one delivery's mail to one address, subject marked [TEST], without touching the ledger");
        command.Arguments.Add(options.File);
        command.Arguments.Add(name);
        command.Options.Add(to);
        command.Options.Add(period);
        command.Options.Add(member);
        command.Options.Add(options.AsOf);
        command.SetAction(async (parsed, ct) =>
        {
            var config = DeliveryConfigLoader.Load(parsed.GetValue(options.File)!);
            var text = parsed.GetValue(to)!;
            if (!MailboxAddress.TryParse(text, out var address) || !address.Address.Contains('@', StringComparison.Ordinal))
            {
                throw new DefinitionException(SourceLocation.Option("--to"), $"'{text}' is not an email address: use name@example.com or \"Name <name@example.com>\"");
            }

            var credentials = SmtpCredentials.Resolve(config.Smtp, environment.Variable);
            var folder = Directory.CreateTempSubdirectory("rb-send-test-").FullName;
            try
            {
                var send = new TestSend(config, environment.Pipeline(parsed), new SmtpMailSender(config.Smtp, credentials, clock), folder);
                var outcome = await send.SendAsync(parsed.GetValue(name)!, address, parsed.GetValue(member), parsed.GetValue(period),
                    options.Now(parsed, clock), ct);
                foreach (var note in outcome.Notes)
                {
                    LogLine.Write(output, clock, $"note: {note}");
                }

                var state = outcome.Sent.Status == SendStatus.Sent ? "sent" : "failed";
                LogLine.Write(output, clock, $"{state} test of {outcome.Delivery} {outcome.Period} to {address.Address} (\"{outcome.Subject}\"): {outcome.Sent.Detail}");
                return outcome.Sent.Status == SendStatus.Sent ? ExitCodes.Success : ExitCodes.DeliveryFailed;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }
}
