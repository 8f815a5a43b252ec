using System.Globalization;

namespace ReportBuilder.Reports;

/// <summary>Formats metric values for readers, by unit and culture ("1.5 h" in English, "1,5 h" in German).</summary>
internal sealed class ValueFormatter(CultureInfo culture)
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

    /// <summary>The words for a change that rounds to zero ("no change").</summary>
    public string NoChange { get; init; } = "no change";

    /// <summary>A value in its unit, with as many more digits as it takes to sit visibly on its own side of
    /// <paramref name="bound"/> (1.03 h against ≤ 1 h reads "62 min", never "1.0 h").</summary>
    public string Format(double? value, string unit, double? bound)
    {
        var text = Format(value, unit);
        if (value is not { } v || bound is not { } b || v == b)
        {
            return text;
        }

        if (unit == "hours" && Math.Abs(v) >= 1 && Math.Abs(v) < 10 && Math.Sign(Math.Round(v * 60) - b * 60) == Math.Sign(v - b))
        {
            return string.Create(Culture, $"{v * 60:N0} {Unit("min")}");
        }

        var (scale, digits, suffix) = unit switch
        {
            "percent" => (100.0, 1, "%"),
            "hours" when Math.Abs(v) < 1 => (60.0, 0, " " + Unit("min")),
            "hours" => (1.0, 1, " " + Unit("h")),
            "count" => (1.0, 0, ""),
            "points" or "score" => (1.0, 1, ""),
            _ => (1.0, 2, ""),
        };
        for (var d = digits; d <= digits + 4; d++)
        {
            if (Math.Sign(Math.Round(v * scale, d) - b * scale) == Math.Sign(v - b))
            {
                return d == digits ? text : unit == "percent"
                    ? v.ToString("P" + d.ToString(CultureInfo.InvariantCulture), Culture)
                    : (v * scale).ToString("N" + d.ToString(CultureInfo.InvariantCulture), Culture) + suffix;
            }
        }

        return text;
    }

    /// <summary>A difference in the metric's unit of change, without its sign: percentage points for shares, points for
    /// NPS, minutes or hours for durations.</summary>
    public string Magnitude(double difference, string unit)
    {
        var d = Math.Abs(difference);
        return unit switch
        {
            "percent" => string.Create(Culture, $"{d * 100:N1} {Unit("pp")}"),
            "points" => string.Create(Culture, $"{d:N1} {Unit("pts")}"),
            _ => Format(d, unit),
        };
    }

    /// <summary>A difference with its sign ("−3.1 pp"); a difference that rounds to zero reads "±0".</summary>
    public string Signed(double difference, string unit)
    {
        var text = Magnitude(difference, unit);
        return RoundsToZero(text) ? "±" + text : Sign(difference) + text;
    }

    /// <summary>The change from <paramref name="previous"/> to <paramref name="value"/>: percentage points for shares, relative
    /// otherwise; a change that rounds to zero at the precision shown reads <see cref="NoChange"/>.</summary>
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
            return (difference, Math.Round(points, 1) == 0 ? NoChange : string.Create(Culture, $"{Sign(points)}{Math.Abs(points):N1} {suffix}"));
        }

        if (p == 0)
        {
            return (null, v == 0 ? NoChange : Unit("new"));
        }

        var relative = (v - p) / Math.Abs(p);
        return (relative, Math.Round(relative, 3) == 0 ? NoChange : Sign(relative) + Math.Abs(relative).ToString("P1", Culture));
    }

    /// <summary>Whether a change shown as <paramref name="display"/> reads as no change.</summary>
    public bool IsNoChange(string display) => display == NoChange;

    /// <summary>A target as written ("≥ 90%", "≤ 1h") with its number in the culture and unit words of the report
    /// ("≥ 90 %", "≤ 1 Std."); rules that are not a plain comparison stay as written.</summary>
    public string Rule(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^([<>≤≥=≠]{1,2})\s*(-?\d+(?:\.\d+)?)\s*(%|h|m|d)?$");
        if (!match.Success)
        {
            return text;
        }

        var number = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var written = match.Groups[3].Value switch
        {
            "%" => (number / 100).ToString(number % 1 == 0 ? "P0" : "P1", Culture),
            "h" => $"{number.ToString("G", Culture)} {Unit("h")}",
            "m" => $"{number.ToString("G", Culture)} {Unit("min")}",
            "d" => $"{(number * 24).ToString("G", Culture)} {Unit("h")}",
            _ => number.ToString("G", Culture),
        };
        return $"{match.Groups[1].Value} {written}";
    }

    private static bool RoundsToZero(string text) => !text.Any(c => char.IsDigit(c) && c != '0');

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
