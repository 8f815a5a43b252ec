using System.Globalization;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Html;

/// <summary>The card's small chart of where a missed or warned target's gap is: one horizontal bar a group of the dimension the
/// brief's gap sentence takes (<see cref="GapSet.Focus"/>, else the first exact set), its length the group's part of the
/// distance to the target, in the metric's unit. Parts that add to the gap go right of the zero line; a group already past the
/// target has a negative part, drawn to the left (<see cref="GapBar.Past"/>). Written as HTML (the card's, the mail's), so
/// its words are text a phone renders at its own size and a test reads back.</summary>
/// <param name="Dimension">The dimension's label in the report's language ("Channel").</param>
/// <param name="DisplayGap">The whole gap as readers see it ("41.1 pp").</param>
/// <param name="Axis">Where the zero line stands, in percent of the bars' width from the left (0 when no part is negative).</param>
/// <param name="Bars">Largest part first; past the target last.</param>
/// <param name="Past">True when a bar is drawn to the left (the chart then says what the left side means).</param>
internal sealed record GapChart(string Dimension, string DisplayGap, double Axis, IReadOnlyList<GapBar> Bars, bool Past)
{
    /// <summary>The most bars a chart draws; past it, the groups after the first <c>MaxBars − 1</c> (by the size of their part)
    /// are one last bar, "the others", holding the sum of their parts, so the bars still sum to the gap.</summary>
    public const int MaxBars = 5;

    /// <summary>The chart of a metric's gap; null when its target is met, it has no breakdown or its statistic does not split
    /// into parts (a median shows each group's own value in its breakdown instead).</summary>
    public static GapChart? Of(MetricView metric, ValueFormatter formatter)
    {
        var set = GapSet.Focus(metric.Insight.Gap).Set ?? metric.Insight.Gap.FirstOrDefault(g => g.Exact);
        if (set is null || set.Parts.Count == 0 || set.Parts.Any(p => p.Part is not { } v || !double.IsFinite(v)))
        {
            return null;
        }

        var parts = set.Parts.Select(p => (Label: p.Key, Part: p.Part!.Value, Display: p.DisplayPart, Others: false))
            .OrderByDescending(p => p.Part).ToList();
        if (parts.Count > MaxBars)
        {
            var kept = parts.OrderByDescending(p => Math.Abs(p.Part)).Take(MaxBars - 1).ToHashSet();
            var rest = parts.Where(p => !kept.Contains(p)).Sum(p => p.Part);
            parts = [.. parts.Where(kept.Contains), ("", rest, formatter.Signed(rest, metric.Unit), true)];
            parts = [.. parts.OrderByDescending(p => p.Part)];
        }

        var right = Math.Max(parts.Max(p => p.Part), 0);
        var left = Math.Max(-parts.Min(p => p.Part), 0);
        var span = right + left;
        if (span <= 0)
        {
            return null;
        }

        var axis = Percent(left / span);
        var bars = parts.Select(p =>
        {
            var width = Percent(Math.Abs(p.Part) / span);
            return new GapBar(p.Label, p.Display, p.Part, p.Part < 0 ? Math.Max(axis - width, 0) : axis, width, p.Part < 0, p.Others);
        }).ToList();
        return new GapChart(set.Label, set.DisplayGap, axis, bars, bars.Any(b => b.Past));
    }

    /// <summary>Where the zero line stands, as CSS writes a percentage.</summary>
    public string AxisLeft => GapBar.Css(Axis);

    private static double Percent(double fraction) => Math.Round(fraction * 100, 1);
}

/// <summary>One group's bar.</summary>
/// <param name="Key">The group as readers see it; empty for "the others" (<see cref="Rest"/>), whose word the template has.</param>
/// <param name="Display">The part, signed, in the metric's unit ("+30.8 pp", "−2.3 pp").</param>
/// <param name="Start">Where the bar starts, in percent of the bars' width from the left.</param>
/// <param name="Width">Its length, in percent of the bars' width.</param>
/// <param name="Past">The group is past the target: its part is negative and its bar runs left of the zero line.</param>
/// <param name="Rest">The bar of the groups left out past <see cref="GapChart.MaxBars"/>.</param>
internal sealed record GapBar(string Key, string Display, double Part, double Start, double Width, bool Past, bool Rest)
{
    /// <summary>Where the bar starts, as CSS writes a percentage ("7.5"), whatever the report's culture.</summary>
    public string Left => Css(Start);

    /// <summary>Its length, as CSS writes a percentage.</summary>
    public string Size => Css(Width);

    /// <summary>The space after it, as CSS writes a percentage (the mail's table cells need all three).</summary>
    public string After => Css(Math.Max(100 - Start - Width, 0));

    internal static string Css(double percent) => Math.Round(percent, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
