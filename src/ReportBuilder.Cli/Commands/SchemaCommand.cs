using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Definitions;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.IO;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder schema</c>: the JSON Schema of report definitions, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(IAnsiConsole output)
    {
        var file = new Option<string?>("--out") { Description = "Write the schema to this file instead of standard output" };
        var deliveries = new Option<bool>("--deliveries") { Description = "The schema of deliveries files (configs/deliveries.schema.json) instead" };
        var metrics = new Option<bool>("--metrics") { Description = "The schema of metric definition files (configs/metrics.schema.json: the catalog, include: files) instead" };
        var model = new Option<bool>("--model") { Description = "The schema of the data model (configs/model.schema.json) instead" };
        var calendars = new Option<bool>("--calendars") { Description = "The schema of business calendars files (configs/calendars.schema.json) instead" };
        var command = new Command("schema", "Print the JSON Schema of report definitions (configs/report.schema.json), for editors") { file, deliveries, metrics, model, calendars };
        command.SetAction(async (parsed, ct) =>
        {
            var schema = parsed.GetValue(deliveries) ? DeliverySchema.Write()
                : parsed.GetValue(metrics) ? DefinitionSchema.MetricsJson()
                : parsed.GetValue(model) ? ModelSchema.Write()
                : parsed.GetValue(calendars) ? Calendars.CalendarSchema.Write() : DefinitionSchema.Json();
            if (parsed.GetValue(file) is { } path)
            {
                await AtomicFile.WriteAsync(path, System.Text.Encoding.UTF8.GetBytes(schema), ct);
            }
            else
            {
                // Raw text, not console markup: the schema is meant for redirecting into a file.
                await output.Profile.Out.Writer.WriteAsync(schema.AsMemory(), ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
