using System.Globalization;
using ReportBuilder.Definitions;

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
    public string Format(double? value, MetricUnit unit) => Format(value, unit, null);

    /// <summary>The words for a change that rounds to zero ("no change").</summary>
    public string NoChange { get; init; } = "no change";

    /// <summary>A value in its unit, with as many more digits as it takes to sit visibly on its own side of
    /// <paramref name="bound"/> (1.03 h against ≤ 1 h reads "62 min", never "1.0 h"); an em dash for no value.</summary>
    public string Format(double? value, MetricUnit unit, double? bound) =>
        value is { } v ? Write(v, Near(v, unit, bound)) : "—";

    /// <summary>A value and the value it is compared with, in one unit (never "64 min" against "1.001 h"), each with the
    /// digits that keep it on its own side of its bound, and, when they <paramref name="differ"/> (the change does not read
    /// <see cref="NoChange"/>), with as many more digits as it takes for the two to read differently ("4.42" against "4.44",
    /// never "4.4" against "4.4").</summary>
    public (string Value, string Previous) Pair(double? value, double? previous, MetricUnit unit, double? bound, double? previousBound, bool differ)
    {
        if (value is not { } v || previous is not { } p)
        {
            return (Format(value, unit, bound), Format(previous, unit, previousBound));
        }

        var shown = Near(v, unit, bound);
        // The previous value in the value's unit (minutes or hours), with the digits its own bound needs.
        var before = shown with { Digits = Digits(p, shown, previousBound) };
        if (differ && v != p && Write(v, shown) == Write(p, before))
        {
            var least = Math.Max(shown.Digits, before.Digits);
            var digits = least;
            while (digits < least + 2 && Write(v, shown with { Digits = digits }) == Write(p, before with { Digits = digits }))
            {
                digits++;
            }

            (shown, before) = (shown with { Digits = digits }, before with { Digits = digits });
        }

        return (Write(v, shown), Write(p, before));
    }

    /// <summary>A difference in the metric's unit of change, without its sign: percentage points for shares, points for
    /// NPS, minutes or hours for durations.</summary>
    public string Magnitude(double difference, MetricUnit unit)
    {
        var d = Math.Abs(difference);
        return unit switch
        {
            MetricUnit.Percent => string.Create(Culture, $"{d * 100:N1}{UnitSpace}{Unit("pp")}"),
            MetricUnit.Points => string.Create(Culture, $"{d:N1}{UnitSpace}{Unit("pts")}"),
            _ => Format(d, unit),
        };
    }

    /// <summary>A difference with its sign ("−3.1 pp"); a difference that rounds to zero reads "±0".</summary>
    public string Signed(double difference, MetricUnit unit)
    {
        var text = Magnitude(difference, unit);
        return RoundsToZero(text) ? "±" + text : Sign(difference) + text;
    }

    /// <summary>The change from <paramref name="previous"/> to <paramref name="value"/>: percentage points for shares, relative
    /// otherwise; a change that rounds to zero at the precision shown reads <see cref="NoChange"/>.</summary>
    public (double? Change, string Display) Change(double? value, double? previous, MetricUnit unit)
    {
        if (value is not { } v || previous is not { } p)
        {
            return (null, "—");
        }

        if (unit is MetricUnit.Percent or MetricUnit.Points)
        {
            var difference = v - p;
            var points = unit == MetricUnit.Percent ? difference * 100 : difference;
            var suffix = Unit(unit == MetricUnit.Percent ? "pp" : "pts");
            return (difference, Math.Round(points, 1) == 0 ? NoChange : string.Create(Culture, $"{Sign(points)}{Math.Abs(points):N1}{UnitSpace}{suffix}"));
        }

        if (p == 0)
        {
            return (null, v == 0 ? NoChange : Unit("new"));
        }

        var relative = (v - p) / Math.Abs(p);
        return (relative, Math.Round(relative, 3) == 0 ? NoChange : Sign(relative) + Percent(Math.Abs(relative), 1));
    }

    /// <summary>The bound nearest <paramref name="value"/> of a target's pass and warn bounds: the one whose side the
    /// written value must show; null without a value or a bound.</summary>
    public static double? Nearest(double? value, double? pass, double? warn) =>
        value is not { } v ? null : new[] { pass, warn }.OfType<double>().OrderBy(b => Math.Abs(v - b)).Cast<double?>().FirstOrDefault();

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
            "%" => Percent(number / 100, number % 1 == 0 ? 0 : 1),
            "h" => $"{number.ToString("G", Culture)}{UnitSpace}{Unit("h")}",
            "m" => $"{number.ToString("G", Culture)}{UnitSpace}{Unit("min")}",
            "d" => $"{(number * 24).ToString("G", Culture)}{UnitSpace}{Unit("h")}",
            _ => number.ToString("G", Culture),
        };
        return $"{match.Groups[1].Value}{NoBreak}{written}";
    }

    // How a value is written: multiplied by Scale, with Digits decimals and a unit word after it; shares as percentages.
    private readonly record struct Written(double Scale, int Digits, string Suffix, bool Percent = false);

    private Written Usual(double v, MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => new(100, 1, "", Percent: true),
        MetricUnit.Hours when Math.Abs(v) < 1 => new(60, 0, UnitSpace + Unit("min")),
        MetricUnit.Hours => new(1, 1, UnitSpace + Unit("h")),
        MetricUnit.Count when v == Math.Floor(v) => new(1, 0, ""),
        MetricUnit.Points or MetricUnit.Score => new(1, 1, ""),
        _ => new(1, 2, ""),
    };

    // The usual writing where it shows the value on its own side of the bound; else minutes for a duration of a few hours
    // ("62 min", not "1.0 h"), else more digits ("24.04 h").
    private Written Near(double v, MetricUnit unit, double? bound)
    {
        var usual = Usual(v, unit);
        if (bound is not { } b || v == b || Digits(v, usual, b) == usual.Digits)
        {
            return usual;
        }

        if (unit == MetricUnit.Hours && Math.Abs(v) >= 1 && Math.Abs(v) < 10 && Math.Sign(Math.Round(v * 60) - b * 60) == Math.Sign(v - b))
        {
            return new(60, 0, UnitSpace + Unit("min"));
        }

        return usual with { Digits = Digits(v, usual, b) };
    }

    // The fewest digits from the writing's own (at most four more) that keep v on its side of the bound.
    private static int Digits(double v, Written written, double? bound)
    {
        if (bound is not { } b || v == b)
        {
            return written.Digits;
        }

        for (var d = written.Digits; d <= written.Digits + 4; d++)
        {
            if (Math.Sign(Math.Round(v * written.Scale, d) - b * written.Scale) == Math.Sign(v - b))
            {
                return d;
            }
        }

        return written.Digits;
    }

    private string Write(double v, Written written)
    {
        var digits = written.Digits.ToString(CultureInfo.InvariantCulture);
        return written.Percent
            ? Percent(v, written.Digits)
            : (v * written.Scale).ToString("N" + digits, Culture) + written.Suffix;
    }

    private static bool RoundsToZero(string text) => !text.Any(c => char.IsDigit(c) && c != '0');

    private string Unit(string english) => Units.GetValueOrDefault(english, english);

    /// <summary>A space that never breaks a line: between a comparison and its number, and a number and its unit ("28.4 h"
    /// stays on one line of a 390-pixel phone screen).</summary>
    private const string NoBreak = "\u00a0";

    /// <summary>Between a number and its unit word: none in Korean ("15.0점", "24시간", "41.1%p"), else a no-break space.</summary>
    private string UnitSpace => Culture.TwoLetterISOLanguageName == "ko" ? "" : NoBreak;

    /// <summary>A share as a percentage in the culture's pattern ("48.9%", "48,9 %"), its space a no-break one.</summary>
    private string Percent(double share, int digits) =>
        share.ToString("P" + digits.ToString(CultureInfo.InvariantCulture), Culture).Replace(' ', '\u00a0');

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
