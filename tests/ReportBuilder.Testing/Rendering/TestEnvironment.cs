using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Pdf;
using ReportBuilder.Rendering.Pipeline;
using ReportBuilder.Reports;

namespace ReportBuilder.Testing;

/// <summary>The installation the tests run from (the test assembly's folder holds configs/ and templates/), as the program's
/// entry point would pass it.</summary>
internal static partial class TestEnvironment
{
    /// <summary>The shipped configuration folder: the catalog and the words.</summary>
    public static string Configs => TestReport.Configs;

    /// <summary>The shipped templates.</summary>
    public static string Templates => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>The report environment of a run as of <paramref name="clock"/>, with the built-in catalog.</summary>
    public static ReportEnvironment For(TimeProvider clock) => ReportEnvironment.Installed(AppContext.BaseDirectory, clock) with
    {
        Catalog = TestReport.Catalog,
        Browser = ChromiumOptions.From(Environment.GetEnvironmentVariable(ChromiumOptions.PathVariable)),
    };

    /// <summary>The shipped words of a language.</summary>
    public static Translations Words(string locale) => Translations.Load(Configs, locale);

    /// <summary>A renderer of the shipped templates.</summary>
    public static HtmlReportRenderer Html(string? templates = null) => new(templates ?? Templates, Configs);
}
