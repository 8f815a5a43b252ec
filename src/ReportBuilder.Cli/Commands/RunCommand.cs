using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.IO;
using ReportBuilder.Rendering.Pipeline;
using ReportBuilder.Reports;
using Spectre.Console;
using Status = ReportBuilder.Rules.Status;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder run REPORT.yaml</c>: computes the report and writes HTML, PDF and JSON.</summary>
internal static class RunCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment, ProgressDisplay progress, TextWriter? errors = null)
    {
        var common = new CommonOptions();
        var outDir = new Option<string?>("--out") { Description = "The folder to write into (overrides output.dir)" };
        var formats = new Option<string?>("--format") { Description = "Comma-separated formats: html, pdf, json, csv, xlsx, email (overrides output.formats)" };
        var strict = new Option<bool>("--strict")
        {
            Description = "Rows the data-quality check finds (bad timestamps, negative durations or counts) fail the run with exit 3, after its files are written",
        };
        var command = new Command("run", "Compute a report and write its files");
        common.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(formats);
        command.Options.Add(strict);
        command.SetAction(async (parsed, ct) =>
        {
            var formatList = parsed.GetValue(formats)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var pipeline = environment.Pipeline(parsed);
            var plan = pipeline.Plan(common.Request(parsed, parsed.GetValue(outDir), formatList));
            FormatsFailedException? failed = null;
            ReportPipeline.Result result;
            try
            {
                result = await progress.RunAsync(parsed.GetValue(GlobalOptions.Quiet), "opening the database", sink => pipeline.RunAsync(plan, ct, sink.Stages()));
            }
            catch (FormatsFailedException ex)
            {
                (failed, result) = (ex, ex.Result);
            }

            PrintSummary(output, result.Model, pipeline.Environment.ConfigDirectory);
            foreach (var file in result.Files)
            {
                output.MarkupLineInterpolated($"wrote [bold]{file}[/]");
            }

            // Data-quality findings: one warning line per table and column, after the files (whose footers and JSON name them too).
            foreach (var finding in result.Model.Footer.DataQuality)
            {
                (errors ?? Console.Error).WriteLine(finding.Warning);
            }

            // A metric the data cannot give (the source has no messages) says so, with the metrics it concerns.
            foreach (var reason in result.Model.Metrics.Where(m => m.NoDataReason is not null).GroupBy(m => m.NoDataReason!))
            {
                (errors ?? Console.Error).WriteLine($"warning: {string.Join(", ", reason.Select(m => m.Name))}: {reason.Key}");
            }

            // The formats that failed are reported after the files that were written; the exit code is the worst of theirs.
            if (failed is not null)
            {
                throw failed;
            }

            if (result.Model.Footer.DataQuality.Count > 0 && (plan.Definition.Strict || parsed.GetValue(strict)))
            {
                (errors ?? Console.Error).WriteLine("error: data: the data-quality check found rows above and the run is strict" +
                    $" ({(plan.Definition.Strict ? "strict: true in the report" : "--strict")}): fix the data, or run without strict to accept the report");
                return ExitCodes.DataSource;
            }

            if (result.Model.Verdict.NoDataAtAll)
            {
                // The files are written (they say so too), but a report of nothing must not pass for a report.
                (errors ?? Console.Error).WriteLine(
                    $"warning: no data: no metric has rows in {result.Model.Period.Label}; check the period, the filters and the params in force ({string.Join(", ", result.Model.Footer.Parameters.DefaultIfEmpty("none"))})");
                return ExitCodes.NoData;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The run's table on the terminal, in the report's language: each metric's value, target, status, the comparison
    /// period's value and the change.</summary>
    private static void PrintSummary(IAnsiConsole output, ReportModel model, string configDirectory)
    {
        var words = Translations.Load(configDirectory, model.Report.Locale).Labels;
        string Word(string key, string fallback) => words.GetValueOrDefault(key, fallback);
        output.MarkupLineInterpolated($"[bold]{model.Report.Title}[/] — {model.Period.Label}");
        output.MarkupLineInterpolated($"{model.Verdict.Headline}");
        var table = new Table().AddColumns(
            Markup.Escape(Word("summary_metric", "Metric")), Markup.Escape(Word("value", "Value")), Markup.Escape(Word("target", "Target")),
            Markup.Escape(Word("status", "Status")), Markup.Escape(Word("summary_previous", "Previous")), Markup.Escape(Word("summary_change", "Change")));
        foreach (var metric in model.Metrics)
        {
            table.AddRow(
                Markup.Escape(metric.Label + (metric.Stat is "value" ? "" : $" ({Word("stat_" + metric.Stat, metric.Stat)})")),
                Markup.Escape(metric.DisplayValue),
                Markup.Escape(metric.Target ?? "—"),
                StatusMarkup(metric.Status, Word("status_" + metric.Status.ToWire(), metric.Status.ToWire())),
                Markup.Escape(metric.Previous?.DisplayValue ?? "—"),
                Markup.Escape(metric.Previous?.DisplayChange ?? "—"));
        }

        output.Write(table);
    }

    // The status in its colour; a metric without a target shows a dash, as its target does.
    private static string StatusMarkup(Status status, string word) => status switch
    {
        Status.Pass => $"[green]{Markup.Escape(word)}[/]",
        Status.Warn => $"[yellow]{Markup.Escape(word)}[/]",
        Status.Fail => $"[red]{Markup.Escape(word)}[/]",
        Status.None => "—",
        _ => Markup.Escape(word),
    };
}
