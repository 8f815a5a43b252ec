using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder metrics [ID]</c>: lists the built-in catalog, or shows one metric's YAML and SQL.</summary>
internal static class MetricsCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var id = new Argument<string?>("id") { Description = "A metric id: show its definition and the SQL it compiles to", Arity = ArgumentArity.ZeroOrOne };
        var markdown = new Option<bool>("--markdown") { Description = "Print the data model and the catalog as Markdown (the generated part of docs/metrics.md)" };
        var command = new Command("metrics", "List the metric catalog (id, definition, unit, direction, stats, dimensions), or show one metric") { id, markdown };
        command.SetAction(parsed =>
        {
            var catalog = environment.For(parsed).Catalog;
            if (parsed.GetValue(markdown))
            {
                output.Profile.Out.Writer.Write(CatalogMarkdown.Write(catalog));
                return ExitCodes.Success;
            }

            if (parsed.GetValue(id) is { } metricId)
            {
                Show(output, environment, catalog, metricId);
                return ExitCodes.Success;
            }

            // Plain lines, not a table: ids and definitions stay whole at any terminal width and in a pipe.
            var writer = output.Profile.Out.Writer;
            foreach (var metric in catalog.Metrics.Values)
            {
                var better = metric.Direction switch { MetricDirection.Higher => "higher is better", MetricDirection.Lower => "lower is better", _ => "no direction" };
                writer.WriteLine($"{metric.Id} ({metric.Unit.ToWire()}, {better}; stats: {string.Join(", ", metric.Stats.Select(s => s.Name))})");
                writer.WriteLine($"    {metric.Description}");
                writer.WriteLine($"    breaks down by: {string.Join(", ", metric.Dimensions)}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The metric as written in the catalog, then the SQL of a one-metric report over last month (UTC), per stat.</summary>
    private static void Show(IAnsiConsole output, CommandEnvironment environment, Catalog catalog, string metricId)
    {
        if (!catalog.Metrics.TryGetValue(metricId, out var metric))
        {
            var suggestion = NameSuggestions.Closest(metricId, catalog.Metrics.Keys);
            throw new DefinitionException(SourceLocation.Option("metrics"), $"unknown metric '{metricId}'" +
                (suggestion is null ? ": run 'reportbuilder metrics' to list the catalog" : $"; did you mean '{suggestion}'?"));
        }

        var writer = output.Profile.Out.Writer;
        writer.WriteLine($"# {Path.GetRelativePath(environment.BaseDirectory, metric.Location.File)}:{metric.Location.Line}");
        foreach (var line in CatalogText(metric))
        {
            writer.WriteLine(line);
        }

        var entries = string.Concat(metric.Stats.Select(s => $"  - {{ metric: {metric.Id}, stat: {s.Name}, name: {s.Name} }}\n"));
        // A metric in working hours or against an SLA policy compiles under the catalog's first calendar by name and an example policy;
        // a report's own are what it runs with.
        var terms = "";
        var text = string.Join("\n", CatalogText(metric));
        if (text.Contains("business_hours(", StringComparison.Ordinal) || text.Contains("sla_", StringComparison.Ordinal))
        {
            terms = (catalog.Calendars.Keys.Order(StringComparer.Ordinal).FirstOrDefault() is { } calendar ? $"calendar: {calendar}\n" : "") + ExampleSla;
            writer.WriteLine();
            writer.WriteLine($"# the SQL below under {terms.Replace("\n", "; ", StringComparison.Ordinal).TrimEnd(' ', ';')} (a report's own when it runs)");
        }

        var report = ReportDefinitionLoader.Parse($"metrics {metric.Id}",
            $"id: {metric.Id}\ntitle: {metric.Id}\nperiod: last_month\n{terms}metrics:\n{entries}", catalog);
        var plan = ReportCompiler.Plan(report, catalog, new RunOptions("catalog.db"), NodaTime.Instant.FromDateTimeOffset(environment.Clock.GetUtcNow()));
        writer.WriteLine();
        ExplainCommand.WriteQueries(writer, plan);
    }

    private const string ExampleSla = "sla: { first_reply: { urgent: 1h, normal: 8h }, resolution: { urgent: 8h, normal: 40h } }\n";

    /// <summary>The metric's lines of the catalog file: its key and everything indented under it.</summary>
    private static IEnumerable<string> CatalogText(MetricDefinition metric)
    {
        var lines = File.ReadAllLines(metric.Location.File);
        var keyLine = Array.FindLastIndex(lines, metric.Location.Line - 1, l => l.TrimStart().StartsWith(metric.Id + ":", StringComparison.Ordinal));
        if (keyLine < 0)
        {
            yield break;
        }

        var indent = lines[keyLine].Length - lines[keyLine].TrimStart().Length;
        yield return lines[keyLine][indent..];
        for (var i = keyLine + 1; i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].Length - lines[i].TrimStart().Length > indent); i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                yield return lines[i][indent..];
            }
        }
    }
}
