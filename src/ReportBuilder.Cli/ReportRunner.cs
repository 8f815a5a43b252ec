using ReportBuilder.Data;
using ReportBuilder.IO;
using ReportBuilder.Metrics;
using ReportBuilder.Planning;
using ReportBuilder.Reports;
using ReportBuilder.Rendering.Json;

namespace ReportBuilder.Cli;

/// <summary>The pipeline end to end: plan → SQL → report model → files.</summary>
internal static class ReportRunner
{
    public sealed record Result(ReportModel Model, IReadOnlyList<string> Files);

    public static async Task<Result> RunAsync(ReportPlan plan, TimeProvider clock, CancellationToken ct)
    {
        IReadOnlyDictionary<string, MetricSeries> results;
        await using (var connection = SqliteSource.Open(plan.DatabasePath))
        {
            MetricEngine.CheckSchema(plan, SqliteSource.Schema(connection));
            results = await MetricEngine.RunAsync(plan, connection, ct);
        }

        var model = ReportModelBuilder.Build(plan, results, clock.GetUtcNow());
        var files = new List<string>();
        var basePath = Path.Combine(plan.OutputDirectory, plan.Definition.Id);
        if (plan.Formats.Contains("json"))
        {
            await AtomicFile.WriteAsync(basePath + ".json", JsonReportWriter.Render(model), ct);
            files.Add(basePath + ".json");
        }

        return new Result(model, files);
    }
}
