using Spectre.Console;

namespace ReportBuilder.Cli.Hosting;

/// <summary>Shows what a long command is doing (the stage, the statement being run) on standard error while it runs, and
/// nothing at all when standard error is not a terminal, <c>NO_COLOR</c> is set or <c>--quiet</c> is given: pipes, cron logs
/// and scripts see only the command's own output.</summary>
internal sealed class ProgressDisplay(IAnsiConsole? console)
{
    /// <summary>No display: for tests and embedding.</summary>
    public static readonly ProgressDisplay Off = new(null);

    /// <summary>A display on <paramref name="errors"/> when it is the process's standard error, that is a terminal, and
    /// <paramref name="noColor"/> (the value of <c>NO_COLOR</c>) is unset.</summary>
    public static ProgressDisplay For(TextWriter errors, string? noColor) =>
        Shows(ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected, noColor, quiet: false)
            ? new ProgressDisplay(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }))
            : Off;

    /// <summary>Whether progress is shown: on a terminal, without <c>NO_COLOR</c> (any non-empty value) and without <c>--quiet</c>.</summary>
    public static bool Shows(bool terminal, string? noColor, bool quiet) => terminal && string.IsNullOrEmpty(noColor) && !quiet;

    /// <summary>Runs <paramref name="work"/> with a status line that starts at <paramref name="stage"/>; the line is gone when it ends.</summary>
    public async Task<T> RunAsync<T>(bool quiet, string stage, Func<ProgressSink, Task<T>> work)
    {
        if (console is null || quiet)
        {
            return await work(ProgressSink.None);
        }

        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(stage),
            context => work(new ProgressSink(text => context.Status = Markup.Escape(text))));
    }
}

/// <summary>Where a command reports its stage (the pipeline's and demo data's <see cref="IProgress{T}"/>); <see cref="None"/>
/// ignores it. Reports arrive on the reporting thread, in order.</summary>
internal sealed class ProgressSink(Action<string>? show) : IProgress<string>
{
    public static readonly ProgressSink None = new(null);

    public void Report(string value) => show?.Invoke(value);

    /// <summary>This sink for a library, or null when nothing is shown (the library then formats no stage).</summary>
    public IProgress<string>? Stages() => show is null ? null : this;
}
