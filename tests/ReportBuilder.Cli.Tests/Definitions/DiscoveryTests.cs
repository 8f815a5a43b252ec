namespace ReportBuilder.Tests.Definitions;

/// <summary><c>reportbuilder metrics</c> and <c>reportbuilder metrics ID</c>: what an analyst reads before writing a report.</summary>
public sealed class DiscoveryTests
{
    [Fact]
    public async Task Metrics_WithId_ShowsTheCatalogYamlAndOneStatementPerCohort()
    {
        var outcome = await CliHarness.RunAsync("metrics", "first_response_time");

        outcome.ExitCode.ShouldBe(0);
        var lines = outcome.Output.Split('\n');
        lines[0].ShouldStartWith("# configs/metrics.yaml:");
        lines[1].ShouldBe("first_response_time:");
        lines.ShouldContain("  where: first_reply_at is not null");
        // Both stats come from one scan of tickets in the created cohort.
        lines.Count(l => l.StartsWith("-- tickets: mean, median", StringComparison.Ordinal)).ShouldBe(1);
        lines.ShouldContain("CROSS JOIN \"tickets\" t");
        outcome.Output.ShouldContain("t.\"created_at\" >= p.p_start AND t.\"created_at\" < p.p_end");
        outcome.Output.ShouldContain("rb_percentile(");
    }

    [Fact]
    public async Task Metrics_WithUnknownId_SuggestsTheNearestAndExits2()
    {
        var outcome = await CliHarness.RunAsync("metrics", "replies_per_tiket");

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldBe("metrics: error: unknown metric 'replies_per_tiket'; did you mean 'replies_per_ticket'?\n");
    }

    [Fact]
    public async Task Metrics_WithoutId_ListsEveryCatalogMetric()
    {
        var outcome = await CliHarness.RunAsync("metrics");

        outcome.ExitCode.ShouldBe(0);
        foreach (var id in new[] { "ticket_volume", "first_response_sla", "net_revenue_retention", "top_issues" })
        {
            outcome.Output.ShouldContain(id);
        }
    }
}
