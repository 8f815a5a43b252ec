using System.CommandLine;
using ReportBuilder.Metrics;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder metrics</c>: lists the built-in catalog.</summary>
internal static class MetricsCommand
{
    public static Command Create(IAnsiConsole output)
    {
        var command = new Command("metrics", "List the metric catalog: id, definition, unit, direction, stats and dimensions");
        command.SetAction(_ =>
        {
            var catalog = Catalog.LoadDefault();
            var table = new Table().AddColumns("id", "definition", "unit", "better", "stats", "dimensions");
            foreach (var metric in catalog.Metrics.Values)
            {
                table.AddRow(Markup.Escape(metric.Id), Markup.Escape(metric.Description), metric.Unit, metric.Direction,
                    Markup.Escape(string.Join(", ", metric.Stats.Select(s => s.Name))), Markup.Escape(string.Join(", ", metric.Dimensions)));
            }

            output.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
