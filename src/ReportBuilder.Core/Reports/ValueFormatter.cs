using System.Globalization;

namespace ReportBuilder.Reports;

/// <summary>Formats metric values for readers, by unit and culture ("1.5 h" in English, "1,5 h" in German).</summary>
public sealed class ValueFormatter(CultureInfo culture)
{
    /// <summary>The culture numbers are written in.</summary>
    public CultureInfo Culture { get; } = culture;

    /// <summary>Unit words in the report's language, keyed by the English word (min, h, pp, pts, new); missing ones stay English.</summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

    /// <summary>The culture for a report locale such as en, de, fr, pl, ru or ko.</summary>
    public static CultureInfo CultureFor(string locale) => locale switch
    {
        "en" => CultureInfo.GetCultureInfo("en-US"),
        _ => TryCulture(locale) ?? CultureInfo.GetCultureInfo("en-US"),
    };

    /// <summary>A value in its unit; an em dash for no value.</summary>
    public string Format(double? value, string unit)
    {
        if (value is not { } v)
        {
            return "—";
        }

        return unit switch
        {
            "percent" => v.ToString("P1", Culture),
            "hours" when Math.Abs(v) < 1 => string.Create(Culture, $"{v * 60:N0} {Unit("min")}"),
            "hours" => string.Create(Culture, $"{v:N1} {Unit("h")}"),
            "count" when v == Math.Floor(v) => v.ToString("N0", Culture),
            "points" or "score" => v.ToString("N1", Culture),
            _ => v.ToString("N2", Culture),
        };
    }

    /// <summary>The change from <paramref name="previous"/> to <paramref name="value"/>: percentage points for shares, relative otherwise.</summary>
    public (double? Change, string Display) Change(double? value, double? previous, string unit)
    {
        if (value is not { } v || previous is not { } p)
        {
            return (null, "—");
        }

        if (unit is "percent" or "points")
        {
            var difference = v - p;
            var points = unit == "percent" ? difference * 100 : difference;
            var suffix = Unit(unit == "percent" ? "pp" : "pts");
            return (difference, string.Create(Culture, $"{Sign(points)}{Math.Abs(points):N1} {suffix}"));
        }

        if (p == 0)
        {
            return (null, v == 0 ? "±0" : Unit("new"));
        }

        var relative = (v - p) / Math.Abs(p);
        return (relative, Sign(relative) + Math.Abs(relative).ToString("P1", Culture));
    }

    private string Unit(string english) => Units.GetValueOrDefault(english, english);

    private static string Sign(double value) => value > 0 ? "+" : value < 0 ? "−" : "±";

    private static CultureInfo? TryCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
