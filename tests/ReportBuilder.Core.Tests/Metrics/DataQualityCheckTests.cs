using ReportBuilder.Metrics;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The data-quality check's negative durations and counts, the same on both sources (PostgreSQL's time columns are
/// typed, so timestamps that do not parse are checked on SQLite only: Reliability/DataQualityTests).</summary>
public abstract class DataQualityCheckTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : DataQualityCheckTests(null);

    public sealed class OnDuckDb() : DataQualityCheckTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : DataQualityCheckTests(server);

    private const string Report = "id: q\ntitle: Q\nperiod: 2026-10\ncompare: previous_period\n" +
        "metrics:\n  - metric: ticket_volume\n  - metric: resolution_time\n  - metric: replies_per_ticket\n";

    [Fact]
    public async Task Check_NegativeDurationsAndCounts_CountedWithinTheReportsPeriods()
    {
        // By hand: with compare, the periods span September and October. Solved before created: tickets 2 (October) and
        // 4 (September, the comparison period) count, ticket 5 (August) does not. Negative replies: tickets 3 and 5; only 3
        // is in the span. Tickets 1 and 6 are clean.
        using var db = Database()
            .Solved("2026-10-05 10:00", "2026-10-05 12:00", replies: 2)
            .Solved("2026-10-07 10:00", "2026-10-07 08:00")
            .Solved("2026-10-08 10:00", "2026-10-08 16:00", replies: -3)
            .Solved("2026-09-10 10:00", "2026-09-09 10:00")
            .Solved("2026-08-10 10:00", "2026-08-09 10:00", replies: -1)
            .Ticket("2026-10-20 10:00");

        var model = await db.RunAsync(Report);

        model.Footer.DataQuality.ShouldBe(
        [
            new DataQualityFinding("tickets", "solved_at", DataQualityFinding.NegativeDuration, 2, "created_at"),
            new DataQualityFinding("tickets", "replies", DataQualityFinding.NegativeCount, 1),
        ]);
    }

    [Fact]
    public async Task Check_CleanRows_FindNothing()
    {
        using var db = Database()
            .Solved("2026-10-05 10:00", "2026-10-05 12:00", replies: 2)
            .Ticket("2026-10-20 10:00");

        (await db.RunAsync(Report)).Footer.DataQuality.ShouldBeEmpty();
    }
}
