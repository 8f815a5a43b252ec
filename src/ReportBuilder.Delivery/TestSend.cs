using MimeKit;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;
using ReportBuilder.Rendering.Pipeline;

namespace ReportBuilder.Delivery;

/// <summary>What a test send did: the mail's outcome, and what a scheduled run would have done differently.</summary>
/// <param name="Notes">E.g. "send_when: any_fail would have skipped it: …"; said, never acted on.</param>
internal sealed record TestSendOutcome(string Delivery, string Period, string Subject, SendOutcome Sent, IReadOnlyList<string> Notes);

/// <summary><c>send-test</c>: renders one delivery as a scheduled run would and mails it to one address only, its subject
/// marked as a test. The ledger is never opened, so nothing is claimed, recorded or made up for later.</summary>
/// <param name="folder">Where the report's files are written while the mail is built (the caller removes it).</param>
internal sealed class TestSend(DeliveryConfig config, ReportPipeline pipeline, IMailSender sender, string folder)
{
    public const string SubjectPrefix = "[TEST] ";

    /// <param name="member">With <c>for_each</c>: the key whose mail is rendered, refused without it; with <c>for_each: scorecard</c>
    /// the member whose page is sent, the roll-up without it.</param>
    /// <param name="period">Replaces the delivery's period; null keeps it, resolved as of <paramref name="now"/>.</param>
    public async Task<TestSendOutcome> SendAsync(string deliveryId, MailboxAddress to, string? member, string? period, DateTimeOffset now,
        CancellationToken ct)
    {
        var delivery = config.Deliveries.FirstOrDefault(d => d.Id == deliveryId)
            ?? throw new DefinitionException(SourceLocation.StartOf(config.Path), $"no delivery '{deliveryId}' in {Path.GetFileName(config.Path)}: " +
                $"use one of {string.Join(", ", config.Deliveries.Select(d => d.Id))}");
        delivery = delivery with { Period = period ?? delivery.Period };
        var perMember = delivery.Burst is { PerMember: true };
        var group = perMember ? delivery.Groups().Single() : Group(delivery, member);
        var reports = new DeliveryReports(config with { Deliveries = [delivery] }, pipeline);
        reports.Validate(now, folder);
        var plan = reports.Plan(delivery, group, now, folder);
        Reports.ReportModel? model = null;
        if (perMember && member is not null)
        {
            // A scorecard member's mail: read as a run does, that member's page only; without --member, the roll-up.
            var roster = await ScorecardRoster.ReadAsync(pipeline, plan, delivery, ct);
            group = roster.Members.FirstOrDefault(m => m.Key == member)
                ?? throw new DefinitionException(SourceLocation.Option("--member"), $"'{member}' has no scorecard in delivery '{delivery.Id}' " +
                    $"for {plan.Periods[0].Label(System.Globalization.CultureInfo.InvariantCulture)}: use one of " +
                    string.Join(", ", roster.Members.Select(m => m.Key)));
            model = roster.Model.ForMember(member);
        }

        var report = await RenderedReport.RenderAsync(pipeline, plan, ct, model);
        var notes = new List<string>();
        if (delivery.SkipIfEmpty && report.Model.Metrics.All(m => m.Value is null || m.Sample == 0))
        {
            notes.Add("skip_if_empty would have skipped it: no metric has data in the period");
        }

        if (delivery.SendWhen.SkipReason(report.Model) is { } quiet)
        {
            notes.Add($"a scheduled run would have skipped it: {quiet}");
        }

        // A Message-ID of its own, so a mail client never folds the real mail of this occurrence into the test.
        var messageId = DeliveryMessage.MessageId("test." + delivery.Id, now, group.Key, config.Smtp.From);
        var message = DeliveryMessage.Compose(config.Smtp.From, delivery, group, report, new RecipientList([to], [], []), messageId, SubjectPrefix);
        var sent = await sender.SendAsync(message, ct);
        return new TestSendOutcome(delivery.Id, report.Model.Period.Label, message.Subject ?? "", sent, notes);
    }

    private static DeliveryGroup Group(DeliveryDefinition delivery, string? member)
    {
        var groups = delivery.Groups().ToList();
        if (delivery.Burst is null)
        {
            return member is null
                ? groups.Single()
                : throw new DefinitionException(SourceLocation.Option("--member"), $"delivery '{delivery.Id}' sends one mail, not one per member: " +
                    "leave out --member");
        }

        var keys = string.Join(", ", groups.Select(g => g.Key));
        if (member is null)
        {
            throw new DefinitionException(SourceLocation.Option("--member"), $"delivery '{delivery.Id}' sends one mail per {delivery.Burst.Param}: " +
                $"choose whose with --member ({keys})");
        }

        return groups.FirstOrDefault(g => g.Key == member)
            ?? throw new DefinitionException(SourceLocation.Option("--member"), $"'{member}' is not a {delivery.Burst.Param} of delivery " +
                $"'{delivery.Id}': use one of {keys}");
    }
}
