using ReportBuilder.Definitions;
using ReportBuilder.Reports;
using ReportBuilder.Rules;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>Colours, fonts and unit scaling shared by every chart. Status colours differ in lightness too, so they still
/// read in greyscale, and every status is also written out.</summary>
internal static class ChartStyle
{
    /// <summary>Every chart's width in CSS pixels: what a 390 px phone shows of the email's column, so its text is shown at
    /// its own size there (PNGs carry twice the pixels for sharpness).</summary>
    public const int Width = 350;

    /// <summary>The smallest text of a chart (ticks, value labels), in pixels at <see cref="Width"/>.</summary>
    public const float TextSize = 12;

    /// <summary>The chart's title size.</summary>
    public const float TitleSize = 14;

    public static readonly Color Ink = Color.FromHex("#1f2933");
    public static readonly Color Grid = Color.FromHex("#e4e7eb");
    public static readonly Color Series = Color.FromHex("#2f5d8a");
    public static readonly Color Target = Color.FromHex("#1a7f37");
    public static readonly Color Warn = Color.FromHex("#b7791f");

    public static Color ForStatus(Status status) => status switch
    {
        Status.Pass => Color.FromHex("#1a7f37"),
        Status.Warn => Color.FromHex("#d69e2e"),
        Status.Fail => Color.FromHex("#9b1c1c"),
        _ => Color.FromHex("#7b8794"),
    };

    /// <summary>A font that has every character of the chart's text: Hangul needs a Korean font.</summary>
    public static string FontFor(IEnumerable<string> texts) =>
        texts.Any(t => t.Any(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F'))
            ? KoreanFont
            : "DejaVu Sans";

    /// <summary>The font of charts with Hangul.</summary>
    public const string KoreanFont = "NanumGothic";

    /// <summary>Values as plotted: shares in percent, everything else as stored.</summary>
    public static double Scale(double value, MetricUnit unit) => unit == MetricUnit.Percent ? value * 100 : value;

    /// <summary>The value axis's title, in words: the unit (hours, points), what a count counts (tickets, or customers for
    /// a count of customers), and for a ratio or an amount, which have no unit word, the metric's own name ("replies per
    /// ticket"), never "value".</summary>
    public static string AxisLabel(MetricView metric, MetricUnit unit, ChartLabels labels) => unit switch
    {
        MetricUnit.Percent => "%",
        MetricUnit.Hours => labels["hours"],
        MetricUnit.Points => labels["points"],
        MetricUnit.Count => labels[metric.Stat == "customers" ? "customers" : "tickets"],
        MetricUnit.Score => labels["score"],
        _ => metric.Label,
    };

    /// <summary>The width and height of a text as the chart draws it: in the typeface ScottPlot draws
    /// <paramref name="font"/> with (from its cache), hinted and subpixel-placed as ScottPlot's paint, the widest line by as
    /// many line heights as there are lines. Not through a new LabelStyle: once any plot has called Font.Set, ScottPlot
    /// measures such a label in that (process-wide) default font, whatever its name and weight say, so the width would depend
    /// on which chart was built last.</summary>
    public static (float Width, float Height) Measure(string text, string font, float size = TextSize, bool bold = false)
    {
        using var face = new SkiaSharp.SKFont(Fonts.GetTypeface(font, bold, italic: false), size)
        {
            Subpixel = true,
            Hinting = SkiaSharp.SKFontHinting.Slight,
        };
        var lines = text.Length == 0 ? [] : text.Split('\n');
        var width = lines.Length == 0 ? 0 : lines.Max(line => face.MeasureText(line));
        return (width, face.Spacing * lines.Length);
    }

    /// <summary>Which of <paramref name="labels"/> (evenly spaced <paramref name="slot"/> pixels apart) to write so that
    /// none touches the next: the first and, with <paramref name="keepLast"/>, the last, evenly spread; otherwise every
    /// k-th.</summary>
    public static IReadOnlyList<int> Thin(IReadOnlyList<string> labels, double slot, string font, bool keepLast = true)
    {
        if (labels.Count == 0)
        {
            return [];
        }

        var widest = labels.Max(l => Measure(l, font).Width) + 5;
        var step = Math.Max(1, (int)Math.Ceiling(widest / Math.Max(slot, 1)));
        var last = labels.Count - 1;
        if (!keepLast)
        {
            return Enumerable.Range(0, labels.Count).Where(i => i % step == 0).ToList();   // 00, 03, 06, … for hours
        }

        // As many labels as fit, spread evenly from the first to the last: no gap is shorter than the step.
        var gaps = Math.Max(1, last / step);
        return last == 0 ? [0] : Enumerable.Range(0, gaps + 1).Select(i => (int)Math.Round((double)i * last / gaps)).Distinct().ToList();
    }

    /// <summary>The most tick labels that fit, spread evenly from the first of <paramref name="count"/> positions
    /// (<paramref name="slot"/> pixels apart) to the last: <paramref name="texts"/> writes the labels of the chosen positions
    /// (a label may depend on its neighbours, such as a year written where it changes), and each pair of neighbours is
    /// measured on its own, so short labels are not spaced as widely as the widest.</summary>
    public static (IReadOnlyList<int> Indexes, IReadOnlyList<string> Texts) ThinSpread(int count, double slot, string font,
        Func<IReadOnlyList<int>, IReadOnlyList<string>> texts)
    {
        var last = count - 1;
        if (last <= 0)
        {
            return count == 0 ? ([], []) : ([0], texts([0]));
        }

        for (var gaps = last; ; gaps--)
        {
            // Every label, or at most one in two: a spread with some neighbours one apart (11 months in 6 gaps) reads as a gap.
            if (gaps < last && gaps > 1 && last / gaps < 2)
            {
                continue;
            }

            var indexes = Enumerable.Range(0, gaps + 1).Select(i => (int)Math.Round((double)i * last / gaps)).Distinct().ToList();
            var written = texts(indexes);
            var widths = written.Select(t => Measure(t, font).Width).ToList();
            var fits = Enumerable.Range(1, indexes.Count - 1)
                .All(i => (widths[i - 1] + widths[i]) / 2 + 5 <= (indexes[i] - indexes[i - 1]) * slot);
            if (fits || gaps == 1)
            {
                return (indexes, written);
            }
        }
    }

    /// <summary>A label cut with an ellipsis to at most <paramref name="width"/> pixels: the most text elements (never half
    /// a surrogate pair or a letter without its accent) that fit with the ellipsis, at least one, found by halving, so a
    /// long text takes a few measurements rather than one per character.</summary>
    public static string Fit(string text, float width, string font, float size = TextSize, bool bold = false)
    {
        if (Measure(text, font, size, bold).Width <= width)
        {
            return text;
        }

        var starts = System.Globalization.StringInfo.ParseCombiningCharacters(text);
        string Cut(int elements) => text[..(elements < starts.Length ? starts[elements] : text.Length)];
        var (fits, tooWide) = (1, starts.Length);
        while (tooWide - fits > 1)
        {
            var middle = fits + (tooWide - fits) / 2;
            (fits, tooWide) = Measure(Cut(middle) + "…", font, size, bold).Width <= width ? (middle, tooWide) : (fits, middle);
        }

        return Cut(fits).TrimEnd() + "…";
    }

    /// <summary>Sets the first of <paramref name="titles"/> that fits above the data area (the title is centred on it),
    /// or the last one shortened.</summary>
    public static string Title(Plot plot, PixelPadding padding, string font, params string[] titles)
    {
        var room = TitleRoom(padding);
        var title = titles.FirstOrDefault(t => Fits(t, font, room)) ?? Fit(titles[^1], room - 12, font, TitleSize, bold: true);
        plot.Title(title);
        return title;
    }

    /// <summary>The title made of <paramref name="parts"/> ("First response time", "(median)", "by agent") on one line where
    /// it fits above the data area, else on two lines split between parts (the later the split the better), each line
    /// shortened only when no split fits: a title keeps every part, so that no two charts of a report share one. Returns
    /// the title on one line and the height of its second line (0 on one line), which the chart adds to its top padding
    /// and its height.</summary>
    public static (string Title, int Extra) Title(Plot plot, ref PixelPadding padding, string font, params string[] parts)
    {
        var room = TitleRoom(padding);
        var whole = string.Join(" ", parts);
        if (Fits(whole, font, room))
        {
            plot.Title(whole);
            return (whole, 0);
        }

        var split = Enumerable.Range(1, parts.Length - 1).Reverse()
            .Select(k => (First: string.Join(" ", parts[..k]), Second: string.Join(" ", parts[k..])))
            .Where(l => Fits(l.First, font, room) && Fits(l.Second, font, room))
            .Select(l => $"{l.First}\n{l.Second}")
            .FirstOrDefault()
            ?? $"{Fit(string.Join(" ", parts[..^1]), room - 12, font, TitleSize, bold: true)}\n{Fit(parts[^1], room - 12, font, TitleSize, bold: true)}";
        var extra = (int)Math.Ceiling(Measure("A", font, TitleSize, bold: true).Height);
        padding = new PixelPadding(padding.Left, padding.Right, padding.Bottom, padding.Top + extra);
        plot.Layout.Fixed(padding);
        plot.Title(split);
        return (whole, extra);
    }

    /// <summary>The parts of a metric's name in chart titles: its label, and its statistic where it has several
    /// ("First response time", "(median)").</summary>
    public static string[] NameParts(MetricView metric, ChartLabels labels) =>
        metric.Stat == "value" ? [metric.Label] : [metric.Label, $"({labels.Phrase("stat_" + metric.Stat, metric.Stat)})"];

    /// <summary>The name of a metric as chart titles write it: its label, and its statistic where it has several
    /// ("First response time (median)").</summary>
    public static string Named(MetricView metric, ChartLabels labels) => string.Join(" ", NameParts(metric, labels));

    private static float TitleRoom(PixelPadding padding)
    {
        var centre = padding.Left + (Width - padding.Left - padding.Right) / 2;
        return 2 * Math.Min(centre, Width - centre) - 8;
    }

    // Measured bold and regular: a font without a bold face is drawn in its regular one.
    private static bool Fits(string title, string font, float room) =>
        Math.Max(Measure(title, font, TitleSize, bold: true).Width, Measure(title, font, TitleSize).Width) <= room;

    /// <summary>A value written on the chart at a data point, in the chart's text style.</summary>
    public static ScottPlot.Plottables.Text Label(Plot plot, string text, double x, double y, string font, Alignment alignment, Color colour)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = font;
        label.LabelFontSize = TextSize;
        label.LabelFontColor = colour;
        label.LabelAlignment = alignment;
        label.LabelBackgroundColor = Colors.Transparent;
        label.LabelBorderWidth = 0;
        return label;
    }

    public static void Apply(Plot plot, string font, System.Globalization.CultureInfo culture)
    {
        // Numbers on the axes as in the text: 2,5 in German.
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            if (axis.TickGenerator is ScottPlot.TickGenerators.NumericAutomatic numbers)
            {
                numbers.LabelFormatter = value => Math.Round(value, 10).ToString("G", culture);
            }
        }

        plot.Font.Set(font);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Grid;
        plot.Axes.Color(Ink);
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.Bold = true;
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom, plot.Axes.Right })
        {
            axis.TickLabelStyle.FontSize = TextSize;
            axis.Label.FontSize = TextSize;
            axis.Label.Bold = false;
        }

        plot.Legend.FontSize = TextSize;
    }
}

/// <summary>The words charts use, in the report's language: the English word is the key, and a translation file maps it
/// (no words are translated in C#). A word without a translation stays English.</summary>
public sealed record ChartLabels(IReadOnlyDictionary<string, string> Words)
{
    /// <summary>Unit words for values in alt texts (min, h, pp, …), keyed by the English word.</summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

    /// <summary>The templates' words (<c>labels:</c>), for the statistics' names and "by {1}" in titles.</summary>
    public IReadOnlyDictionary<string, string> Phrases { get; init; } = new Dictionary<string, string>();

    /// <summary>A phrase of the templates' words, or <paramref name="fallback"/>.</summary>
    public string Phrase(string key, string fallback) => Phrases.GetValueOrDefault(key, fallback);

    /// <summary>"by agent" in the report's language, from the breakdown's label (as table captions write it).</summary>
    public string By(string dimensionLabel) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Phrase("by_dimension", "by {1}"), dimensionLabel, dimensionLabel.ToLowerInvariant());

    /// <summary>English: every word as itself.</summary>
    public static readonly ChartLabels English = new(new Dictionary<string, string>());

    public string this[string english] => Words.GetValueOrDefault(english, english);

    /// <summary>A status as a word.</summary>
    public string Status(Status status) => this[status switch
    {
        Rules.Status.Pass => "pass",
        Rules.Status.Warn => "warn",
        Rules.Status.Fail => "fail",
        Rules.Status.NoData => "no data",
        Rules.Status.InsufficientData => "too few rows",
        _ => "",
    }];
}
