using ReportBuilder.Definitions;
using ReportBuilder.Reports;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>Draws the report's charts from the report model: a trend per metric with its target line (metrics without a
/// target get one only when they have no other picture), a bar chart per
/// breakdown sorted worst first (hours and weekdays in calendar order), and a weekday × hour heat map. Counts and shares
/// are drawn from zero (a 5 % swing never looks like a doubling); other values on an axis fitted to the series and the
/// target, with the last value written beside its point as the card writes it, so that a value just past its target
/// reads as such; every title names the metric, its statistic and, for a breakdown, its dimension.</summary>
public static class ChartBuilder
{
    /// <summary>Breakdowns with more rows than this are left to their tables.</summary>
    public const int MaxBars = 30;

    /// <summary>Every chart of the report, in the order of its metrics; <paramref name="ct"/> is checked before each chart.</summary>
    public static IReadOnlyList<ReportChart> Build(ReportModel model, ChartLabels? labels = null, CancellationToken ct = default)
    {
        labels ??= ChartLabels.English;
        var formatter = new ValueFormatter(ValueFormatter.CultureFor(model.Report.Locale)) { Units = labels.Units };
        var charts = new List<ReportChart>();
        foreach (var metric in model.Metrics)
        {
            var breakdowns = metric.Breakdowns.Where(b => b.Rows.Count(r => r.Value is not null) >= 2
                && (b.Dimension == HeatMaps.Dimension || b.Rows.Count <= MaxBars)).ToList();
            // The card's sparkline already shows a trend: a trend chart earns its place with a target line, or as the only picture.
            ct.ThrowIfCancellationRequested();
            if ((metric.Target is not null || breakdowns.Count == 0) && Trend(metric, labels, formatter) is { } trend)
            {
                charts.Add(trend);
            }

            foreach (var breakdown in breakdowns)
            {
                ct.ThrowIfCancellationRequested();
                charts.Add(breakdown.Dimension == HeatMaps.Dimension
                    ? HeatMaps.Build(metric, breakdown, labels, model.Report.Locale)
                    : Bars.Build(metric, breakdown, labels, formatter.Culture));
            }
        }

        return charts.Where(c => c is not null).ToList();
    }

    /// <summary>The height of a second line of tick labels, in pixels.</summary>
    private const int YearLine = 14;

    private static ReportChart? Trend(MetricView metric, ChartLabels labels, ValueFormatter formatter)
    {
        var points = metric.Trend.Where(p => p.Value is not null).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var plot = new Plot();
        var xs = Enumerable.Range(0, metric.Trend.Count).Select(i => (double)i).ToArray();
        var ys = metric.Trend.Select(p => p.Value is { } v ? ChartStyle.Scale(v, metric.Unit) : double.NaN).ToArray();
        var axis = ChartStyle.AxisLabel(metric, metric.Unit, labels);
        var title = ChartStyle.Named(metric, labels);
        var line = plot.Add.Scatter(xs, ys);
        line.Color = ChartStyle.Series;
        line.LineWidth = 2.5f;
        line.MarkerSize = 7;

        // The lines are named in the bottom axis's title, drawn as they look: a legend panel would need room of its own.
        var legend = new List<string>();
        if (metric.PassBound is { } pass)
        {
            plot.Add.HorizontalLine(ChartStyle.Scale(pass, metric.Unit), 2, ChartStyle.Target, LinePattern.Dashed);
            legend.Add($"– – {labels["target"]}");
        }

        if (metric.WarnBound is { } warn)
        {
            plot.Add.HorizontalLine(ChartStyle.Scale(warn, metric.Unit), 1.5f, ChartStyle.Warn, LinePattern.Dotted);
            legend.Add($"··· {labels["warn"]}");
        }

        // The last value written at its point, on the side away from the target.
        var last = Array.FindLastIndex(ys, double.IsFinite);
        var lastValue = metric.Trend[last].Value!.Value;
        var lastText = formatter.Format(lastValue, metric.Unit, ValueFormatter.Nearest(lastValue, metric.PassBound, metric.WarnBound));
        var above = metric.PassBound is not { } bound || lastValue >= bound;
        var font = ChartStyle.FontFor(metric.Trend.Select(p => p.Label).Append(title).Concat(legend).Append(axis).Append(lastText));
        var months = metric.Trend.Select(p => MonthLabel.Parse(p.Label)).ToList();
        var (bottom, top) = Range(metric.Unit, ys, metric.PassBound, metric.WarnBound);
        // Room for the last value's label on its side: its height in data units of a plot about 130 px high.
        var room = (top - bottom) * (ChartStyle.TextSize + 8) / PlotHeight;
        if (above && ys[last] + room > top && metric.Unit == MetricUnit.Percent && top >= 100)
        {
            above = false;      // a share's axis ends at 100 %: the label goes under its point
        }
        else if (above && ys[last] + room > top)
        {
            top = ys[last] + room;
        }
        else if (!above && ys[last] - room < bottom && bottom > 0)
        {
            bottom = Math.Max(ys[last] - room, 0);
        }

        // On white, so that it reads where it meets the target line or the series.
        var label = ChartStyle.Label(plot, lastText, last, ys[last], font, above ? Alignment.LowerRight : Alignment.UpperRight, ChartStyle.Ink);
        label.LabelOffsetY = above ? -6 : 6;
        label.LabelBackgroundColor = Colors.White;
        label.LabelPadding = 1;

        // Room on the left for the value ticks and the axis title, on the right for half the last month's label (centred
        // on the last point), below for the months and the lines' names.
        var tickWidth = new[] { bottom, top, (bottom + top) / 2 }
            .Max(v => ChartStyle.Measure(Math.Round(v, 2).ToString("0.##", formatter.Culture), font).Width);
        // A year under a month takes a second line of ticks.
        var yearLine = MonthLabel.AnyYear(months) ? YearLine : 0;
        var padding = new PixelPadding((float)Math.Ceiling(tickWidth + 34), ChartStyle.Measure(months[^1].WithYear, font).Width / 2 + 8,
            (legend.Count > 0 ? 48 : 30) + yearLine, 36);
        plot.Layout.Fixed(padding);
        var slot = (ChartStyle.Width - padding.Left - padding.Right) / (metric.Trend.Count - 0.4);
        var (written, texts) = ChartStyle.ThinSpread(metric.Trend.Count, slot, font, indexes => MonthLabel.Ticks(months, indexes));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            written.Select((index, i) => new Tick(index, texts[i])).ToArray());
        // Wide spaces that SVG keeps: em spaces, or ideographic ones in the Korean font, which has no em space (a box otherwise).
        plot.Axes.Bottom.Label.Text = string.Join(font == ChartStyle.KoreanFont ? "\u3000\u3000" : "\u2003\u2003", legend);
        plot.Axes.Left.Label.Text = axis;
        var (_, extra) = ChartStyle.Title(plot, ref padding, font, ChartStyle.NameParts(metric, labels));
        plot.Axes.SetLimits(-0.2, metric.Trend.Count - 0.8, bottom, top);
        plot.Axes.Rules.Clear();
        plot.HideLegend();
        ChartStyle.Apply(plot, font, formatter.Culture);
        var alt = $"{title}: {string.Join(", ", metric.Trend.Select(p => $"{p.Label} {formatter.Format(p.Value, metric.Unit, ValueFormatter.Nearest(p.Value, metric.PassBound, metric.WarnBound))}"))}" +
            (metric.Target is null ? "" : $"; {labels["target"]} {metric.Target}");
        return new ReportChart($"{metric.Name}-trend", metric.Name, "trend", title, alt, plot, ChartStyle.Width,
            (legend.Count > 0 ? 240 : 220) + yearLine + extra);
    }

    /// <summary>The value axis of a trend, as plotted (shares in percent): counts and shares from zero (a 5 % swing in
    /// volume never looks like a doubling), shares to at most 100 unless a value or the target is there; other units fitted
    /// to the values and the target lines with a margin. Where the last value and the target differ but would be drawn less
    /// than <see cref="MinGap"/> pixels apart (64 minutes against a 60-minute target on an axis from 50 minutes to 4 hours;
    /// 99.0 % against ≥ 100 % on an axis from zero), the axis narrows around the two so that they are that far apart — for
    /// counts and shares too, as hiding a miss is worse than an axis that does not start at zero — never to less than a
    /// quarter of the target (1.001 h against 1 h stays a small difference), placed to show as many of the other values as
    /// it can; those outside run off the chart, their numbers in the alt text and the table.</summary>
    internal static (double Bottom, double Top) Range(MetricUnit unit, IReadOnlyList<double> values, double? pass, double? warn)
    {
        var shown = values.Where(double.IsFinite).Concat(new[] { pass, warn }.OfType<double>().Select(b => ChartStyle.Scale(b, unit))).ToList();
        var (low, high) = (shown.Min(), shown.Max());
        var pad = Math.Max((high - low) * 0.12, Math.Abs(high) * 0.02 + 1e-9);
        var (bottom, top) = (low - pad, high + pad);
        var share = unit == MetricUnit.Percent && high < 100;
        if (unit is MetricUnit.Count or MetricUnit.Percent)
        {
            bottom = low >= 0 ? 0 : bottom;
            top = share ? Math.Min(top, 100) : top;
        }

        var last = values.LastOrDefault(double.IsFinite, double.NaN);
        if (pass is { } bound && ChartStyle.Scale(bound, unit) is var target && double.IsFinite(last) && last != target
            && Math.Abs(last - target) / (top - bottom) * PlotHeight < MinGap)
        {
            var span = Math.Max(Math.Abs(last - target) * PlotHeight / MinGap, Math.Abs(target) / 4);
            if (span < top - bottom)
            {
                // The window of that height around the two that shows the most of the other values, centred on what it shows.
                var margin = span * 0.06;
                var points = values.Where(double.IsFinite).Order().ToList();
                var (from, to) = (Math.Min(last, target), Math.Max(last, target));
                var best = (Count: -1, Low: from, High: to);
                foreach (var low2 in points.Append(from))
                {
                    foreach (var high2 in points.Append(to))
                    {
                        var (l, h) = (Math.Min(low2, from), Math.Max(high2, to));
                        var count = points.Count(v => v >= l && v <= h);
                        if (h - l + 2 * margin <= span && (count > best.Count || count == best.Count && h - l < best.High - best.Low))
                        {
                            best = (count, l, h);
                        }
                    }
                }

                var middle = (best.Low + best.High) / 2;
                (bottom, top) = (middle - span / 2, middle + span / 2);
                // A share never past 100 %: the window slides down to end there.
                if (share && top > 100)
                {
                    (bottom, top) = (100 - span, 100.0);
                }
            }
        }

        return (low >= 0 ? Math.Max(bottom, 0) : bottom, top);
    }

    /// <summary>The fewest pixels between a trend's last value and its target when the two differ.</summary>
    private const double MinGap = 10;

    /// <summary>A trend's data area's height, about (its height less the months, the lines' names and the title).</summary>
    private const double PlotHeight = 140;
}
