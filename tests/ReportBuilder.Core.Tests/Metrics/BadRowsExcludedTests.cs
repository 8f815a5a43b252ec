using ReportBuilder.Metrics;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Metrics;

/// <summary>
/// Issue #14 item 11: the rows the data-quality check reports are left out of the metrics (docs/data-quality.md): a row
/// whose duration is below zero is left out of the metrics computed from that duration, values and samples; a row whose
/// count column is below zero is left out of the metrics that read that column; other metrics of the same statement keep it.
/// </summary>
public abstract class BadRowsExcludedTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : BadRowsExcludedTests(null);

    public sealed class OnDuckDb() : BadRowsExcludedTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : BadRowsExcludedTests(server);

    private static string Report(params string[] entries) => TestReport.Definition("2026-10", "UTC", "none", 0, entries);

    private static MetricView Metric(ReportModel model, string name) => model.Metrics.Single(m => m.Name == name);

    [Fact]
    public async Task SolvedCohort_NegativeDurationAndNegativeReplies_LeftOutOfTheMetricsThatUseThem()
    {
        // By hand, four tickets solved in October: 1 took 2 h with 2 replies (email), 2 was solved 2 h before it was created
        // (chat), 3 took 6 h with -3 replies (chat), 4 took 4 h with 1 reply and a reopen (email).
        using var db = Database()
            .Solved("2026-10-05 10:00", "2026-10-05 12:00", replies: 2)
            .Solved("2026-10-07 10:00", "2026-10-07 08:00", replies: 1, channel: "chat")
            .Solved("2026-10-08 10:00", "2026-10-08 16:00", replies: -3, channel: "chat")
            .Solved("2026-10-09 10:00", "2026-10-09 14:00", replies: 1, reopens: 1);

        var model = await db.RunAsync(Report(
            "metric: resolution_time",
            "metric: resolution_time, stat: median, name: resolution_median",
            "metric: replies_per_ticket, breakdown: [channel]",
            "metric: one_touch_rate",
            "metric: reopen_rate"));

        // Resolution time: ticket 2 (-2 h) is left out; tickets 1, 3, 4 took 2, 6 and 4 hours (mean 4, median 4), not
        // (2 - 2 + 6 + 4) / 4 = 2.5 and a median of 3 over four tickets.
        Metric(model, "resolution_time").Value!.Value.ShouldBe(4, 1e-9);
        Metric(model, "resolution_time").Sample.ShouldBe(3);
        Metric(model, "resolution_median").Value!.Value.ShouldBe(4, 1e-9);
        Metric(model, "resolution_median").Sample.ShouldBe(3);

        // Replies: ticket 3 (-3) is left out: (2 + 1 + 1) / 3, not (2 + 1 - 3 + 1) / 4 = 0.25; by channel, email has
        // tickets 1 and 4 (3 / 2), chat only ticket 2 (1 / 1, not (1 - 3) / 2 = -1).
        var replies = Metric(model, "replies_per_ticket");
        replies.Value!.Value.ShouldBe(4.0 / 3, 1e-9);
        replies.Sample.ShouldBe(3);
        replies.Rows().OrderBy(r => r.Key, StringComparer.Ordinal).ShouldBe([("chat", (double?)1), ("email", 1.5)]);
        replies.Breakdowns.Single().Rows.Sum(r => r.Sample).ShouldBe(3);

        // One-touch reads replies too: tickets 2 and 4 of 1, 2, 4.
        Metric(model, "one_touch_rate").Value!.Value.ShouldBe(2.0 / 3, 1e-9);
        Metric(model, "one_touch_rate").Sample.ShouldBe(3);

        // Reopen rate reads neither: all four tickets, one reopened.
        Metric(model, "reopen_rate").Value.ShouldBe(0.25);
        Metric(model, "reopen_rate").Sample.ShouldBe(4);

        // What is left out is what the check reports.
        model.Footer.DataQuality.ShouldBe(
        [
            new DataQualityFinding("tickets", "solved_at", DataQualityFinding.NegativeDuration, 1, "created_at"),
            new DataQualityFinding("tickets", "replies", DataQualityFinding.NegativeCount, 1),
        ]);
    }

    [Fact]
    public async Task CreatedCohort_FirstReplyBeforeCreation_LeftOutOfFirstResponseButNotOfVolume()
    {
        // By hand: ticket a answered after 30 min, b "answered" an hour before it was created, c unanswered (all three by
        // email), d by chat after 3 h.
        using var db = Database()
            .Ticket("2026-10-01 10:00", firstReply: "2026-10-01 10:30")
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 09:00")
            .Ticket("2026-10-03 10:00")
            .Ticket("2026-10-04 10:00", firstReply: "2026-10-04 13:00", channel: "chat");

        var model = await db.RunAsync(Report("metric: ticket_volume", "metric: first_response_time, breakdown: [channel]",
            "metric: first_response_sla, breakdown: [channel]"));

        Metric(model, "ticket_volume").Value.ShouldBe(4);
        // Mean over a and d: (0.5 + 3) / 2, not (0.5 - 1 + 3) / 3.
        Metric(model, "first_response_time").Value!.Value.ShouldBe(1.75, 1e-9);
        Metric(model, "first_response_time").Sample.ShouldBe(2);
        // Within the 1 h SLA: a of a, c, d (the unanswered c still counts as missed); b is left out, not a hit of -1 h.
        Metric(model, "first_response_sla").Value!.Value.ShouldBe(1.0 / 3, 1e-9);
        Metric(model, "first_response_sla").Sample.ShouldBe(3);
        // By channel: email has a (0.5 h, a hit) and c (a miss), b left out; chat has d (3 h, a miss).
        Metric(model, "first_response_time").Rows().OrderBy(r => r.Key, StringComparer.Ordinal).ShouldBe([("chat", (double?)3), ("email", 0.5)]);
        Metric(model, "first_response_sla").Rows().OrderBy(r => r.Key, StringComparer.Ordinal).ShouldBe([("chat", (double?)0), ("email", 0.5)]);
        model.Footer.DataQuality.ShouldBe([new DataQualityFinding("tickets", "first_reply_at", DataQualityFinding.NegativeDuration, 1, "created_at")]);
    }
}

/// <summary>SQLite only (PostgreSQL's time columns are typed): a time value that is no timestamp is in no period, even
/// text that sorts inside one.</summary>
public sealed class UnparsedTimestampExcludedTests
{
    [Fact]
    public async Task Volume_TextThatSortsInsideThePeriodButDoesNotParse_IsInNoPeriod()
    {
        // By hand: tickets 1 and 2 are plain October timestamps, 3 is ISO-8601 with T and Z (a timestamp, in October),
        // 4 is '2026-10-05 junk': it sorts between October's bounds as text but is no timestamp.
        using var db = new TestDatabase()
            .Ticket("2026-10-05 10:00")
            .Ticket("2026-10-06 10:00", channel: "chat")
            .Ticket("2026-10-07 10:00")
            .Ticket("2026-10-08 10:00", channel: "chat");
        db.Execute("UPDATE tickets SET created_at = '2026-10-07T10:00:00Z' WHERE id = 3");
        db.Execute("UPDATE tickets SET created_at = '2026-10-05 junk' WHERE id = 4");

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0, "metric: ticket_volume, breakdown: [channel]"));

        var volume = model.Metrics.Single();
        volume.Value.ShouldBe(3);
        volume.Rows().OrderBy(r => r.Key, StringComparer.Ordinal).ShouldBe([("chat", (double?)1), ("email", 2)]);
        model.Footer.DataQuality.ShouldBe([new DataQualityFinding("tickets", "created_at", DataQualityFinding.UnparsedTimestamp, 1)]);
    }
}
