using System.Globalization;
using System.Runtime.CompilerServices;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The SQL a report compiles to, against reviewed files in Metrics/Golden (after Scriban's TestFiles).</summary>
public sealed class MetricSqlGoldenTests
{
    [Fact]
    public void Plan_SolvedCohortInWarsawWithBreakdown_CompilesToTheGoldenSql()
    {
        var plan = TestReport.Plan("""
            id: golden
            timezone: Europe/Warsaw
            period: 2026-10
            compare: previous_period
            metrics:
              - metric: replies_per_ticket
                breakdown: [channel]
              - metric: one_touch_rate
            """);

        Text(plan).ShouldBe(Golden("solved-cohort.sql").TrimEnd());
    }

    [Fact]
    public void Plan_CreatedCohortDurationsWithBreakdown_ComputeEachDurationOnceInTheGoldenSql()
    {
        // The first-response duration is read by a mean, a median, an SLA share, the row filter and two samples: the
        // statement computes it once per row, in a subquery column (the optimiser's per-row pass).
        var plan = TestReport.Plan("""
            id: golden
            period: 2026-10
            metrics:
              - metric: ticket_volume
              - metric: first_response_time
                name: first_response_mean
                breakdown: [team, channel]
              - metric: first_response_time
                stat: median
                name: first_response_median
              - metric: first_response_sla
                breakdown: [team, channel]
            """);

        Text(plan).ShouldBe(Golden("created-cohort-durations.sql").TrimEnd());
    }

    private static string Text(ReportBuilder.Metrics.Sql.ReportPlan plan) => string.Join("\n\n", plan.Queries.Select(q =>
        $"-- {q.Table}{(q.Dimension is null ? "" : $" by {q.Dimension}")}: {string.Join(", ", q.Columns)}\n{q.Sql};\n" +
        $"-- parameters: {string.Join(", ", q.Parameters.Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"))}"));

    private static string Golden(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Golden", name)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
