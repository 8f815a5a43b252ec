using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Testing;

/// <summary>Short reads of a metric's breakdown rows for assertions.</summary>
internal static class MetricViewExtensions
{
    /// <summary>(key, value) of each row of the breakdown by <paramref name="dimension"/> (the only one when null).</summary>
    public static (string Key, double? Value)[] Rows(this MetricView metric, string? dimension = null) =>
        Breakdown(metric, dimension).Rows.Select(r => (r.Key, r.Value)).ToArray();

    /// <summary>(key, status) of each row of the breakdown.</summary>
    public static (string Key, Status Status)[] RowStatuses(this MetricView metric, string? dimension = null) =>
        Breakdown(metric, dimension).Rows.Select(r => (r.Key, r.Status)).ToArray();

    /// <summary>Asserts the metric has no value: null (never 0 or NaN), status no_data, shown as a dash.</summary>
    public static void ShouldBeNoData(this MetricView metric)
    {
        metric.Value.ShouldBeNull();
        metric.Status.ShouldBe(Status.NoData);
        metric.DisplayValue.ShouldBe("—");
    }

    private static BreakdownView Breakdown(MetricView metric, string? dimension) =>
        dimension is null ? metric.Breakdowns.Single() : metric.Breakdowns.Single(b => b.Dimension == dimension);
}
