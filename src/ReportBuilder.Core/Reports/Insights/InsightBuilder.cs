using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Rules;

namespace ReportBuilder.Reports.Insights;

/// <summary>Computes a metric's insight from the plan's results: distance, streak, transition, drivers and mover score.</summary>
internal static class InsightBuilder
{
    /// <summary>Breakdown rows with fewer rows than this are never named as drivers when the metric sets no <c>min_sample</c>.</summary>
    public const int DefaultMinSample = 30;

    // The trend's history needs this many earlier period-to-period moves before a change can be called unusual.
    private const int MinimumHistory = 3;

    public static MetricInsight Build(ReportPlan plan, PlannedMetric metric, MetricSeries series, MetricView view,
        ValueFormatter formatter, ReportWords words, Func<Measurement, double?, Status> evaluate)
    {
        var statuses = TrendStatuses(plan, series, evaluate);
        var previousStatus = view.Previous?.Status ?? (statuses.Count > 1 ? statuses[^2] : (Status?)null);
        return new MetricInsight
        {
            Distance = Distance(view, formatter, words),
            Streak = Streak(plan, metric, series, formatter.Culture),
            Transition = (view.Status, previousStatus) switch
            {
                (Status.Fail, Status.Pass or Status.Warn) => "newly_failing",
                (Status.Pass, Status.Fail or Status.Warn) => "recovered",
                _ => null,
            },
            Drivers = Drivers(plan, metric, series, view, formatter, words),
            MoverScore = MoverScore(plan, series),
            Gap = Gap(metric, series, view, formatter, words),
        };
    }

    private static TargetDistance? Distance(MetricView view, ValueFormatter formatter, ReportWords words)
    {
        if (view.Value is not { } v || view.PassBound is not { } bound || view.Status is Status.NoData or Status.InsufficientData)
        {
            return null;
        }

        var difference = v - bound;
        var side = Math.Abs(difference) < 1e-12 ? "at" : difference > 0 ? "above" : "below";
        var magnitude = formatter.Magnitude(difference, view.Unit);
        return new TargetDistance(difference, side, words.Phrase(formatter.Culture, "distance_" + side, magnitude));
    }

    // The streak as readers see it: its first period's label in the report's language.
    private static Streak? Streak(ReportPlan plan, PlannedMetric metric, MetricSeries series, System.Globalization.CultureInfo culture) =>
        StreakCount.Of(plan, metric, series) is not { } count ? null : new Streak(count.Status, count.Periods)
        {
            Bound = count.Bound,
            Since = count.Since is { } since ? new PeriodView(since.StartUtc, since.EndUtc, since.Label(culture)) : null,
        };

    // The status of each trend period, oldest first; empty unless the trend ends with the report's period.
    private static List<Status> TrendStatuses(ReportPlan plan, MetricSeries series, Func<Measurement, double?, Status> evaluate)
    {
        var statuses = new List<Status>();
        if (plan.TrendIndexes.Count == 0 || plan.TrendIndexes[^1] != 0)
        {
            return statuses;
        }

        double? previous = null;
        foreach (var index in plan.TrendIndexes)
        {
            var measurement = series.At(index);
            statuses.Add(evaluate(measurement, previous));
            previous = measurement.Value;
        }

        return statuses;
    }

    /// <summary>This period's change over the median absolute period-to-period change before it.</summary>
    internal static double? MoverScore(ReportPlan plan, MetricSeries series)
    {
        if (plan.TrendIndexes.Count == 0 || plan.TrendIndexes[^1] != 0)
        {
            return null;
        }

        var values = plan.TrendIndexes.Select(i => series.At(i).Value).ToList();
        var moves = new List<double>();
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] is { } b && values[i - 1] is { } a)
            {
                moves.Add(b - a);
            }
        }

        if (values[^1] is null || values[^2] is null || moves.Count < MinimumHistory + 1)
        {
            return null;
        }

        var change = moves[^1];
        var earlier = moves.Take(moves.Count - 1).Select(Math.Abs).Order().ToList();
        var typical = earlier.Count % 2 == 1 ? earlier[earlier.Count / 2] : (earlier[earlier.Count / 2 - 1] + earlier[earlier.Count / 2]) / 2;
        if (typical == 0)
        {
            typical = earlier.Average();
        }

        return typical == 0 ? null : Math.Round(change / typical, 6);
    }

    // A rate, a share, a ratio or a mean: the row-weighted mean of its groups (not a median, a percentile or a mix).
    private static bool RowWeighted(PlannedMetric metric)
    {
        var expression = metric.Stat.Value.Value;
        return metric.Unit != MetricUnit.Count && !metric.Definition.Mix
            && !expression.Contains("median(", StringComparison.OrdinalIgnoreCase)
            && !expression.Contains("percentile(", StringComparison.OrdinalIgnoreCase);
    }

    private static int MinSample(PlannedMetric metric) => metric.MinSample > 0 ? metric.MinSample : DefaultMinSample;

    // The groups of one dimension in either period, in breakdown order: a group gone since the comparison period counts too.
    private static List<DriverDecomposition.Group> Groups(DimensionModel dimension, MetricSeries series, ValueFormatter formatter, ReportWords words)
    {
        var rows = series.Breakdowns.GetValueOrDefault(dimension.Name) ?? [];
        var comparison = series.ComparisonBreakdowns.GetValueOrDefault(dimension.Name) ?? [];
        var earlier = comparison.ToDictionary(r => r.Key ?? DimensionKeys.None, r => r.Value, StringComparer.Ordinal);
        // A set, not a scan of the rows per row: 20,000 agents would take 200 million comparisons.
        var current = rows.Select(r => r.Key).ToHashSet();
        var all = rows.Concat(comparison.Where(r => !current.Contains(r.Key)).Select(r => (r.Key, new Measurement(null, 0)))).ToList();
        return DimensionKeys.Order(dimension.Name, all)
            .Select(r => (Row: r, Key: words.Group(dimension.Name, r.Key, formatter.Culture)))
            .Select(g => new DriverDecomposition.Group(g.Row.Key, DimensionKeys.Shorten(g.Key), g.Row.Value,
                earlier.TryGetValue(g.Row.Key ?? DimensionKeys.None, out var p) ? p : null) { WholeKey = g.Key })
            .ToList();
    }

    private static List<GapSet> Gap(PlannedMetric metric, MetricSeries series, MetricView view, ValueFormatter formatter, ReportWords words)
    {
        if (view.Status is not (Status.Fail or Status.Warn) || metric.Definition.Mix || view.Value is not { } value
            || view.PassBound is not { } bound || value == bound)
        {
            return [];
        }

        var sets = new List<GapSet>();
        var gap = Math.Abs(value - bound);
        foreach (var dimension in metric.Breakdowns)
        {
            if (series.Breakdowns.GetValueOrDefault(dimension.Name) is not { Count: > 0 })
            {
                continue;
            }

            var (exact, parts) = GapAttribution.Split(Groups(dimension, series, formatter, words), value, bound, view.Sample, RowWeighted(metric), metric.Unit == MetricUnit.Count,
                view.Previous?.Value, MinSample(metric));
            parts = parts.Select(p => p with
            {
                Key = p.Pooled > 0 ? words.Phrase(formatter.Culture, "gap_pooled") : p.Key,
                WholeKey = p.Pooled > 0 ? words.Phrase(formatter.Culture, "gap_pooled") : p.WholeKey,
                DisplayValue = formatter.Format(p.Value, view.Unit, bound),
                DisplayPart = p.Part is { } v ? formatter.Signed(v, view.Unit) : "",
                Members = [.. p.Members.Select(m => m with { DisplayPart = m.Part is { } w ? formatter.Signed(w, view.Unit) : "" })],
            }).ToList();
            sets.Add(new GapSet(dimension.Name, words.DimensionLabels.GetValueOrDefault(dimension.Name, dimension.Label), exact, gap, parts,
                exact ? GapAttribution.Top(parts, gap) : [])
            {
                DisplayGap = formatter.Magnitude(gap, view.Unit),
            });
        }

        return sets;
    }

    private static List<DriverSet> Drivers(ReportPlan plan, PlannedMetric metric, MetricSeries series, MetricView view,
        ValueFormatter formatter, ReportWords words)
    {
        var sets = new List<DriverSet>();
        if (plan.ComparisonIndex is not { } c || view.Value is not { } current || view.Previous?.Value is not { } previous
            || (current == previous && view.Status is not (Status.Fail or Status.Warn)))
        {
            return sets;
        }

        var change = current - previous;
        foreach (var dimension in metric.Breakdowns)
        {
            if (series.Breakdowns.GetValueOrDefault(dimension.Name) is not { Count: > 0 }
                || series.ComparisonBreakdowns.GetValueOrDefault(dimension.Name) is not { Count: > 0 })
            {
                continue;
            }

            var (exact, parts) = DriverDecomposition.Decompose(Groups(dimension, series, formatter, words), metric.Unit, RowWeighted(metric),
                current, previous, view.Sample, series.At(c).Sample, MinSample(metric));
            parts = parts.Select(p => p with { DisplayTotal = formatter.Signed(p.Total, metric.Unit) }).ToList();
            sets.Add(new DriverSet(dimension.Name, words.DimensionLabels.GetValueOrDefault(dimension.Name, dimension.Label), exact, change,
                parts, DriverDecomposition.Top(parts, change, exact)));
        }

        return sets;
    }
}
