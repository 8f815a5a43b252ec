using Microsoft.Data.Sqlite;
using NodaTime;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.DemoData;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Reports;
using ReportBuilder.Reports.Building;

namespace ReportBuilder.Benchmarks;

/// <summary>
/// The metric engine over a generated demo database: plan, run every SQL statement, build the report model
/// (no rendering). The baseline is a plain <c>SELECT count(*)</c> of the tickets on the same file, so the
/// figures read as ratios measured in the same run, which stay comparable on a noisy, shared machine.
/// </summary>
public sealed class EngineBenchmarks : IDisposable
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 5, 0, 0);
    private static readonly DateOnly DataEnd = new(2026, 11, 23);

    private string _folder = "";
    private string _database = "";
    private Catalog _catalog = null!;
    private ReportPlan _monthly = null!;
    private ReportPlan _allMetrics = null!;

    /// <summary>Tickets in the generated database (BENCH_TICKETS overrides the default of 100,000).</summary>
    public static int Tickets =>
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_TICKETS"), out var n) && n > 0 ? n : 100_000;

    /// <summary>The generated database (after <see cref="Setup"/>).</summary>
    public string Database => _database;

    /// <summary>The cases, the baseline first.</summary>
    public IReadOnlyList<BenchmarkCase> Cases =>
    [
        new("SELECT count(*) FROM tickets", () => Task.FromResult<object>(CountTickets())),
        new("SELECT sum(replies) FROM tickets", () => Task.FromResult<object>(SumReplies())),
        new("monthly-support report", async () => await MonthlyReport()),
        new("all-metrics report", async () => await AllMetrics()),
    ];

    /// <summary>Generates the database once and plans both reports against it.</summary>
    public void Setup()
    {
        var root = RepositoryRoot();
        _folder = Path.Combine(Path.GetTempPath(), "reportbuilder-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(_folder);
        _database = Path.Combine(_folder, "support.db");
        DemoDataGenerator.Generate(_database, new DemoDataOptions { Tickets = Tickets, Months = 14, Seed = 42, End = DataEnd });

        _catalog = CatalogLoader.Load(Path.Combine(root, "configs", "model.yaml"), Path.Combine(root, "configs", "metrics.yaml"));
        _monthly = Plan(Path.Combine(root, "examples", "monthly-support.yaml"));
        _allMetrics = Plan(Path.Combine(root, "examples", "all-metrics.yaml"));
    }

    /// <summary>Removes the generated database.</summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_folder.Length > 0)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The yardstick: count the tickets.</summary>
    public long CountTickets()
    {
        using var connection = SqliteSource.Open(_database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM tickets";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A second yardstick that reads every ticket row (count(*) only walks the smallest index).</summary>
    public long SumReplies()
    {
        using var connection = SqliteSource.Open(_database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sum(replies) FROM tickets";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>examples/monthly-support.yaml: 6 metrics, previous period, 6-month trend, 4 breakdowns.</summary>
    public Task<ReportModel> MonthlyReport() => RunAsync(_monthly);

    /// <summary>examples/all-metrics.yaml: every catalog metric and stat, previous period, 12-month trend, breakdowns.</summary>
    public Task<ReportModel> AllMetrics() => RunAsync(_allMetrics);

    private async Task<ReportModel> RunAsync(ReportPlan plan)
    {
        IReadOnlyDictionary<string, MetricSeries> results;
        await using (var connection = SqliteSource.Open(plan.DatabasePath))
        {
            MetricEngine.CheckSchema(plan, SqliteSource.Schema(connection));
            results = await MetricEngine.RunAsync(plan, connection, CancellationToken.None);
        }

        return ReportModelBuilder.Build(plan, results, AsOf.ToDateTimeOffset());
    }

    private ReportPlan Plan(string path)
    {
        var definition = ReportDefinitionLoader.Load(path, _catalog);
        return ReportCompiler.Plan(definition, _catalog, new RunOptions(Database: _database, Period: "last_month"), AsOf);
    }

    /// <summary>The checkout this program was built in.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReportBuilder.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from a ReportBuilder checkout: ReportBuilder.sln not found above " + AppContext.BaseDirectory);
    }
}
