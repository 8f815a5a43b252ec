using ReportBuilder.Metrics.Sql;
using ReportBuilder.Periods;
using ReportBuilder.Planning;
using ReportBuilder.Rules;

namespace ReportBuilder.Metrics;

/// <summary>A metric's run of periods with the current status, ending with the report's period, over the trend and the
/// periods read before it (<see cref="ReportPlan.History"/>).</summary>
/// <param name="Bound"><c>data_start</c>, <c>limit</c>, <c>trend</c> or null (<see cref="Reports.Streak.Bound"/>).</param>
/// <param name="Since">With <c>data_start</c>: the first period with data.</param>
/// <param name="NeedsHistory">The run is a miss or a warning that reaches the trend's start (or only periods without rows
/// stand before it there) and the periods before the trend are not read yet.</param>
internal sealed record StreakCount(Status Status, int Periods, string? Bound, PeriodWindow? Since, bool NeedsHistory)
{
    /// <summary>The streak of a metric with a target and a trend ending with the report's period; null otherwise.</summary>
    public static StreakCount? Of(ReportPlan plan, PlannedMetric metric, MetricSeries series)
    {
        if (metric.Target is not { } target || plan.TrendIndexes.Count == 0 || plan.TrendIndexes[^1] != 0)
        {
            return null;
        }

        var earlier = series.HistoryRead && plan.History is { } history
            ? history.Periods.Select((p, i) => (Period: p, Value: series.EarlierAt(i)))
            : [];
        var points = earlier.Concat(plan.TrendIndexes.Select(i => (Period: plan.Periods[i], Value: series.At(i)))).ToList();
        var statuses = new List<Status>();
        double? previous = null;
        foreach (var (_, measurement) in points)
        {
            statuses.Add(target.Evaluate(measurement.Value, previous, measurement.Sample, metric.MinSample));
            previous = measurement.Value;
        }

        var current = statuses[^1];
        var start = statuses.Count;
        while (start > 0 && statuses[start - 1] == current)
        {
            start--;
        }

        // A target against 'previous' cannot judge the first period read: reaching the one after it is reaching the start.
        var reachesStart = start <= (target.UsesPrevious ? 1 : 0);
        var dataStart = !reachesStart && points.Take(start).All(p => p.Value.Sample == 0);
        var periods = statuses.Count - start;
        if (!series.HistoryRead && plan.History is not null && (reachesStart || dataStart))
        {
            // Only a miss or a warning is worth the statement: a pass or no data says so and stays counted over the trend.
            return new StreakCount(current, periods, "trend", null, current is Status.Fail or Status.Warn);
        }

        return reachesStart ? new StreakCount(current, periods, "limit", null, false)
            : dataStart ? new StreakCount(current, periods, "data_start", points[start].Period, false)
            : new StreakCount(current, periods, null, null, false);
    }
}
