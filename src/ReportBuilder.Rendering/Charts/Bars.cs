using ReportBuilder.Reports;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>A breakdown as bars: one per row, labelled with its value and status word, worst first.</summary>
internal static class Bars
{
    private static readonly HashSet<string> CalendarDimensions = ["hour", "weekday"];

    public static ReportChart Build(MetricView metric, BreakdownView breakdown, ChartLabels labels, System.Globalization.CultureInfo culture)
    {
        var unit = breakdown.Rows.All(r => r.DisplayValue.EndsWith('%') || r.Value is null) && metric.Unit != "percent" ? "percent" : metric.Unit;
        var rows = breakdown.Rows.Where(r => r.Value is not null).ToList();
        var calendar = CalendarDimensions.Contains(breakdown.Dimension);
        if (!calendar)
        {
            rows = WorstFirst(rows, metric.Direction).ToList();
        }

        var plot = new Plot();
        var bars = rows.Select((row, i) => new Bar
        {
            // Horizontal bars read top to bottom: the first row gets the highest position.
            Position = calendar ? i : rows.Count - 1 - i,
            Value = ChartStyle.Scale(row.Value!.Value, unit),
            FillColor = metric.Target is null ? ChartStyle.Series : ChartStyle.ForStatus(row.Status),
            Label = metric.Target is null ? row.DisplayValue : $"{row.DisplayValue} · {labels.Status(row.Status)}",
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = !calendar;
        series.ValueLabelStyle.FontSize = 12;
        series.ValueLabelStyle.ForeColor = ChartStyle.Ink;

        var ticks = rows.Select((row, i) => new Tick(bars[i].Position, row.Key)).ToArray();
        var keyAxis = calendar ? plot.Axes.Bottom : (ScottPlot.IAxis)plot.Axes.Left;
        keyAxis.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        var valueAxis = calendar ? plot.Axes.Left : (ScottPlot.IAxis)plot.Axes.Bottom;
        valueAxis.Label.Text = ChartStyle.AxisLabel(unit, labels);
        if (calendar)
        {
            plot.Axes.Bottom.Label.Text = breakdown.Label;
            plot.Axes.Margins(bottom: 0);
        }
        else
        {
            plot.Axes.Margins(left: 0, right: 0.25);
        }

        plot.Title($"{metric.Label} — {breakdown.Label}");
        ChartStyle.Apply(plot, ChartStyle.FontFor(rows.Select(r => r.Key).Append(metric.Label).Append(breakdown.Label)), culture);
        var alt = $"{metric.Label} {labels["by"]} {breakdown.Label}: " + string.Join(", ", rows.Select(r => $"{r.Key} {r.DisplayValue}" +
            (metric.Target is null ? "" : $" ({labels.Status(r.Status)})")));
        var height = calendar ? 300 : Math.Max(180, 60 + 26 * rows.Count);
        return new ReportChart($"{metric.Name}-by-{breakdown.Dimension}", metric.Name, "breakdown", plot.Axes.Title.Label.Text, alt, plot, ChartStyle.Width, height)
        {
            Dimension = breakdown.Dimension,
        };
    }

    /// <summary>Failing rows first, then warnings; within a status the farthest from good first.</summary>
    private static IEnumerable<BreakdownRow> WorstFirst(IEnumerable<BreakdownRow> rows, string direction) =>
        rows.OrderBy(r => r.Status switch { Status.Fail => 0, Status.Warn => 1, Status.Pass => 2, _ => 3 })
            .ThenBy(r => direction == "higher" ? r.Value : -r.Value);
}
