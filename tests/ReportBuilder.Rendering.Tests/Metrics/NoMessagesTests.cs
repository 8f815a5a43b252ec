using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>A source without any message (a help desk's CSV export imported: per-ticket totals only) cannot give the metrics
/// that read messages: they are no data, with the reason, never the 0 a count over no rows gives; the ticket metrics are
/// measured as usual. A source with messages, but none in the period, measures the period as before. On every source.</summary>
public abstract class NoMessagesTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : NoMessagesTests(null);

    public sealed class OnDuckDb() : NoMessagesTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : NoMessagesTests(server);

    private const string Reason = "no data: the source has no messages (its messages table is empty, as after importing a help desk's CSV " +
                                  "export, which has per-ticket totals only); import the help desk's API export to measure it (docs/import.md)";

    // A metric on messages, and one on tickets that reads their first responders (derived from messages): a share that is
    // 0% over tickets without a first responder, where the source has no messages at all to give one.
    private static readonly string Report = TestReport.Definition("2026-10", "UTC", "previous_period", 0,
        "metric: agent_messages", "metric: avg_response_time", "metric: support_first", "metric: ticket_volume") + """

        define:
          agent_messages:
            label: Agent messages
            description: Agent messages written in the period.
            table: messages
            time: created_at
            where: author = 'agent'
            value: count()
            unit: count
            direction: none
          support_first:
            label: Answered first by Support
            description: Share of the period's new tickets whose first reply came from the Support team.
            table: tickets
            time: created_at
            value: share(first_responder.team = 'Support')
            unit: percent
            direction: higher
        """;

    [Fact]
    public async Task Without_any_message_the_metrics_on_messages_say_why_and_the_tickets_are_counted()
    {
        using var db = Database();
        db.Customer(1).Ticket("2026-10-05 09:00", firstReply: "2026-10-05 10:00", replies: 1).Ticket("2026-10-06 09:00");

        var model = await db.RunAsync(Report);

        var metrics = model.Metrics.ToDictionary(m => m.Name);
        foreach (var name in new[] { "agent_messages", "avg_response_time", "support_first" })
        {
            metrics[name].Value.ShouldBeNull(name);
            metrics[name].Status.ShouldBe(Status.NoData);
            metrics[name].NoDataReason.ShouldBe(Reason);
            metrics[name].Note.ShouldBe("No data: the source has no messages (a help desk's CSV export has per-ticket totals only); " +
                "import the help desk's API export to measure this.");
            metrics[name].Trend.ShouldAllBe(p => p.Value == null);
        }

        metrics["ticket_volume"].Value.ShouldBe(2);
        metrics["ticket_volume"].NoDataReason.ShouldBeNull();

        // Page 1 shows a metric without a target as a compact row, not a card: the row says why, not only "No data".
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            await TestEnvironment.Html().RenderAsync(model, print: false, CancellationToken.None));
        var rows = page.QuerySelectorAll(".compact tr").ToList();
        rows.Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Average response time", StringComparison.Ordinal))
            .QuerySelector(".no-data-reason")!.TextContent.ShouldBe(metrics["avg_response_time"].Note);
        rows.Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Ticket volume", StringComparison.Ordinal))
            .QuerySelector(".no-data-reason").ShouldBeNull();
        page.QuerySelectorAll(".compact .no-data-reason").Length.ShouldBe(3);   // the three metrics on messages, not ticket volume
    }

    [Fact]
    public async Task With_messages_outside_the_period_a_period_without_any_is_measured_as_before()
    {
        using var db = Database();
        db.Customer(1).Agent(7, "Ann", "Support")
            .Ticket("2026-09-05 09:00", firstReply: "2026-09-05 10:00", replies: 1, agent: 7, id: 1).Ticket("2026-10-06 09:00", id: 2)
            .Message(1, "customer", "2026-09-05 09:00").Message(1, "agent", "2026-09-05 10:00", agent: 7);

        var model = await db.RunAsync(Report);

        var metrics = model.Metrics.ToDictionary(m => m.Name);
        metrics["agent_messages"].Value.ShouldBeNull();   // October has no agent message: no rows, no data, as before
        metrics["agent_messages"].NoDataReason.ShouldBeNull();
        metrics["agent_messages"].Previous!.Value.ShouldBe(1);   // September's one
        metrics["support_first"].Value.ShouldBe(0);   // October's one ticket has no first responder yet: 0 of 1
        metrics["support_first"].Previous!.Value.ShouldBe(1);   // September's, answered first by Ann (Support)
        metrics["avg_response_time"].Value.ShouldBeNull();
        metrics["avg_response_time"].NoDataReason.ShouldBeNull();
        metrics["avg_response_time"].Note.ShouldBe("");
    }
}
