namespace ReportBuilder.Tests.Expressions;

/// <summary>Filters and values compile to SQL in which every value from a definition is a parameter.</summary>
public sealed class MetricSqlTests
{
    private const string Hostile = "'; drop table tickets; --";

    // A report defining one metric with the given filter; the filter is a YAML single-quoted scalar.
    private static string Report(string where) => TestReport.Definition("2026-10", "UTC", "none", 0, "metric: filtered") + $"""

        define:
          filtered:
            table: tickets
            time: created_at
            where: '{where.Replace("'", "''", StringComparison.Ordinal)}'
            value: count()
        """;

    [Fact]
    public void Plan_HostileStringInAFilter_TravelsAsAParameterNotAsSql()
    {
        var where = $"channel = '{Hostile.Replace("'", "''", StringComparison.Ordinal)}'";

        var query = TestReport.Plan(Report(where)).Queries.Single();

        query.Sql.ShouldNotContain("drop table", Case.Insensitive);
        query.Sql.ShouldContain("p.p_end AND julianday(t.\"created_at\") IS NOT NULL AND ((t.\"channel\" = @p");   // per-period totals: WHERE p.idx = 0 AND (time AND parsed AND (filter))
        query.Parameters.Select(p => p.Value).ShouldContain(Hostile);
    }

    [Fact]
    public async Task Run_HostileStringInAFilter_MatchesTheLiteralValueAndDropsNothing()
    {
        using var db = new TestDatabase()
            .Ticket("2026-10-01 10:00", channel: Hostile)
            .Ticket("2026-10-02 10:00", channel: "email");
        var where = $"channel = '{Hostile.Replace("'", "''", StringComparison.Ordinal)}'";

        var model = await db.RunAsync(Report(where));

        model.Metrics.Single().Value.ShouldBe(1);
        (await db.MetricAsync("metric: ticket_volume")).Value.ShouldBe(2);   // the table is still there
    }

    [Fact]
    public void Plan_FilterWithListsAndNumbers_ParametrisesEveryLiteral()
    {
        var query = TestReport.Plan(Report("priority in ('high', 'urgent') and reopens >= 2 and first_reply_at is not null")).Queries.Single();

        query.Sql.ShouldContain("p.p_end AND julianday(t.\"created_at\") IS NOT NULL AND ((((t.\"priority\" IN (@p");
        query.Sql.ShouldContain("(t.\"first_reply_at\" IS NOT NULL)");
        query.Sql.ShouldNotContain("'high'");
        query.Parameters.Select(p => p.Value).ShouldContain("high");
        query.Parameters.Select(p => p.Value).ShouldContain("urgent");
        query.Parameters.Select(p => p.Value).ShouldContain(2.0);
    }

    [Fact]
    public void Plan_PeriodBounds_AreParametersInUtcText()
    {
        var query = TestReport.Plan(TestReport.Definition("2026-10", "Europe/Warsaw", "none", 0, "metric: ticket_volume")).Queries.Single();

        query.Parameters.Select(p => p.Value).ShouldContain("2026-09-30 22:00:00");
        query.Parameters.Select(p => p.Value).ShouldContain("2026-10-31 23:00:00");
        query.Sql.ShouldContain("(t.\"created_at\" >= p.p_start AND t.\"created_at\" < p.p_end AND julianday(t.\"created_at\") IS NOT NULL)");
    }

    [Fact]
    public async Task Run_NullInAFilter_FollowsSqlThreeValuedLogic()
    {
        using var db = new TestDatabase()
            .Ticket("2026-10-01 10:00", firstReply: "2026-10-01 11:00")
            .Ticket("2026-10-02 10:00");   // first_reply_at is null: "first_reply_at > x" is unknown, so not kept, nor by its negation

        var kept = await db.RunAsync(Report("first_reply_at > '2026-01-01'"));
        var negated = await db.RunAsync(Report("not (first_reply_at > '2026-01-01')"));

        kept.Metrics.Single().Value.ShouldBe(1);
        negated.Metrics.Single().Value.ShouldBeNull();   // no ticket left: no data
    }
}
