using ReportBuilder.Definitions;
using ReportBuilder.Rendering.Pdf;

namespace ReportBuilder.Rendering.Pipeline;

/// <summary>Everything a report run reads from outside its definition, passed in once: the program's entry point builds it
/// from the installation folder, the environment variables and the system clock; a test builds its own. Nothing below the
/// entry point reads the clock, the environment or the executable's folder itself.</summary>
public sealed record ReportEnvironment
{
    private Catalog? _catalog;

    /// <summary>The time: "now" for relative periods, the report's generation time, the age of a killed run's leftovers.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>The configuration folder: the catalog (<c>model.yaml</c>, <c>metrics.yaml</c>) and the words (<c>i18n/</c>).</summary>
    public required string ConfigDirectory { get; init; }

    /// <summary>The built-in templates (<c>report.html.sbn</c>, the email's, the PDF's header and footer).</summary>
    public required string TemplateDirectory { get; init; }

    /// <summary>Folders a definition may read templates, models and includes from besides its own (<c>--allow-dir</c>).</summary>
    public IReadOnlyList<string> AllowedDirectories { get; init; } = [];

    /// <summary>The metric catalog: read from <see cref="ConfigDirectory"/> when first asked for, unless given.</summary>
    public Catalog Catalog
    {
        get => _catalog ??= Catalog.Load(ConfigDirectory);
        init => _catalog = value;
    }

    /// <summary>Which browser prints PDFs.</summary>
    public ChromiumOptions Browser { get; init; } = ChromiumOptions.From(null);

    /// <summary>The command's browser, shared by all its PDFs and stopped with the command; null: one browser per PDF.</summary>
    public BrowserSession? BrowserSession { get; init; }

    /// <summary>The PostgreSQL password given to the process (<c>REPORTBUILDER_PG_PASSWORD</c>); null: Npgsql's own lookup.</summary>
    public string? PostgresPassword { get; init; }

    /// <summary>How long and how much a template may render.</summary>
    public RenderLimits Limits { get; init; } = RenderLimits.Default;

    /// <summary>The output files: checked before any SQL runs, written as one staged set.</summary>
    public OutputFiles Files => new(Clock);

    /// <summary>Where a definition's paths may lead: its own folder, the built-in templates and the allowed folders.</summary>
    public DefinitionFolders DefinitionFolders => new(TemplateDirectory, AllowedDirectories);

    /// <summary>The environment of an installation: <c>configs/</c> and <c>templates/</c> inside <paramref name="baseDirectory"/>.</summary>
    public static ReportEnvironment Installed(string baseDirectory, TimeProvider clock) => new()
    {
        Clock = clock,
        ConfigDirectory = Path.Combine(baseDirectory, "configs"),
        TemplateDirectory = Path.Combine(baseDirectory, "templates"),
    };
}

/// <summary>The bounds of one template's rendering; a hit is an error at the template's line, never a cut report.</summary>
/// <param name="Time">The longest a template may render.</param>
/// <param name="Output">The most characters a template may write, and the longest string it may build.</param>
/// <param name="Loop">The most iterations of one loop (0: none).</param>
public sealed record RenderLimits(TimeSpan Time, int Output, int Loop)
{
    /// <summary>30 s, 50 million characters, 200,000 iterations.</summary>
    public static readonly RenderLimits Default = new(TimeSpan.FromSeconds(30), 50_000_000, Html.HtmlReportRenderer.DefaultLoopLimit);
}
