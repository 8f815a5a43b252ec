using Npgsql;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Metrics;

/// <summary>PostgreSQL compares hours with a bound of whole milliseconds (an SLA target) as the interval <c>to − from</c>
/// (<c>HoursAgainstIntervals</c>): the same answer as comparing <c>hours(from, to)</c>, which keeps whole milliseconds
/// rounded half away from zero, to the microsecond, for every row.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class IntervalHoursTests(PostgresServer server)
{
    // A bound of 30 minutes is 1,800,000 ms: hours(from, to) <= 0.5 holds up to 1,800,000.499 ms (1,800,000 whole ms) and
    // not from 1,800,000.5 ms (1,800,001). Negative durations are always within a bound of zero or more.
    [Theory]
    [InlineData(0.5, 1_800_000_499L, true)]
    [InlineData(0.5, 1_800_000_500L, false)]
    [InlineData(0.5, 1_800_000_000L, true)]
    [InlineData(0.5, 1_799_999_999L, true)]
    [InlineData(0.5, -5_000_000L, true)]
    [InlineData(0.0, 499L, true)]
    [InlineData(0.0, 500L, false)]
    [InlineData(0.0, -500L, true)]
    [InlineData(168.0, 604_800_000_499L, true)]
    [InlineData(168.0, 604_800_000_500L, false)]
    public async Task IntervalComparison_IsTheHoursComparison(double bound, long microseconds, bool atMost)
    {
        var dialect = new PostgresDialect("public");
        await using var connection = await server.ConnectAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT {dialect.Hours("a", "b")} <= @h, {dialect.HoursAtMost("a", "b", "@h")}, {dialect.Hours("a", "b")} > @h, {dialect.HoursAbove("a", "b", "@h")} " +
            "FROM (SELECT a, a + CAST(@us AS double precision) * INTERVAL '1 microsecond' AS b FROM (SELECT TIMESTAMPTZ '2026-03-29 00:59:59.999700+00' AS a) x) y",
            connection);
        command.Parameters.AddWithValue("h", bound);
        command.Parameters.AddWithValue("us", microseconds);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();

        (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3)).ShouldBe((atMost, atMost, !atMost, !atMost));
    }

    // Every bound the pass takes (a third of an hour is 1,200,000 ms; 0.1 h is 360,000 ms; up to 100,000 h), against
    // durations a microsecond either side of each half millisecond around it, whole days across the change of clocks in
    // Europe, negative ones, and no end: the two forms agree on every pair, NULL for NULL.
    [Fact]
    public async Task IntervalComparison_AgreesWithTheHoursOnEveryBoundAndDuration()
    {
        var dialect = new PostgresDialect("public");
        double[] bounds = [0, 0.1, 1.0 / 3, 0.5, 1, 2, 8, 24, 72, 168, 720, 99_999.999, 100_000];
        long[] offsets = [-1_000_001, -1_000, -501, -500, -499, -1, 0, 1, 499, 500, 501, 999, 1_000, 1_499, 1_500, 1_501];
        await using var connection = await server.ConnectAsync();
        await using var command = new NpgsqlCommand(
            "SELECT COUNT(*), " +
            $"COUNT(*) FILTER (WHERE ({dialect.Hours("a", "b")} <= h) IS DISTINCT FROM ({dialect.HoursAtMost("a", "b", "h")})), " +
            $"COUNT(*) FILTER (WHERE ({dialect.Hours("a", "b")} > h) IS DISTINCT FROM ({dialect.HoursAbove("a", "b", "h")})), " +
            $"COUNT(*) FILTER (WHERE {dialect.HoursAtMost("a", "b", "h")}), COUNT(*) FILTER (WHERE {dialect.HoursAbove("a", "b", "h")}) " +
            "FROM (SELECT a, h, a + CAST(us AS double precision) * INTERVAL '1 microsecond' AS b " +
            "      FROM (SELECT TIMESTAMPTZ '2026-03-29 00:59:59.999700+00' AS a) x, unnest(@bounds) h, " +
            "           LATERAL (SELECT round(h * 3600000000) + o AS us FROM unnest(@offsets) o " +
            "                    UNION ALL SELECT -us FROM unnest(@offsets) us UNION ALL SELECT 86400000000 * d FROM generate_series(-3, 3) d " +
            "                    UNION ALL SELECT NULL) u " +
            "      UNION ALL SELECT a, NULL, a FROM (SELECT TIMESTAMPTZ '2026-10-25 00:30:00+00' AS a) z) y",
            connection);
        command.Parameters.AddWithValue("bounds", bounds);
        command.Parameters.AddWithValue("offsets", offsets);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();

        var (rows, atMostDiffers, aboveDiffers, atMost, above) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4));
        rows.ShouldBe(bounds.Length * (offsets.Length * 2 + 7 + 1) + 1);
        (atMostDiffers, aboveDiffers).ShouldBe((0L, 0L));
        atMost.ShouldBeGreaterThan(0);
        above.ShouldBeGreaterThan(0);
    }
}

/// <summary>Which comparisons of hours the pass takes to intervals, and on which databases.</summary>
public sealed class IntervalHoursPassTests
{
    private static string Report(string value) => $$"""
        id: bounds
        timezone: UTC
        period: "2026-10"
        define:
          fast_replies:
            label: Fast replies
            table: tickets
            time: created_at
            value: {{value}}
            unit: percent
        metrics:
          - metric: fast_replies
        """;

    private static string Sql(string value, SqlDialect dialect)
    {
        var definition = ReportDefinitionLoader.Parse("report.yaml", Report(value), TestReport.Catalog);
        var plan = ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions(Database: "x.db"), TestReport.AsOf, dialect);
        return string.Join("\n", plan.Queries.Select(q => q.Sql));
    }

    [Theory]
    [InlineData("share(hours(created_at, first_reply_at) <= 2)", "(t.\"first_reply_at\" - t.\"created_at\") < (")]
    [InlineData("share(hours(created_at, first_reply_at) > 0.25)", "(t.\"first_reply_at\" - t.\"created_at\") >= (")]
    [InlineData("share(2 >= hours(created_at, first_reply_at))", "(t.\"first_reply_at\" - t.\"created_at\") < (")]
    [InlineData("share(hours(created_at, first_reply_at) <= if(priority = 'urgent', 1, 4))", "(t.\"first_reply_at\" - t.\"created_at\") < (")]
    public void Postgres_WholeMillisecondBound_ComparesTheInterval(string value, string interval)
    {
        var sql = Sql(value, new PostgresDialect("public"));

        sql.ShouldContain(interval);
        sql.ShouldContain("INTERVAL '1 hour' + INTERVAL '500 microseconds'");
        sql.ShouldNotContain("EXTRACT(EPOCH");
    }

    // A bound that is no whole number of milliseconds (0.0000001 h is 0.36 ms), below zero, above 100,000 hours, a column,
    // or no number at all (NULL), and a comparison whose rounding at zero differs (<), keep the hours.
    [Theory]
    [InlineData("share(hours(created_at, first_reply_at) <= 0.0000001)")]
    [InlineData("share(hours(created_at, first_reply_at) <= -1)")]
    [InlineData("share(hours(created_at, first_reply_at) <= 100001)")]
    [InlineData("share(hours(created_at, first_reply_at) <= replies)")]
    [InlineData("share(hours(created_at, first_reply_at) < 2)")]
    [InlineData("share(hours(created_at, first_reply_at) <= if(priority = 'urgent', null, null))")]
    public void Postgres_OtherBound_KeepsTheHours(string value)
    {
        var sql = Sql(value, new PostgresDialect("public"));

        sql.ShouldContain("EXTRACT(EPOCH");
        sql.ShouldNotContain("INTERVAL '500 microseconds'");
    }

    [Fact]
    public void SqliteAndDuckDb_KeepTheHours()
    {
        const string value = "share(hours(created_at, first_reply_at) <= 2)";

        Sql(value, SqliteDialect.Instance).ShouldNotContain("INTERVAL");
        Sql(value, DuckDbDialect.Instance).ShouldNotContain("INTERVAL '500 microseconds'");
        // DuckDB spells the comparison with its own hours, not PostgreSQL's intervals it otherwise inherits.
        DuckDbDialect.Instance.HoursAtMost("a", "b", "h").ShouldBe($"{DuckDbDialect.Instance.Hours("a", "b")} <= h");
        DuckDbDialect.Instance.HoursAbove("a", "b", "h").ShouldBe($"{DuckDbDialect.Instance.Hours("a", "b")} > h");
    }
}
