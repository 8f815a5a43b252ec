using System.Globalization;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Churn and retention over customers active at the period's start (docs/metrics.md).</summary>
public abstract class CustomerTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : CustomerTests(null);

    public sealed class OnDuckDb() : CustomerTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : CustomerTests(server);

    private static readonly (int Id, string Created, string? Churned)[] Customers =
    [
        (1, "2025-01-01 00:00", null),
        (2, "2025-01-01 00:00", "2026-10-15 08:00"),   // churns in October
        (3, "2025-01-01 00:00", "2026-10-01 00:00"),   // churned_at = start: still active at the start, churns in October
        (4, "2025-01-01 00:00", "2026-09-30 23:59"),   // gone before October
        (5, "2026-10-05 00:00", null),                 // joined during October
        (6, "2026-10-01 00:00", null),                 // created_at = start: not yet active
        (7, "2025-06-01 00:00", "2026-11-01 00:00"),   // churned_at = end: still active at the end
        (8, "2025-06-01 00:00", null),
    ];

    private TestDatabase Populated()
    {
        var db = Database();
        foreach (var (id, created, churned) in Customers)
        {
            db.Customer(id, created: created, churned: churned);
        }

        return db;
    }

    // "active at t": created_at < t and (churned_at is null or churned_at >= t), straight from docs/metrics.md.
    private static bool ActiveAt((int Id, string Created, string? Churned) c, DateTime t) =>
        Parse(c.Created) < t && (c.Churned is null || Parse(c.Churned) >= t);

    private static DateTime Parse(string timestamp) => DateTime.Parse(timestamp, CultureInfo.InvariantCulture);

    [Fact]
    public async Task ChurnRate_October_ChurnedOverActiveAtStart()
    {
        using var db = Populated();
        var (start, end) = (new DateTime(2026, 10, 1), new DateTime(2026, 11, 1));
        var atStart = Customers.Where(c => ActiveAt(c, start)).ToList();
        var churned = atStart.Count(c => c.Churned is { } at && Parse(at) < end);

        var churn = await db.MetricAsync("metric: churn_rate");

        atStart.Select(c => c.Id).ShouldBe([1, 2, 3, 7, 8]);
        churn.Value.ShouldBe((double)churned / atStart.Count);   // 2 / 5
        churn.Sample.ShouldBe(5);
        churn.Status.ShouldBe(Status.Fail);                      // above 2%
    }

    [Fact]
    public async Task CustomerRetentionRate_October_StillActiveAtEndOverActiveAtStart()
    {
        using var db = Populated();
        var (start, end) = (new DateTime(2026, 10, 1), new DateTime(2026, 11, 1));
        var atStart = Customers.Where(c => ActiveAt(c, start)).ToList();

        var retention = await db.MetricAsync("metric: customer_retention_rate");

        retention.Value.ShouldBe((double)atStart.Count(c => ActiveAt(c, end)) / atStart.Count);   // 3 / 5
        retention.Status.ShouldBe(Status.Fail);
    }

    [Fact]
    public async Task ChurnRate_NoChurn_IsZeroAndPasses()
    {
        using var db = Database().Customer(1).Customer(2);

        var churn = await db.MetricAsync("metric: churn_rate");

        churn.Value.ShouldBe(0);
        churn.Status.ShouldBe(Status.Pass);
    }

    [Fact]
    public async Task ChurnRate_NoCustomersAtStart_IsNoData()
    {
        using var db = Database().Customer(1, created: "2026-10-10 00:00");

        var churn = await db.MetricAsync("metric: churn_rate");

        churn.ShouldBeNoData();
    }

    [Fact]
    public async Task ChurnRate_BreakdownByTier_SplitsTheCustomers()
    {
        using var db = Database()
            .Customer(1, tier: "premium")
            .Customer(2, tier: "premium", churned: "2026-10-20 00:00")
            .Customer(3, tier: "standard")
            .Customer(4, tier: "standard");

        var churn = await db.MetricAsync("metric: churn_rate, breakdown: [tier]");

        churn.Value.ShouldBe(0.25);
        churn.Rows().ShouldBe([("premium", 0.5), ("standard", 0.0)]);
        churn.RowStatuses().ShouldBe([("premium", Status.Fail), ("standard", Status.Pass)]);
    }
}
