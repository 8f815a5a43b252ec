using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary><c>send_when</c>, end to end against a real SMTP server: a mail that is not worth sending is recorded as skipped
/// with its reason, and neither a later run nor catch-up sends it.</summary>
/// <remarks>The world's ticket volumes by month (UTC): September 1, October 5, November 1. Under the target
/// <c>{ pass: "&lt; 2", warn: "&lt; 6" }</c> September passes, October warns, November passes.</remarks>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class SendWhenTests
{
    private const string WarnsInOctober = """{ pass: "< 2", warn: "< 6" }""";

    [Theory]
    [InlineData("always", "2026-11-01T07:00Z", null)]
    [InlineData("not_all_pass", "2026-11-01T07:00Z", null)]
    [InlineData("any_fail", "2026-11-01T07:00Z", "send_when: any_fail: no target failed (1 warn)")]
    [InlineData("status_changed", "2026-11-01T07:00Z", null)]
    [InlineData("not_all_pass", "2026-12-01T07:00Z", "send_when: not_all_pass: every target passed (1 pass)")]
    [InlineData("status_changed", "2026-12-01T07:00Z", null)]
    public async Task RunDue_EachSendWhen_SendsOrRecordsWhyNot(string when, string due, string? skipped)
    {
        using var world = TargetWorld(WarnsInOctober);
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("monthly.yaml", "targets.yaml", StringComparison.Ordinal) +
            $"\n    send_when: {when}");
        var asOf = due.Replace("07:00Z", "07:05:00Z", StringComparison.Ordinal);

        var outcome = await world.RunDueAsync(asOf);
        var again = await world.RunDueAsync(asOf.Replace("07:05", "09:05", StringComparison.Ordinal));

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        var period = due.StartsWith("2026-11", StringComparison.Ordinal) ? "October 2026" : "November 2026";
        if (skipped is null)
        {
            outcome.Output.ShouldStartWith($"2026-11-05T08:00:00Z sent monthly {period} (due {due}): ");
        }
        else
        {
            outcome.Output.ShouldBe($"2026-11-05T08:00:00Z skipped monthly {period} (due {due}): {skipped}\n");
        }

        smtp.Messages().Count.ShouldBe(skipped is null ? 1 : 0);
        // Final either way: the next run has nothing due and sends nothing.
        again.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        smtp.Messages().Count.ShouldBe(skipped is null ? 1 : 0);
    }

    [Fact]
    public async Task RunDue_StatusChangedAndEveryStatusAsBefore_SkipsAndDeliveriesShowsWhy()
    {
        // Both September and October pass under "< 10".
        using var world = TargetWorld("\"< 10\"");
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("monthly.yaml", "targets.yaml", StringComparison.Ordinal) +
            "\n    send_when: status_changed");

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        var listing = await CliHarness.RunAsync("deliveries", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 1, 7, 6));

        outcome.Output.ShouldBe("2026-11-05T08:00:00Z skipped monthly October 2026 (due 2026-11-01T07:00Z): send_when: status_changed: " +
            "every target has the status it had in September 2026 (1 pass)\n");
        smtp.Messages().ShouldBeEmpty();
        listing.ExitCode.ShouldBe(0);
        listing.Output.ShouldContain("skipped");
        listing.Output.ShouldContain("status_changed");
    }

    [Fact]
    public async Task RunDue_StatusChangedWithoutAComparison_IsRefusedBeforeAnythingIsSent()
    {
        using var world = TargetWorld(WarnsInOctober, compare: "none");
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("monthly.yaml", "targets.yaml", StringComparison.Ordinal) +
            "\n    send_when: status_changed");

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{world.Deliveries}:9:5: error: delivery 'monthly' sends when a status changed, but targets.yaml has no " +
            "comparison period to change from: add compare: previous_period to the report");
        smtp.Messages().ShouldBeEmpty();
    }

    /// <summary>The delivery world with a second report, targets.yaml: ticket volume under <paramref name="target"/>, compared
    /// with the previous month.</summary>
    private static DeliveryWorld TargetWorld(string target, string compare = "previous_period")
    {
        var world = new DeliveryWorld();
        File.WriteAllText(Path.Combine(world.Folder, "targets.yaml"), $"""
            id: targets
            title: Support
            source: {"{"} sqlite: support.db {"}"}
            timezone: UTC
            period: last_month
            compare: {compare}
            metrics:
              - metric: ticket_volume
                target: {target}
            output: {"{"} formats: [json], dir: out {"}"}
            """);
        return world;
    }
}
