using ReportBuilder.Definitions;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Which statements "derived row values once" fences, on which databases, and what it leaves (the values themselves:
/// <c>SlaAchievementTests</c> on PostgreSQL, by hand, with breakdowns by target, priority, team and tier).</summary>
public sealed class DerivedRowValuesOnceTests
{
    private static string Report(string table, string value, string where, string breakdown = "") => $$"""
        id: fenced
        timezone: UTC
        period: "2026-10"
        define:
          probe:
            label: Probe
            table: {{table}}
            time: created_at
            where: {{where}}
            value: {{value}}
            unit: percent
        metrics:
          - metric: probe{{breakdown}}
        """;

    private static string Sql(string report, SqlDialect dialect)
    {
        var definition = ReportDefinitionLoader.Parse("report.yaml", report, TestReport.Catalog);
        var plan = ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions(Database: "x.db"), TestReport.AsOf, dialect);
        return string.Join("\n", plan.Queries.Select(q => q.Sql));
    }

    private const string Value = "share(if(customer.tier = 'premium', 1, 2) > 1)";

    private const string Where = "if(customer.tier = 'premium', 1, 2) >= 1";

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    // The same CASE over the derived table's row and its joined customer, in the share and in its row filter: written once,
    // in the fenced subquery, and read as rb."rb_v0" by both; the key is computed inside, beside it.
    [Fact]
    public void Postgres_ValueRepeatedOverADerivedTable_IsComputedOnceInTheFence()
    {
        var sql = Sql(Report("sla_targets", Value, Where, "\n    breakdown: [target]"), new PostgresDialect("public"));

        Count(sql, "j_customer.\"tier\" = ").ShouldBe(2); // once in the trend's statement, once in the breakdown's
        sql.ShouldContain("OFFSET 0) rb\n");
        sql.ShouldContain("AS \"rb_v0\"");
        sql.ShouldContain("SELECT rb.idx, rb.key, COUNT(*) AS n");
        sql.ShouldContain("t.\"target\" AS key");
    }

    // Two metrics of one statement with the same median (an aggregate that is no COUNT, SUM or AVG) and the same mean: the
    // durations they read are computed once, and the median and the mean stay aggregates of the query around the fence.
    [Fact]
    public void Postgres_RepeatedMedianAndMean_StayAggregatesOverTheFence()
    {
        const string report = """
            id: fenced
            timezone: UTC
            period: "2026-10"
            define:
              first:
                label: First
                table: sla_targets
                time: created_at
                value: median(hours(created_at, done_at)) + avg(hours(created_at, done_at))
                unit: hours
              second:
                label: Second
                table: sla_targets
                time: created_at
                value: median(hours(created_at, done_at)) - avg(hours(created_at, done_at))
                unit: hours
            metrics:
              - metric: first
              - metric: second
            """;
        var sql = Sql(report, new PostgresDialect("public"));
        var fence = sql.IndexOf("FROM (SELECT p.idx AS idx", StringComparison.Ordinal);

        fence.ShouldBeGreaterThan(0);
        var outside = sql[..fence];
        var inside = sql[fence..];
        Count(outside, "percentile_cont").ShouldBe(2);
        Count(outside, "AVG(").ShouldBe(2);
        inside[..inside.IndexOf(" rb\n", StringComparison.Ordinal)].ShouldNotContain("percentile_cont");
        Count(sql, "EXTRACT(EPOCH").ShouldBe(1);
    }

    // Nothing repeated, an aggregate (never hoisted), a stored table (per-row expressions once is its pass), SQLite and
    // DuckDB: no fence.
    [Theory]
    [InlineData("sla_targets", "share(target = 'first_reply')", "target is not null", "postgres")]
    [InlineData("sla_targets", "count(priority) / count(priority)", "target is not null", "postgres")]
    [InlineData("tickets", "share(if(priority = 'urgent', 1, 2) > 1)", "if(priority = 'urgent', 1, 2) >= 1", "postgres")]
    [InlineData("sla_targets", Value, Where, "sqlite")]
    [InlineData("sla_targets", Value, Where, "duckdb")]
    public void OtherStatements_AreNotFenced(string table, string value, string where, string database)
    {
        SqlDialect dialect = database switch
        {
            "postgres" => new PostgresDialect("public"),
            "sqlite" => SqliteDialect.Instance,
            _ => DuckDbDialect.Instance,
        };

        Sql(Report(table, value, where), dialect).ShouldNotContain(") rb\n");
    }
}
