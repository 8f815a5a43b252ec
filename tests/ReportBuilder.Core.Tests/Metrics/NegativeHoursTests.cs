using Npgsql;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The data-quality check's negative durations on PostgreSQL compare the interval (<c>to − from ≤ −500 µs</c>)
/// instead of computing the hours: the same rows as <c>hours(from, to) &lt; 0</c>, which the metrics leave out, to the
/// microsecond.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class NegativeHoursTests(PostgresServer server)
{
    // Microseconds from `from` to `to`. hours() keeps whole milliseconds, rounding half away from zero: −500 µs is −1 ms
    // (below zero), −499 µs is 0 ms (not). Also whole days back and forth, across the spring change of clocks in Europe
    // (the interval of two timestamptz is counted in days and microseconds, both compared as 24-hour days), and NULL.
    [Theory]
    [InlineData(-259_200_000_001L, true)]
    [InlineData(-3_600_000_001L, true)]
    [InlineData(-1_000L, true)]
    [InlineData(-501L, true)]
    [InlineData(-500L, true)]
    [InlineData(-499L, false)]
    [InlineData(-1L, false)]
    [InlineData(0L, false)]
    [InlineData(1L, false)]
    [InlineData(500L, false)]
    [InlineData(86_400_000_000L, false)]
    public async Task IntervalTest_IsTheHoursBelowZero(long microseconds, bool negative)
    {
        var dialect = new PostgresDialect("public");
        await using var connection = await server.ConnectAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT {dialect.Hours("a", "b")} < 0, {dialect.NegativeHours("a", "b")} FROM (SELECT a, a + CAST(@us AS double precision) * INTERVAL '1 microsecond' AS b " +
            "FROM (SELECT TIMESTAMPTZ '2026-03-29 00:59:59.999700+00' AS a) x) y", connection);
        command.Parameters.AddWithValue("us", microseconds);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();

        (reader.GetBoolean(0), reader.GetBoolean(1)).ShouldBe((negative, negative));
    }

    [Fact]
    public async Task NoEndIsNoNegative()
    {
        var dialect = new PostgresDialect("public");
        await using var connection = await server.ConnectAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT ({dialect.NegativeHours("a", "b")}) IS TRUE FROM (SELECT TIMESTAMPTZ '2026-10-01 10:00Z' AS a, CAST(NULL AS timestamptz) AS b) x",
            connection);

        ((bool)(await command.ExecuteScalarAsync())!).ShouldBeFalse();
    }
}
