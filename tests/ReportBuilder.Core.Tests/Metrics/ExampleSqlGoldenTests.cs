using System.Globalization;
using System.Runtime.CompilerServices;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Metrics;

/// <summary>Every statement each example report runs, on every dialect, against reviewed files in Metrics/Golden/examples.
/// They were written by the text compiler the statement tree replaced, and the tree printed the same bytes (but for the
/// data-quality check's span bounds, which it no longer passes when no column reads them), so a pass that changes the
/// SQL shows here (docs/architecture-sql.md).</summary>
public sealed class ExampleSqlGoldenTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        var reports = Directory.GetFiles(RepositoryFiles.PathOf("examples"), "*.yaml").Append(RepositoryFiles.PathOf("examples", "own-schema", "export-report.yaml"));
        foreach (var report in reports.Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryFiles.Root, report), "sqlite");
            data.Add(Path.GetRelativePath(RepositoryFiles.Root, report), "postgres");
            data.Add(Path.GetRelativePath(RepositoryFiles.Root, report), "duckdb");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_CompilesToItsGoldenSql(string report, string dialect)
    {
        var plan = Plan(report, dialect);

        Text(plan).ShouldBe(Golden(report, dialect));
    }

    internal static ReportPlan Plan(string report, string dialect)
    {
        var path = RepositoryFiles.PathOf(report);
        var definition = ReportDefinitionLoader.Parse(path, File.ReadAllText(path), TestReport.Catalog);
        return ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions(Database: "x.db"), TestReport.AsOf,
            dialect switch { "sqlite" => SqliteDialect.Instance, "duckdb" => DuckDbDialect.Instance, _ => new PostgresDialect("public") });
    }

    internal static string Text(ReportPlan plan) => Text(plan.Queries.Concat(plan.Freshness).Concat(plan.Quality)) + (plan.History is not { } history ? ""
        : string.Create(CultureInfo.InvariantCulture, $"\n-- history: {history.Periods.Count} periods before the trend, {history.Periods[0].StartUtc:yyyy-MM-dd HH:mm} to {history.Periods[^1].EndUtc:yyyy-MM-dd HH:mm}, read for streaks that fill it\n\n")
          + Text(history.Queries));

    private static string Text(IEnumerable<MetricQuery> queries) => string.Join("\n\n", queries.Select(q =>
        $"-- {q.Table}{(q.Dimension is null ? "" : $" by {q.Dimension}")}: {string.Join(", ", q.Columns)} (periods {string.Join(", ", q.Periods)}" +
        $"{(q.SamplePerMetric ? ", a sample per metric" : "")}{(q.Prepares ? ", prepares" : "")}{(q.Members ? ", per member" : "")})\n{q.Sql};\n" +
        $"-- parameters: {string.Join(", ", q.Parameters.Select(p => $"{p.Key}={Show(p.Value)}"))}\n" +
        $"-- reads: {string.Join(", ", q.Reads.Select(r => $"{r.Table}.{r.Column}"))}" +
        FullScan(q))) + "\n";

    // A calendar's working intervals (a JSON text on SQLite, arrays on PostgreSQL) by their size: Calendars/ checks their values.
    private static string? Show(object? value) => value switch
    {
        string { Length: > 200 } text => $"{text[..60]}… ({text.Length:N0} characters)",
        double[] numbers => $"[{numbers.Length:N0} numbers]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string FullScan(MetricQuery q) => q.AccessPath is not { } access ? ""
        : string.Create(CultureInfo.InvariantCulture, $"\n-- from {access.Start:yyyy-MM-dd HH:mm} to {access.End:yyyy-MM-dd HH:mm}, when the probe says so:\n{access.ProbeSql};") +
            (access.FullScanSql is { } full ? $"\n-- full scan:\n{full};" : "") + $"\n-- in table order:\n{access.TableOrderSql};";

    internal static string GoldenPath(string report, string dialect, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", "examples", Path.GetFileNameWithoutExtension(report) + "." + dialect + ".sql");

    private static string Golden(string report, string dialect) =>
        File.ReadAllText(GoldenPath(report, dialect)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
