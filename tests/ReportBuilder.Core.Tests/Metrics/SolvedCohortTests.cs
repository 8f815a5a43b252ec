using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Metrics over tickets solved in the period: replies per ticket, one-touch, resolution time, reopen rate.</summary>
public abstract class SolvedCohortTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : SolvedCohortTests(null);

    public sealed class OnDuckDb() : SolvedCohortTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : SolvedCohortTests(server);

    // The solved cohort of October: status solved/closed and solved_at in [10-01, 11-01).
    private TestDatabase OctoberSolved() => Database()
        .Solved("2026-09-20 00:00", solved: "2026-10-01 00:00", replies: 1)                               // in: solved on the start
        .Solved("2026-10-01 00:00", solved: "2026-10-05 00:00", replies: 2, reopens: 1, status: "closed") // in
        .Solved("2026-10-03 00:00", solved: "2026-10-31 23:59:59", replies: 4)                            // in
        .Solved("2026-10-04 00:00", solved: "2026-10-06 00:00", replies: 1, status: "open")               // reopened: out
        .Solved("2026-10-05 00:00", solved: "2026-11-01 00:00", replies: 1)                               // solved on the end: out
        .Ticket("2026-10-06 00:00", replies: 3);                                                          // unsolved: out

    [Fact]
    public async Task RepliesPerTicket_SolvedCohort_IsRepliesOverSolvedTickets()
    {
        using var db = OctoberSolved();

        var replies = await db.MetricAsync("metric: replies_per_ticket");

        // (1 + 2 + 4) / 3 tickets = 2.33: not under 2, at most 3
        replies.Value!.Value.ShouldBe(7.0 / 3, 1e-9);
        replies.Sample.ShouldBe(3);
        replies.Status.ShouldBe(Status.Warn);
        replies.Target.ShouldBe("<\u00a02 (warn ≤\u00a03)");
    }

    [Fact]
    public async Task OneTouchRate_SolvedCohort_IsShareWithExactlyOneReply()
    {
        using var db = OctoberSolved();

        var oneTouch = await db.MetricAsync("metric: one_touch_rate");

        oneTouch.Value!.Value.ShouldBe(1.0 / 3, 1e-9);   // only the ticket solved on 10-01
        oneTouch.Status.ShouldBe(Status.Fail);            // below 60%
    }

    [Fact]
    public async Task ReopenRate_SolvedCohort_IsShareReopenedAtLeastOnce()
    {
        using var db = OctoberSolved();

        var reopen = await db.MetricAsync("metric: reopen_rate");

        reopen.Value!.Value.ShouldBe(1.0 / 3, 1e-9);
        reopen.Status.ShouldBe(Status.Fail);              // above 5%
    }

    [Fact]
    public async Task ResolutionTime_OneTwoThreeTenHours_MeanIsFourAndMedianTwoAndAHalf()
    {
        using var db = Database()
            .Solved("2026-10-10 00:00", solved: "2026-10-10 01:00")
            .Solved("2026-10-10 00:00", solved: "2026-10-10 02:00")
            .Solved("2026-10-10 00:00", solved: "2026-10-10 03:00")
            .Solved("2026-10-10 00:00", solved: "2026-10-10 10:00")
            .Ticket("2026-10-10 00:00");                          // unsolved: not in the cohort

        var mean = await db.MetricAsync("metric: resolution_time");
        var median = await db.MetricAsync("metric: resolution_time, stat: median");

        mean.Value.ShouldBe(4.0);                                 // (1 + 2 + 3 + 10) / 4
        median.Value.ShouldBe(2.5);                               // between 2 and 3
        median.Status.ShouldBe(Status.Pass);                      // ≤ 24 h
        mean.Status.ShouldBe(Status.None);                        // the mean has no default target
    }

    [Fact]
    public async Task ResolutionTime_OddCount_MedianIsTheMiddleValue()
    {
        using var db = Database()
            .Solved("2026-10-10 00:00", solved: "2026-10-11 12:00")  // 36 h
            .Solved("2026-10-10 00:00", solved: "2026-10-10 06:00")  // 6 h
            .Solved("2026-10-10 00:00", solved: "2026-10-12 00:00"); // 48 h

        var median = await db.MetricAsync("metric: resolution_time, stat: median");

        median.Value.ShouldBe(36.0);
        median.Status.ShouldBe(Status.Fail);
    }

    [Fact]
    public async Task RepliesPerTicket_NothingSolved_IsNoData()
    {
        using var db = Database().Ticket("2026-10-06 00:00", replies: 3);

        var replies = await db.MetricAsync("metric: replies_per_ticket");

        replies.ShouldBeNoData();
    }

    [Fact]
    public async Task RepliesPerTicket_BreakdownByChannel_EachRowHasItsOwnStatus()
    {
        using var db = Database()
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 1, channel: "email")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 2, channel: "email")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 3, channel: "chat")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 5, channel: "phone");

        var replies = await db.MetricAsync("metric: replies_per_ticket, breakdown: [channel]");

        replies.Value.ShouldBe(11.0 / 4);
        replies.Rows().ShouldBe([("chat", 3.0), ("email", 1.5), ("phone", 5.0)]);
        replies.RowStatuses().ShouldBe([("chat", Status.Warn), ("email", Status.Pass), ("phone", Status.Fail)]);
    }

    [Fact]
    public async Task RepliesPerTicket_BreakdownByAgentAndTeam_UsesNamesAndNoneForUnassigned()
    {
        using var db = Database()
            .Agent(1, "Ann", team: "Tier 1")
            .Agent(2, "Bob", team: "Tier 1")
            .Agent(3, "Cyd", team: "Tier 2")
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 1, agent: 1)
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 3, agent: 2)
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 4, agent: 3)
            .Solved("2026-10-01 00:00", "2026-10-02 00:00", replies: 2);

        var replies = await db.MetricAsync("metric: replies_per_ticket, breakdown: [agent, team]");

        replies.Rows("agent").ShouldBe([("Ann", 1.0), ("Bob", 3.0), ("Cyd", 4.0), ("(none)", 2.0)]);
        replies.RowStatuses("agent").ShouldBe([("Ann", Status.Pass), ("Bob", Status.Warn), ("Cyd", Status.Fail), ("(none)", Status.Warn)]);
        replies.Rows("team").ShouldBe([("Tier 1", 2.0), ("Tier 2", 4.0), ("(none)", 2.0)]);
    }
}
