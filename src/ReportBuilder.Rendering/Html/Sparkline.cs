using System.Globalization;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Html;

/// <summary>A trend as SVG polyline points in a box, with the last point marked.</summary>
/// <param name="Points">"x,y x,y …" for a <c>polyline</c>; periods without a value are skipped.</param>
internal sealed record Sparkline(string Points, double LastX, double LastY, string FirstLabel, string LastLabel)
{
    private const double Pad = 3;

    public static Sparkline? Of(IReadOnlyList<TrendPoint> trend, double width, double height)
    {
        var known = trend.Select((p, i) => (Index: i, p.Value)).Where(p => p.Value is { } v && double.IsFinite(v)).ToList();
        if (known.Count < 2)
        {
            return null;
        }

        var min = known.Min(p => p.Value!.Value);
        var max = known.Max(p => p.Value!.Value);
        var span = max - min;
        var step = (width - 2 * Pad) / Math.Max(1, trend.Count - 1);
        var coordinates = known.Select(p => (
            X: Pad + p.Index * step,
            Y: span == 0 ? height / 2 : Pad + (max - p.Value!.Value) / span * (height - 2 * Pad))).ToList();
        var points = string.Join(' ', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")));
        var last = coordinates[^1];
        return new Sparkline(points, Math.Round(last.X, 1), Math.Round(last.Y, 1), trend[0].Label, trend[^1].Label);
    }
}
