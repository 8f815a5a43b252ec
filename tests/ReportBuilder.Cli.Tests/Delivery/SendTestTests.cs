using System.Security.Cryptography;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary><c>send-test</c> end to end: the real CLI and a real SMTP server; the mail goes to the one address given, and the
/// ledger stays as it was.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class SendTestTests
{
    [Fact]
    public async Task SendTest_AfterTheRealMail_SendsOnlyToTheTesterAndLeavesTheLedgerByteIdentical()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 5))).ExitCode.ShouldBe(0);
        var ledgerBefore = Hash(world.State);

        var test = await CliHarness.RunAsync("send-test", world.Deliveries, "monthly", "--to", "Tester <tester@example.com>",
            "--as-of", Instant(2026, 11, 5, 8));
        var after = await world.RunDueAsync(Instant(2026, 11, 5, 8, 1));

        test.Errors.ShouldBe("");
        test.ExitCode.ShouldBe(0);
        test.Output.ShouldStartWith("2026-11-05T08:00:00Z sent test of monthly October 2026 to tester@example.com (\"[TEST] Support: October 2026\"): ");
        Hash(world.State).ShouldBe(ledgerBefore);
        after.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        var mails = smtp.Messages();
        mails.Count.ShouldBe(2);
        var (message, envelope) = mails.Single(m => m.Message.Subject!.StartsWith("[TEST]", StringComparison.Ordinal));
        envelope.ShouldBe(["tester@example.com"]);
        message.Cc.ShouldBeEmpty();
        message.MessageId.ShouldBe("test.monthly.20261105T080000@example.com");
        TicketVolume(JsonAttachment(message)).ShouldBe(5);
        message.HtmlBody!.ShouldContain("Attached: the monthly report for October 2026.");
    }

    [Fact]
    public async Task SendTest_WithAPeriod_ReportsOnThatPeriodWithoutALedger()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);

        var test = await CliHarness.RunAsync("send-test", world.Deliveries, "monthly", "--to", "tester@example.com", "--period", "2026-09");

        test.ExitCode.ShouldBe(0);
        var (message, _) = smtp.Messages().ShouldHaveSingleItem();
        message.Subject.ShouldBe("[TEST] Support: September 2026");
        TicketVolume(JsonAttachment(message)).ShouldBe(1);
        File.Exists(world.State).ShouldBeFalse();
    }

    [Fact]
    public async Task SendTest_Burst_RendersTheChosenMemberOnly()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Teams);

        var test = await CliHarness.RunAsync("send-test", world.Deliveries, "teams", "--to", "tester@example.com", "--member", "technical",
            "--as-of", Instant(2026, 11, 5, 8));

        test.ExitCode.ShouldBe(0);
        var (message, envelope) = smtp.Messages().ShouldHaveSingleItem();
        envelope.ShouldBe(["tester@example.com"]);
        message.Subject.ShouldBe("[TEST] Support for technical, October 2026");
        TicketVolume(JsonAttachment(message)).ShouldBe(3);
        AgentKeys(message).ShouldBe(["Bob", "Cid"]);
    }

    [Theory]
    [InlineData("teams", null, "--member: error: delivery 'teams' sends one mail per team: choose whose with --member (billing, technical)")]
    [InlineData("teams", "support", "--member: error: 'support' is not a team of delivery 'teams': use one of billing, technical")]
    [InlineData("monthly", "billing", "--member: error: delivery 'monthly' sends one mail, not one per member: leave out --member")]
    public async Task SendTest_WrongMember_IsRefusedAndNothingIsSent(string delivery, string? member, string error)
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly + "\n" + Teams);
        string[] args = ["send-test", world.Deliveries, delivery, "--to", "tester@example.com", .. member is null ? Array.Empty<string>() : ["--member", member]];

        var test = await CliHarness.RunAsync(args);

        test.ExitCode.ShouldBe(2);
        test.Errors.ShouldContain(error);
        smtp.Messages().ShouldBeEmpty();
    }

    [Fact]
    public async Task SendTest_UnknownDeliveryOrAddress_IsRefused()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);

        var unknown = await CliHarness.RunAsync("send-test", world.Deliveries, "weekly", "--to", "tester@example.com");
        var address = await CliHarness.RunAsync("send-test", world.Deliveries, "monthly", "--to", "tester");

        unknown.ExitCode.ShouldBe(2);
        unknown.Errors.ShouldContain("no delivery 'weekly' in deliveries.yaml: use one of monthly");
        address.ExitCode.ShouldBe(2);
        address.Errors.ShouldContain("'tester' is not an email address");
        smtp.Messages().ShouldBeEmpty();
    }

    [Fact]
    public async Task SendTest_AMailSendWhenWouldSkip_IsSentWithANote()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly + "\n    send_when: any_fail");

        var test = await CliHarness.RunAsync("send-test", world.Deliveries, "monthly", "--to", "tester@example.com", "--as-of", Instant(2026, 11, 5, 8));

        test.ExitCode.ShouldBe(0);
        test.Output.ShouldStartWith("2026-11-05T08:00:00Z note: a scheduled run would have skipped it: send_when: any_fail: no target failed " +
            "(the report has no metric with a target)\n");
        smtp.Messages().Count.ShouldBe(1);
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
