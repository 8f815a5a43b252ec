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
}
