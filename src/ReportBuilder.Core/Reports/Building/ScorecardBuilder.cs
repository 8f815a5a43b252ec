using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Reports.Building;

/// <summary>Builds the scorecards from the rows the database grouped by member: a page per member, each value with the
/// members' median and the member's rank. Only the members' rows are read here; every value comes from SQL.</summary>
internal static class ScorecardBuilder
{
    public static ScorecardView Build(ReportPlan plan, PlannedScorecard scorecard, IReadOnlyDictionary<string, MetricSeries> results,
        ValueFormatter formatter, ReportWords words)
    {
        var definition = scorecard.Definition;
        // A member is a key with rows in the report's period; rows without a member (unassigned tickets) count only in the
        // pooled value.
        var keys = scorecard.Metrics.SelectMany(m => results[m.Name].Members.GetValueOrDefault(0) ?? []).Select(r => r.Key).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var columns = scorecard.Metrics.Select(m => Column(plan, m, results[m.Name], keys, definition.MinSample, formatter, words)).ToList();
        var pages = keys.Select(key => new ScorecardPage(DimensionKeys.Shorten(key), columns.Select(c => c.Values[key]).ToList()) { WholeKey = key }).ToList();
        return new ScorecardView(definition.Per.Value, words.DimensionLabels.GetValueOrDefault(definition.Per.Value, definition.Per.Value),
            definition.Credit.Value, definition.MinSample, columns.Select(c => c.Metric).ToList(), pages);
    }

    private sealed record ColumnView(ScorecardMetric Metric, Dictionary<string, ScorecardValue> Values);

    private static ColumnView Column(ReportPlan plan, PlannedMetric metric, MetricSeries series, List<string> keys, int defaultMinSample,
        ValueFormatter formatter, ReportWords words)
    {
        var minSample = metric.MinSample > 0 ? metric.MinSample : defaultMinSample;
        var unit = metric.Unit;
        var label = ReportModelBuilder.Label(plan, metric, words);
        var target = words.Target(metric.Target, formatter.Rule);
        Dictionary<string, Measurement> At(int period) => (series.Members.GetValueOrDefault(period) ?? [])
            .Where(r => r.Key is not null).ToDictionary(r => r.Key!, r => r.Value, StringComparer.Ordinal);
        var current = At(0);
        var previous = plan.ComparisonIndex is { } c ? At(c) : null;
        var trend = plan.TrendIndexes.Select(i => (Index: i, Rows: At(i))).ToList();

        // Ranked: a value from at least min_sample rows; the median is over the same members.
        var eligible = current.Where(r => r.Value.Value is not null && r.Value.Sample >= minSample)
            .ToDictionary(r => r.Key, r => r.Value.Value!.Value, StringComparer.Ordinal);
        var median = Median([.. eligible.Values]);
        var direction = metric.Definition.Direction;
        int? Rank(string key) => direction == MetricDirection.None || !eligible.TryGetValue(key, out var value) ? null
            : 1 + eligible.Values.Count(v => direction == MetricDirection.Higher ? v > value : v < value);
        var displayMedian = formatter.Format(median, unit);

        var values = new Dictionary<string, ScorecardValue>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var measurement = current.GetValueOrDefault(key, new Measurement(null, 0));
            var before = previous?.GetValueOrDefault(key, new Measurement(null, 0));
            var (display, compared) = ReportModelBuilder.Compare(metric, measurement, before, formatter);
            var status = ReportModelBuilder.Evaluate(metric with { MinSample = minSample }, measurement, before?.Value);
            values[key] = new ScorecardValue(metric.Name[ScorecardDefinition.NamePrefix.Length..], label, unit, target, measurement.Value,
                display, status, measurement.Sample, formatter.Format(measurement.Sample, MetricUnit.Count),
                measurement.Sample < minSample, Rank(key), eligible.Count, median, displayMedian,
                compared,
                [.. trend.Select(t => new TrendPoint(plan.Periods[t.Index].StartUtc, plan.Periods[t.Index].EndUtc,
                    plan.Periods[t.Index].Label(formatter.Culture), t.Rows.GetValueOrDefault(key).Value))]);
        }

        var pooled = series.At(0);
        var view = new ScorecardMetric(metric.Name[ScorecardDefinition.NamePrefix.Length..], metric.Definition.Id, label, metric.Stat.Name, unit,
            direction, target, pooled.Value, formatter.Format(pooled.Value, unit, ReportModelBuilder.Nearest(pooled.Value, metric.Target)),
            ReportModelBuilder.Evaluate(metric, pooled, previous is null ? null : series.At(plan.ComparisonIndex!.Value).Value),
            pooled.Sample, median, displayMedian, eligible.Count);
        return new ColumnView(view, values);
    }

    /// <summary>The median of the members' values: the middle one, or the mean of the two middle ones; null for none.</summary>
    internal static double? Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return MetricEngine.Significant(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
    }
}
