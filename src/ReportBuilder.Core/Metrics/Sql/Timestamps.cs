using System.Globalization;

namespace ReportBuilder.Metrics.Sql;

/// <summary>The canonical text form of instants in queries.</summary>
internal static class Timestamps
{
    /// <summary>The timestamp format of every time column: UTC, SQLite's native text form.</summary>
    public const string Format = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Formats a UTC instant as <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string ToText(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads canonical timestamp text (UTC) back; null when it is not one.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) ? instant : null;
}
