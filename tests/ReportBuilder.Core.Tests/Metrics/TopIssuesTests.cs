namespace ReportBuilder.Tests.Metrics;

/// <summary>top_issues: customers affected and tickets per issue tag (bug, feature_request, known_limitation).</summary>
public abstract class TopIssuesTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : TopIssuesTests(null);

    public sealed class OnDuckDb() : TopIssuesTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : TopIssuesTests(server);

    private TestDatabase Issues() => Database()
        .Ticket("2026-10-01 10:00", customer: 1, tags: ["bug"])
        .Ticket("2026-10-02 10:00", customer: 1, tags: ["bug", "how_to"])
        .Ticket("2026-10-03 10:00", customer: 2, tags: ["bug", "feature_request"])
        .Ticket("2026-10-04 10:00", customer: 3, tags: ["feature_request"])
        .Ticket("2026-10-05 10:00", customer: 4, tags: ["how_to"])                  // no issue tag
        .Ticket("2026-09-05 10:00", customer: 5, tags: ["known_limitation"]);       // September

    [Fact]
    public async Task TopIssues_Customers_CountsDistinctCustomersPerTag()
    {
        using var db = Issues();

        var customers = await db.MetricAsync("metric: top_issues");

        customers.Stat.ShouldBe("customers");
        customers.Value.ShouldBe(3);                                        // customers 1, 2, 3
        customers.Rows().ShouldBe([("bug", 2.0), ("feature_request", 2.0)]);  // bug: 1, 2; feature request: 2, 3
    }

    [Fact]
    public async Task TopIssues_Tickets_CountsEachTicketOnce()
    {
        using var db = Issues();

        var tickets = await db.MetricAsync("metric: top_issues, stat: tickets");

        tickets.Value.ShouldBe(4);
        tickets.Rows().ShouldBe([("bug", 3.0), ("feature_request", 2.0)]);
    }

    [Fact]
    public async Task TopIssues_BothStatsInOneReport_CountEachPeriodApart()
    {
        using var db = Issues()
            .Ticket("2026-09-06 10:00", customer: 5, tags: ["known_limitation", "bug"])
            .Ticket("2026-09-07 10:00", customer: 6, tags: ["bug"]);

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 2,
            "metric: top_issues, stat: customers, name: customers, breakdown: [tag]",
            "metric: top_issues, stat: tickets, name: tickets, breakdown: [tag]"));
        var customers = model.Metrics.Single(m => m.Name == "customers");
        var tickets = model.Metrics.Single(m => m.Name == "tickets");

        customers.Value.ShouldBe(3);                    // October: customers 1, 2, 3
        customers.Previous!.Value.ShouldBe(2);          // September: 5 (twice) and 6
        customers.Rows().ShouldBe([("bug", 2.0), ("feature_request", 2.0)]);
        tickets.Value.ShouldBe(4);
        tickets.Previous!.Value.ShouldBe(3);            // September's three tickets
        tickets.Rows().ShouldBe([("bug", 3.0), ("feature_request", 2.0)]);
    }

    /// <summary>A breakdown by tag of a month beside the one before: on PostgreSQL one pass over both, each ticket placed in
    /// its month by the span of their bounds (width_bucket), where SQLite runs one aggregate per month; the same counts on
    /// each, at the first and last instants of both months and just outside them.</summary>
    [Fact]
    public async Task TopIssues_ByTagBesideThePreviousMonth_CountsEachMonthFromItsOwnTickets()
    {
        using var db = Database()
            .Ticket("2026-08-31 23:59", customer: 9, tags: ["bug"])                      // before September
            .Ticket("2026-09-01 00:00", customer: 1, tags: ["bug"])                      // September's first instant
            .Ticket("2026-09-30 23:59", customer: 2, tags: ["bug", "feature_request"])   // September's last minute
            .Ticket("2026-10-01 00:00", customer: 1, tags: ["feature_request"])          // October's first instant
            .Ticket("2026-10-15 10:00", customer: 3, tags: ["bug", "how_to"])
            .Ticket("2026-10-31 23:59", customer: 3, tags: ["bug"])                      // October's last minute
            .Ticket("2026-11-01 00:00", customer: 8, tags: ["bug"]);                     // after October

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 0,
            "metric: top_issues, stat: tickets, name: tickets, breakdown: [tag]",
            "metric: top_issues, stat: customers, name: customers, breakdown: [tag]"));
        var tickets = model.Metrics.Single(m => m.Name == "tickets");
        var customers = model.Metrics.Single(m => m.Name == "customers");

        tickets.Value.ShouldBe(3);
        tickets.Previous!.Value.ShouldBe(2);
        tickets.Breakdowns.Single().Rows.Select(r => (r.Key, r.Value, r.Previous)).ShouldBe([("bug", 2.0, 2.0), ("feature_request", 1.0, 1.0)]);
        customers.Value.ShouldBe(2);                   // October: 1 and 3 (twice)
        customers.Previous!.Value.ShouldBe(2);         // September: 1 and 2
        customers.Breakdowns.Single().Rows.Select(r => (r.Key, r.Value, r.Previous)).ShouldBe([("bug", 1.0, 2.0), ("feature_request", 1.0, 1.0)]);
    }

    /// <summary>A trend of more than two months: on PostgreSQL one pass over the months, each ticket placed in its month by the
    /// span of the month bounds (width_bucket), where SQLite runs one aggregate per month; the same counts on each.</summary>
    [Fact]
    public async Task TopIssues_FourMonthTrend_CountsEachMonthFromItsOwnTickets()
    {
        using var db = Database()
            .Ticket("2026-06-30 23:59", customer: 9, tags: ["bug"])                  // before the trend's first month
            .Ticket("2026-07-01 00:00", customer: 1, tags: ["bug", "feature_request"]) // July's first instant
            .Ticket("2026-07-31 23:59", customer: 1, tags: ["bug"])
            .Ticket("2026-08-15 10:00", customer: 5, tags: ["how_to"])               // August: no issue tag
            .Ticket("2026-09-01 00:00", customer: 2, tags: ["known_limitation"])
            .Ticket("2026-09-10 10:00", customer: 3, tags: ["bug", "known_limitation"])
            .Ticket("2026-10-31 23:59", customer: 4, tags: ["feature_request"])       // October's last minute
            .Ticket("2026-11-01 00:00", customer: 8, tags: ["bug"]);                  // after the last month

        var customers = await db.MetricAsync("metric: top_issues", trend: 4);
        var tickets = await db.MetricAsync("metric: top_issues, stat: tickets", trend: 4);

        customers.Trend.Select(t => t.Label).ShouldBe(["July 2026", "August 2026", "September 2026", "October 2026"]);
        customers.Trend.Select(t => t.Value).ShouldBe([1, null, 2, 1]);    // July: customer 1 twice; September: 2, 3
        tickets.Trend.Select(t => t.Value).ShouldBe([2, null, 2, 1]);      // each ticket once, however many issue tags
    }
}
