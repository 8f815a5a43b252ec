using NodaTime;
using ReportBuilder.Definitions;

namespace ReportBuilder.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ReportBuilder.Benchmarks -- [--rounds N] [--warmup N] [--filter TEXT]</c>,
/// or <c>-- --compare core|all-metrics --db FILE</c> for a report against its hand-written SQL.</summary>
public static class Program
{
    /// <summary>Generates the database, runs the cases (those whose name contains the filter, and always the baseline).</summary>
    public static async Task Main(string[] args)
    {
        var rounds = Option(args, "--rounds", 5);
        var warmup = Option(args, "--warmup", 2);
        var filter = Text(args, "--filter") ?? "";
        if (Text(args, "--compare") is { } compare)
        {
            await CompareAsync(compare, Text(args, "--db"), warmup, rounds);
            return;
        }

        using var benchmarks = new EngineBenchmarks();
        Console.WriteLine($"generating {EngineBenchmarks.Tickets:N0} tickets …");
        benchmarks.Setup();
        var cases = benchmarks.Cases.Where((c, i) => i == 0 || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        Harness.Run(cases, warmup, rounds, Console.Out);
    }

    /// <summary>A report (tests/ReportBuilder.Benchmarks/reports/NAME.yaml, else examples/NAME.yaml) against reports/NAME.sql
    /// on a demo database made by <c>demo-data --months 14 --end 2026-11-01</c> (or generated here when --db is not given).</summary>
    private static async Task CompareAsync(string name, string? database, int warmup, int rounds)
    {
        var root = EngineBenchmarks.RepositoryRoot();
        var reports = Path.Combine(root, "tests", "ReportBuilder.Benchmarks", "reports");
        var yaml = Path.Combine(reports, name + ".yaml");
        yaml = File.Exists(yaml) ? yaml : Path.Combine(root, "examples", name + ".yaml");
        using var benchmarks = new EngineBenchmarks();
        if (database is null)
        {
            Console.WriteLine($"generating {EngineBenchmarks.Tickets:N0} tickets …");
            benchmarks.Setup();
            database = benchmarks.Database;
        }

        var catalog = CatalogLoader.Load(Path.Combine(root, "configs", "model.yaml"), Path.Combine(root, "configs", "metrics.yaml"));
        // As of 5 November 2026: last_month is October 2026, the demo data's last full month.
        var comparison = new HandSqlComparison(name, yaml, Path.Combine(reports, name + ".sql"), database, catalog, Instant.FromUtc(2026, 11, 5, 0, 0));
        Console.WriteLine($"{name}: {await comparison.CheckEqualAsync()} values equal in the report and the hand-written SQL");
        Harness.Run(comparison.Cases, warmup, rounds, Console.Out);
    }

    private static string? Text(string[] args, string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

    private static int Option(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name), out var value) && value >= 0 ? value : fallback;
}
