using System.Globalization;

namespace ReportBuilder.Reports;

/// <summary>How breakdown keys read and sort: hours as 09:00, weekdays by name, the rest as stored.</summary>
internal static class DimensionKeys
{
    public const string None = "(none)";

    public static string Display(string dimension, string? key, CultureInfo culture) => (dimension, key) switch
    {
        (_, null) => None,
        ("hour", _) when int.TryParse(key, CultureInfo.InvariantCulture, out var hour) => $"{hour:00}:00",
        ("weekday", _) when int.TryParse(key, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 7 =>
            culture.TextInfo.ToTitleCase(culture.DateTimeFormat.GetDayName((DayOfWeek)(day % 7))),
        ("weekday_hour", _) when int.TryParse(key, CultureInfo.InvariantCulture, out var slot) && slot / 100 is >= 1 and <= 7 =>
            $"{culture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)(slot / 100 % 7))} {slot % 100:00}:00",
        _ => key,
    };

    /// <summary>Hours and weekdays in calendar order; other keys alphabetically, "(none)" last.</summary>
    public static IEnumerable<(string? Key, Metrics.Measurement Value)> Order(
        string dimension, IEnumerable<(string? Key, Metrics.Measurement Value)> rows) =>
        dimension is "hour" or "weekday" or "weekday_hour"
            ? rows.OrderBy(r => int.TryParse(r.Key, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            : rows.OrderBy(r => r.Key is null).ThenBy(r => r.Key, StringComparer.OrdinalIgnoreCase);
}
