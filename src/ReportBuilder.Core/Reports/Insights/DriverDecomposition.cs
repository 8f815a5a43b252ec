using ReportBuilder.Definitions;
using ReportBuilder.Metrics;

namespace ReportBuilder.Reports.Insights;

/// <summary>Takes a metric's change between two periods apart by the groups of one dimension (docs/output.md, "What drove the change").</summary>
/// <remarks>
/// A rate, a share or a mean is the row-weighted mean of its groups: Y = Σ w·y with w = n / N. Its change splits exactly into
/// a rate effect (y₁ − y₀)·(w₀ + w₁)/2 and a mix effect (w₁ − w₀)·((y₀ + y₁)/2 − Ȳ), Ȳ the mean of the two totals; the
/// interaction is split evenly between them, so the parts sum to the change, and the mix effect measures a share moving
/// towards a group that is better or worse than the whole (a growing group at the average is no driver). A count is the sum
/// of its groups: each part is the group's own change. Medians, and metrics whose groups do not rebuild the value (a ticket
/// under several tags, revenue over another denominator), are not exact: each part is the group's own change.
/// </remarks>
internal static class DriverDecomposition
{
    // The groups must rebuild the total to this relative tolerance (values keep twelve significant digits).
    private const double Tolerance = 1e-9;

    /// <param name="Key">The group as readers see it, cut (<see cref="DimensionKeys.Shorten"/>).</param>
    public sealed record Group(string? Code, string Key, Measurement Current, Measurement? Previous)
    {
        /// <summary>The group uncut, for the JSON.</summary>
        public string WholeKey { get; init; } = Key;
    }

    public static (bool Exact, List<DriverPart> Parts) Decompose(IReadOnlyList<Group> groups, MetricUnit unit, bool mean,
        double current, double previous, long currentSample, long previousSample, int minSample)
    {
        var n1 = (double)groups.Sum(g => g.Current.Sample);
        var n0 = (double)groups.Sum(g => g.Previous?.Sample ?? 0);
        var valued = groups.Where(g => g.Current.Value is not null || g.Previous?.Value is not null).ToList();
        var exact = mean
            ? n1 == currentSample && n0 == previousSample && n1 > 0 && n0 > 0
              && Rebuilds(valued.Sum(g => g.Current.Sample / n1 * (g.Current.Value ?? 0)), current)
              && Rebuilds(valued.Sum(g => (g.Previous?.Sample ?? 0) / n0 * (g.Previous?.Value ?? 0)), previous)
            : unit == MetricUnit.Count
              && Rebuilds(valued.Sum(g => g.Current.Value ?? 0), current)
              && Rebuilds(valued.Sum(g => g.Previous?.Value ?? 0), previous);
        var average = (current + previous) / 2;
        var parts = new List<DriverPart>();
        foreach (var g in groups)
        {
            var y1 = g.Current.Value;
            var y0 = g.Previous?.Value;
            var w1 = n1 > 0 ? g.Current.Sample / n1 : 0;
            var w0 = n0 > 0 ? (g.Previous?.Sample ?? 0) / n0 : 0;
            double rate, mix;
            if (exact && mean)
            {
                // A group present in one period only has no rate of its own in the other: it moves the mix alone.
                var a = y1 ?? y0 ?? 0;
                var b = y0 ?? y1 ?? 0;
                rate = (a - b) * (w0 + w1) / 2;
                mix = (w1 - w0) * ((a + b) / 2 - average);
            }
            else
            {
                rate = (y1 ?? 0) - (y0 ?? 0);
                mix = 0;
                if (!exact && (y1 is null || y0 is null))
                {
                    rate = 0;   // a median of a group absent in one period has no change of its own
                }
            }

            // The row's own rows decide, as its status does; a group gone this period is judged by the rows it had.
            var insufficient = (g.Current.Sample > 0 ? g.Current.Sample : g.Previous?.Sample ?? 0) < minSample;
            parts.Add(new DriverPart(g.Key, y1, y0, w1, w0, rate, mix, g.Current.Sample, insufficient) { Code = g.Code, WholeKey = g.WholeKey });
        }

        return (exact, parts);
    }

    /// <summary>The groups that carry the change: same sign, enough rows, at least a tenth of it, largest first, at most three.</summary>
    public static List<DriverPart> Top(IEnumerable<DriverPart> parts, double change, bool exact) =>
        parts.Where(p => !p.InsufficientData && Math.Sign(p.Total) == Math.Sign(change) && change != 0
                         && (!exact || Math.Abs(p.Total) >= Math.Abs(change) / 10))
            .OrderByDescending(p => Math.Abs(exact ? p.Total : p.Total * p.Share))
            .ThenBy(p => p.Code is null)
            .Take(3)
            .ToList();

    internal static bool Rebuilds(double rebuilt, double value) => Math.Abs(rebuilt - value) <= Tolerance * Math.Max(1, Math.Abs(value));
}
