using System.CommandLine;
using System.Runtime.InteropServices;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Diagnostics;
using ReportBuilder.Rendering.Pdf;
using Spectre.Console;

namespace ReportBuilder.Cli;

/// <summary>The console host: builds the commands and maps every failure to an exit code in one place.</summary>
internal static class CliApp
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };

    /// <summary>Runs the command line; results go to <paramref name="console"/>, problems to <paramref name="errors"/>
    /// (standard error by default), one per line and never wrapped, so editors and scripts can read them.</summary>
    public static async Task<int> RunAsync(string[] args, TimeProvider clock, CancellationToken ct, IAnsiConsole? console = null,
        TextWriter? errors = null)
    {
        var output = console ?? AnsiConsole.Console;
        errors ??= Console.Error;
        var root = new RootCommand("ReportBuilder: support metrics from SQLite, checked against targets, as HTML, PDF and JSON reports.")
        {
            Options = { Verbose },
        };
        root.Subcommands.Add(RunCommand.Create(output, clock));
        root.Subcommands.Add(ExplainCommand.Create(output, clock));
        root.Subcommands.Add(DemoDataCommand.Create(output, clock));
        root.Subcommands.Add(CopyCommand.Create(output));
        root.Subcommands.Add(ValidateCommand.Create(output, clock));
        root.Subcommands.Add(MetricsCommand.Create(output, clock));
        root.Subcommands.Add(SchemaCommand.Create(output));
        root.Subcommands.Add(RunDueCommand.Create(output, clock));
        root.Subcommands.Add(DeliveriesCommand.Create(output, clock));
        root.Subcommands.Add(DaemonCommand.Create(output, clock));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                errors.WriteLine($"error: {error.Message}");
            }

            errors.WriteLine("Run 'reportbuilder --help' for usage.");
            return ExitCodes.Definition;
        }

        // One browser for the whole command, killed with all its processes when the command ends, however it ends.
        await using var browser = BrowserSession.Begin();
        // Ctrl+C and SIGTERM cancel the work, which stops the browser; the daemon handles both itself (it finishes the mail in progress).
        using var interruption = DaemonCommand.HandlesSignals(parsed) ? null : Interruption.Watch(ct);
        try
        {
            // System.CommandLine's own termination handling is off: it raced with the work's end and crashed on SIGTERM.
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
                interruption?.Token ?? ct);
        }
        catch (Exception ex) when (interruption?.Signal is { } signal && ex is OperationCanceledException or FormatsFailedException)
        {
            errors.WriteLine($"interrupted by {signal}: stopped, the browser and its processes too; files already written are complete");
            return signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        }
        catch (FormatsFailedException ex)
        {
            return ex.Failures.Select(f => Report(f.InnerException!, f.Format, errors, parsed.GetValue(Verbose))).Max();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Report(ex, null, errors, parsed.GetValue(Verbose));
        }
    }

    /// <summary>Writes one failure (of <paramref name="format"/>, when a run's format failed) and returns its exit code.</summary>
    private static int Report(Exception exception, string? format, TextWriter errors, bool verbose)
    {
        var what = format is null ? "" : $"{format}: ";
        switch (exception)
        {
            case DefinitionException ex:
                foreach (var diagnostic in ex.Diagnostics)
                {
                    errors.WriteLine(diagnostic.ToString());
                    SourceExcerpt.Write(errors, diagnostic.Location);
                }

                return ExitCodes.Definition;
            case DataSourceException ex:
                errors.WriteLine(ex.Location is { } location ? $"{location}: error: {what}{ex.Message}" : $"error: {what}{ex.Message}");
                if (ex.Location is not null)
                {
                    SourceExcerpt.Write(errors, ex.Location);
                }

                return ExitCodes.DataSource;
            case BrowserException ex:
                errors.WriteLine($"error: {what}{ex.Message}");
                return ExitCodes.Browser;
            case OperationCanceledException:
                errors.WriteLine("cancelled");
                return ExitCodes.Unexpected;
            default:
                errors.WriteLine($"error: {what}{exception.Message}");
                errors.WriteLine(verbose ? exception.ToString() : "(run with --verbose for details)");
                return ExitCodes.Unexpected;
        }
    }
}
