using ReportBuilder.Data;
using ReportBuilder.IO;
using ReportBuilder.Metrics;
using ReportBuilder.Planning;
using ReportBuilder.Reports;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Rendering.Localization;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Tables;

namespace ReportBuilder.Cli;

/// <summary>The pipeline end to end: plan → SQL → report model → files.</summary>
internal static class ReportRunner
{
    public sealed record Result(ReportModel Model, IReadOnlyList<string> Files);

    public static async Task<Result> RunAsync(ReportPlan plan, TimeProvider clock, CancellationToken ct)
    {
        IReadOnlyDictionary<string, MetricSeries> results;
        DateTimeOffset? dataThrough;
        await using (var connection = SqliteSource.Open(plan.DatabasePath))
        {
            MetricEngine.CheckSchema(plan, SqliteSource.Schema(connection));
            results = await MetricEngine.RunAsync(plan, connection, ct);
            dataThrough = await MetricEngine.DataThroughAsync(plan, connection, ct);
        }

        var words = Translations.Load(HtmlReportRenderer.DefaultTemplateDirectory, plan.Definition.Locale).Words;
        var model = ReportModelBuilder.Build(plan, results, clock.GetUtcNow(), words, dataThrough);
        var html = HtmlRenderer(plan);
        // The email carries the PDF: printed once when both are asked for.
        var pdf = new Lazy<Task<byte[]>>(() => new PdfReportRenderer(html, ChromiumOptions.FromEnvironment()) { Paper = plan.Definition.Output.Paper }.RenderAsync(model, ct));
        var renderers = new (string Format, string Extension, Func<Task<byte[]>> Render)[]
        {
            ("html", "html", async () => System.Text.Encoding.UTF8.GetBytes(await html.RenderAsync(model, print: false, ct))),
            ("pdf", "pdf", () => pdf.Value),
            ("json", "json", () => Task.FromResult(JsonReportWriter.Render(model))),
            ("email", "eml", async () => await EmlAsync(await new EmailReportBuilder(html).BuildAsync(model, await pdf.Value, ct), ct)),
            ("xlsx", "xlsx", () => Task.FromResult(XlsxTableWriter.Render(model))),
        };

        var files = new List<string>();
        var basePath = Path.Combine(plan.OutputDirectory, plan.Definition.Id);
        foreach (var (format, extension, render) in renderers.Where(r => plan.Formats.Contains(r.Format)))
        {
            var path = $"{basePath}.{extension}";
            await AtomicFile.WriteAsync(path, await render(), ct);
            files.Add(path);
        }

        // One CSV per metric: REPORT-METRIC.csv.
        foreach (var (name, content) in plan.Formats.Contains("csv") ? CsvTableWriter.Render(model) : [])
        {
            var path = $"{basePath}-{name}.csv";
            await AtomicFile.WriteAsync(path, content, ct);
            files.Add(path);
        }

        return new Result(model, files);
    }

    /// <summary>The HTML renderer of a plan: the built-in templates, with the report's own page template when it names one.</summary>
    public static HtmlReportRenderer HtmlRenderer(ReportPlan plan) => new(HtmlReportRenderer.DefaultTemplateDirectory)
    {
        PageTemplate = plan.Definition.Template?.Value ?? HtmlReportRenderer.ReportTemplate,
    };

    private static async Task<byte[]> EmlAsync(MimeKit.MimeMessage message, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        await message.WriteToAsync(stream, ct);
        return stream.ToArray();
    }
}
