using ReportBuilder.Definitions;
using ReportBuilder.Reports;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>A breakdown as bars from zero, in the table's order (<see cref="BreakdownOrder"/>): one per group, coloured by
/// its status (the table beside it writes the status words), its value written beside the bar or inside it (as the table
/// writes it: on its own side of the target), and the target as a dashed line across the bars.</summary>
internal static class Bars
{
    private const float Gap = 6;

    public static ReportChart Build(MetricView metric, BreakdownView breakdown, ChartLabels labels, System.Globalization.CultureInfo culture)
    {
        // A mix's rows are shares of the rows (BreakdownView.Unit); the target line only where the rows are in the metric's unit.
        var unit = breakdown.Unit ?? metric.Unit;
        var target = unit == metric.Unit && metric.PassBound is { } pass ? ChartStyle.Scale(pass, unit) : (double?)null;
        var calendar = BreakdownOrder.IsCalendar(breakdown.Dimension);
        var rows = BreakdownOrder.Sort(breakdown.Dimension, breakdown.Rows, metric.Direction, metric.Target is not null)
            .Where(r => r.Value is not null).ToList();
        var axis = ChartStyle.AxisLabel(metric, unit, labels);
        var (name, by) = (ChartStyle.Named(metric, labels), labels.By(breakdown.Label));
        var font = ChartStyle.FontFor(rows.Select(r => r.Key).Append(name).Append(by).Append(breakdown.Label).Append(axis));
        var plot = new Plot();
        var (height, padding) = calendar
            ? Vertical(plot, rows, unit, target, metric.Target is not null, breakdown, axis, font, culture)
            : Horizontal(plot, rows, unit, target, metric.Target is not null, axis, font);
        // "by hour of day" only where the metric's name does not say it already ("Tickets by hour of day", "Channel mix").
        var (title, extra) = metric.Label.Contains(breakdown.Label, StringComparison.CurrentCultureIgnoreCase)
            ? ChartStyle.Title(plot, ref padding, font, ChartStyle.NameParts(metric, labels))
            : ChartStyle.Title(plot, ref padding, font, [.. ChartStyle.NameParts(metric, labels), by]);
        ChartStyle.Apply(plot, font, culture);
        var alt = $"{name} {by}: " + string.Join(", ", rows.Select(r => $"{r.Key} {r.DisplayValue}" +
            (metric.Target is null ? "" : $" ({labels.Status(r.Status)})")));
        return new ReportChart($"{metric.Name}-by-{breakdown.Dimension}", metric.Name, "breakdown", title, alt, plot, ChartStyle.Width, height + extra)
        {
            Dimension = breakdown.Dimension,
        };
    }

    // Groups down the left, worst at the top; the value axis along the bottom, from zero to the largest value and room for its
    // label (shares end at 100%: a label that does not fit beside its bar goes inside it).
    private static (int, PixelPadding) Horizontal(Plot plot, List<BreakdownRow> rows, MetricUnit unit, double? target, bool coloured, string axis, string font)
    {
        var height = Math.Max(150, 70 + 24 * rows.Count);
        var keys = rows.Select(r => ChartStyle.Fit(r.Key, ChartStyle.Width * 0.35f, font)).ToList();
        var left = (float)Math.Ceiling(keys.Select(k => ChartStyle.Measure(k, font).Width).DefaultIfEmpty(20).Max() + 18);
        var padding = new PixelPadding(left, 12, 44, 36);
        plot.Layout.Fixed(padding);
        var dataWidth = ChartStyle.Width - padding.Left - padding.Right;

        var values = rows.Select(r => ChartStyle.Scale(r.Value!.Value, unit)).ToList();
        var widest = rows.Select(r => ChartStyle.Measure(r.DisplayValue, font).Width).DefaultIfEmpty(0).Max() + 2 * Gap;
        var max = Math.Max(values.DefaultIfEmpty(0).Max(), 0);
        var top = max <= 0 ? 1 : max * dataWidth / Math.Max(dataWidth - widest, dataWidth / 2);
        if (unit == MetricUnit.Percent && max <= 100)
        {
            top = Math.Min(top, 100);
        }

        // The target in view, a little inside the axis's end.
        if (target is { } t && t > 0)
        {
            top = Math.Max(top, t * 1.05);
        }

        plot.Add.Bars(rows.Select((r, i) => new Bar
        {
            Position = rows.Count - 1 - i,
            Value = values[i],
            FillColor = coloured ? ChartStyle.ForStatus(r.Status) : ChartStyle.Series,
            LineWidth = 0,
        }).ToList()).Horizontal = true;
        if (target is { } line)
        {
            plot.Add.VerticalLine(line, 1.5f, ChartStyle.Target, LinePattern.Dashed);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var barEnd = values[i] / top * dataWidth;
            var label = ChartStyle.Measure(rows[i].DisplayValue, font).Width + 2 * Gap;
            var outside = barEnd + label <= dataWidth + 1 || barEnd < label;
            var text = ChartStyle.Label(plot, rows[i].DisplayValue, values[i], rows.Count - 1 - i, font,
                outside ? Alignment.MiddleLeft : Alignment.MiddleRight, outside ? ChartStyle.Ink : Colors.White);
            text.LabelOffsetX = outside ? Gap : -Gap;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            keys.Select((k, i) => new Tick(rows.Count - 1 - i, k)).ToArray());
        plot.Axes.Bottom.Label.Text = axis;
        plot.Axes.SetLimits(0, top, -0.6, rows.Count - 0.4);
        plot.Axes.Rules.Clear();
        return (height, padding);
    }

    // Hours and weekdays left to right in calendar order; values on the left axis from zero, written on the bars only when
    // every value fits its bar's width.
    private static (int, PixelPadding) Vertical(Plot plot, List<BreakdownRow> rows, MetricUnit unit, double? target, bool coloured, BreakdownView breakdown,
        string axis, string font, System.Globalization.CultureInfo culture)
    {
        const int height = 240;
        var values = rows.Select(r => ChartStyle.Scale(r.Value!.Value, unit)).ToList();
        var max = Math.Max(values.DefaultIfEmpty(0).Max(), 0);
        var axisWidth = ChartStyle.Measure(max.ToString("N0", culture), font).Width + 30;
        var padding = new PixelPadding(axisWidth, 12, 48, 36);
        plot.Layout.Fixed(padding);
        var dataWidth = ChartStyle.Width - padding.Left - padding.Right;
        var slot = dataWidth / Math.Max(rows.Count, 1);
        var written = rows.All(r => ChartStyle.Measure(r.DisplayValue, font).Width + 2 <= slot);
        var dataHeight = height - padding.Top - padding.Bottom;
        var top = max <= 0 ? 1 : written ? max * dataHeight / (dataHeight - ChartStyle.TextSize - 2 * Gap) : max * 1.05;
        if (unit == MetricUnit.Percent && max <= 100)
        {
            top = Math.Min(top, 100);
        }

        if (target is { } t && t > 0)
        {
            top = Math.Max(top, t * 1.05);
        }

        plot.Add.Bars(rows.Select((r, i) => new Bar
        {
            Position = i,
            Value = values[i],
            FillColor = coloured ? ChartStyle.ForStatus(r.Status) : ChartStyle.Series,
            LineWidth = 0,
        }).ToList());
        if (target is { } line)
        {
            plot.Add.HorizontalLine(line, 1.5f, ChartStyle.Target, LinePattern.Dashed);
        }

        for (var i = 0; written && i < rows.Count; i++)
        {
            // Above the bar, or inside its top where a share's axis ends at 100% just above it.
            var above = values[i] / top * dataHeight + ChartStyle.TextSize + 2 * Gap <= dataHeight;
            ChartStyle.Label(plot, rows[i].DisplayValue, i, values[i], font, above ? Alignment.LowerCenter : Alignment.UpperCenter,
                above ? ChartStyle.Ink : Colors.White).LabelOffsetY = above ? -Gap / 2 : Gap / 2;
        }

        var keys = rows.Select(r => Short(breakdown.Dimension, r, culture)).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ChartStyle.Thin(keys, slot, font, keepLast: false).Select(i => new Tick(i, keys[i])).ToArray());
        plot.Axes.Bottom.Label.Text = breakdown.Label;
        plot.Axes.Left.Label.Text = axis;
        plot.Axes.SetLimits(-0.6, rows.Count - 0.4, 0, top);
        plot.Axes.Rules.Clear();
        return (height, padding);
    }

    // Hours as 09, weekdays by their short name: the axis title says what they are.
    private static string Short(string dimension, BreakdownRow row, System.Globalization.CultureInfo culture) =>
        (dimension, int.TryParse(row.Code, System.Globalization.CultureInfo.InvariantCulture, out var code)) switch
        {
            ("hour", true) => $"{code:00}",
            ("weekday", true) when code is >= 1 and <= 7 => culture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)(code % 7)),
            _ => row.Key,
        };
}
