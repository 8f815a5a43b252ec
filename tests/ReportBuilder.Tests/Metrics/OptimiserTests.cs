using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
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
    public void Plan_RunningMrrSums_ReadTheMovementsOnceIntoMonthlySubtotals()
    {
        var plan = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "previous_period", 12,
            "metric: net_revenue_retention, breakdown: [tier]", "metric: expansion_revenue_rate"));

        plan.Queries.Select(q => q.Dimension).ShouldBe([null, "tier"]);
        foreach (var query in plan.Queries)
        {
            // One read of the table, grouped by month (and tier), then per period a sum over the months up to it.
            query.Sql.Split("\"mrr_movements\" t").Length.ShouldBe(2);
            query.Sql.ShouldContain("CROSS JOIN (\nSELECT t.\"month\" AS \"month\", ");
            query.Sql.ShouldContain(") t\nWHERE (t.\"month\" <= p.p_last_month)");
            query.Sql.ShouldContain("CASE WHEN (t.\"month\" < p.p_first_month) THEN t.\"rb_s");
            query.Sql.ShouldNotContain("UNION ALL");
        }
    }

    [Fact]
    public void Plan_PeriodInAnOrFilter_KeepsThePlainStatement()
    {
        // churn_rate's filter (created before the period, churned in it or not at all) compares columns with period
        // fields inside an OR: no column's value decides it alone, so no subtotals.
        var query = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "none", 3, "metric: churn_rate")).Queries.Single();

        query.Sql.ShouldNotContain("rb_s");
        query.Sql.Split("UNION ALL").Length.ShouldBe(3);
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

    private const string Responses = """
        id: responses
        timezone: UTC
        period: "2026-10"
        trend: 3
        metrics:
          - metric: avg_response_time
            breakdown: [agent, team]
        """;

    [Fact]
    public void Plan_DerivedResponses_IsStoredOnceAndReadByTotalsAndBreakdowns()
    {
        var plan = TestReport.Plan(Responses);

        var prepare = plan.Queries[0];
        prepare.Prepares.ShouldBeTrue();
        prepare.Sql.ShouldContain("CREATE TEMP TABLE \"rb_responses\" AS");
        prepare.Sql.ShouldContain("LAG(author)");
        plan.Queries.Count(q => q.Prepares).ShouldBe(1);
        foreach (var query in plan.Queries.Skip(1))
        {
            query.Sql.ShouldContain("\"rb_responses\" t");
            query.Sql.ShouldNotContain("LAG(");   // the window passes run once, in the prepare statement
        }

        plan.Queries.Select(q => q.Dimension).ShouldBe([null, null, "agent", "team"]);
    }

    [Fact]
    public async Task Run_TwoReportsOnOneConnection_EachStoresResponsesForItsOwnPeriods()
    {
        using var db = new TestDatabase()
            .Agent(1, "Ann")
            .Message(ticket: 1, "customer", "2026-10-05 09:00", id: 1)
            .Message(ticket: 1, "agent", "2026-10-05 10:00", agent: 1, id: 2)     // 1 h, October
            .Message(ticket: 2, "customer", "2026-09-30 23:00", id: 3)
            .Message(ticket: 2, "agent", "2026-10-01 01:00", agent: 1, id: 4)     // 2 h, October
            .Message(ticket: 2, "customer", "2026-10-31 23:00", id: 5)
            .Message(ticket: 2, "agent", "2026-11-01 00:00", agent: 1, id: 6);    // 1 h, November
        var october = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "none", 0, "metric: avg_response_time"), db.Path);
        var november = TestReport.Plan(TestReport.Definition("2026-11", "UTC", "none", 0, "metric: avg_response_time"), db.Path);

        await using var connection = SqliteSource.Open(db.Path);
        var first = await MetricEngine.RunAsync(october, connection, CancellationToken.None);
        var second = await MetricEngine.RunAsync(november, connection, CancellationToken.None);

        first["avg_response_time"].At(0).ShouldBe(new Measurement(1.5, 2));
        second["avg_response_time"].At(0).ShouldBe(new Measurement(1.0, 1));   // not October's stored rows
    }

    [Fact]
    public void Plan_DialectThatCannotStoreTables_KeepsTheDerivedQueryInEachStatement()
    {
        var definition = ReportDefinitionLoader.Parse("report.yaml", Responses, TestReport.Catalog);

        var plan = ReportPlanner.Plan(definition, TestReport.Catalog, new RunOptions(Database: "test.db"), TestReport.AsOf, new InlineOnlyDialect());

        plan.Queries.ShouldNotContain(q => q.Prepares);
        plan.Queries.ShouldAllBe(q => q.Sql.Contains("LAG(author)") && q.Sql.Contains("GROUP BY 1, 2"));
    }

    [Fact]
    public void Open_ReadOnlyConnection_ReadsThroughACappedMemoryMap()
    {
        using var db = new TestDatabase().Ticket("2026-10-05 10:00");

        using var connection = SqliteSource.Open(db.Path);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA mmap_size";

        command.ExecuteScalar().ShouldBe(32L * 1024 * 1024);
    }

    /// <summary>SQLite's spelling without the temporary tables (as PostgreSQL on a read-only transaction).</summary>
    private sealed class InlineOnlyDialect : SqlDialect
    {
        private static readonly SqlDialect Sqlite = SqliteDialect.Instance;

        public override string Hours(string from, string to) => Sqlite.Hours(from, to);

        public override string LocalHour(string timestamp, string zoneParameter) => Sqlite.LocalHour(timestamp, zoneParameter);

        public override string LocalWeekday(string timestamp, string zoneParameter) => Sqlite.LocalWeekday(timestamp, zoneParameter);

        public override string Median(string value) => Sqlite.Median(value);

        public override string Percentile(string value, string p) => Sqlite.Percentile(value, p);

        public override string StoredTable(string name) => Sqlite.StoredTable(name);

        public override string FromIsoText(string value) => Sqlite.FromIsoText(value);

        public override string FromUnixSeconds(string value) => Sqlite.FromUnixSeconds(value);
    }
}
