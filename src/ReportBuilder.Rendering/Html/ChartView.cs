using System.Text.RegularExpressions;
using ReportBuilder.Rendering.Charts;

namespace ReportBuilder.Rendering.Html;

/// <summary>A chart as templates see it: <c>svg</c> is inline markup (drawn by us, its text already escaped), <c>cid</c>
/// the address of its PNG in an email.</summary>
internal sealed partial class ChartView(ReportChart chart)
{
    private readonly Lazy<TrustedHtml> _svg = new(() => new TrustedHtml(Inline(chart, chart.ToSvg())));

    public string Id => chart.Id;

    public string Metric => chart.Metric;

    public string Kind => chart.Kind;

    public string? Dimension => chart.Dimension;

    public string Title => chart.Title;

    public string AltText => chart.AltText;

    public int Width => chart.Width;

    public int Height => chart.Height;

    public string Cid => $"cid:{chart.Id}";

    // Drawn when a template asks: the email template wants the PNG's address, not the SVG.
    public TrustedHtml Svg => _svg.Value;

    // A page holds many charts: their element ids are prefixed so one chart's clip path never clips another, and the
    // fixed size gives way to a viewBox so the chart scales with the page's width.
    private static string Inline(ReportChart chart, string svg)
    {
        var id = chart.Id;
        svg = XmlDeclaration().Replace(svg, "");
        svg = FixedSize().Replace(svg, $"viewBox=\"0 0 {chart.Width} {chart.Height}\"", 1);
        svg = IdDeclaration().Replace(svg, m => $"id=\"{id}-{m.Groups[1].Value}\"");
        svg = IdReference().Replace(svg, m => $"url(#{id}-{m.Groups[1].Value})");
        svg = HrefReference().Replace(svg, m => $"{m.Groups[1].Value}=\"#{id}-{m.Groups[2].Value}\"");
        return svg.Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"width=""\d+"" height=""\d+""")]
    private static partial Regex FixedSize();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdDeclaration();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex IdReference();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();
}
