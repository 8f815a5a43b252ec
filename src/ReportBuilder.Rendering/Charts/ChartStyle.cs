using ReportBuilder.Reports;
using ScottPlot;

namespace ReportBuilder.Rendering.Charts;

/// <summary>Colours, fonts and unit scaling shared by every chart. Status colours differ in lightness too, so they still
/// read in greyscale, and every status is also written out.</summary>
internal static class ChartStyle
{
    /// <summary>Every chart's width in pixels: narrow enough that its text stays legible when a phone scales it down.</summary>
    public const int Width = 540;

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
            ? "NanumGothic"
            : "DejaVu Sans";

    /// <summary>Values as plotted: shares in percent, everything else as stored.</summary>
    public static double Scale(double value, string unit) => unit == "percent" ? value * 100 : value;

    /// <summary>The axis label for a unit.</summary>
    public static string AxisLabel(string unit, ChartLabels labels) => unit switch
    {
        "percent" => "%",
        "hours" => labels["hours"],
        "points" => labels["points"],
        "count" => labels["tickets"],
        "score" => labels["score"],
        _ => labels["value"],
    };

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
        plot.Axes.Title.Label.FontSize = 15;
        plot.Axes.Title.Label.Bold = true;
    }
}

/// <summary>The words charts use, in the report's language: the English word is the key, and a translation file maps it
/// (no words are translated in C#). A word without a translation stays English.</summary>
public sealed record ChartLabels(IReadOnlyDictionary<string, string> Words)
{
    /// <summary>Unit words for values in alt texts (min, h, pp, …), keyed by the English word.</summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

    /// <summary>English: every word as itself.</summary>
    public static readonly ChartLabels English = new(new Dictionary<string, string>());

    public string this[string english] => Words.GetValueOrDefault(english, english);

    /// <summary>A status as a word.</summary>
    public string Status(Status status) => this[status switch
    {
        Reports.Status.Pass => "pass",
        Reports.Status.Warn => "warn",
        Reports.Status.Fail => "fail",
        Reports.Status.NoData => "no data",
        Reports.Status.InsufficientData => "too few rows",
        _ => "",
    }];
}
