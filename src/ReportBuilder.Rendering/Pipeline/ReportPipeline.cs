using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Reports;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Tables;

namespace ReportBuilder.Rendering.Pipeline;

/// <summary>The pipeline end to end: plan → SQL → report model → files. The one way a report is made: the CLI's <c>run</c>,
/// scheduled delivery and the tests call it alike.</summary>
/// <param name="clock">The time the report says it was generated at.</param>
public sealed class ReportPipeline(TimeProvider clock)
{
    /// <summary>What a run computed and wrote.</summary>
    /// <param name="Model">The whole report, as the JSON has it.</param>
    /// <param name="Shown">The report as pages, PDF and email show it: long breakdowns cut (<see cref="BreakdownLimit"/>).</param>
    public sealed record Result(ReportModel Model, IReadOnlyList<string> Files, ReportModel Shown);

    /// <summary>Reads the plan's metrics, builds the model and writes every format of the plan.</summary>
    /// <param name="progress">Hears each stage as it starts ("statement 2 of 5: tickets by channel (…)", "writing pdf").</param>
    /// <exception cref="FormatsFailedException">Some formats failed; the others were written (<see cref="FormatsFailedException.Result"/>).</exception>
    public async Task<Result> RunAsync(ReportPlan plan, CancellationToken ct, IProgress<string>? progress = null)
    {
        var html = HtmlRenderer(plan);
        if (plan.Formats.Any(f => f is OutputFormat.Html or OutputFormat.Pdf or OutputFormat.Email))
        {
            html.Check();   // a template that does not parse fails before any SQL runs
        }

        if (plan.Formats.Any(f => f is OutputFormat.Pdf or OutputFormat.Email))
        {
            BrowserSession.Current?.Prewarm(ChromiumOptions.FromEnvironment());   // Chromium starts while the SQL runs
        }

        var (results, dataThrough, quality) = await ReportData.ReadAsync(plan, ct,
            progress is null ? null : new StatementProgress(progress, plan.Queries.Count), progress);

        var words = Translations.Load(plan.Definition.Locale).Words;
        var model = ReportModelBuilder.Build(plan, results, clock.GetUtcNow(), words, dataThrough, quality);
        var shown = BreakdownLimit.Apply(model, plan.Definition.Output.MaxBreakdownRows);
        // The email carries the PDF: printed once when both are asked for.
        var pdf = new Lazy<Task<byte[]>>(() => new PdfReportRenderer(html, ChromiumOptions.FromEnvironment()) { Paper = plan.Definition.Output.Paper }.RenderAsync(shown, ct));
        var renderers = new (OutputFormat Format, string Extension, Func<Task<byte[]>> Render)[]
        {
            (OutputFormat.Html, "html", async () => System.Text.Encoding.UTF8.GetBytes(await html.RenderAsync(shown, print: false, ct))),
            (OutputFormat.Pdf, "pdf", () => pdf.Value),
            (OutputFormat.Json, "json", () => Task.FromResult(JsonReportWriter.Render(model))),
            (OutputFormat.Email, "eml", async () => await EmlAsync(await new EmailReportBuilder(html).BuildAsync(shown, await pdf.Value, ct), ct)),
            (OutputFormat.Xlsx, "xlsx", () => Task.FromResult(XlsxTableWriter.Render(model))),
        };

        if (File.Exists(plan.OutputDirectory))
        {
            throw new DefinitionException(SourceLocation.Option("output.dir"),
                $"{plan.OutputDirectory} is not a folder: name a folder for the report's files (output.dir, or --out)");
        }

        // Rendered first, then written as one set: a run killed half-way never leaves this run's HTML beside the last one's PDF.
        // One failing format never stops the others: each is written or reported.
        var rendered = new List<(string Path, byte[] Bytes)>();
        var failures = new List<FormatFailedException>();
        var removed = new List<string>();   // a failed format's file of an earlier run goes with this set's commit
        var basePath = Path.Combine(plan.OutputDirectory, plan.Definition.Id);
        foreach (var (format, extension, render) in renderers.Where(r => plan.Formats.Contains(r.Format)))
        {
            progress?.Report($"writing {format.ToWire()}");
            try
            {
                rendered.Add(($"{basePath}.{extension}", await render()));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                failures.Add(new FormatFailedException(format.ToWire(), ex));
                removed.Add($"{basePath}.{extension}");
            }
        }

        // One CSV per metric: REPORT-METRIC.csv.
        if (plan.Formats.Contains(OutputFormat.Csv))
        {
            progress?.Report("writing csv");
            try
            {
                rendered.AddRange(CsvTableWriter.Render(model).Select(c => ($"{basePath}-{c.Name}.csv", c.Content)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                failures.Add(new FormatFailedException("csv", ex));
                removed.AddRange(model.Metrics.Select(m => $"{basePath}-{m.Name}.csv"));
            }
        }

        await AtomicFile.WriteSetAsync(rendered, removed, ct);
        var result = new Result(model, [.. rendered.Select(f => f.Path)], shown);
        return failures.Count == 0 ? result : throw new FormatsFailedException(result, failures);
    }

    /// <summary>The HTML renderer of a plan: the built-in templates, with the report's own page template when it names one.</summary>
    public static HtmlReportRenderer HtmlRenderer(ReportPlan plan) => new(HtmlReportRenderer.DefaultTemplateDirectory)
    {
        PageTemplate = plan.Definition.Template?.Value ?? HtmlReportRenderer.ReportTemplate,
    };

    /// <summary>The mail body of a run, for a sender that builds its own message (scheduled delivery): the email template
    /// (<c>templates/email.html.sbn</c>) in the report's language, with its charts as inline PNGs.</summary>
    public static Task<EmailBody> MailBodyAsync(ReportPlan plan, Result result, CancellationToken ct) =>
        new EmailReportBuilder(HtmlRenderer(plan)).RenderBodyAsync(result.Shown, HtmlReportRenderer.DrawCharts(result.Shown), ct);

    private static async Task<byte[]> EmlAsync(MimeKit.MimeMessage message, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream, ct);
        return stream.ToArray();
    }

    /// <summary>Reports each statement as it starts: "statement 2 of 5: tickets by channel (replies_per_ticket, …)".</summary>
    private sealed class StatementProgress(IProgress<string> stages, int total) : IProgress<MetricQuery>
    {
        private int _started;

        public void Report(MetricQuery value) => stages.Report(
            $"statement {++_started} of {total}: {value.Table}{(value.Dimension is null ? "" : $" by {value.Dimension}")} ({string.Join(", ", value.Columns.Distinct())})");
    }
}

/// <summary>One format of a run could not be written; <see cref="Exception.InnerException"/> says why.</summary>
public sealed class FormatFailedException(string format, Exception inner) : Exception($"{format}: {inner.Message}", inner)
{
    public string Format { get; } = format;
}

/// <summary>Some formats of a run failed; the others were written (<see cref="Result"/>).</summary>
public sealed class FormatsFailedException(ReportPipeline.Result result, IReadOnlyList<FormatFailedException> failures)
    : Exception($"{failures.Count} of the report's formats could not be written: {string.Join(", ", failures.Select(f => f.Format))}")
{
    public ReportPipeline.Result Result { get; } = result;

    public IReadOnlyList<FormatFailedException> Failures { get; } = failures;
}
