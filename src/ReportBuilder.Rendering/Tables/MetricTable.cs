using ReportBuilder.IO;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Tables;

/// <summary>A metric as a table for spreadsheets: its value for the whole period, then one row per group of each breakdown,
/// in the report's order. Values are as in JSON (shares as fractions); <c>shown</c> is the value as the report writes it
/// (on its own side of the target), <c>previous</c> the comparison period's value, <c>change</c> the change as the card
/// gives it (a difference for shares and points, relative otherwise), and <c>contribution</c> a group's part of the metric's
/// change (the insights' drivers: rate and mix effect, the parts summing to the change) where the parts are exact, and
/// <c>gap</c> a group's part of the distance to the target of a missed or warned metric (the insights' gap: the parts sum
/// to the gap; the whole period's row carries the gap itself).</summary>
internal sealed record MetricTable(string Name, string Label, IReadOnlyList<MetricTableRow> Rows)
{
    /// <summary>The columns, in order: the first seven as they have always been, the comparison's after them.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "metric", "dimension", "group", "value", "shown", "status", "sample",
        "previous", "previous_shown", "change", "change_shown", "contribution", "contribution_shown", "gap", "gap_shown",
    ];

    /// <summary>The dimension written on the row of the whole period.</summary>
    public const string Total = "(all)";

    /// <summary>One table per metric of the report.</summary>
    public static IReadOnlyList<MetricTable> From(ReportModel model) => model.Metrics.Select(m => new MetricTable(m.Name, m.Label,
        [
            new MetricTableRow(m.Name, Total, "", m.Value, m.DisplayValue, m.Status.ToWire(), m.Sample)
            {
                Previous = m.Previous?.Value,
                PreviousShown = m.Previous?.DisplayValue ?? "",
                Change = m.Previous?.Change,
                ChangeShown = m.Previous?.DisplayChange ?? "",
                Gap = m.Insight.Gap.FirstOrDefault()?.Gap,
                GapShown = m.Insight.Gap.FirstOrDefault()?.DisplayGap ?? "",
            },
            .. m.Breakdowns.SelectMany(b =>
            {
                var drivers = m.Insight.Drivers.FirstOrDefault(d => d.Dimension == b.Dimension && d.Exact);
                // Every group's own part of the gap, those pooled under the minimum sample too.
                var gaps = m.Insight.Gap.FirstOrDefault(g => g.Dimension == b.Dimension && g.Exact)?.Parts
                    .SelectMany(p => p.Pooled > 0 ? p.Members : [p]).ToList();
                return BreakdownOrder.Sort(b.Dimension, b.Rows, m.Direction, m.Target is not null).Select(r =>
                {
                    var part = drivers?.Parts.FirstOrDefault(p => p.Code == r.Code && (r.Code is not null || p.Key == r.Key));
                    var gap = gaps?.FirstOrDefault(p => p.Code == r.Code && (r.Code is not null || p.Key == r.Key));
                    return new MetricTableRow(m.Name, b.Dimension, r.Key, r.Value, r.DisplayValue, r.Status.ToWire(), r.Sample)
                    {
                        Previous = r.Previous,
                        PreviousShown = r.Previous is null ? "" : r.DisplayPrevious,
                        Change = r.Change,
                        ChangeShown = r.Change is null && r.DisplayChange == "—" ? "" : r.DisplayChange,
                        Contribution = part?.Total,
                        ContributionShown = part?.DisplayTotal ?? "",
                        Gap = gap?.Part,
                        GapShown = gap?.DisplayPart ?? "",
                    };
                });
            }),
        ])).ToList();
}

/// <summary>One row of a <see cref="MetricTable"/>; a value is null when there is none (no data, no comparison, no part).</summary>
internal sealed record MetricTableRow(string Metric, string Dimension, string Group, double? Value, string Shown, string Status, long Sample)
{
    public double? Previous { get; init; }

    public string PreviousShown { get; init; } = "";

    public double? Change { get; init; }

    public string ChangeShown { get; init; } = "";

    public double? Contribution { get; init; }

    public string ContributionShown { get; init; } = "";

    public double? Gap { get; init; }

    public string GapShown { get; init; } = "";

    /// <summary>The numbers of the row as written: null for none and for what is not a finite number.</summary>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    public double? FiniteValue => Finite(Value);
}
