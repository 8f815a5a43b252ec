using System.Globalization;
using ReportBuilder.Reports;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>Ticket volume by weekday × hour, from a breakdown by the <c>weekday_hour</c> dimension (keys 100 × ISO
/// weekday + hour). The colour scale runs dark to light, so it reads in greyscale as well.</summary>
internal static class HeatMaps
{
    public const string Dimension = "weekday_hour";

    public static ReportChart Build(MetricView metric, BreakdownView breakdown, ChartLabels labels, string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale is "en" ? "en-GB" : locale);
        var cells = new double[7, 24];
        foreach (var row in breakdown.Rows)
        {
            if (row.Value is { } value && int.TryParse(row.Code, CultureInfo.InvariantCulture, out var key) && key / 100 is >= 1 and <= 7 && key % 100 < 24)
            {
                cells[key / 100 - 1, key % 100] = value;
            }
        }

        // Row 0 of the grid (Monday) is drawn at the top, as calendars read.
        var plot = new Plot();
        var map = plot.Add.Heatmap(cells);
        map.Colormap = new ScottPlot.Colormaps.Viridis();
        var bar = plot.Add.ColorBar(map);
        bar.Label = ChartStyle.AxisLabel(metric, metric.Unit, labels);

        var days = Enumerable.Range(1, 7).Select(d => culture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)(d % 7))).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            days.Select((d, i) => new Tick(6 - i, d)).ToArray());
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, 4).Select(h => new Tick(h * 6, $"{h * 6:00}")).Append(new Tick(23, "23")).ToArray());
        plot.Axes.Bottom.Label.Text = labels["hour of day"];
        var font = ChartStyle.FontFor(days.Append(metric.Label).Append(labels["hour of day"]).Append(bar.Label));
        var maximum = breakdown.Rows.Select(r => r.Value ?? 0).DefaultIfEmpty(0).Max();
        var padding = new PixelPadding(days.Max(d => ChartStyle.Measure(d, font).Width) + 14,
            ChartStyle.Measure(maximum.ToString("N0", culture), font).Width + 80, 44, 36);
        plot.Layout.Fixed(padding);
        ChartStyle.Title(plot, padding, font, metric.Label);
        ChartStyle.Apply(plot, font, culture);
        bar.Axis.TickLabelStyle.FontSize = ChartStyle.TextSize;
        bar.LabelStyle.FontSize = ChartStyle.TextSize;

        var busiest = breakdown.Rows.Where(r => r.Value is not null).OrderByDescending(r => r.Value).Take(3).Select(r => $"{r.Key} ({r.DisplayValue})");
        var alt = $"{metric.Label}; {labels["busiest"]}: {string.Join(", ", busiest)}";
        return new ReportChart($"{metric.Name}-heatmap", metric.Name, "heatmap", metric.Label, alt, plot, ChartStyle.Width, 250)
        {
            Dimension = breakdown.Dimension,
        };
    }
}
