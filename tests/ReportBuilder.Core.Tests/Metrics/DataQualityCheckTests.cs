using ReportBuilder.Metrics;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The data-quality check's negative durations and counts, the same on both sources (PostgreSQL's time columns are
/// typed, so timestamps that do not parse are checked on SQLite only: Reliability/DataQualityTests).</summary>
public abstract class DataQualityCheckTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : DataQualityCheckTests(null)
    {
        [Fact]
        public async Task Check_RowsLeftOutForAnotherTimeColumn_AreStillCountedInTheSpan()
        {
            // By hand (SQLite's text timestamps): the span is October 2026. Ticket 1 was answered an hour before it was
            // created and has -4 replies; its solved_at is junk text, so it is in no period, but its created_at is in the
            // span: one negative first response, one negative count, one unparsed solved_at. Ticket 2's created_at is junk
            // that sorts into October ('2026-10-07 junk'): in the span by its text, no duration (nothing to subtract), -1
            // replies counted. Ticket 3's created_at ('soon') sorts after the span, its solved_at is in it: -5 replies
            // counted. Unparsed created_at: tickets 2 and 3. No metric reads tickets 1 to 3: October's volume is ticket 4.
            using var db = Database()
                .Ticket("2026-10-05 10:00", firstReply: "2026-10-05 09:00", replies: -4)
                .Solved("2026-10-07 10:00", "2026-10-08 10:00", replies: -1)
                .Solved("2026-10-08 10:00", "2026-10-09 10:00", replies: -5)
                .Solved("2026-10-10 10:00", "2026-10-10 12:00", replies: 2, firstReply: "2026-10-10 11:00");
            db.Execute("UPDATE tickets SET solved_at = 'junk' WHERE id = 1");
            db.Execute("UPDATE tickets SET created_at = '2026-10-07 junk' WHERE id = 2");
            db.Execute("UPDATE tickets SET created_at = 'soon' WHERE id = 3");

            var model = await db.RunAsync(Report.Replace("compare: previous_period\n", "", StringComparison.Ordinal)
                .Replace("  - metric: resolution_time\n", "  - metric: first_response_time\n  - metric: resolution_time\n", StringComparison.Ordinal));

            model.Footer.DataQuality.ShouldBe(
            [
                new DataQualityFinding("tickets", "created_at", DataQualityFinding.UnparsedTimestamp, 2),
                new DataQualityFinding("tickets", "solved_at", DataQualityFinding.UnparsedTimestamp, 1),
                new DataQualityFinding("tickets", "first_reply_at", DataQualityFinding.NegativeDuration, 1, "created_at"),
                new DataQualityFinding("tickets", "replies", DataQualityFinding.NegativeCount, 3),
            ]);
            model.Metrics.Single(m => m.Name == "ticket_volume").Value.ShouldBe(1);
        }
    }

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
    public async Task Check_RowsNoPeriodHolds_AreCountedWhenEitherTimeIsInTheSpan()
    {
        // By hand: the periods are October 2026 and, a year before, October 2025; the check's span is [2025-10-01,
        // 2026-11-01), the months between them included. Counted: ticket 1 (March 2026, between the periods: solved before
        // it was created, -2 replies); ticket 2 (created in September 2025, before the span, answered the day before, solved
        // in October 2025: in the span by its solved_at); ticket 3 (open, its solved_at kept and before its created_at,
        // October 2026: of any status). Not counted: ticket 4 (August 2025, before the span), ticket 5 (created in November
        // 2026, after it, answered before it was created). Ticket 6 is clean.
        using var db = Database()
            .Solved("2026-03-10 10:00", "2026-03-09 10:00", replies: -2)
            .Solved("2025-09-20 10:00", "2025-10-02 10:00", firstReply: "2025-09-19 10:00")
            .Ticket("2026-10-12 10:00", solved: "2026-10-11 10:00")
            .Solved("2025-08-10 10:00", "2025-08-09 10:00", replies: -1, firstReply: "2025-08-09 09:00")
            .Ticket("2026-11-02 10:00", firstReply: "2026-11-01 10:00")
            .Solved("2026-10-05 10:00", "2026-10-05 12:00", replies: 2, firstReply: "2026-10-05 11:00");

        var model = await db.RunAsync(Report.Replace("previous_period", "same_period_last_year", StringComparison.Ordinal)
            .Replace("  - metric: resolution_time\n", "  - metric: first_response_time\n  - metric: resolution_time\n", StringComparison.Ordinal));

        model.Footer.DataQuality.ShouldBe(
        [
            new DataQualityFinding("tickets", "first_reply_at", DataQualityFinding.NegativeDuration, 1, "created_at"),
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
