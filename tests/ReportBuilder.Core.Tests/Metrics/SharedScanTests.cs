namespace ReportBuilder.Tests.Metrics;

/// <summary>Metrics over the same table and cohort share one statement even when they filter rows differently; each
/// keeps its own rows, row count and no-data.</summary>
public abstract class SharedScanTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : SharedScanTests(null);

    public sealed class OnDuckDb() : SharedScanTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : SharedScanTests(server);

    private const string Report = """
        id: shared
        title: Shared scan
        timezone: UTC
        period: "2026-10"
        compare: previous_period
        metrics:
          - metric: ticket_volume
            breakdown: [channel]
          - metric: first_response_time
            stat: median
            breakdown: [channel]
          - metric: first_response_sla
          - metric: ticket_volume
            name: urgent_volume
            where: priority = 'urgent'
        """;

    [Fact]
    public void Plan_CreatedCohortWithDifferentFilters_IsOneTotalsStatementAndOneBreakdown()
    {
        var plan = TestReport.Plan(Report);

        var totals = plan.Queries.Where(q => q.Dimension is null).ShouldHaveSingleItem();
        totals.Columns.ShouldBe(["ticket_volume", "first_response_time", "first_response_sla", "urgent_volume"]);
        totals.SamplePerMetric.ShouldBeTrue();
        plan.Queries.Count(q => q.Dimension == "channel").ShouldBe(1);
    }

    [Fact]
    public async Task Run_SharedStatement_GivesEachMetricItsOwnRowsAndNoData()
    {
        using var db = Database()
            .Customer(1)
            .Ticket("2026-10-01 09:00", firstReply: "2026-10-01 09:30", channel: "email")
            .Ticket("2026-10-02 09:00", firstReply: "2026-10-02 11:00", channel: "chat")
            .Ticket("2026-10-03 09:00", channel: "phone")                        // unanswered
            .Ticket("2026-09-10 09:00", channel: "email");                       // September: unanswered

        var metrics = (await db.RunAsync(Report)).Metrics.ToDictionary(m => m.Name);

        metrics["ticket_volume"].Value.ShouldBe(3);
        metrics["ticket_volume"].Sample.ShouldBe(3);
        // Answered tickets only: 0.5 h and 2 h → median 1.25 h, from 2 rows.
        metrics["first_response_time"].Value.ShouldBe(1.25);
        metrics["first_response_time"].Sample.ShouldBe(2);
        // All 3 count; only the first reply (30 min) is within the 1 h SLA.
        metrics["first_response_sla"].Value!.Value.ShouldBe(1.0 / 3, 1e-9);
        // No urgent ticket at all: no data, not 0.
        metrics["urgent_volume"].Value.ShouldBeNull();
        metrics["urgent_volume"].Status.ShouldBe(ReportBuilder.Rules.Status.NoData);
        // September's only ticket is unanswered: the median has no data there, the volume has 1.
        metrics["first_response_time"].Previous!.Value.ShouldBeNull();
        metrics["ticket_volume"].Previous!.Value.ShouldBe(1);
        // The phone ticket has no reply: no phone row for the median, one for the volume.
        metrics["first_response_time"].Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["chat", "email"]);
        metrics["ticket_volume"].Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["chat", "email", "phone"]);
    }
}
