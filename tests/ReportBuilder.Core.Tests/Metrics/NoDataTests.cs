namespace ReportBuilder.Tests.Metrics;

/// <summary>A metric with no rows in a period has no value: no_data, never 0 and never NaN (docs/metrics.md).</summary>
public abstract class NoDataTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : NoDataTests(null);

    public sealed class OnDuckDb() : NoDataTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : NoDataTests(server);

    public static TheoryData<string> CatalogMetrics() => [.. TestReport.Catalog.Metrics.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CatalogMetrics))]
    public async Task EveryCatalogMetric_EmptyDatabase_IsNoDataInThePeriodAndItsComparison(string metric)
    {
        using var db = Database();

        var view = await MetricAsync(db, metric, trend: 3);

        view.ShouldBeNoData();
        view.Previous!.Value.ShouldBeNull();
        view.Trend.ShouldAllBe(point => point.Value == null);
        view.Breakdowns.ShouldAllBe(breakdown => breakdown.Rows.Count == 0);
    }

    [Theory]
    [MemberData(nameof(CatalogMetrics))]
    public async Task EveryCatalogMetric_RowsOnlyAfterThePeriod_IsNoData(string metric)
    {
        using var db = Database()
            .Agent(1, "Ann")
            .Customer(1, created: "2026-11-02 00:00")
            .Ticket("2026-11-02 09:00", firstReply: "2026-11-02 10:00", solved: "2026-11-03 09:00", status: "closed",
                replies: 1, agent: 1, tags: ["bug"])
            .Message(ticket: 1, "customer", "2026-11-02 09:00")
            .Message(ticket: 1, "agent", "2026-11-02 10:00", agent: 1)
            .Csat(5, "2026-11-03 10:00", agent: 1)
            .Nps(10, "2026-11-03 10:00")
            .Qa(90, "2026-11-03 10:00", agent: 1)
            .Mrr("2026-11", "new", 100);

        var view = await MetricAsync(db, metric);

        view.ShouldBeNoData();
    }

    // Under a business calendar, for the metrics measured in working hours (configs/calendars.yaml's support), and an SLA
    // policy, for sla_achievement.
    private const string Sla = "sla: { hours: business, first_reply: { normal: 4h }, resolution: { normal: 18h } }\n";

    private static async Task<ReportBuilder.Reports.MetricView> MetricAsync(TestDatabase db, string metric, int trend = 0) =>
        (await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", trend, $"metric: {metric}") + "\ncalendar: support\n" + Sla))
            .Metrics.Single();
}
