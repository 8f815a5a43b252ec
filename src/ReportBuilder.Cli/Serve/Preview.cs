using System.Globalization;
using System.Text;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Pipeline;
using ReportBuilder.Reports;
using ReportBuilder.Reports.Building;

namespace ReportBuilder.Cli.Serve;

/// <summary>What the preview shows for one period and locale: the report as last rendered, or the error that stops it with
/// the last good report kept below it.</summary>
/// <param name="Generation">Which change of the watched files this view is of.</param>
/// <param name="Error">The definition's or data's problems as <c>validate</c> prints them; null when the report rendered.</param>
/// <param name="Good">The newest report that rendered for this period and locale (this generation's, or an earlier one's).</param>
internal sealed record PreviewView(int Generation, string? Error, RenderedPreview? Good);

/// <summary>One rendered report: its plan and model, its HTML, and its statements with the time each took.</summary>
internal sealed record RenderedPreview(ReportPlan Plan, ReportModel Model, ReportModel Shown, string Html, IReadOnlyList<TimedStatement> Statements,
    bool Reused)
{
    /// <summary>The renderer the page was drawn with: the mail and the PDF reuse its charts and templates.</summary>
    public required Rendering.Html.HtmlReportRenderer Renderer { get; init; }

    /// <summary>The report's JSON, as <c>run --format json</c> writes it.</summary>
    public byte[] Json => JsonReportWriter.Render(Model);
}

/// <summary>A statement of the report as <c>explain</c> prints it, with the time its last run took.</summary>
internal sealed record TimedStatement(MetricQuery Query, TimeSpan Elapsed);

/// <summary>The state behind <c>reportbuilder serve</c>: plans and renders the report on request, one period and locale at a
/// time, and reuses the SQL results while the statements and the data are the same (a template or target edit runs no SQL).</summary>
/// <param name="plan">Loads and plans the report for a period (null: the report's own) and a locale (null: the report's own).</param>
/// <param name="environment">The command's report environment: folders, words, the clock, the PostgreSQL password.</param>
internal sealed class Preview(Func<string?, string?, ReportPlan> plan, ReportEnvironment environment)
{
    private readonly TimeProvider clock = environment.Clock;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string?, string?), PreviewView> _views = [];
    private readonly Dictionary<string, CachedRead> _reads = new(StringComparer.Ordinal);
    private const int KeptReads = 8;
    private int _generation;
    private int _statementsRun;

    /// <summary>The locales the report can be shown in (the bar's choice).</summary>
    public IReadOnlyList<string> Locales { get; init; } = [];

    /// <summary>Raised after a watched file changed: the open pages fetch their view again.</summary>
    public event Action<int>? Changed;

    /// <summary>The number of the latest change seen.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>How many SQL statements the preview has run so far (reused results are not counted).</summary>
    public int StatementsRun => Volatile.Read(ref _statementsRun);

    /// <summary>A watched file changed: every view is rendered anew when next asked for.</summary>
    public void Invalidate()
    {
        var generation = Interlocked.Increment(ref _generation);
        Changed?.Invoke(generation);
    }

    /// <summary>The view of <paramref name="period"/> in <paramref name="locale"/> for the current generation, rendered when first asked for.</summary>
    public async Task<PreviewView> ViewAsync(string? period, string? locale, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var generation = Generation;
            var key = (period, locale);
            var last = _views.GetValueOrDefault(key);
            if (last is not null && last.Generation == generation)
            {
                return last;
            }

            PreviewView view;
            try
            {
                view = new PreviewView(generation, null, await RenderAsync(period, locale, ct));
            }
            catch (Exception ex) when (ex is DefinitionException or DataSourceException or FormatFailedException or BrowserException or AggregateException)
            {
                view = new PreviewView(generation, Describe(ex), last?.Good);
            }

            _views[key] = view;
            return view;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<RenderedPreview> RenderAsync(string? period, string? locale, CancellationToken ct)
    {
        var report = plan(period, locale);
        var html = new ReportPipeline(environment).HtmlRenderer(report);
        html.Check();
        var key = ReadKey(report);
        var reused = _reads.TryGetValue(key, out var read);
        if (read is null)
        {
            read = await ReadAsync(report, ct);
            if (_reads.Count >= KeptReads)
            {
                _reads.Remove(_reads.Keys.First());
            }

            _reads[key] = read;
        }

        var words = Translations.Load(environment.ConfigDirectory, report.Definition.Locale).Words;
        var model = ReportModelBuilder.Build(report, read.Results, clock.GetUtcNow(), words, read.DataThrough, read.Quality);
        var shown = BreakdownLimit.Apply(model, report.Definition.Output.MaxBreakdownRows);
        var page = await html.RenderAsync(shown, print: false, ct);
        var statements = report.Queries.Select((q, i) => new TimedStatement(q, i < read.Elapsed.Count ? read.Elapsed[i] : TimeSpan.Zero)).ToList();
        return new RenderedPreview(report, model, shown, page, statements, reused) { Renderer = html };
    }

    private async Task<CachedRead> ReadAsync(ReportPlan report, CancellationToken ct)
    {
        var timer = new StatementTimer(clock);
        var (results, dataThrough, quality) = await ReportData.ReadAsync(report, ct, timer, postgresPassword: environment.PostgresPassword);
        timer.Finish();
        Interlocked.Add(ref _statementsRun, report.Queries.Count);
        return new CachedRead(results, dataThrough, quality, timer.Elapsed);
    }

    /// <summary>What a read depends on: every statement with its parameters, the source, and for a SQLite file its size and
    /// time of change (and its write-ahead log's), so new data is read again.</summary>
    private static string ReadKey(ReportPlan report)
    {
        var key = new StringBuilder(report.DatabasePath).Append('\n');
        if (!PostgresLocation.IsUri(report.DatabasePath))
        {
            foreach (var file in new[] { report.DatabasePath, report.DatabasePath + "-wal" }.Select(f => new FileInfo(f)).Where(f => f.Exists))
            {
                key.Append(CultureInfo.InvariantCulture, $"{file.Length}@{file.LastWriteTimeUtc.Ticks}\n");
            }
        }

        foreach (var query in report.Queries.Concat(report.Freshness).Concat(report.Quality))
        {
            key.Append(query.Sql).Append('\n');
            foreach (var (name, value) in query.Parameters)
            {
                key.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return key.ToString();
    }

    /// <summary>The problem as the command line prints it: <c>file:line:col: error: …</c>, the source line and a caret.</summary>
    public static string Describe(Exception exception)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        switch (exception)
        {
            case DefinitionException ex:
                SourceExcerpt.Write(text, ex);
                break;
            case DataSourceException ex:
                SourceExcerpt.Write(text, ex);
                break;
            case AggregateException ex:
                foreach (var inner in ex.InnerExceptions)
                {
                    text.Write(Describe(inner));
                }

                break;
            default:
                text.WriteLine($"error: {exception.Message}");
                break;
        }

        return text.ToString();
    }

    /// <summary>The mail as a phone shows it: the email template's HTML with its charts inline.</summary>
    public static async Task<string> MailAsync(RenderedPreview report, CancellationToken ct)
    {
        var body = await new EmailReportBuilder(report.Renderer).RenderBodyAsync(report.Shown, report.Renderer.DrawCharts(report.Shown, ct), ct);
        var html = body.Html;
        foreach (var image in body.Images)
        {
            html = html.Replace($"\"cid:{image.ContentId}\"", $"\"data:image/png;base64,{Convert.ToBase64String(image.Png)}\"", StringComparison.Ordinal);
        }

        return html;
    }

    /// <summary>The PDF, as <c>run --format pdf</c> prints it.</summary>
    public static Task<byte[]> PdfAsync(RenderedPreview report, ChromiumOptions chromium, CancellationToken ct) =>
        new PdfReportRenderer(report.Renderer, chromium) { Paper = report.Plan.Definition.Output.Paper }.RenderAsync(report.Shown, ct);

    private sealed record CachedRead(IReadOnlyDictionary<string, MetricSeries> Results, DateTimeOffset? DataThrough,
        IReadOnlyList<DataQualityFinding> Quality, IReadOnlyList<TimeSpan> Elapsed);

    /// <summary>Times each statement from its start to the next one's (the last to the end of the read), in the plan's order.</summary>
    private sealed class StatementTimer(TimeProvider clock) : IProgress<MetricQuery>
    {
        private readonly List<TimeSpan> _elapsed = [];
        private long? _started;

        public IReadOnlyList<TimeSpan> Elapsed => _elapsed;

        public void Report(MetricQuery value)
        {
            Finish();
            _started = clock.GetTimestamp();
        }

        public void Finish()
        {
            if (_started is { } started)
            {
                _elapsed.Add(clock.GetElapsedTime(started));
            }

            _started = null;
        }
    }
}
