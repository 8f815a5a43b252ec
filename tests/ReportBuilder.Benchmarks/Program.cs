using BenchmarkDotNet.Running;

namespace ReportBuilder.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/ReportBuilder.Benchmarks -- [BenchmarkDotNet arguments]</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen by the arguments (all of them when there are none).</summary>
    public static void Main(string[] args)
    {
        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (args.Length == 0)
        {
            switcher.RunAll();
        }
        else
        {
            switcher.Run(args);
        }
    }
}
