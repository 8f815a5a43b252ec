using System.Globalization;

namespace ReportBuilder.Data;

/// <summary>The canonical text form of instants in queries.</summary>
public static class Timestamps
{
    /// <summary>Formats a UTC instant as <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static string ToText(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(CanonicalSchema.TimestampFormat, CultureInfo.InvariantCulture);
}
