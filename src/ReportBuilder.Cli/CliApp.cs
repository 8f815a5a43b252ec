using System.CommandLine;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli;

/// <summary>The console host: builds the commands and maps every failure to an exit code in one place.</summary>
internal static class CliApp
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };

    public static readonly Option<string[]> AllowDir = new("--allow-dir")
    {
        Description = "Let definitions read templates, models and includes from this folder too (repeatable)",
        Recursive = true,
    };

    /// <summary>Runs the command line; results go to <paramref name="console"/>, problems to <paramref name="errors"/>
    /// (standard error by default), one per line and never wrapped, so editors and scripts can read them.</summary>
    public static async Task<int> RunAsync(string[] args, TimeProvider clock, CancellationToken ct, IAnsiConsole? console = null,
        TextWriter? errors = null)
    {
        var output = console ?? AnsiConsole.Console;
        errors ??= Console.Error;
        var root = new RootCommand("ReportBuilder: support metrics from SQLite, checked against targets, as HTML, PDF and JSON reports.")
        {
            Options = { Verbose, AllowDir },
        };
        root.Subcommands.Add(RunCommand.Create(output, clock));
        root.Subcommands.Add(ExplainCommand.Create(output, clock));
        root.Subcommands.Add(DemoDataCommand.Create(output, clock));
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

        try
        {
            Definitions.DefinitionPaths.Allow(parsed.GetValue(AllowDir) ?? []);
            var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            if (DaemonCommand.HandlesSignals(parsed))
            {
                invocation.ProcessTerminationTimeout = null;
            }

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
