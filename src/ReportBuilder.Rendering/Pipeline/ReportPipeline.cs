using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Tables;
using ReportBuilder.Reports;
using ReportBuilder.Reports.Building;

namespace ReportBuilder.Rendering.Pipeline;

/// <summary>What to make: a definition file with the run's overrides (<c>--db</c>, <c>--period</c>, <c>--out</c>, …).</summary>
/// <param name="AsOf">Relative periods are resolved as of this text: a date or date and time in the report's time zone, or an
/// instant with an offset (<c>--as-of</c>); null: <see cref="At"/>, else the clock's now.</param>
/// <param name="At">The instant to resolve relative periods as of when <see cref="AsOf"/> is null (a delivery's occurrence).</param>
public sealed record ReportRequest(string DefinitionPath, RunOptions Options, string? AsOf = null, DateTimeOffset? At = null)
{
    /// <summary>The language to write the report in instead of the definition's (the preview's switch); null: the definition's.</summary>
    public string? Locale { get; init; }
}

/// <summary>The pipeline end to end, from definition file to files: load, plan, check the output folder (before any SQL),
/// read, build the model, render, stage and commit the files. The one way a report is made: <c>run</c>, <c>explain</c>,
/// <c>run-due</c>, <c>daemon</c> and the tests call it alike, each with its <see cref="ReportEnvironment"/>.</summary>
public sealed class ReportPipeline(ReportEnvironment environment)
{
    // A definition is loaded once per pipeline: a delivery plans it for every occurrence and group.
    private readonly Dictionary<string, ReportDefinition?> _definitions = new(StringComparer.Ordinal);

    /// <summary>What a run computed and rendered.</summary>
    /// <param name="Model">The whole report, as the JSON has it.</param>
    /// <param name="Shown">The report as pages, PDF and email show it: long breakdowns cut (<see cref="BreakdownLimit"/>).</param>
    /// <param name="Outputs">Every file written, with its bytes: a caller (delivery) never reads them back.</param>
    public sealed record Result(ReportModel Model, ReportModel Shown, IReadOnlyList<RenderedFile> Outputs)
    {
        /// <summary>The paths written, in the order of <see cref="Outputs"/>.</summary>
        public IReadOnlyList<string> Files => [.. Outputs.Select(o => o.Path)];

        /// <summary>The renderer the run drew its charts with: the mail body reuses them.</summary>
        internal HtmlReportRenderer? Html { get; init; }
    }

    /// <summary>The environment the pipeline runs in.</summary>
    public ReportEnvironment Environment => environment;

    /// <summary>Loads a definition file against the environment's catalog and folders, once per path; null, with every
    /// problem in <paramref name="diagnostics"/>, when nothing usable was read.</summary>
    public ReportDefinition? Load(string path, DiagnosticBag diagnostics)
    {
        if (_definitions.TryGetValue(path, out var known))
        {
            return known;
        }

        var definition = ReportDefinitionLoader.Load(path, environment.Catalog, diagnostics, environment.DefinitionFolders);
        if (definition is not null)
        {
            _definitions[path] = definition;
        }

        return definition;
    }

    /// <summary>Plans a loaded definition with the run's overrides as of <paramref name="asOf"/>, adding every problem to
    /// <paramref name="diagnostics"/>.</summary>
    public ReportPlan? Plan(ReportDefinition definition, RunOptions options, Instant asOf, DiagnosticBag diagnostics) =>
        ReportCompiler.Plan(definition, environment.Catalog, options, asOf, diagnostics);

    /// <summary>Loads and plans a request; throws <see cref="DefinitionException"/> listing every problem.</summary>
    public ReportPlan Plan(ReportRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var definition = Load(request.DefinitionPath, diagnostics);
        if (definition is not null && request.Locale is not null)
        {
            definition = definition with { Locale = request.Locale };
        }

        var plan = definition is null ? null : Plan(definition, request.Options, AsOf(request, definition), diagnostics);
        diagnostics.ThrowIfErrors();
        return plan!;
    }

    /// <summary>Loads, plans and runs a request (<see cref="RunAsync(ReportPlan, CancellationToken, IProgress{string}?, ReportModel?)"/>).</summary>
    public Task<Result> RunAsync(ReportRequest request, CancellationToken ct, IProgress<string>? progress = null) =>
        RunAsync(Plan(request), ct, progress);

    /// <summary>Checks the output folder and the templates, reads the plan's metrics, builds the model, renders every format
    /// of the plan and writes them as one set.</summary>
    /// <param name="progress">Hears each stage as it starts ("statement 2 of 5: tickets by channel (…)", "writing pdf").</param>
    /// <param name="model">A model read before (a delivery's scorecard member, <see cref="ReportModel.ForMember"/>): rendered as it is,
    /// without reading the data again.</param>
    /// <exception cref="FormatsFailedException">Some formats failed; the others were written (<see cref="FormatsFailedException.Result"/>).</exception>
    public async Task<Result> RunAsync(ReportPlan plan, CancellationToken ct, IProgress<string>? progress = null, ReportModel? model = null)
    {
        var basePath = Path.Combine(plan.OutputDirectory, plan.Definition.Id);
        var renderers = Renderers.Where(r => plan.Formats.Contains(r.Format)).ToList();
        // Nothing is read while a file could not be written, or the page template does not parse.
        environment.Files.Check(plan.OutputDirectory, renderers.Select(r => $"{basePath}.{r.Extension}"));
        var html = HtmlRenderer(plan);
        if (plan.Formats.Any(f => f is OutputFormat.Html or OutputFormat.Pdf or OutputFormat.Email))
        {
            html.Check();
        }

        if (plan.Formats.Any(f => f is OutputFormat.Pdf or OutputFormat.Email))
        {
            environment.BrowserSession?.Prewarm(environment.Browser);   // Chromium starts while the SQL runs
        }

        model ??= await ModelAsync(plan, ct, progress);
        var shown = BreakdownLimit.Apply(model, plan.Definition.Output.MaxBreakdownRows);
        var run = new Run(html, model, shown, new PdfReportRenderer(html, environment.Browser, environment.BrowserSession)
        {
            Paper = plan.Definition.Output.Paper,
        }, ct);

        // Rendered first, then written as one set: a run killed half-way never leaves this run's HTML beside the last one's PDF.
        // One failing format never stops the others: each is written or reported.
        var rendered = new List<RenderedFile>();
        var failures = new List<FormatFailedException>();
        var removed = new List<string>();   // a failed format's files of an earlier run go with this set's commit
        foreach (var (format, extension, render) in renderers)
        {
            progress?.Report($"writing {format.ToWire()}");
            try
            {
                rendered.AddRange((await render(run)).Select(f => new RenderedFile(
                    f.Name is null ? $"{basePath}.{extension}" : $"{basePath}-{f.Name}.{extension}", format, f.Bytes)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                failures.Add(new FormatFailedException(format.ToWire(), ex));
                // One CSV per metric (REPORT-METRIC.csv), one file of every other format.
                removed.AddRange(format == OutputFormat.Csv
                    ? model.Metrics.Select(m => $"{basePath}-{m.Name}.{extension}")
                    : [$"{basePath}.{extension}"]);
            }
        }

        await environment.Files.WriteSetAsync([.. rendered.Select(f => (f.Path, f.Bytes))], removed, ct);
        var result = new Result(model, shown, rendered) { Html = html };
        return failures.Count == 0 ? result : throw new FormatsFailedException(result, failures);
    }

    /// <summary>Reads the plan's metrics and builds the model, rendering nothing.</summary>
    public async Task<ReportModel> ModelAsync(ReportPlan plan, CancellationToken ct, IProgress<string>? progress = null)
    {
        var (results, dataThrough, quality) = await ReportData.ReadAsync(plan, ct,
            progress is null ? null : new StatementProgress(progress, plan.Queries.Count), progress, environment.PostgresPassword);

        var words = Translations.Load(environment.ConfigDirectory, plan.Definition.Locale).Words;
        return ReportModelBuilder.Build(plan, results, environment.Clock.GetUtcNow(), words, dataThrough, quality);
    }

    /// <summary>The HTML renderer of a plan: the built-in templates, with the report's own page template when it names one.</summary>
    public HtmlReportRenderer HtmlRenderer(ReportPlan plan) => new(environment.TemplateDirectory, environment.ConfigDirectory)
    {
        PageTemplate = plan.Definition.Template?.Value ?? HtmlReportRenderer.ReportTemplate,
        TimeLimit = environment.Limits.Time,
        OutputLimit = environment.Limits.Output,
        LoopLimit = environment.Limits.Loop,
    };

    /// <summary>The mail body of a run, for a sender that builds its own message (scheduled delivery): the email template
    /// (<c>templates/email.html.sbn</c>) in the report's language, with the run's charts as inline PNGs.</summary>
    public Task<EmailBody> MailBodyAsync(ReportPlan plan, Result result, CancellationToken ct)
    {
        var html = result.Html ?? HtmlRenderer(plan);
        return new EmailReportBuilder(html).RenderBodyAsync(result.Shown, html.DrawCharts(result.Shown, ct), ct);
    }

    /// <summary>The instant relative periods are resolved as of: the request's text in the report's time zone, its instant,
    /// or now.</summary>
    private Instant AsOf(ReportRequest request, ReportDefinition definition)
    {
        if (request.AsOf is not { } text)
        {
            return Instant.FromDateTimeOffset(request.At ?? environment.Clock.GetUtcNow());
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) &&
            (text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9))
        {
            return Instant.FromDateTimeOffset(instant);
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(definition.Timezone.Value) ?? DateTimeZone.Utc;
        var local = LocalDateTimePattern.GeneralIso.Parse(text);
        if (local.Success)
        {
            return local.Value.InZoneLeniently(zone).ToInstant();
        }

        var date = LocalDatePattern.Iso.Parse(text);
        return date.Success
            ? date.Value.AtStartOfDayInZone(zone).ToInstant()
            : throw new DefinitionException(SourceLocation.Option("--as-of"), $"'{text}' is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or an instant with Z");
    }

    /// <summary>One format's files: one unnamed (REPORT.EXT), or one per name (REPORT-NAME.EXT: a CSV per metric).</summary>
    private delegate Task<IReadOnlyList<(string? Name, byte[] Bytes)>> Render(Run run);

    /// <summary>What the formats of one run share: the email carries the PDF, printed once when both are asked for.</summary>
    private sealed class Run(HtmlReportRenderer html, ReportModel model, ReportModel shown, PdfReportRenderer pdf, CancellationToken ct)
    {
        private Task<byte[]>? _pdf;

        public HtmlReportRenderer Html => html;

        public ReportModel Model => model;

        public ReportModel Shown => shown;

        public CancellationToken Ct => ct;

        public Task<byte[]> Pdf() => _pdf ??= pdf.RenderAsync(shown, ct);
    }

    private static readonly IReadOnlyList<(OutputFormat Format, string Extension, Render Render)> Renderers =
    [
        (OutputFormat.Html, "html", async r => One(System.Text.Encoding.UTF8.GetBytes(await r.Html.RenderAsync(r.Shown, print: false, r.Ct)))),
        (OutputFormat.Pdf, "pdf", async r => One(await r.Pdf())),
        (OutputFormat.Json, "json", r => Task.FromResult(One(JsonReportWriter.Render(r.Model)))),
        (OutputFormat.Email, "eml", async r => One(await EmlAsync(await new EmailReportBuilder(r.Html).BuildAsync(r.Shown, await r.Pdf(), r.Ct), r.Ct))),
        (OutputFormat.Xlsx, "xlsx", r => Task.FromResult(One(XlsxTableWriter.Render(r.Model)))),
        (OutputFormat.Csv, "csv", r => Task.FromResult<IReadOnlyList<(string?, byte[])>>([.. CsvTableWriter.Render(r.Model).Select(c => ((string?)c.Name, c.Content))])),
    ];

    private static IReadOnlyList<(string? Name, byte[] Bytes)> One(byte[] bytes) => [(null, bytes)];

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

/// <summary>One file of a run: where it was written, its format and its bytes.</summary>
public sealed record RenderedFile(string Path, OutputFormat Format, byte[] Bytes);

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
