using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>One chart of the report: SVG for HTML and PDF, PNG for mail clients (which drop SVG).</summary>
/// <param name="id">Unique in the report; also the PNG's content id in email (<c>cid:ID</c>).</param>
/// <param name="metric">The output name of the metric it pictures.</param>
/// <param name="kind">trend, breakdown or heatmap.</param>
/// <param name="altText">What the chart shows, in words, for screen readers and mail clients that block images.</param>
public sealed class ReportChart(string id, string metric, string kind, string title, string altText, Plot plot, int width, int height)
{
    public string Id { get; } = id;

    public string Metric { get; } = metric;

    public string Kind { get; } = kind;

    public string Title { get; } = title;

    /// <summary>The breakdown's dimension for breakdown and heat map charts; null for trends.</summary>
    public string? Dimension { get; init; }

    public string AltText { get; } = altText;

    public int Width { get; } = width;

    public int Height { get; } = height;

    /// <summary>The plot itself, for tests that read its texts as drawn (the SVG writes glyphs, not always the characters).</summary>
    internal Plot Plot => plot;

    /// <summary>The chart as an SVG document (vectors: sharp on paper and at any zoom).</summary>
    public string ToSvg() => ValidXml(plot.GetSvgXml(Width, Height));

    // ScottPlot 5.1 writes U+0001 for the spaces of text set in some fonts (NanumGothic); XML forbids it.
    private static string ValidXml(string svg) =>
        svg.Contains('\u0001', StringComparison.Ordinal) ? svg.Replace('\u0001', ' ') : svg;

    /// <summary>The chart as a PNG at twice the pixel density, for high-resolution screens, with an indexed palette
    /// (<see cref="PalettePng"/>) so that a mail's charts fit its size budget.</summary>
    public byte[] ToPng()
    {
        plot.ScaleFactor = 2;
        try
        {
            return PalettePng.Quantize(plot.GetImageBytes(Width * 2, Height * 2, ImageFormat.Png));
        }
        finally
        {
            plot.ScaleFactor = 1;
        }
    }
}
