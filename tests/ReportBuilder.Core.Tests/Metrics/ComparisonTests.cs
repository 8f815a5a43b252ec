using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The comparison period, trends, rules against the previous value, mixes and minimum samples, through the pipeline.</summary>
public abstract class ComparisonTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : ComparisonTests(null);

    public sealed class OnDuckDb() : ComparisonTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : ComparisonTests(server);

    [Fact]
    public async Task Trend_TwelveMonths_OneValuePerMonthOldestFirstAndNoDataAsNull()
    {
        using var db = Database();
        // n tickets in the n-th month of 2026 (January 1 … October 10); none in 2025.
        for (var month = 1; month <= 10; month++)
        {
            for (var n = 0; n < month; n++)
            {
                db.Ticket($"2026-{month:00}-{n + 1:00} 12:00");
            }
        }

        var volume = await db.MetricAsync("metric: ticket_volume", trend: 12);

        volume.Trend.Select(t => t.Label).ShouldBe([
            "November 2025", "December 2025", "January 2026", "February 2026", "March 2026", "April 2026",
            "May 2026", "June 2026", "July 2026", "August 2026", "September 2026", "October 2026"]);
        volume.Trend.Select(t => t.Value).ShouldBe([null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        volume.Previous!.Value.ShouldBe(9);
        volume.Previous.DisplayChange.ShouldBe("+11.1%");   // 10 against 9
    }

    [Fact]
    public async Task Compare_SamePeriodLastYear_ComparesWithOctober2025()
    {
        using var db = Database()
            .Ticket("2025-10-10 12:00")
            .Ticket("2025-10-11 12:00")
            .Ticket("2026-09-10 12:00")
            .Ticket("2026-10-10 12:00");

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "same_period_last_year", 0, "metric: ticket_volume"));

        model.Comparison!.Label.ShouldBe("October 2025");
        model.Metrics.Single().Previous!.Value.ShouldBe(2);
    }

    [Fact]
    public async Task Target_NoWorseThanPreviousBy10Percent_PassesWithinAndFailsBeyond()
    {
        using var db = Database()
            .Solved("2026-09-01 00:00", "2026-09-02 00:00", replies: 2)   // September: 2 replies per ticket
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 2)
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 3);  // October: 2.5

        var replies = await db.MetricAsync("""metric: replies_per_ticket, target: { pass: "value <= previous * 1.1", warn: "value <= previous * 1.3" }""");

        replies.Value.ShouldBe(2.5);
        replies.Status.ShouldBe(Status.Warn);   // 2.5 > 2.2, but ≤ 2.6
    }

    [Fact]
    public async Task Target_PreviousRuleOnBreakdownRows_ComparesEachRowWithItsOwnPreviousValue()
    {
        using var db = Database()
            .Solved("2026-09-01 00:00", "2026-09-02 00:00", replies: 4, channel: "email")
            .Solved("2026-09-01 00:00", "2026-09-02 00:00", replies: 1, channel: "chat")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 3, channel: "email")   // better than 4
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 2, channel: "chat");   // worse than 1

        var replies = await db.MetricAsync("""metric: replies_per_ticket, target: "value <= previous * 1.1", breakdown: [channel]""");

        replies.Status.ShouldBe(Status.Pass);   // 2.5 against 2.5
        replies.RowStatuses().ShouldBe([("chat", Status.Fail), ("email", Status.Pass)]);
    }

    [Fact]
    public async Task Target_PreviousRuleWithoutPreviousData_IsNoDataNotFail()
    {
        using var db = Database().Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 2);

        var replies = await db.MetricAsync("""metric: replies_per_ticket, target: "value <= previous * 1.1" """);

        replies.Previous!.Value.ShouldBeNull();
        replies.Status.ShouldBe(Status.NoData);   // nothing to compare with: undecided, not a miss
    }

    [Fact]
    public async Task MinSample_FewerRowsThanTheMinimum_IsInsufficientDataAlsoPerRow()
    {
        using var db = Database()
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 1, channel: "email")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 1, channel: "email")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 1, channel: "chat");

        var replies = await db.MetricAsync("metric: replies_per_ticket, min_sample: 2, breakdown: [channel]");
        var strict = await db.MetricAsync("metric: replies_per_ticket, min_sample: 4");

        replies.Status.ShouldBe(Status.Pass);
        replies.RowStatuses().ShouldBe([("chat", Status.InsufficientData), ("email", Status.Pass)]);
        strict.Status.ShouldBe(Status.InsufficientData);
    }

    [Fact]
    public async Task ChannelMix_BreakdownByTag_SharesAreOfThePeriodsTickets()
    {
        using var db = Database()
            .Ticket("2026-10-01 10:00", tags: ["bug", "billing"])
            .Ticket("2026-10-02 10:00");

        var mix = await db.MetricAsync("metric: channel_mix, breakdown: [tag]", compare: "none");

        // one ticket of two has each tag; the other has none
        mix.Rows("tag").ShouldBe([("billing", 0.5), ("bug", 0.5), ("(none)", 0.5)]);
    }
}
