using System.Globalization;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Metrics over tickets created in the period: resolution rates, first response time and SLA.</summary>
public abstract class CreatedCohortTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : CreatedCohortTests(null);

    public sealed class OnDuckDb() : CreatedCohortTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : CreatedCohortTests(server);

    [Fact]
    public async Task ResolutionRate_SolvedBeforeTheEnd_CountsOnlyThoseAmongCreated()
    {
        using var db = Database()
            .Solved("2026-10-02 00:00", solved: "2026-10-03 00:00")                     // resolved
            .Solved("2026-10-05 00:00", solved: "2026-10-20 00:00", status: "closed")   // resolved and confirmed
            .Solved("2026-10-30 00:00", solved: "2026-11-01 00:00")                     // solved on the end: not yet
            .Ticket("2026-10-10 00:00", status: "pending")                              // open
            .Solved("2026-09-30 00:00", solved: "2026-10-02 00:00");                    // created in September

        var resolution = await db.MetricAsync("metric: resolution_rate");
        var confirmed = await db.MetricAsync("metric: confirmed_resolution_rate");

        resolution.Value.ShouldBe(0.5);           // 2 of 4
        resolution.Sample.ShouldBe(4);
        resolution.Status.ShouldBe(Status.Fail);  // below 90%
        confirmed.Value.ShouldBe(0.25);           // 1 of 4
        confirmed.Status.ShouldBe(Status.None);
    }

    [Fact]
    public async Task FirstResponseTime_UnansweredTickets_AreLeftOut()
    {
        (string Created, string? Reply)[] tickets =
        [
            ("2026-10-01 09:00", "2026-10-01 09:30"),
            ("2026-10-02 09:00", "2026-10-02 10:00"),
            ("2026-10-03 09:00", "2026-10-03 12:00"),
            ("2026-10-04 09:00", "2026-10-04 19:30"),
            ("2026-10-31 23:00", "2026-11-01 01:00"),   // created in October, answered in November: counts
            ("2026-10-05 09:00", null),                 // unanswered: left out
        ];
        using var db = Database();
        foreach (var (created, reply) in tickets)
        {
            db.Ticket(created, firstReply: reply);
        }

        var mean = await db.MetricAsync("metric: first_response_time");
        var median = await db.MetricAsync("metric: first_response_time, stat: median");

        var hours = tickets.Where(t => t.Reply is not null)
            .Select(t => (Parse(t.Reply!) - Parse(t.Created)).TotalHours).Order().ToArray();
        hours.ShouldBe([0.5, 1, 2, 3, 10.5]);
        mean.Value!.Value.ShouldBe(hours.Average(), 1e-9);   // 17 / 5 = 3.4
        mean.Sample.ShouldBe(5);
        median.Value!.Value.ShouldBe(2, 1e-9);
        median.Status.ShouldBe(Status.Fail);                // median above 1 h
    }

    [Fact]
    public async Task FirstResponseTime_MedianOfExactlyOneHour_Passes()
    {
        using var db = Database()
            .Ticket("2026-10-05 10:00", firstReply: "2026-10-05 11:00")
            .Ticket("2026-10-06 10:00", firstReply: "2026-10-06 11:00")
            .Ticket("2026-10-07 10:00", firstReply: "2026-10-07 11:00");

        var median = await db.MetricAsync("metric: first_response_time, stat: median");

        median.Value.ShouldBe(1.0);
        median.Status.ShouldBe(Status.Pass);                // "≤ 1 h" includes one hour exactly
    }

    [Fact]
    public async Task FirstResponseSla_DefaultOneHour_UnansweredCountAsMissed()
    {
        using var db = SlaTickets();

        var sla = await db.MetricAsync("metric: first_response_sla");

        // within: standard at exactly 1 h, premium at 30 min, premium at 45 min; missed: 61 min, unanswered
        sla.Value.ShouldBe(3.0 / 5);
        sla.Status.ShouldBe(Status.Fail);
    }

    [Fact]
    public async Task FirstResponseSla_PremiumSlaOf30Minutes_AppliesToPremiumCustomersOnly()
    {
        using var db = SlaTickets();

        var sla = await db.MetricAsync("metric: first_response_sla, params: { sla_premium: 30m }, breakdown: [tier]");

        // within: standard at exactly 1 h, premium at exactly 30 min; missed: 61 min, premium 45 min, unanswered
        sla.Value.ShouldBe(2.0 / 5);
        sla.Rows().Select(r => r.Key).ShouldBe(["premium", "standard"]);
        sla.Rows()[0].Value.ShouldBe(0.5);
        sla.Rows()[1].Value!.Value.ShouldBe(1.0 / 3, 1e-9);
    }

    [Fact]
    public async Task FirstResponseSla_TwiceWithDifferentSlas_EachUseKeepsItsOwnParams()
    {
        using var db = SlaTickets();
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: first_response_sla, name: sla_strict, params: { sla_standard: 30m, sla_premium: 30m }",
            "metric: first_response_sla, name: sla_loose, params: { sla_standard: 2h, sla_premium: 2h }");

        var metrics = (await db.RunAsync(yaml)).Metrics.ToDictionary(m => m.Name, m => m.Value);

        metrics["sla_strict"].ShouldBe(1.0 / 5);   // only the 30-minute reply
        metrics["sla_loose"].ShouldBe(4.0 / 5);    // every answered ticket
    }

    /// <summary>The resolution rate shares its statement with the first-response durations, which the statement computes once
    /// per row in a subquery (on PostgreSQL each row carries its month's index and end out of it, instead of joining the
    /// months again): each month's rate counts the tickets solved before that month's own end, in the trend, the
    /// comparison and a breakdown by the customer's tier.</summary>
    [Fact]
    public async Task ResolutionRate_BesideDurationsOverThreeMonths_EachMonthEndsAtItsOwnEnd()
    {
        using var db = Database()
            .Customer(1, tier: "premium")
            .Customer(2, tier: "standard")
            .Ticket("2026-08-10 00:00", firstReply: "2026-08-10 01:00", solved: "2026-08-31 23:59", status: "solved", customer: 1)
            .Ticket("2026-08-20 00:00", firstReply: "2026-08-20 03:00", solved: "2026-09-01 00:00", status: "solved", customer: 2) // on August's end
            .Ticket("2026-09-05 00:00", firstReply: "2026-09-05 02:00", solved: "2026-09-06 00:00", status: "solved", customer: 2)
            .Ticket("2026-10-01 00:00", firstReply: "2026-10-01 04:00", solved: "2026-10-31 23:59", status: "closed", customer: 1)
            .Ticket("2026-10-02 00:00", firstReply: "2026-10-02 06:00", solved: "2026-11-01 00:00", status: "solved", customer: 2) // on October's end
            .Ticket("2026-10-03 00:00", status: "pending", customer: 2);

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 3,
            "metric: resolution_rate, breakdown: [tier]",
            "metric: first_response_time, stat: mean, name: frt_mean, breakdown: [tier]",
            "metric: first_response_time, stat: median, name: frt_median"));
        var resolution = model.Metrics.Single(m => m.Name == "resolution_rate");
        var mean = model.Metrics.Single(m => m.Name == "frt_mean");
        var median = model.Metrics.Single(m => m.Name == "frt_median");

        // August 1 of 2, September 1 of 1, October 1 of 3 (the engine's 12 significant digits)
        resolution.Trend.Select(t => t.Value).ShouldBe([0.5, 1.0, 0.333333333333]);
        resolution.Previous!.Value.ShouldBe(1.0);
        resolution.Rows("tier").ShouldBe([("premium", 1.0), ("standard", 0.0)]);
        mean.Trend.Select(t => t.Value).ShouldBe([2.0, 2.0, 5.0]);            // (1 + 3) / 2, 2, (4 + 6) / 2: the open ticket has no reply
        mean.Rows("tier").ShouldBe([("premium", 4.0), ("standard", 6.0)]);
        median.Trend.Select(t => t.Value).ShouldBe([2.0, 2.0, 5.0]);
    }

    private static DateTime Parse(string timestamp) => DateTime.Parse(timestamp, CultureInfo.InvariantCulture);

    private TestDatabase SlaTickets() => Database()
        .Customer(1, tier: "standard")
        .Customer(2, tier: "premium")
        .Ticket("2026-10-05 10:00", firstReply: "2026-10-05 11:00", customer: 1)   // exactly 1 h
        .Ticket("2026-10-06 10:00", firstReply: "2026-10-06 11:01", customer: 1)   // 61 min
        .Ticket("2026-10-07 10:00", customer: 1)                                   // unanswered
        .Ticket("2026-10-08 10:00", firstReply: "2026-10-08 10:30", customer: 2)   // exactly 30 min
        .Ticket("2026-10-09 10:00", firstReply: "2026-10-09 10:45", customer: 2);  // 45 min
}
