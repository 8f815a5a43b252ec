namespace ReportBuilder.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ReportBuilder.Benchmarks -- [--rounds N] [--warmup N] [--filter TEXT]</c>.</summary>
public static class Program
{
    /// <summary>Generates the database, runs the cases (those whose name contains the filter, and always the baseline).</summary>
    public static void Main(string[] args)
    {
        var rounds = Option(args, "--rounds", 5);
        var warmup = Option(args, "--warmup", 2);
        var filter = args.SkipWhile(a => a != "--filter").Skip(1).FirstOrDefault() ?? "";
        using var benchmarks = new EngineBenchmarks();
        Console.WriteLine($"generating {EngineBenchmarks.Tickets:N0} tickets …");
        benchmarks.Setup();
        var cases = benchmarks.Cases.Where((c, i) => i == 0 || c.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        Harness.Run(cases, warmup, rounds, Console.Out);
    }

    private static int Option(string[] args, string name, int fallback) =>
        int.TryParse(args.SkipWhile(a => a != name).Skip(1).FirstOrDefault(), out var value) && value >= 0 ? value : fallback;
}
