using System.CommandLine;
using System.Runtime.InteropServices;
using System.CommandLine.Invocation;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Diagnostics;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Pipeline;
using Spectre.Console;

namespace ReportBuilder.Cli;

/// <summary>The console host: builds the commands and maps every failure to an exit code in one place.</summary>
internal static class CliApp
{
    /// <summary>The width of output that is not a terminal: wide enough that no table or line is wrapped for a file or a pipe.</summary>
    private const int UnwrappedWidth = 4096;

    /// <summary>Runs the command line; results go to <paramref name="console"/>, problems to <paramref name="errors"/>
    /// (standard error by default), one per line and never wrapped, so editors and scripts can read them.</summary>
    public static async Task<int> RunAsync(string[] args, ProcessInputs process, CancellationToken ct, IAnsiConsole? console = null,
        TextWriter? errors = null, ProgressDisplay? progress = null)
    {
        var output = console ?? AnsiConsole.Console;
        errors ??= Console.Error;
        progress ??= console is null ? ProgressDisplay.For(errors, process.Variable("NO_COLOR")) : ProgressDisplay.Off;
        var clock = process.Clock;
        // One browser for the whole command, killed with all its processes when the command ends, however it ends.
        await using var browser = new BrowserSession { Deadline = BrowserSession.DeadlineFrom(process.Variable(BrowserSession.DeadlineVariable)) };
        var environment = new CommandEnvironment(process, browser);
        if (!output.Profile.Out.IsTerminal)
        {
            output.Profile.Width = UnwrappedWidth;
        }

        var root = new RootCommand("ReportBuilder: support metrics from SQLite, checked against targets, as HTML, PDF and JSON reports.")
        {
            Options = { GlobalOptions.Verbose, GlobalOptions.Quiet, GlobalOptions.AllowDir },
        };
        root.Subcommands.Add(RunCommand.Create(output, environment, progress, errors));
        root.Subcommands.Add(ExplainCommand.Create(output, environment));
        root.Subcommands.Add(DemoDataCommand.Create(output, clock, progress));
        root.Subcommands.Add(InitCommand.Create(output, environment));
        root.Subcommands.Add(CopyCommand.Create(output, environment));
        root.Subcommands.Add(ImportCommand.Create(output, environment));
        root.Subcommands.Add(ValidateCommand.Create(output, environment));
        root.Subcommands.Add(MetricsCommand.Create(output, environment));
        root.Subcommands.Add(SchemaCommand.Create(output));
        root.Subcommands.Add(RunDueCommand.Create(output, environment));
        root.Subcommands.Add(DeliveriesCommand.Create(output, environment));
        root.Subcommands.Add(SendTestCommand.Create(output, environment));
        root.Subcommands.Add(DaemonCommand.Create(output, environment));
        root.Subcommands.Add(ServeCommand.Create(output, environment));

        CommandHelp.Install(root);
        if (args.Length == 0)
        {
            CommandHelp.Write(root, output.Profile.Out.Writer);
            return ExitCodes.Success;
        }

        var parsed = root.Parse(args);
        // --help and --version answer even when the rest of the line is incomplete: only a parse error is a mistake.
        if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction)
        {
            CommandHelp.WriteErrors(parsed, errors);
            return ExitCodes.Definition;
        }

        // Ctrl+C and SIGTERM cancel the work, which stops the browser; the daemon handles both itself (it finishes the mail in progress).
        using var interruption = DaemonCommand.HandlesSignals(parsed) ? null : Interruption.Watch(ct, process.Exit is not { } exit ? null : signal =>
        {
            // The work did not stop (a SQLite busy wait, a statement SQLite cannot interrupt): the browser's watchdog and the
            // staged file set are made for a process that ends at any moment.
            errors.WriteLine(Interrupted(signal));
            errors.Flush();
            exit(ExitCodeOf(signal));
        });
        try
        {
            // System.CommandLine's own termination handling is off: it raced with the work's end and crashed on SIGTERM.
            var invocation = new InvocationConfiguration
            {
                EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = output.Profile.Out.Writer, Error = errors,
            };
            return await parsed.InvokeAsync(invocation, interruption?.Token ?? ct);
        }
        catch (Exception ex) when (interruption?.Signal is { } signal && ex is OperationCanceledException or FormatsFailedException)
        {
            errors.WriteLine(Interrupted(signal));
            return ExitCodeOf(signal);
        }
        catch (FormatsFailedException ex)
        {
            return ex.Failures.Select(f => Report(f.InnerException!, f.Format, errors, parsed.GetValue(GlobalOptions.Verbose))).Max();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Report(ex, null, errors, parsed.GetValue(GlobalOptions.Verbose));
        }
    }

    private static string Interrupted(PosixSignal signal) =>
        $"interrupted by {signal}: stopped, the browser and its processes too; files already written are complete";

    private static int ExitCodeOf(PosixSignal signal) => signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;

    /// <summary>Writes one failure (of <paramref name="format"/>, when a run's format failed) and returns its exit code.</summary>
    private static int Report(Exception exception, string? format, TextWriter errors, bool verbose)
    {
        var what = format is null ? "" : $"{format}: ";
        switch (exception)
        {
            case DefinitionException ex:
                SourceExcerpt.Write(errors, ex);
                return ExitCodes.Definition;
            case DataSourceException ex:
                SourceExcerpt.Write(errors, ex, what);
                return ExitCodes.DataSource;
            case Import.ImportInputException:
                errors.WriteLine($"error: {exception.Message}");
                return ExitCodes.ImportInput;
            case BrowserException or ChromiumNotFoundException:
                errors.WriteLine($"error: {what}{exception.Message}");
                return ExitCodes.Browser;
            case AggregateException ex:
                // Several problems at once (validate --db): each is reported; the exit code is the worst.
                return ex.InnerExceptions.Select(inner => Report(inner, format, errors, verbose)).ToList().Max();
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
