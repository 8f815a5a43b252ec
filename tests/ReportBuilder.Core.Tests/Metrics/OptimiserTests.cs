using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The compiler's optimiser passes (Metrics/Sql/Tree/StatementPasses.cs): the SQL gets cheaper, the values stay.</summary>
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
    public void Plan_SolvedCohort_TestsTheStatusOnceInTheRowFilterNotInEachAggregate()
    {
        var query = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: replies_per_ticket", "metric: resolution_time, stat: mean", "metric: reopen_rate")).Queries.Single();

        // Every metric reads solved or closed tickets only, each with its own bad-row filter: the status is one condition
        // of the row filter, and no aggregate tests it again.
        query.Sql.Split("\"status\" IN (").Length.ShouldBe(2);
        query.Sql.ShouldContain("AND ((t.\"status\" IN (@p");
        query.Sql.ShouldContain("AVG((CASE WHEN (t.\"reopens\" > @p");
        query.Sql.ShouldContain("COUNT(*) AS \"n:reopen_rate\"");
    }

    [Fact]
    public async Task Run_SolvedCohortWithTheStatusTestedOnce_ValuesAsByHand()
    {
        using var db = new TestDatabase()
            .Solved("2026-10-05 10:00", "2026-10-05 12:00", replies: 2, reopens: 1)
            .Solved("2026-10-06 10:00", "2026-10-06 14:00", replies: 4, status: "closed")
            .Solved("2026-10-07 10:00", "2026-10-07 11:00", replies: -1)
            .Ticket("2026-10-08 10:00", solved: "2026-10-08 11:00", status: "open", replies: 10, reopens: 1);

        var metrics = (await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: replies_per_ticket", "metric: resolution_time, stat: mean", "metric: reopen_rate"))).Metrics.ToDictionary(m => m.Name);

        // By hand: the open ticket is in none; the negative replies leave the third ticket out of replies only.
        metrics["replies_per_ticket"].Value!.Value.ShouldBe(3.0, 1e-9);               // (2 + 4) / 2
        metrics["resolution_time"].Value!.Value.ShouldBe(7.0 / 3, 1e-9);               // (2 h + 4 h + 1 h) / 3
        metrics["reopen_rate"].Value!.Value.ShouldBe(1.0 / 3, 1e-9);                   // 1 of 3
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
    public void AccessPath_Share_OverlapOfThePeriodsWithTheTablesTimeRange()
    {
        var path = new AccessPath("", new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), "", "");
        DateTimeOffset Day(int month, int day) => new(2026, month, day, 0, 0, 0, TimeSpan.Zero);

        // By hand: rows from 1 July to 31 October (122 days); the periods cover 1 September to 31 October (60 days).
        path.Share(Day(7, 1), Day(10, 31)).ShouldBe(60.0 / 122, 1e-12);
        path.Share(Day(9, 10), Day(10, 20)).ShouldBe(1);               // every row inside the periods
        path.Share(Day(1, 1), Day(3, 1)).ShouldBe(0);                  // every row before them
        path.Share(Day(10, 5), Day(10, 5)).ShouldBe(1);                // one instant, inside
        path.Share(Day(12, 5), Day(12, 5)).ShouldBe(0);                // one instant, after
    }

    [Fact]
    public void AccessPath_Scattered_WhenATenthOfNeighbouringRowsAreOutOfTimeOrder()
    {
        AccessPath.Scattered(inOrder: 255, outOfOrder: 0).ShouldBeFalse();     // stored as created: created_at
        AccessPath.Scattered(inOrder: 127, outOfOrder: 127).ShouldBeTrue();    // the 1 M demo's solved_at, in its middle
        AccessPath.Scattered(inOrder: 9, outOfOrder: 1).ShouldBeTrue();
        AccessPath.Scattered(inOrder: 10, outOfOrder: 1).ShouldBeFalse();
        AccessPath.Scattered(inOrder: 0, outOfOrder: 0).ShouldBeFalse();       // no neighbours to compare
    }

    [Theory]
    [InlineData(10, true, "full scan")]     // January to October 2026: every row's month, stored out of time order
    [InlineData(10, false, null)]           // the same months stored in time order: each index range reads the table in order
    [InlineData(0, true, "table order")]    // October alone: 10 of the 273 days from the first row to the last
    [InlineData(0, false, null)]
    public async Task Run_TotalsOfABigScatteredTable_FullScanOrTableOrderGivesTheSameValues(int trend, bool scrambled, string? form)
    {
        // By hand: one ticket created on the 10th of each month from January to October 2026, the n-th solved n hours after
        // it was created with n replies; October's ticket: 10 hours, 10 replies. Scrambled, they are stored in the order
        // 10, 3, 7, 1, 9, 5, 2, 8, 4, 6: of the neighbours from the middle row on (9-5, 5-2, 2-8, 8-4, 4-6), three of five
        // are out of order.
        using var db = new TestDatabase();
        foreach (var month in scrambled ? new[] { 10, 3, 7, 1, 9, 5, 2, 8, 4, 6 } : Enumerable.Range(1, 10).ToArray())
        {
            db.Solved($"2026-{month:00}-10 08:00", $"2026-{month:00}-10 {8 + month:00}:00", replies: month);
        }

        var yaml = TestReport.Definition("2026-10", "UTC", "none", trend,
            "metric: ticket_volume", "metric: resolution_time", "metric: resolution_time, stat: median, name: resolution_median", "metric: replies_per_ticket");
        var plan = TestReport.Plan(yaml, db.Path);
        await using (var connection = SqliteSource.Open(db.Path))
        {
            foreach (var query in plan.Queries.Where(q => q.Dimension is null))
            {
                var path = query.AccessPath.ShouldNotBeNull();
                path.FullScanSql.ShouldNotBeNull().ShouldContain("FROM \"tickets\" t\nCROSS JOIN periods p\nWHERE +t.\"");
                path.TableOrderSql.ShouldContain("FROM \"tickets\" t\nCROSS JOIN periods p\nWHERE t.rowid IN (SELECT rowid FROM \"tickets\" WHERE \"");
                await ProbeOfTenRowsAsync(path, connection, form switch { "full scan" => path.FullScanSql, "table order" => path.TableOrderSql, _ => null });
            }

            // The engine with the other forms allowed from 10 rows gives the values of the index ranges, checked by hand below.
            var scanned = await MetricEngine.RunAsync(plan, connection, CancellationToken.None, fullScanRows: 10);
            var ranged = await MetricEngine.RunAsync(plan, connection, CancellationToken.None);
            foreach (var (name, series) in ranged)
            {
                scanned[name].Periods.OrderBy(p => p.Key).ShouldBe(series.Periods.OrderBy(p => p.Key));
            }
        }

        var model = await db.RunAsync(yaml);
        var volume = model.Metrics.Single(m => m.Name == "ticket_volume");
        volume.Value.ShouldBe(1);
        model.Metrics.Single(m => m.Name == "resolution_time").Value!.Value.ShouldBe(10, 1e-9);
        model.Metrics.Single(m => m.Name == "resolution_median").Value!.Value.ShouldBe(10, 1e-9);
        model.Metrics.Single(m => m.Name == "replies_per_ticket").Value!.Value.ShouldBe(10, 1e-9);
        if (trend > 0)
        {
            volume.Trend.Select(t => t.Value).ShouldBe(Enumerable.Repeat<double?>(1, 10));   // January to October
            model.Metrics.Single(m => m.Name == "resolution_time").Trend.Select(t => t.Value!.Value).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 1e-9);
        }
    }

    [Theory]
    [InlineData(true, true)]     // stored out of solved_at order: the breakdown reads its rows in table order
    [InlineData(false, false)]   // stored in time order: each index range reads the table in order already
    public async Task Run_BreakdownOfAScatteredTable_InTableOrderGivesTheSameValues(bool scrambled, bool inTableOrder)
    {
        // By hand: ticket k (1 to 10) created on 2026-MM-(10 + k) 08:00 and solved k hours later with k replies, in September
        // for k = 1 to 5 and in October for k = 6 to 10; email for k = 1, 2, 6, 7, chat for the others. October by channel:
        // email 6 and 7 (mean replies 6.5, median resolution 6.5 h), chat 8, 9, 10 (9 and 9 h); September (the comparison):
        // email 1, 2 (1.5), chat 3, 4, 5 (4). Scrambled, they are stored in the order 10, 3, 7, 1, 9, 5, 2, 8, 4, 6.
        using var db = new TestDatabase();
        foreach (var k in scrambled ? new[] { 10, 3, 7, 1, 9, 5, 2, 8, 4, 6 } : Enumerable.Range(1, 10).ToArray())
        {
            var month = k <= 5 ? 9 : 10;
            db.Solved($"2026-{month:00}-{10 + k} 08:00", $"2026-{month:00}-{10 + k} {8 + k:00}:00", replies: k,
                channel: k is 1 or 2 or 6 or 7 ? "email" : "chat");
        }

        var yaml = TestReport.Definition("2026-10", "UTC", "previous_period", 0,
            "metric: replies_per_ticket, breakdown: [channel], min_sample: 1",
            "metric: resolution_time, stat: median, name: resolution_median, breakdown: [channel], min_sample: 1");
        var plan = TestReport.Plan(yaml, db.Path);
        var breakdowns = plan.Queries.Where(q => q.Dimension is not null).ToList();
        breakdowns.ShouldNotBeEmpty();
        await using (var connection = SqliteSource.Open(db.Path))
        {
            foreach (var query in breakdowns)
            {
                var path = query.AccessPath.ShouldNotBeNull();
                path.FullScanSql.ShouldBeNull();   // a breakdown never reads the whole table
                path.TableOrderSql.ShouldContain("t.rowid IN (SELECT rowid FROM \"tickets\" WHERE \"solved_at\" >= (SELECT MIN(p_start) FROM periods)");
                path.TableOrderSql.ShouldContain("+t.\"solved_at\" >= p.p_start");
                await ProbeOfTenRowsAsync(path, connection, inTableOrder ? path.TableOrderSql : null);
            }

            // The engine with the table-order form allowed from 10 rows gives the index ranges' values, checked by hand below.
            var ordered = await MetricEngine.RunAsync(plan, connection, CancellationToken.None, fullScanRows: 10);
            var ranged = await MetricEngine.RunAsync(plan, connection, CancellationToken.None);
            foreach (var (name, series) in ranged)
            {
                foreach (var (dimension, rows) in series.Breakdowns)
                {
                    ordered[name].Breakdowns[dimension].OrderBy(r => r.Key).ShouldBe(rows.OrderBy(r => r.Key));
                    ordered[name].ComparisonBreakdowns[dimension].OrderBy(r => r.Key).ShouldBe(series.ComparisonBreakdowns[dimension].OrderBy(r => r.Key));
                }

                ranged[name].Breakdowns["channel"].Count.ShouldBe(2);
            }

            Values(ordered["replies_per_ticket"].Breakdowns["channel"]).ShouldBe([("chat", 9), ("email", 6.5)]);
            Values(ordered["resolution_median"].Breakdowns["channel"]).ShouldBe([("chat", 9), ("email", 6.5)]);
            Values(ordered["replies_per_ticket"].ComparisonBreakdowns["channel"]).ShouldBe([("chat", 4), ("email", 1.5)]);
        }

        static List<(string?, double?)> Values(List<(string? Key, Measurement Value)> rows) =>
            rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Value)).ToList();
    }

    [Fact]
    public async Task Run_TableWithoutRowIds_ReadThroughItsIndex()
    {
        // A user's own file may store tickets WITHOUT ROWID: the probe and both other forms read row ids, which such a table
        // lacks ("no such column: rowid" stopped the run with exit 3). It is read through its index as before. By hand:
        // October's two tickets, solved 2 and 4 hours after they were created, the September one 1 hour.
        using var db = new TestDatabase()
            .Solved("2026-10-12 08:00", "2026-10-12 12:00", replies: 4, channel: "chat")
            .Solved("2026-09-20 08:00", "2026-09-20 09:00", replies: 1)
            .Solved("2026-10-03 08:00", "2026-10-03 10:00", replies: 2);
        var columns = string.Join(", ", ["id", "customer_id", "agent_id", "channel", "priority", "status", "created_at", "first_reply_at", "solved_at", "reopens", "replies"]);
        db.Execute($"""
            CREATE TABLE tickets_wr (id INTEGER PRIMARY KEY, customer_id INTEGER, agent_id INTEGER, channel TEXT, priority TEXT, status TEXT,
              created_at TEXT, first_reply_at TEXT, solved_at TEXT, reopens INTEGER, replies INTEGER) WITHOUT ROWID;
            INSERT INTO tickets_wr ({columns}) SELECT {columns} FROM tickets;
            DROP TABLE tickets;
            ALTER TABLE tickets_wr RENAME TO tickets;
            CREATE INDEX ix_tickets_created_at ON tickets(created_at);
            CREATE INDEX ix_tickets_solved_at ON tickets(solved_at);
            """);
        var yaml = TestReport.Definition("2026-10", "UTC", "previous_period", 0,
            "metric: replies_per_ticket, breakdown: [channel], min_sample: 1", "metric: ticket_volume");
        var plan = TestReport.Plan(yaml, db.Path);
        await using var connection = SqliteSource.Open(db.Path);
        foreach (var query in plan.Queries.Where(q => q.AccessPath is not null))
        {
            query.AccessPath!.OtherForm(await query.AccessPath.ProbeAsync(connection, CancellationToken.None), minRows: 1).ShouldBeNull();
        }

        var results = await MetricEngine.RunAsync(plan, connection, CancellationToken.None, fullScanRows: 1);
        results["replies_per_ticket"].At(0).Value!.Value.ShouldBe(3, 1e-9);   // (4 + 2) / 2
        results["replies_per_ticket"].At(1).Value!.Value.ShouldBe(1, 1e-9);
        results["ticket_volume"].At(0).Value.ShouldBe(2);
        results["replies_per_ticket"].Breakdowns["channel"].OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Value))
            .ShouldBe([("chat", (double?)4), ("email", 2)]);
    }

    [Fact]
    public async Task Run_StoredResponses_AreWrittenInTheirTimeOrder()
    {
        // Responses come out of the window ticket by ticket: ticket 1's answer on 20 October, ticket 2's on 5 October,
        // ticket 3's on 12 October. Stored, they lie in time order, so that an index range over created_at reads the
        // stored table in its own order.
        using var db = new TestDatabase()
            .Agent(1, "Ann")
            .Message(ticket: 1, "customer", "2026-10-20 09:00", id: 1)
            .Message(ticket: 1, "agent", "2026-10-20 10:00", agent: 1, id: 2)
            .Message(ticket: 2, "customer", "2026-10-05 09:00", id: 3)
            .Message(ticket: 2, "agent", "2026-10-05 11:00", agent: 1, id: 4)
            .Message(ticket: 3, "customer", "2026-10-12 09:00", id: 5)
            .Message(ticket: 3, "agent", "2026-10-12 12:00", agent: 1, id: 6);
        var plan = TestReport.Plan(TestReport.Definition("2026-10", "UTC", "none", 0, "metric: avg_response_time"), db.Path);
        plan.Queries[0].Sql.ShouldContain(") derived\nORDER BY \"created_at\";");

        await using var connection = SqliteSource.Open(db.Path);
        var results = await MetricEngine.RunAsync(plan, connection, CancellationToken.None);
        results["avg_response_time"].At(0).Value!.Value.ShouldBe(2, 1e-9);   // (1 + 2 + 3) / 3 hours
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT created_at FROM temp.\"rb_responses\" ORDER BY rowid";
        var times = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                times.Add(reader.GetString(0));
            }
        }

        times.ShouldBe(["2026-10-05 11:00:00", "2026-10-12 12:00:00", "2026-10-20 10:00:00"]);
    }

    /// <summary>The probe of a table of 10 rows takes the other form <paramref name="taken"/> (null: the index range) when
    /// the least rows are 10, never from 11 rows or under the default of millions.</summary>
    private static async Task ProbeOfTenRowsAsync(AccessPath path, System.Data.Common.DbConnection connection, string? taken)
    {
        var table = await path.ProbeAsync(connection, CancellationToken.None);
        path.OtherForm(table, minRows: 10).ShouldBe(taken);
        path.OtherForm(table, minRows: 11).ShouldBeNull();   // 10 rows: too few
        path.OtherForm(table).ShouldBeNull();   // the default: millions of rows
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
        prepare.Sql.ShouldContain("OVER (PARTITION BY ticket_id");
        plan.Queries.Count(q => q.Prepares).ShouldBe(1);
        foreach (var query in plan.Queries.Skip(1))
        {
            query.Sql.ShouldContain("\"rb_responses\" t");
            query.Sql.ShouldNotContain(" OVER (");   // the window pass runs once, in the prepare statement
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

        var plan = ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions(Database: "test.db"), TestReport.AsOf, new InlineOnlyDialect());

        plan.Queries.ShouldNotContain(q => q.Prepares);
        plan.Queries.ShouldAllBe(q => q.Sql.Contains("OVER (PARTITION BY ticket_id") && q.Sql.Contains("GROUP BY 1, 2"));
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
