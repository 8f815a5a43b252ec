using System.CommandLine;
using System.CommandLine.Invocation;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli;

/// <summary>The console host: builds the commands and maps every failure to an exit code in one place.</summary>
internal static class CliApp
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Show no progress on standard error (none is shown when it is not a terminal)", Recursive = true };

    /// <summary>The width of output that is not a terminal: wide enough that no table or line is wrapped for a file or a pipe.</summary>
    private const int UnwrappedWidth = 4096;

    /// <summary>Runs the command line; results go to <paramref name="console"/>, problems to <paramref name="errors"/>
    /// (standard error by default), one per line and never wrapped, so editors and scripts can read them.</summary>
    public static async Task<int> RunAsync(string[] args, TimeProvider clock, CancellationToken ct, IAnsiConsole? console = null,
        TextWriter? errors = null, ProgressDisplay? progress = null)
    {
        var output = console ?? AnsiConsole.Console;
        errors ??= Console.Error;
        progress ??= console is null ? ProgressDisplay.For(errors) : ProgressDisplay.Off;
        if (!output.Profile.Out.IsTerminal)
        {
            output.Profile.Width = UnwrappedWidth;
        }

        var root = new RootCommand("ReportBuilder: support metrics from SQLite, checked against targets, as HTML, PDF and JSON reports.")
        {
            Options = { Verbose, Quiet },
        };
        root.Subcommands.Add(RunCommand.Create(output, clock, progress));
        root.Subcommands.Add(ExplainCommand.Create(output, clock));
        root.Subcommands.Add(DemoDataCommand.Create(output, clock, progress));
        root.Subcommands.Add(ValidateCommand.Create(output, clock));
        root.Subcommands.Add(MetricsCommand.Create(output, clock));
        root.Subcommands.Add(SchemaCommand.Create(output));
        root.Subcommands.Add(RunDueCommand.Create(output, clock));
        root.Subcommands.Add(DeliveriesCommand.Create(output, clock));
        root.Subcommands.Add(DaemonCommand.Create(output, clock));

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

        try
        {
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output.Profile.Out.Writer, Error = errors };
            return await parsed.InvokeAsync(invocation, ct);
        }
        catch (DefinitionException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                errors.WriteLine(diagnostic.ToString());
                SourceExcerpt.Write(errors, diagnostic.Location);
            }

            return ExitCodes.Definition;
        }
        catch (DataSourceException ex)
        {
            errors.WriteLine(ex.Location is { } location ? $"{location}: error: {ex.Message}" : $"error: {ex.Message}");
            if (ex.Location is not null)
            {
                SourceExcerpt.Write(errors, ex.Location);
            }

            return ExitCodes.DataSource;
        }
        catch (OperationCanceledException)
        {
            errors.WriteLine("cancelled");
            return ExitCodes.Unexpected;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors.WriteLine($"error: {ex.Message}");
            errors.WriteLine(parsed.GetValue(Verbose) ? ex.ToString() : "(run with --verbose for details)");

            return ExitCodes.Unexpected;
        }
    }
}
