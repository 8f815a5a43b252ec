using System.CommandLine;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Planning;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder validate FILE...</c>: checks definitions without running them, reporting every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(IAnsiConsole output, TimeProvider clock)
    {
        var files = new Argument<string[]>("files") { Description = "Report definitions to check", Arity = ArgumentArity.OneOrMore };
        var database = new Option<string?>("--db") { Description = "Also check every table and column the reports read against this SQLite file" };
        var command = new Command("validate", "Check report definitions without running them; exit 0 when clean, 2 when not") { files, database };
        command.SetAction(parsed =>
        {
            var catalog = Catalog.LoadDefault();
            var problems = new List<Diagnostic>();
            foreach (var file in parsed.GetValue(files)!)
            {
                try
                {
                    var definition = ReportDefinitionLoader.Load(file, catalog);
                    var plan = ReportPlanner.Plan(definition, catalog, new RunOptions(parsed.GetValue(database)),
                        NodaTime.Instant.FromDateTimeOffset(clock.GetUtcNow()));
                    if (parsed.GetValue(database) is not null)
                    {
                        using var connection = SqliteSource.Open(plan.DatabasePath);
                        MetricEngine.CheckSchema(plan, SqliteSource.Schema(connection));
                    }

                    output.WriteLine($"{file}: ok");
                }
                catch (DefinitionException ex)
                {
                    problems.AddRange(ex.Diagnostics);
                }
            }

            if (problems.Count == 0)
            {
                return ExitCodes.Success;
            }

            throw new DefinitionException(problems);
        });
        return command;
    }
}
