using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary>The data-ready gate and bursting, end to end against a real SMTP server.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class GateAndBurstTests
{
    [Fact]
    public async Task RunDue_DataNotSyncedPastThePeriod_HoldsAndRecordsWhy()
    {
        using var world = new DeliveryWorld(lastTicketBefore: "2026-11-01");
        await using var smtp = await world.StartSmtpAsync(Monthly);

        var held = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        var listing = await CliHarness.RunAsync("deliveries", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 1, 7, 6));

        held.ExitCode.ShouldBe(0);
        held.Output.ShouldBe("2026-11-05T08:00:00Z held monthly October 2026 (due 2026-11-01T07:00Z): data not ready: no rows in tickets.created_at at or after " +
            "2026-11-01 00:00 UTC (the end of the period)\n");
        listing.Output.ShouldContain("held");
        smtp.Messages().ShouldBeEmpty();
    }

    [Fact]
    public async Task RunDue_ReadyWhenHoldsLate_SendsAfterTheWait()
    {
        using var world = new DeliveryWorld(lastTicketBefore: "2026-11-01");
        await using var smtp = await world.StartSmtpAsync(Monthly + "\n    ready_when: \"rows > 0 or hours_since_end >= 48\"");

        var early = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        var late = await world.RunDueAsync(Instant(2026, 11, 3, 0, 30));

        early.Output.ShouldContain("ready_when 'rows > 0 or hours_since_end >= 48' does not hold (rows = 0");
        late.Output.ShouldStartWith("2026-11-05T08:00:00Z sent monthly October 2026");
        smtp.Messages().Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunDue_SkipIfEmptyAndNoRowsInThePeriod_SendsNothingAndRecordsIt()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly + "\n    skip_if_empty: true");

        var outcome = await world.RunDueAsync(Instant(2026, 8, 1, 7, 5));

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldBe("2026-11-05T08:00:00Z skipped monthly July 2026 (due 2026-08-01T07:00Z): skip_if_empty: no metric has data in the period\n");
        smtp.Messages().ShouldBeEmpty();
    }

    [Fact]
    public async Task RunDue_BurstByTeam_SendsEachTeamOnlyItsRows()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Teams);

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(0);
        var mails = smtp.Messages().ToDictionary(m => m.Message.To.Mailboxes.Single().Address);
        mails.Keys.Order().ShouldBe(["billing-lead@example.com", "tech-lead@example.com"]);
        var billing = mails["billing-lead@example.com"];
        var technical = mails["tech-lead@example.com"];
        billing.Envelope.ShouldBe(["billing-lead@example.com", "archive@example.com"]);
        billing.Message.Subject.ShouldBe("Support for billing, October 2026");
        TicketVolume(JsonAttachment(billing.Message)).ShouldBe(2);
        AgentKeys(billing.Message).ShouldBe(["Ann"]);
        billing.Message.HtmlBody!.ShouldNotContain("technical");
        TicketVolume(JsonAttachment(technical.Message)).ShouldBe(3);
        AgentKeys(technical.Message).ShouldBe(["Bob", "Cid"]);
    }

    [Fact]
    public async Task RunDue_BurstOverAReportWithoutTheFilter_IsRefusedBeforeSending()
    {
        using var world = new DeliveryWorld();
        File.WriteAllText(Path.Combine(world.Folder, "leaky.yaml"), "extends: monthly.yaml\nid: leaky\nparams: { team: billing }\n");
        await using var smtp = await world.StartSmtpAsync("""
              - id: teams
                report: leaky.yaml
                schedule: "0 7 1 * *"
                for_each: team
                recipients: { billing: [billing-lead@example.com] }
            """);

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{world.Deliveries}:9:5: error: delivery 'teams' fans out over 'team' but metric 'ticket_volume' of " +
            "leaky.yaml does not filter on param.team, so every mail would hold every row");
        smtp.Messages().ShouldBeEmpty();
    }
}
