using ReportBuilder.Metrics.Sql;
using Spectre.Console;

namespace ReportBuilder.Cli;

/// <summary>Shows what a long command is doing (the stage, the statement being run) on standard error while it runs, and
/// nothing at all when standard error is not a terminal, <c>NO_COLOR</c> is set or <c>--quiet</c> is given: pipes, cron logs
/// and scripts see only the command's own output.</summary>
internal sealed class ProgressDisplay(IAnsiConsole? console)
{
    /// <summary>No display: for tests and embedding.</summary>
    public static readonly ProgressDisplay Off = new(null);

    /// <summary>A display on <paramref name="errors"/> when it is the process's standard error, that is a terminal, and
    /// <c>NO_COLOR</c> is unset.</summary>
    public static ProgressDisplay For(TextWriter errors) =>
        Shows(ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected, Environment.GetEnvironmentVariable("NO_COLOR"), quiet: false)
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

/// <summary>Where a command reports its stage; <see cref="None"/> ignores it.</summary>
internal sealed class ProgressSink(Action<string>? show)
{
    public static readonly ProgressSink None = new(null);

    public void Stage(string text) => show?.Invoke(text);

    /// <summary>The stages a library reports, as this sink's stages.</summary>
    public IProgress<string>? Stages() => show is null ? null : new StageProgress(this);

    /// <summary>Reports each statement as it starts: "statement 2 of 5: tickets by channel (replies_per_ticket, …)".</summary>
    public IProgress<MetricQuery>? Statements(int total) => show is null ? null : new StatementProgress(this, total);

    private sealed class StageProgress(ProgressSink sink) : IProgress<string>
    {
        public void Report(string value) => sink.Stage(value);
    }

    private sealed class StatementProgress(ProgressSink sink, int total) : IProgress<MetricQuery>
    {
        private int _started;

        public void Report(MetricQuery value) => sink.Stage(
            $"statement {++_started} of {total}: {value.Table}{(value.Dimension is null ? "" : $" by {value.Dimension}")} ({string.Join(", ", value.Columns.Distinct())})");
    }
}
