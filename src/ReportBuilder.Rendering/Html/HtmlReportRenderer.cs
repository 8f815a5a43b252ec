using System.Reflection;
using ReportBuilder.Diagnostics;
using ReportBuilder.Rendering.Charts;
using ReportBuilder.Rendering.Localization;
using ReportBuilder.Reports;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;

namespace ReportBuilder.Rendering.Html;

/// <summary>
/// Renders the report model through a Scriban template of the templates folder. Templates see only the model
/// (<c>report</c>, <c>period</c>, <c>comparison</c>, <c>verdict</c>, <c>metrics</c>, <c>footer</c>), its <c>charts</c>
/// (<c>charts_for metric.name "trend"</c>), a missed target's <see cref="GapChart"/> (<c>gap_chart m</c>), the words of the report's language (<c>t.verdict</c>, from
/// <c>configs/i18n/</c>, for templates of any folder), a <c>print</c> flag and
/// <see cref="TemplateFunctions"/>; every value they write is HTML-escaped.
/// </summary>
/// <param name="templateDirectory">The folder of the templates and their partials (the installed <c>templates/</c>).</param>
/// <param name="configDirectory">The configuration folder whose <c>i18n/</c> holds the words of each language.</param>
public sealed class HtmlReportRenderer(string templateDirectory, string configDirectory)
{
    /// <summary>The main template: one self-contained HTML page, also printed to PDF.</summary>
    public const string ReportTemplate = "report.html.sbn";

    /// <summary>The folder templates and their partials are read from.</summary>
    public string TemplateDirectory { get; } = Path.GetFullPath(templateDirectory);

    /// <summary>The page's template: <see cref="ReportTemplate"/>, or the full path of a user's own (<c>template:</c>), whose
    /// includes still resolve in <see cref="TemplateDirectory"/>.</summary>
    public string PageTemplate { get; init; } = ReportTemplate;

    /// <summary>The longest a template may render before it is stopped and reported at the line it was running.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most characters a template may write, and the longest string it may build.</summary>
    public int OutputLimit { get; init; } = 50_000_000;

    /// <summary>The most iterations of one loop (a report's loops run over metrics and shown breakdown rows).</summary>
    public const int DefaultLoopLimit = 200_000;

    /// <summary>The loop limit in force (0: none, so that a test can reach the time limit alone).</summary>
    public int LoopLimit { get; init; } = DefaultLoopLimit;

    /// <summary>The deepest a template's functions and includes may call each other.</summary>
    public const int RecursiveLimit = 64;

    /// <summary>The page template's syntax errors, with file, line and column; none when it parses. Reads no data.</summary>
    /// <exception cref="DefinitionException">The template is missing or does not parse.</exception>
    public void Check() => Parse(PageTemplate);

    /// <summary>The report as an HTML page; <paramref name="print"/> selects the variant printed to PDF.</summary>
    public Task<string> RenderAsync(ReportModel model, bool print, CancellationToken ct) =>
        RenderAsync(PageTemplate, model, print, ct);

    /// <summary>Renders one template of the folder with the model.</summary>
    /// <exception cref="DefinitionException">The template is missing or wrong; the diagnostics name file, line and column.</exception>
    public Task<string> RenderAsync(string templateName, ReportModel model, bool print, CancellationToken ct) =>
        RenderAsync(templateName, model, print, null, ct);

    /// <summary>Renders one template of the folder with the model and these charts (null: <see cref="DrawCharts"/>).</summary>
    /// <exception cref="DefinitionException">The template is missing or wrong; the diagnostics name file, line and column.</exception>
    public Task<string> RenderAsync(string templateName, ReportModel model, bool print, IReadOnlyList<ReportChart>? charts, CancellationToken ct)
    {
        var template = Parse(templateName);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeLimit);
        var context = CreateContext(model, print, charts ?? DrawCharts(model, ct), deadline.Token);
        try
        {
            return Task.FromResult(template.Render(context));
        }
        catch (Scriban.Syntax.ScriptAbortException ex) when (!ct.IsCancellationRequested)
        {
            throw TemplateErrors.TooSlow(ex, TimeLimit);
        }
        catch (Scriban.Syntax.ScriptAbortException ex)
        {
            throw new OperationCanceledException(ex.Message, ex, ct);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw TemplateErrors.From(ex);
        }
    }

    private Template Parse(string templateName)
    {
        var path = Path.Combine(TemplateDirectory, templateName);
        if (!File.Exists(path))
        {
            throw new DefinitionException(SourceLocation.StartOf(path),
                Path.IsPathRooted(templateName) ? TemplateMessages.OwnNotFound : TemplateMessages.NotFound(TemplateDirectory));
        }

        var template = Template.Parse(TemplateFileLoader.ReadBounded(path, message => new DefinitionException(SourceLocation.StartOf(path), message)), path);
        return template.HasErrors ? throw TemplateErrors.From(template.Messages) : template;
    }

    // One set of charts per report model and renderer: the page, the PDF's header and footer, and the email all render the same model.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ReportModel, IReadOnlyList<ReportChart>> _drawn = new();

    /// <summary>The report's charts, their words in the report's language; drawn once per model. A cancelled drawing
    /// stops before its next chart and keeps nothing.</summary>
    public IReadOnlyList<ReportChart> DrawCharts(ReportModel model, CancellationToken ct) =>
        _drawn.GetValue(model, m => ChartBuilder.Build(m, Words(m).Charts, ct));

    /// <summary>The words of the model's language, from the configuration folder.</summary>
    private Translations Words(ReportModel model) => Translations.Load(configDirectory, model.Report.Locale);

    private HtmlEscapingContext CreateContext(ReportModel model, bool print, IReadOnlyList<ReportChart> charts, CancellationToken ct)
    {
        // Output is escaped anyway: what include and html.escape return is already HTML, not to be escaped twice.
        var builtins = new BuiltinFunctions();
        foreach (var include in new[] { "include", "include_join" })
        {
            builtins.SetValue(include, new TrustedIncludeFunction((IScriptCustomFunction)builtins[include]!), true);
        }

        ((ScriptObject)builtins["html"]!).SetValue("escape",
            DynamicCustomFunction.Create(new Func<string?, TrustedHtml>(text => new(HtmlEscapingContext.Escape(text ?? "")))), true);
        var globals = new ScriptObject();
        globals.Import(model, ModelMembers);
        var translations = Words(model);
        var words = new ScriptObject();
        foreach (var (key, value) in translations.Labels)
        {
            words.SetValue(key, value, true);
        }

        globals.SetValue("t", words, true);
        var views = charts.Select(c => new ChartView(c)).ToList();
        globals.SetValue("charts", views, true);
        globals.Import("charts_for", new Func<string, string, IEnumerable<ChartView>>((metric, kind) =>
            views.Where(c => c.Metric == metric && c.Kind == kind)));
        globals.Import("breakdown_chart", new Func<string, string, ChartView?>((metric, dimension) =>
            views.FirstOrDefault(c => c.Metric == metric && c.Dimension == dimension)));
        globals.Import(typeof(TemplateFunctions));
        var culture = ValueFormatter.CultureFor(model.Report.Locale);
        var reportWords = translations.Words;
        globals.Import("plural", new Func<string, long, string>((key, count) => reportWords.Plural(culture, key, count)));
        var formatter = new ValueFormatter(culture) { Units = translations.Charts.Units };
        globals.Import("gap_chart", new Func<MetricView, GapChart?>(metric => GapChart.Of(metric, formatter)));
        globals.SetValue("print", print, true);

        var context = new HtmlEscapingContext(builtins)
        {
            MemberFilter = ModelMembers,
            // Bounded, and a hit is an error at the template's line, never a silently cut report: long breakdowns are cut
            // before rendering (BreakdownLimit), with "and N more".
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            StrictVariables = true,
            TemplateLoader = new TemplateFileLoader(TemplateDirectory),
            CancellationToken = ct,
        };
        context.PushGlobal(globals);
        return context;
    }

    // Templates reach the report model's properties and nothing else of .NET.
    private static bool ModelMembers(MemberInfo member) =>
        member is PropertyInfo { DeclaringType: { } type }
        && (type.Namespace == typeof(ReportModel).Namespace
            || type == typeof(Sparkline) || type == typeof(GapChart) || type == typeof(GapBar) || type == typeof(ChartView) || type == typeof(Metrics.DataQualityFinding));
}
