using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The compiler's optimiser passes (Metrics/Sql/*.Folding.cs, *.Optimiser.cs): the SQL gets cheaper, the values stay.</summary>
public sealed class OptimiserTests
{
    [Fact]
    public void Plan_SlaWithEqualTierSlas_FoldsTheTierCaseAndDropsTheCustomersJoin()
    {
        var query = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "none", 0, "metric: first_response_sla")).Queries.Single();

        query.Sql.ShouldNotContain("customers");
        query.Sql.ShouldNotContain("CASE WHEN (j_customer");
        query.Reads.ShouldNotContain(r => r.Table == "customers");
        query.Parameters.Select(p => p.Value).ShouldNotContain("premium");   // the folded condition's parameter is taken back
    }

    [Fact]
    public void Plan_SlaWithDifferentTierSlas_KeepsTheTierCaseAndTheJoin()
    {
        var query = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: first_response_sla, params: { sla_premium: 30m }")).Queries.Single();

        query.Sql.ShouldContain("LEFT JOIN \"customers\" j_customer");
        query.Sql.ShouldContain("CASE WHEN (j_customer.\"tier\" = @p");
    }

    [Fact]
    public async Task Run_SlaWithEqualTierSlas_FoldedStatementCountsAsBefore()
    {
        using var db = new TestDatabase()
            .Ticket("2026-10-05 10:00", firstReply: "2026-10-05 11:00", customer: 1)
            .Ticket("2026-10-06 10:00", firstReply: "2026-10-06 13:00", customer: 2)
            .Ticket("2026-10-07 10:00");   // unanswered: hours() is NULL, the comparison is not true

        // if(condition, 2h, 2h): both branches are 2 hours, so the condition (and its customer join) goes.
        var within = await db.MetricAsync("metric: first_response_sla, params: { sla_standard: 2h, sla_premium: 2h }");

        within.Value!.Value.ShouldBe(1.0 / 3, 1e-9);   // 1 h is within 2 h; 3 h and unanswered are not
    }

    [Fact]
    public void Plan_Totals_AggregateEachPeriodWithoutGroupingOneBranchPerPeriod()
    {
        var plan = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "previous_period", 3, "metric: ticket_volume"));

        var totals = plan.Queries.Single();
        totals.Sql.ShouldNotContain("GROUP BY");
        totals.Periods.ShouldBe([0, 1, 2]);   // October, September (comparison and trend) and August
        for (var i = 0; i < 3; i++)
        {
            totals.Sql.ShouldContain($"SELECT {i} AS idx, NULL AS key");
            totals.Sql.ShouldContain($"WHERE p.idx = {i} AND");
        }

        totals.Sql.Split("UNION ALL").Length.ShouldBe(3);
    }

    [Fact]
    public async Task Run_PerPeriodTotalsWithAnEmptyPeriod_ThatPeriodHasNoData()
    {
        using var db = new TestDatabase()
            .Ticket("2026-10-05 10:00")
            .Ticket("2026-10-06 10:00")
            .Ticket("2026-08-06 10:00");   // nothing in September

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 3, "metric: ticket_volume"));

        var volume = model.Metrics.Single();
        volume.Value.ShouldBe(2);
        volume.Previous!.Value.ShouldBeNull();   // the empty period's aggregate row (n = 0) is no group (no data), as before
        volume.Trend.Select(t => t.Value).ShouldBe([1, null, 2]);
    }
}
