using System.Globalization;

namespace ReportBuilder.Reports;

/// <summary>How breakdown keys read and sort: hours as 09:00, weekdays by name, the rest as stored; long ones cut to
/// <see cref="MaxShown"/> text elements where readers see them.</summary>
internal static class DimensionKeys
{
    public const string None = "(none)";

    /// <summary>The most text elements of a key that tables, charts, sentences and file names show; the JSON keeps it whole.</summary>
    public const int MaxShown = 100;

    /// <summary>The key as readers see it: itself up to <see cref="MaxShown"/> text elements, otherwise its first ones and
    /// "…", cut between text elements so that no surrogate pair or combining mark is split. Reads at most that far into the
    /// key, so a key of megabytes costs what a short one does.</summary>
    public static string Shorten(string key)
    {
        if (key.Length <= MaxShown)
        {
            return key;     // never more text elements than UTF-16 units
        }

        var end = 0;
        for (var count = 0; count < MaxShown && end < key.Length; count++)
        {
            end += StringInfo.GetNextTextElementLength(key.AsSpan(end));
        }

        return end == key.Length ? key : key[..end].TrimEnd() + "…";
    }

    public static string Display(string dimension, string? key, CultureInfo culture, IReadOnlyDictionary<string, string>? values = null) =>
        (dimension, key) switch
    {
        (_, null) => None,
        ("hour", _) when int.TryParse(key, CultureInfo.InvariantCulture, out var hour) => $"{hour:00}:00",
        ("weekday", _) when int.TryParse(key, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 7 =>
            culture.TextInfo.ToTitleCase(culture.DateTimeFormat.GetDayName((DayOfWeek)(day % 7))),
        ("weekday_hour", _) when int.TryParse(key, CultureInfo.InvariantCulture, out var slot) && slot / 100 is >= 1 and <= 7 =>
            $"{culture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)(slot / 100 % 7))} {slot % 100:00}:00",
        _ => values?.GetValueOrDefault(dimension + "." + key) ?? key,
    };

    /// <summary>Hours and weekdays in calendar order; other keys alphabetically, "(none)" last.</summary>
    public static IEnumerable<(string? Key, Metrics.Measurement Value)> Order(
        string dimension, IEnumerable<(string? Key, Metrics.Measurement Value)> rows) =>
        dimension is "hour" or "weekday" or "weekday_hour"
            ? rows.OrderBy(r => int.TryParse(r.Key, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            : rows.OrderBy(r => r.Key is null).ThenBy(r => r.Key, StringComparer.OrdinalIgnoreCase);
}
