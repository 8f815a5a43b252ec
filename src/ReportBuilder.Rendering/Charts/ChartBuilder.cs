using ReportBuilder.Reports;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>Draws the report's charts from the report model: a trend per metric with its target line (metrics without a
/// target get one only when they have no other picture), a bar chart per
/// breakdown sorted worst first (hours and weekdays in calendar order), and a weekday × hour heat map.</summary>
public static class ChartBuilder
{
    /// <summary>Breakdowns with more rows than this are left to their tables.</summary>
    public const int MaxBars = 30;

    /// <summary>Every chart of the report, in the order of its metrics.</summary>
    public static IReadOnlyList<ReportChart> Build(ReportModel model, ChartLabels? labels = null)
    {
        labels ??= ChartLabels.English;
        var formatter = new ValueFormatter(ValueFormatter.CultureFor(model.Report.Locale)) { Units = labels.Units };
        var charts = new List<ReportChart>();
        foreach (var metric in model.Metrics)
        {
            var breakdowns = metric.Breakdowns.Where(b => b.Rows.Count(r => r.Value is not null) >= 2
                && (b.Dimension == HeatMaps.Dimension || b.Rows.Count <= MaxBars)).ToList();
            // The card's sparkline already shows a trend: a trend chart earns its place with a target line, or as the only picture.
            if ((metric.Target is not null || breakdowns.Count == 0) && Trend(metric, labels, formatter) is { } trend)
            {
                charts.Add(trend);
            }

            foreach (var breakdown in breakdowns)
            {
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

        var font = ChartStyle.FontFor(metric.Trend.Select(p => p.Label).Append(metric.Label).Concat(legend).Append(ChartStyle.AxisLabel(metric.Unit, labels)));
        var months = metric.Trend.Select(p => MonthLabel.Parse(p.Label)).ToList();
        // Shares never above 100%, and the target lines always in view.
        var shown = ys.Where(double.IsFinite).Concat(new[] { metric.PassBound, metric.WarnBound }
            .Where(b => b is not null).Select(b => ChartStyle.Scale(b!.Value, metric.Unit))).ToList();
        var (low, high) = (shown.Min(), shown.Max());
        var pad = Math.Max((high - low) * 0.12, Math.Abs(high) * 0.02 + 1e-9);
        var (bottom, top) = (low - pad, high + pad);
        if (metric.Unit == "percent" && high <= 100)
        {
            (bottom, top) = (Math.Max(bottom, 0), Math.Min(top, 100));
        }
        else if (low >= 0)
        {
            bottom = Math.Max(bottom, 0);
        }

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
        plot.Axes.Left.Label.Text = ChartStyle.AxisLabel(metric.Unit, labels);
        ChartStyle.Title(plot, padding, font, metric.Label);
        plot.Axes.SetLimits(-0.2, metric.Trend.Count - 0.8, bottom, top);
        plot.Axes.Rules.Clear();
        plot.HideLegend();
        ChartStyle.Apply(plot, font, formatter.Culture);
        var alt = $"{metric.Label}: {string.Join(", ", metric.Trend.Select(p => $"{p.Label} {formatter.Format(p.Value, metric.Unit)}"))}" +
            (metric.Target is null ? "" : $"; {labels["target"]} {metric.Target}");
        return new ReportChart($"{metric.Name}-trend", metric.Name, "trend", metric.Label, alt, plot, ChartStyle.Width,
            (legend.Count > 0 ? 240 : 220) + yearLine);
    }
}
