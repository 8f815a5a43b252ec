using System.Globalization;

namespace ReportBuilder.Data;

/// <summary>The canonical text form of instants in queries.</summary>
public static class Timestamps
{
    /// <summary>Formats a UTC instant as <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string ToText(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(CanonicalSchema.TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads canonical timestamp text (UTC) back; null when it is not one.</summary>
    public static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParseExact(text, CanonicalSchema.TimestampFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) ? instant : null;
}
