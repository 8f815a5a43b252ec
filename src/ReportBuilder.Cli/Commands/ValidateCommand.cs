using System.CommandLine;
using System.Text.RegularExpressions;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Data;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder validate FILE...</c>: checks definitions without running them, reporting every problem.</summary>
internal static partial class ValidateCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "Report definitions and deliveries files to check", Arity = ArgumentArity.OneOrMore };
        var database = new Option<string?>("--db") { Description = "Also check every table and column the reports read against this SQLite file, DuckDB file (FILE.duckdb) or postgres:// server" };
        var model = new Option<string?>("--model") { Description = "Check the reports through this model mapping instead of their own: a shipped one (fivetran-zendesk) or a mapping file" };
        var command = new Command("validate", "Check report definitions and deliveries files without running them; exit 0 when clean, 2 when not, 3 when --db lacks what they read") { files, database, model };
        command.SetAction(parsed =>
        {
            var pipeline = environment.Pipeline(parsed);
            var now = NodaTime.Instant.FromDateTimeOffset(environment.Clock.GetUtcNow());
            var problems = new List<Diagnostic>();
            var gaps = new List<DataSourceException>();
            foreach (var file in parsed.GetValue(files)!)
            {
                if (DeliveriesProblems(file, pipeline) is { } deliveryProblems)
                {
                    problems.AddRange(deliveryProblems);
                    if (deliveryProblems.Count == 0)
                    {
                        output.WriteLine($"{file}: ok");
                    }

                    continue;
                }

                var diagnostics = new DiagnosticBag();
                var definition = pipeline.Load(file, diagnostics);
                var plan = definition is null ? null : pipeline.Plan(definition, new RunOptions(parsed.GetValue(database)) { RequireSource = false, Model = parsed.GetValue(model) }, now, diagnostics);
                var fileGaps = plan is not null && parsed.GetValue(database) is not null ? SchemaGaps(plan, pipeline.Environment.PostgresPassword) : [];
                gaps.AddRange(fileGaps);

                if (plan?.Definition.Template is not null)
                {
                    try
                    {
                        pipeline.HtmlRenderer(plan).Check();
                    }
                    catch (DefinitionException ex)
                    {
                        foreach (var diagnostic in ex.Diagnostics)
                        {
                            diagnostics.Error(diagnostic.Location, diagnostic.Message);
                        }
                    }
                }

                if (diagnostics.HasErrors)
                {
                    problems.AddRange(diagnostics.InFileOrder());
                }
                else if (fileGaps.Count == 0)
                {
                    output.WriteLine($"{file}: ok");
                }
            }

            // Every problem of every file is reported: the definitions' (exit 2), then each table and column --db lacks (exit 3);
            // the exit code is the worst of them, as for a run's formats.
            var definitionProblems = problems.Count > 0 ? new DefinitionException(problems) : null;
            if (gaps.Count > 0)
            {
                throw new AggregateException([.. definitionProblems is null ? [] : new Exception[] { definitionProblems }, .. gaps]);
            }

            if (definitionProblems is not null)
            {
                throw definitionProblems;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What the source lacks of what the plan reads; a source that cannot be read at all is one gap.</summary>
    private static IReadOnlyList<DataSourceException> SchemaGaps(ReportPlan plan, string? postgresPassword)
    {
        try
        {
            return ReportData.SchemaGaps(plan, postgresPassword);
        }
        catch (DataSourceException ex)
        {
            return [ex];
        }
    }

    /// <summary>For a deliveries file (one with a top-level <c>deliveries:</c> key), every problem of the file and of the reports
    /// it names, as <c>deliveries</c> and <c>run-due</c> check them; null for any other file.</summary>
    private static List<Diagnostic>? DeliveriesProblems(string file, Rendering.Pipeline.ReportPipeline pipeline)
    {
        if (IO.BoundedFile.ReadText(file, YamlSource.MaxFileBytes).Text is not { } head || !DeliveriesKey().IsMatch(head))
        {
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var text = YamlSource.ReadFile(file, diagnostics);
        var config = text is null ? null : DeliveryConfigLoader.Parse(file, text, diagnostics);
        var problems = diagnostics.InFileOrder().Where(d => d.Severity == Severity.Error).ToList();
        if (config is not null)
        {
            try
            {
                new DeliveryReports(config, pipeline).Validate(pipeline.Environment.Clock.GetUtcNow(), Path.GetTempPath());
            }
            catch (DefinitionException ex)
            {
                problems.AddRange(ex.Diagnostics);
            }
        }

        return problems;
    }

    [GeneratedRegex(@"^deliveries\s*:", RegexOptions.Multiline)]
    private static partial Regex DeliveriesKey();
}
