using System.Globalization;
using Npgsql;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Tests.Metrics;

/// <summary>PostgreSQL joins a derived table's rows to periods that neither overlap nor share a start by the index of the
/// span each row's time is in (<c>width_bucket</c> over the periods' bounds): the same pairs of period and row as the range
/// condition <c>p_start &lt;= time &lt; p_end</c>, at each bound, a microsecond either side of it, in a gap, before the first
/// period, after the last, and for no time.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class PeriodOfTests(PostgresServer server)
{
    public static TheoryData<string> PeriodSets => new()
    {
        // Months in turn, the latest first (a trend's order).
        "2:2026-08-01 00:00:00/2026-09-01 00:00:00; 1:2026-09-01 00:00:00/2026-10-01 00:00:00; 0:2026-10-01 00:00:00/2026-11-01 00:00:00",
        // A gap between them.
        "0:2026-10-01 00:00:00/2026-10-08 00:00:00; 1:2026-09-01 00:00:00/2026-09-08 00:00:00",
        // An empty period, at the end and between two others.
        "0:2026-10-01 00:00:00/2026-10-01 00:00:00; 1:2026-09-01 00:00:00/2026-10-01 00:00:00",
        "0:2026-09-01 00:00:00/2026-09-15 00:00:00; 1:2026-09-20 00:00:00/2026-09-20 00:00:00; 2:2026-10-01 00:00:00/2026-10-02 00:00:00",
        // One period.
        "5:2026-10-01 00:00:00/2026-11-01 00:00:00",
    };

    [Theory]
    [MemberData(nameof(PeriodSets))]
    public async Task SpanIndex_IsTheRangeJoin(string periodSet)
    {
        var periods = Parse(periodSet);
        var spans = SqlPrinter.Spans(periods).ShouldNotBeNull();
        var values = string.Join(", ", periods.Select(p => $"({p.Index}, TIMESTAMPTZ '{p.Start}+00', TIMESTAMPTZ '{p.End}+00')"));
        var times = "SELECT b + d * INTERVAL '1 microsecond' AS x FROM (SELECT p_start FROM periods UNION SELECT p_end FROM periods) s (b), " +
            "(VALUES (-1), (0), (1), (3600000000), (-864000000000)) d (d) UNION ALL SELECT NULL";
        var with = $"WITH periods (idx, p_start, p_end) AS (VALUES {values}), t AS ({times})\n";
        var range = await PairsAsync(with + "SELECT p.idx, t.x FROM periods p JOIN t ON t.x >= p.p_start AND t.x < p.p_end");
        var bucket = await PairsAsync(with + $"SELECT p.idx, t.x FROM periods p JOIN t ON p.idx = {new PostgresDialect("public").PeriodOf("t.x", "periods", spans)}");

        range.ShouldNotBeEmpty();
        bucket.ShouldBe(range);
    }

    [Theory]
    [InlineData("0:2026-09-01 00:00:00/2026-11-01 00:00:00; 1:2026-10-01 00:00:00/2026-11-01 00:00:00")]    // overlapping
    [InlineData("0:2026-10-01 00:00:00/2026-11-01 00:00:00; 1:2026-10-01 00:00:00/2026-10-02 00:00:00")]    // the same start
    [InlineData("0:2026-10-01 00:00:00/2026-10-01 00:00:00")]                                              // no time at all
    public void OverlappingOrEmpty_KeepTheRangeJoin(string periodSet) => SqlPrinter.Spans(Parse(periodSet)).ShouldBeNull();

    // "idx:start/end; …"
    private static List<(int Index, string? Start, string? End)> Parse(string periodSet) =>
    [
        .. periodSet.Split("; ").Select(p => p.Split(':', 2)).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), (string?)p[1].Split('/')[0], (string?)p[1].Split('/')[1])),
    ];

    private async Task<List<string>> PairsAsync(string sql)
    {
        await using var connection = await server.ConnectAsync();
        await using var command = new NpgsqlCommand(sql + " ORDER BY 1, 2", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var pairs = new List<string>();
        while (await reader.ReadAsync())
        {
            pairs.Add($"{reader.GetInt32(0)} {reader.GetDateTime(1):O}");
        }

        return pairs;
    }
}
