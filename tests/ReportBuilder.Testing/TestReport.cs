using NodaTime;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Reports;
using ReportBuilder.Reports.Building;

namespace ReportBuilder.Testing;

/// <summary>Runs report definitions written in a test through the real pipeline, as <c>reportbuilder run</c> does.</summary>
internal static class TestReport
{
    /// <summary>The as-of instant of every test run unless one is given: well after October 2026.</summary>
    public static readonly Instant AsOf = Instant.FromUtc(2026, 11, 23, 12, 0);

    /// <summary>The shipped configuration folder (the catalog and the words), copied beside the test assembly by Core.</summary>
    public static string Configs => Path.Combine(AppContext.BaseDirectory, "configs");

    private static readonly Lazy<Catalog> BuiltIn = new(() => Catalog.Load(Configs));

    public static Catalog Catalog => BuiltIn.Value;

    /// <summary>Parses and plans a definition as of <paramref name="asOf"/>, against <paramref name="catalog"/> (the built-in
    /// one when null).</summary>
    /// <remarks><paramref name="path"/> names the definition in messages and anchors its relative paths (include:).</remarks>
    public static ReportPlan Plan(string yaml, string database = "test.db", Instant? asOf = null, string path = "report.yaml", Catalog? catalog = null) =>
        ReportCompiler.Plan(ReportDefinitionLoader.Parse(path, yaml, catalog ?? Catalog), catalog ?? Catalog, new RunOptions(Database: database), asOf ?? AsOf);

    /// <summary>Load → plan → SQL → report model, on the test's database (its file, or its copy on PostgreSQL).</summary>
    public static async Task<ReportModel> RunAsync(this TestDatabase db, string yaml, Instant? asOf = null, string path = "report.yaml",
        Catalog? catalog = null)
    {
        var plan = Plan(yaml, await db.SourceAsync(), asOf, path, catalog);
        var (results, _, quality) = await ReportData.ReadAsync(plan, CancellationToken.None);

        // The words of the report's language, as reportbuilder run reads them.
        var words = Translations.Load(Configs, plan.Definition.Locale).Words;
        return ReportModelBuilder.Build(plan, results, (asOf ?? AsOf).ToDateTimeOffset(), words, quality: quality);
    }

    /// <summary>Runs a report of one metric; <paramref name="entry"/> is its entry as a YAML flow mapping without braces.</summary>
    /// <example><c>db.MetricAsync("metric: csat, breakdown: [agent]")</c></example>
    public static async Task<MetricView> MetricAsync(this TestDatabase db, string entry, string period = "2026-10",
        string timezone = "UTC", string compare = "previous_period", int trend = 0)
    {
        var model = await db.RunAsync(Definition(period, timezone, compare, trend, entry));
        return model.Metrics.Single();
    }

    /// <summary>A report definition with the given metric entries (flow mappings without braces).</summary>
    public static string Definition(string period, string timezone, string compare, int trend, params string[] entries) => $"""
        id: test
        title: Test report
        timezone: {timezone}
        period: "{period}"
        compare: {compare}
        trend: {trend}
        metrics:
        {string.Join("\n", entries.Select(e => $"  - {{ {e} }}"))}
        """;
}
