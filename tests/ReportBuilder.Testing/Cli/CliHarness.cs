using ReportBuilder.Cli;
using Spectre.Console;

namespace ReportBuilder.Testing;

/// <summary>Runs the command line in-process, as a user would, and keeps what it printed.</summary>
internal static class CliHarness
{
    public sealed record Outcome(int ExitCode, string Output, string Errors);

    private static readonly TimeProvider DefaultClock = new FixedClock(new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero));

    public static Task<Outcome> RunAsync(params string[] args) => RunAsync(DefaultClock, args);

    /// <summary>Runs the command line as of <paramref name="clock"/>'s now.</summary>
    public static async Task<Outcome> RunAsync(TimeProvider clock, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        var code = await CliApp.RunAsync(args, TestEnvironment.Process(clock), CancellationToken.None, console, errors);
        return new Outcome(code, output.ToString(), errors.ToString());
    }
}
