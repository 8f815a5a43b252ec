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
        line.LegendText = metric.Label;

        if (metric.PassBound is { } pass)
        {
            var target = plot.Add.HorizontalLine(ChartStyle.Scale(pass, metric.Unit), 2, ChartStyle.Target, LinePattern.Dashed);
            target.LegendText = $"{labels["target"]}: {metric.Target}";
        }

        if (metric.WarnBound is { } warn)
        {
            var limit = plot.Add.HorizontalLine(ChartStyle.Scale(warn, metric.Unit), 1.5f, ChartStyle.Warn, LinePattern.Dotted);
            limit.LegendText = labels["warn"];
        }

        var ticks = metric.Trend.Select((p, i) => new Tick(i, ShortLabel(p.Label))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.Label.Text = ChartStyle.AxisLabel(metric.Unit, labels);
        plot.Title(metric.Label);
        // A legend only where there is a target line to tell from the series; the title names the series. Below the
        // data, so it never hides a point.
        if (metric.PassBound is not null || metric.WarnBound is not null)
        {
            plot.ShowLegend(Edge.Bottom);
        }
        else
        {
            plot.HideLegend();   // ScottPlot shows a legend by itself once a series is named
        }
        ChartStyle.Apply(plot, ChartStyle.FontFor(metric.Trend.Select(p => p.Label).Append(metric.Label)), formatter.Culture);
        var alt = $"{metric.Label}: {string.Join(", ", metric.Trend.Select(p => $"{p.Label} {formatter.Format(p.Value, metric.Unit)}"))}" +
            (metric.Target is null ? "" : $"; {labels["target"]} {metric.Target}");
        return new ReportChart($"{metric.Name}-trend", metric.Name, "trend", metric.Label, alt, plot, ChartStyle.Width, 270);
    }

    /// <summary>"October 2026" → "Oct 2026", "Октябрь 2026 г." → "Окт 2026"; other labels (2026-Q3, 2026년 10월) as they are.</summary>
    private static string ShortLabel(string label) =>
        label.Split() is [{ Length: > 2 } month, { Length: 4 } year, ..] && month.All(char.IsLetter) && year.All(char.IsAsciiDigit)
            ? $"{(month.Length > 4 ? month[..3] : month)} {year}"
            : label;
}
