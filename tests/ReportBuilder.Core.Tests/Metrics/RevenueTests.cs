using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Expansion revenue and net revenue retention over MRR movements by month.</summary>
public abstract class RevenueTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : RevenueTests(null);

    public sealed class OnDuckDb() : RevenueTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : RevenueTests(server);

    [Fact]
    public async Task ExpansionRevenueRate_SeedExample_1000Of10000Is10Percent()
    {
        using var db = Database()
            .Mrr("2026-01", "new", 6000, customer: 1)
            .Mrr("2026-03", "new", 3500, customer: 2)
            .Mrr("2026-05", "contraction", 500, customer: 2)
            .Mrr("2026-08", "expansion", 1000, customer: 1)   // MRR at the end of August: 6000 + 3500 − 500 + 1000 = 10,000
            .Mrr("2026-09", "expansion", 4000, customer: 2);  // after August: ignored

        var expansion = await db.MetricAsync("metric: expansion_revenue_rate", period: "2026-08");

        expansion.Value.ShouldBe(0.1);
        expansion.DisplayValue.ShouldBe("10.0%");
    }

    [Fact]
    public async Task ExpansionRevenueRate_AmountsWhoseFloatSumDependsOnTheOrder_DividesByTheExactMrr()
    {
        // The MRR at the period's end is 1e16 + 1 − 1e16 + 1 = 2; added one after another as doubles it is 1 (1e16 + 1 rounds
        // to 1e16), which made the rate 200% (QaScore_ScoresWhoseFloatSumDependsOnTheOrder_IsTheExactMean says why it matters).
        using var db = Database()
            .Mrr("2026-10", "new", 1e16, customer: 1)
            .Mrr("2026-10", "expansion", 1, customer: 2)
            .Mrr("2026-10", "churn", 1e16, customer: 1)
            .Mrr("2026-10", "expansion", 1, customer: 2);

        var expansion = await db.MetricAsync("metric: expansion_revenue_rate", period: "2026-10");

        expansion.Value.ShouldBe(1.0);   // expansion 2 over MRR 2
    }

    [Fact]
    public async Task NetRevenueRetention_Quarter_StartMrrPlusExpansionMinusLossesOverStartMrr()
    {
        using var db = Database()
            .Mrr("2026-02", "new", 6000, customer: 1)
            .Mrr("2026-04", "new", 3000, customer: 2)          // MRR at the end of June: 9000
            .Mrr("2026-07", "expansion", 1000, customer: 1)
            .Mrr("2026-08", "contraction", 300, customer: 2)
            .Mrr("2026-09", "churn", 1200, customer: 2)
            .Mrr("2026-09", "new", 2000, customer: 3)          // new business is no retention
            .Mrr("2026-10", "expansion", 5000, customer: 1);   // after the quarter

        var nrr = await db.MetricAsync("metric: net_revenue_retention", period: "2026-Q3");

        nrr.Value!.Value.ShouldBe((9000 + 1000 - 300 - 1200) / 9000.0, 1e-9);   // 94.4%
        nrr.Status.ShouldBe(Status.Fail);                                          // below 100%
    }

    [Fact]
    public async Task NetRevenueRetention_ExpansionOutweighsLosses_Passes()
    {
        using var db = Database()
            .Mrr("2026-01", "new", 1000)
            .Mrr("2026-10", "expansion", 200)
            .Mrr("2026-10", "contraction", 100);

        var nrr = await db.MetricAsync("metric: net_revenue_retention");

        nrr.Value!.Value.ShouldBe(1.1, 1e-9);   // (1000 + 200 − 100) / 1000
        nrr.Status.ShouldBe(Status.Pass);
    }

    [Fact]
    public async Task RunningSums_ThreeMonthTrendAndTiers_EachMonthSumsEveryMovementUpToIt()
    {
        // Statements read monthly subtotals and add them up per period (the pass RunningSumsFromSubtotals); by hand, customer 1
        // is premium, customer 2 standard. MRR at the end of July 1,500; August +200 (1,700); September -100 (1,600);
        // October +300 -1,200 (700). November's movement is after every period.
        using var db = Database()
            .Customer(1, tier: "premium")
            .Customer(2, tier: "standard")
            .Mrr("2026-06", "new", 1000, customer: 1)
            .Mrr("2026-06", "new", 500, customer: 2)
            .Mrr("2026-08", "expansion", 200, customer: 1)
            .Mrr("2026-09", "contraction", 100, customer: 2)
            .Mrr("2026-10", "expansion", 300, customer: 2)
            .Mrr("2026-10", "churn", 1200, customer: 1)
            .Mrr("2026-11", "expansion", 999, customer: 1);

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 3,
            "metric: net_revenue_retention, breakdown: [tier]", "metric: expansion_revenue_rate"));

        var nrr = model.Metrics.Single(m => m.Name == "net_revenue_retention");
        nrr.Trend.Select(t => t.Value!.Value).ShouldBe([1700 / 1500.0, 1600 / 1700.0, 700 / 1600.0], 1e-9);
        nrr.Sample.ShouldBe(6);   // the six movements up to October
        // October by tier: premium starts at 1,200 and churns all of it; standard starts at 400 and expands by 300.
        nrr.Rows().OrderBy(r => r.Key, StringComparer.Ordinal).ShouldBe([("premium", (double?)0), ("standard", 700 / 400.0)]);
        var expansion = model.Metrics.Single(m => m.Name == "expansion_revenue_rate");
        expansion.Trend.Select(t => t.Value!.Value).ShouldBe([200 / 1700.0, 0, 300 / 700.0], 1e-9);
    }

    [Fact]
    public async Task NetRevenueRetention_NoRevenueAtStart_IsNoData()
    {
        using var db = Database().Mrr("2026-10", "new", 500);

        var nrr = await db.MetricAsync("metric: net_revenue_retention");

        nrr.ShouldBeNoData();
    }
}
