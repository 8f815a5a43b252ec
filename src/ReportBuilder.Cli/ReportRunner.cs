using ReportBuilder.Data;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using ReportBuilder.Metrics;
using ReportBuilder.Planning;
using ReportBuilder.Reports;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Rendering.Localization;
using ReportBuilder.Rendering.Pdf;

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
            try
            {
                MetricEngine.CheckSchema(plan, SqliteSource.Schema(connection));
                results = await MetricEngine.RunAsync(plan, connection, ct);
                dataThrough = await MetricEngine.DataThroughAsync(plan, connection, ct);
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                throw SqliteFailures.Describe(ex, plan.DatabasePath);
            }
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
        };

        if (File.Exists(plan.OutputDirectory))
        {
            throw new DefinitionException(SourceLocation.Option("output.dir"),
                $"{plan.OutputDirectory} is not a folder: name a folder for the report's files (output.dir, or --out)");
        }

        // Rendered first, then written as one set: a run killed half-way never leaves this run's HTML beside the last one's PDF.
        var files = new List<(string Path, byte[] Bytes)>();
        var basePath = Path.Combine(plan.OutputDirectory, plan.Definition.Id);
        foreach (var (format, extension, render) in renderers.Where(r => plan.Formats.Contains(r.Format)))
        {
            files.Add(($"{basePath}.{extension}", await render()));
        }

        await AtomicFile.WriteSetAsync(files, ct);
        return new Result(model, [.. files.Select(f => f.Path)]);
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
