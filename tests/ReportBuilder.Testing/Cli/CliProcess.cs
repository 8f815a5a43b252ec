using System.Diagnostics;

namespace ReportBuilder.Testing;

/// <summary>Runs the built <c>reportbuilder</c> as a separate process, for what one process cannot show: two at once, signals.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Starts the command line with these environment variables added.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reportbuilder.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static Task<CliHarness.Outcome> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs the command line with these environment variables added, and waits for it: two minutes at most, then it
    /// is killed with every process it started, so a run that hangs fails its test instead of the whole suite.</summary>
    public static async Task<CliHarness.Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reportbuilder {string.Join(' ', args)} still ran after two minutes; it was killed");
        }

        return new CliHarness.Outcome(process.ExitCode, await output, await errors);
    }
}
