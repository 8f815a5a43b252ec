
namespace ReportBuilder.Reports.Insights;

/// <summary>Splits a missed (or warned) target's distance over the groups of one dimension (docs/output.md, "Where the gap is").</summary>
/// <remarks>
/// The gap is the distance from the value to the pass bound T, measured in the direction of the miss (positive).
/// A rate, a share or a mean is the row-weighted mean of its groups, Y = Σ w·y with w = n / N, so Y − T = Σ w·(y − T)
/// exactly: each group's part is its share of the rows times its own distance to the target, positive when the group
/// misses, negative when it is already past the target. A count is the sum of its groups: the target is split over them
/// by their shares b of the comparison period's count (of this period's without one), each part y − T·b. Groups under
/// the minimum sample are pooled into one part, so the parts still sum to the gap. Medians, percentiles and metrics whose
/// groups do not rebuild the value are not additive: no parts, only each group's own value against the target.
/// </remarks>
internal static class GapAttribution
{
    /// <param name="value">The metric's value Y.</param>
    /// <param name="bound">The pass bound T.</param>
    /// <param name="mean">The metric is a row-weighted mean of its groups (a rate, share, ratio or mean).</param>
    /// <param name="count">The metric is a count, the sum of its groups.</param>
    public static (bool Exact, List<GapPart> Parts) Split(IReadOnlyList<DriverDecomposition.Group> groups, double value, double bound, long sample,
        bool mean, bool count, double? previousValue, int minSample)
    {
        var direction = value < bound ? -1.0 : 1.0;   // the gap is (Y − T)·direction > 0
        var n = (double)groups.Sum(g => g.Current.Sample);
        var exact = mean
            ? n == sample && n > 0 && groups.All(g => g.Current.Sample == 0 || g.Current.Value is not null)
              && DriverDecomposition.Rebuilds(groups.Sum(g => g.Current.Sample / n * (g.Current.Value ?? 0)), value)
            : count && DriverDecomposition.Rebuilds(groups.Sum(g => g.Current.Value ?? 0), value);
        // A count's target is split by the comparison period's mix when its groups rebuild that period's count.
        var baseline = count && previousValue is { } p && p > 0 && DriverDecomposition.Rebuilds(groups.Sum(g => g.Previous?.Value ?? 0), p)
            ? groups.Select(g => (g.Previous?.Value ?? 0) / p).ToList()
            : groups.Select(g => value == 0 ? 0 : (g.Current.Value ?? 0) / value).ToList();
        var parts = new List<GapPart>();
        var pooled = new List<GapPart>();
        foreach (var (g, i) in groups.Select((g, i) => (g, i)))
        {
            if (g.Current.Sample == 0 && g.Current.Value is null && (!count || baseline[i] == 0))
            {
                continue;   // a group of the comparison period only, with no part of this period's value or target
            }

            var share = mean ? (n > 0 ? g.Current.Sample / n : 0) : baseline[i];
            double? part = !exact ? null
                : mean ? share * ((g.Current.Value ?? 0) - bound) * direction
                : ((g.Current.Value ?? 0) - bound * share) * direction;
            var row = new GapPart(g.Key, g.Current.Value, share, part, g.Current.Sample, g.Current.Sample < minSample)
            {
                Code = g.Code, WholeKey = g.WholeKey,
            };
            (row.InsufficientData && exact ? pooled : parts).Add(row);
        }

        if (pooled.Count > 0)
        {
            // The pooled groups' own value: their row-weighted mean (a rate, a mean), or their sum (a count).
            var rows = pooled.Sum(p => p.Sample);
            double? pooledValue = mean
                ? rows == 0 ? null : pooled.Sum(p => p.Sample * (p.Value ?? 0)) / rows
                : pooled.Sum(p => p.Value ?? 0);
            parts.Add(new GapPart("", pooledValue, pooled.Sum(p => p.Share), pooled.Sum(p => p.Part ?? 0), rows, true)
            {
                Pooled = pooled.Count,
                Members = pooled,
            });
        }

        return (exact, parts);
    }

    /// <summary>The groups that hold the gap: positive parts of groups with enough rows, largest first, each at least a tenth of
    /// the gap, until they hold four fifths of it, at most three.</summary>
    public static List<GapPart> Top(IEnumerable<GapPart> parts, double gap)
    {
        var top = new List<GapPart>();
        foreach (var part in parts.Where(p => p is { InsufficientData: false, Part: { } v } && v >= gap / 10)
                     .OrderByDescending(p => p.Part).ThenBy(p => p.Code is null))
        {
            if (top.Count == 3 || top.Sum(p => p.Part!.Value) >= gap * 0.8)
            {
                break;
            }

            top.Add(part);
        }

        return top;
    }
}
