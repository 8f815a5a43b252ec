using System.Globalization;
using System.Runtime.CompilerServices;
using ReportBuilder.Tests.Support;

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

        var sql = string.Join("\n\n", plan.Queries.Select(q =>
            $"-- {q.Table}{(q.Dimension is null ? "" : $" by {q.Dimension}")}: {string.Join(", ", q.Columns)}\n{q.Sql};\n" +
            $"-- parameters: {string.Join(", ", q.Parameters.Select(p => $"{p.Key}={Convert.ToString(p.Value, CultureInfo.InvariantCulture)}"))}"));

        sql.ShouldBe(Golden("solved-cohort.sql").TrimEnd());
    }

    private static string Golden(string name, [CallerFilePath] string here = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Golden", name)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
