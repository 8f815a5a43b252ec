using System.Diagnostics;
using System.Globalization;

namespace ReportBuilder.Benchmarks;

/// <summary>One measured piece of work.</summary>
public sealed record BenchmarkCase(string Name, Func<Task<object>> Run);

/// <summary>
/// Runs the cases in rounds, each round running every case once in turn (A B C …, then again), so a change in the
/// machine's speed touches every case alike; reports each case's median, min and max, and its median ratio to the
/// first case (the baseline) taken round by round, of wall time and of the process's CPU time. Figures are ratios against a baseline measured in the same run,
/// which stay comparable on a noisy, shared machine.
/// </summary>
public static class Harness
{
    public static void Run(IReadOnlyList<BenchmarkCase> cases, int warmup, int rounds, TextWriter output)
    {
        var times = cases.Select(_ => new List<double>()).ToList();
        var cpu = cases.Select(_ => new List<double>()).ToList();
        var allocated = cases.Select(_ => new List<long>()).ToList();
        for (var round = -warmup; round < rounds; round++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var cpuBefore = ProcessCpu();
                var watch = Stopwatch.StartNew();
                GC.KeepAlive(cases[i].Run().GetAwaiter().GetResult());
                watch.Stop();
                if (round >= 0)
                {
                    times[i].Add(watch.Elapsed.TotalMilliseconds);
                    cpu[i].Add((ProcessCpu() - cpuBefore).TotalMilliseconds);
                    allocated[i].Add(GC.GetTotalAllocatedBytes(precise: true) - before);
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"case",-36} {"median ms",10} {"min ms",10} {"max ms",10} {"ratio",9} {"CPU ms",10} {"CPU ratio",9} {"alloc MB",9}   ({rounds} rounds after {warmup} warm-up)"));
        for (var i = 0; i < cases.Count; i++)
        {
            var ratios = times[i].Zip(times[0], (t, baseline) => t / baseline).ToList();
            var cpuRatios = cpu[i].Zip(cpu[0], (t, baseline) => t / Math.Max(baseline, 0.001)).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cases[i].Name,-36} {Median(times[i]),10:0.00} {times[i].Min(),10:0.00} {times[i].Max(),10:0.00} {Median(ratios),9:0.00} " +
                $"{Median(cpu[i]),10:0} {Median(cpuRatios),9:0.00} {Median(allocated[i].Select(a => (double)a).ToList()) / 1048576,9:0.0}"));
        }
    }

    // CPU time (user + system) of the whole process: the work runs on this thread, and the shared machine's load does not
    // stretch it as it stretches wall time.
    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
