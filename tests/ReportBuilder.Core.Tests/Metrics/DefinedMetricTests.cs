namespace ReportBuilder.Tests.Metrics;

/// <summary>Metrics a report defines itself (<c>define:</c>), run beside the catalog's.</summary>
public abstract class DefinedMetricTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : DefinedMetricTests(null);

    public sealed class OnDuckDb() : DefinedMetricTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : DefinedMetricTests(server);

    [Fact]
    public async Task Percentile_DefinedMetric_IsPercentileInc()
    {
        using var db = Database()
            .Solved("2026-10-10 00:00", solved: "2026-10-10 01:00")
            .Solved("2026-10-10 00:00", solved: "2026-10-10 02:00")
            .Solved("2026-10-10 00:00", solved: "2026-10-10 03:00")
            .Solved("2026-10-10 00:00", solved: "2026-10-10 10:00");
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: resolution_p90") + """

            define:
              resolution_p90:
                table: tickets
                time: solved_at
                where: status in ('solved', 'closed')
                value: percentile(hours(created_at, solved_at), 0.9)
                unit: hours
            """;

        var p90 = (await db.RunAsync(yaml)).Metrics.Single();

        // PERCENTILE.INC of 1, 2, 3, 10 at 0.9: rank 0.9 × 3 = 2.7 → 3 + 0.7 × (10 − 3) = 7.9
        p90.Value!.Value.ShouldBe(7.9, 1e-12);
    }

    [Fact]
    public async Task Include_MetricsFileBesideTheReport_DefinesItsMetrics()
    {
        var folder = Directory.CreateTempSubdirectory("rb-include-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "metrics"));
            File.WriteAllText(Path.Combine(folder, "metrics", "team.yaml"), """
                metrics:
                  chat_volume:
                    table: tickets
                    time: created_at
                    where: channel = 'chat'
                    value: count()
                """);
            using var db = Database()
                .Ticket("2026-10-01 10:00", channel: "chat")
                .Ticket("2026-10-02 10:00", channel: "email");
            var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: chat_volume") + "\ninclude: [metrics/team.yaml]";

            var model = await db.RunAsync(yaml, path: Path.Combine(folder, "report.yaml"));

            model.Metrics.Single().Value.ShouldBe(1);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task TicketVolume_BesideAMetricThatJoinsTags_StillCountsEachTicketOnce()
    {
        using var db = Database()
            .Ticket("2026-10-01 10:00", tags: ["bug", "billing"])
            .Ticket("2026-10-02 10:00", tags: ["bug"])
            .Ticket("2026-10-03 10:00");
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: ticket_volume", "metric: bug_tickets", "metric: channel_mix") + """

            define:
              bug_tickets:
                table: tickets
                time: created_at
                value: count_distinct(id, tags.tag = 'bug')
            """;

        var metrics = (await db.RunAsync(yaml)).Metrics.ToDictionary(m => m.Name, m => m.Value);

        metrics["bug_tickets"].ShouldBe(2);
        metrics["ticket_volume"].ShouldBe(3);
        metrics["channel_mix"].ShouldBe(3);
    }

    [Fact]
    public async Task CountDistinct_InAnExpressionByTag_CountsEachKeyAndTheUntaggedApart()
    {
        using var db = Database()
            .Ticket("2026-10-01 10:00", customer: 1, tags: ["bug"])
            .Ticket("2026-10-02 10:00", customer: 1, tags: ["bug", "billing"])
            .Ticket("2026-10-03 10:00", customer: 2, tags: ["billing"])
            .Ticket("2026-10-04 10:00", customer: 3)
            .Ticket("2026-10-05 10:00", customer: 3)
            .Ticket("2026-09-05 10:00", customer: 4);
        var yaml = TestReport.Definition("2026-10", "UTC", "previous_period", 0, "metric: customers_per_ticket, breakdown: [tag]") + """

            define:
              customers_per_ticket:
                table: tickets
                time: created_at
                value: count_distinct(customer_id) / count()
            """;

        var metric = (await db.RunAsync(yaml)).Metrics.Single();

        metric.Value.ShouldBe(0.6);                        // customers 1, 2, 3 of 5 tickets
        metric.Previous!.Value.ShouldBe(1);                // September: customer 4 of 1 ticket
        // bug: customer 1 of 2 tickets; billing: 1 and 2 of 2; untagged (a NULL key): 3 of 2
        metric.Rows().ShouldBe([("billing", 1.0), ("bug", 0.5), ("(none)", 0.5)]);
    }
}
