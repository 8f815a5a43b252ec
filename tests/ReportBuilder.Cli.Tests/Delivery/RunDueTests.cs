using MimeKit;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary><c>run-due</c> end to end: the real CLI, a hand-built SQLite database and a real SMTP server on 127.0.0.1.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class RunDueTests
{
    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task RunDue_MonthlyDeliveryDue_SendsOneMailWithTheReport()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("attach: [json]", "attach: [pdf, json]", StringComparison.Ordinal));

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        var (message, envelope) = smtp.Messages().ShouldHaveSingleItem();
        message.Subject.ShouldBe("Support: October 2026");
        message.From.ToString().ShouldBe("\"Reports\" <reports@example.com>");
        envelope.ShouldBe(["manager@example.com"]);
        message.MessageId.ShouldBe("monthly.20261101T070000@example.com");
        var report = JsonAttachment(message);
        report.GetProperty("period").GetProperty("label").GetString().ShouldBe("October 2026");
        TicketVolume(report).ShouldBe(5);

        // The PDF, read back: the report's title, period and the value.
        var pdf = message.Attachments.OfType<MimePart>().Single(a => a.FileName == "monthly.pdf");
        using (var stream = new MemoryStream())
        {
            pdf.Content!.DecodeTo(stream);
            using var document = UglyToad.PdfPig.PdfDocument.Open(stream.ToArray());
            var text = string.Join("\n", document.GetPages().Select(p => p.Text));
            text.ShouldContain("Support");
            text.ShouldContain("October 2026");
            text.ShouldContain("Ticket volume");
        }

        // The body is the email template, the delivery's words first.
        message.HtmlBody!.ShouldContain("Attached: the monthly report for October 2026.");
        message.HtmlBody!.ShouldContain("Ticket volume");
        // Ticket volume has no target, so nothing failed or warned: the body is the brief, and it says where the charts are.
        var images = message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MimeType == "image/png").ToList();
        images.ShouldBeEmpty();
        message.HtmlBody!.ShouldNotContain("cid:");
        message.HtmlBody!.ShouldContain("the charts and breakdowns are in the attached PDF");

        message.TextBody!.ShouldStartWith("Attached: the monthly report for October 2026.\n\n");
        message.TextBody!.ShouldContain("Ticket volume");
    }

    [Fact]
    public async Task RunDue_CalledTwice_SendsNothingTheSecondTime()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);

        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 5))).ExitCode.ShouldBe(0);
        var second = await world.RunDueAsync(Instant(2026, 11, 1, 7, 20));

        second.ExitCode.ShouldBe(0);
        second.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        smtp.Messages().Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunDue_ServerDownThenUp_MailArrivesOnce()
    {
        using var world = new DeliveryWorld();
        var port = SmtpSink.FreePort();
        world.WriteDeliveries(port, Monthly);

        var down = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        down.ExitCode.ShouldBe(4);
        down.Output.ShouldStartWith("2026-11-05T08:00:00Z retry monthly October 2026 (due 2026-11-01T07:00Z): 127.0.0.1:");
        down.Output.ShouldContain("(after 2 attempts)");
        await using var smtp = await SmtpSink.StartAsync(Path.Combine(world.Folder, "mail"), port);
        var tooEarly = await world.RunDueAsync(Instant(2026, 11, 1, 7, 8));
        var up = await world.RunDueAsync(Instant(2026, 11, 1, 7, 15));
        var after = await world.RunDueAsync(Instant(2026, 11, 1, 8, 0));

        tooEarly.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        up.ExitCode.ShouldBe(0);
        up.Output.ShouldStartWith("2026-11-05T08:00:00Z sent monthly October 2026 (due 2026-11-01T07:00Z)");
        after.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        smtp.Messages().ShouldHaveSingleItem().Message.Subject.ShouldBe("Support: October 2026");
    }

    [Fact]
    public async Task RunDue_AfterTwoMonthsDown_SendsEachMissedMonthForItsOwnPeriod()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);

        (await world.RunDueAsync(Instant(2026, 10, 1, 7, 5))).ExitCode.ShouldBe(0);
        var back = await world.RunDueAsync(Instant(2026, 12, 2, 9, 0));

        back.ExitCode.ShouldBe(0);
        smtp.Messages().Select(m => m.Message.Subject).ShouldBe(["Support: September 2026", "Support: October 2026", "Support: November 2026"]);
        smtp.Messages().Select(m => TicketVolume(JsonAttachment(m.Message))).ShouldBe([1, 5, 1]);
    }

    [Fact]
    public async Task RunDue_RecipientRejected_IsRecordedAsFailedAndNotRetried()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("Manager <manager@example.com>", "gone@example.com", StringComparison.Ordinal), reject: "gone@example.com");

        var rejected = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        var later = await world.RunDueAsync(Instant(2026, 11, 2, 7, 5));
        var listing = await CliHarness.RunAsync("deliveries", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 2, 7, 5));

        rejected.ExitCode.ShouldBe(4);
        rejected.Output.ShouldStartWith("2026-11-05T08:00:00Z failed monthly October 2026 (due 2026-11-01T07:00Z): recipient gone@example.com rejected: 550");
        later.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        listing.Output.ShouldContain("failed");
        smtp.Messages().ShouldBeEmpty();
    }
}
