using System.Globalization;
using ReportBuilder.IO;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Rendering.Html;

/// <summary>The functions templates get besides Scriban's builtins (imported as snake_case: <c>status_key</c>, <c>fill</c>, <c>ordered</c>, <c>sparkline</c>, <c>utc</c>).</summary>
internal static class TemplateFunctions
{
    /// <summary>The wire name of a status: pass, warn, fail, no_data, none, insufficient_data.</summary>
    public static string StatusKey(Status status) => status.ToWire();

    /// <summary>A translated pattern with its blanks filled: <c>fill t.in_period comparison.in_sentence</c> for "in {0}".</summary>
    public static string Fill(string pattern, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, pattern, values.Select(v => v?.ToString() ?? "").ToArray());

    /// <summary>A breakdown's rows in the order its chart shows them (<see cref="BreakdownOrder"/>): <c>ordered m b</c>.</summary>
    public static IReadOnlyList<BreakdownRow> Ordered(MetricView metric, BreakdownView breakdown) =>
        BreakdownOrder.Sort(breakdown.Dimension, breakdown.Rows, metric.Direction, metric.Target is not null);

    /// <summary>An instant as <c>2026-11-23 12:00 UTC</c>.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The trend scaled into a <paramref name="width"/> × <paramref name="height"/> box; null with fewer than two values.</summary>
    public static Sparkline? Sparkline(IEnumerable<TrendPoint> trend, double width, double height) =>
        Html.Sparkline.Of(trend.ToList(), width, height);
}
