using System.CommandLine;
using ReportBuilder.Cli.Commands;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli;

/// <summary>The console host: builds the commands and maps every failure to an exit code in one place.</summary>
internal static class CliApp
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces for unexpected errors", Recursive = true };

    public static async Task<int> RunAsync(string[] args, TimeProvider clock, CancellationToken ct, IAnsiConsole? console = null)
    {
        var output = console ?? AnsiConsole.Console;
        var root = new RootCommand("ReportBuilder: support metrics from SQLite, checked against targets, as HTML, PDF and JSON reports.")
        {
            Options = { Verbose },
        };
        root.Subcommands.Add(RunCommand.Create(output, clock));
        root.Subcommands.Add(ExplainCommand.Create(output, clock));
        root.Subcommands.Add(DemoDataCommand.Create(output, clock));
        root.Subcommands.Add(ValidateCommand.Create(output, clock));
        root.Subcommands.Add(MetricsCommand.Create(output));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                output.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            }

            output.MarkupLine("Run [bold]reportbuilder --help[/] for usage.");
            return ExitCodes.Definition;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, ct);
        }
        catch (DefinitionException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
                SourceExcerpt.Write(output, diagnostic.Location);
            }

            return ExitCodes.Definition;
        }
        catch (DataSourceException ex)
        {
            output.WriteLine($"error: {ex.Message}");
            return ExitCodes.DataSource;
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("cancelled");
            return ExitCodes.Unexpected;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            output.WriteLine($"error: {ex.Message}");
            if (parsed.GetValue(Verbose))
            {
                output.WriteLine(ex.ToString());
            }
            else
            {
                output.WriteLine("(run with --verbose for details)");
            }

            return ExitCodes.Unexpected;
        }
    }
}
