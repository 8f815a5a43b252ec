using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Rendering.Tables;

/// <summary>A metric as a table for spreadsheets: its value for the whole period, then one row per group of each breakdown,
/// in the report's order. Values are as in JSON (shares as fractions); <c>shown</c> is the value as the report writes it.</summary>
internal sealed record MetricTable(string Name, string Label, IReadOnlyList<MetricTableRow> Rows)
{
    /// <summary>The columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["metric", "dimension", "group", "value", "shown", "status", "sample"];

    /// <summary>The dimension written on the row of the whole period.</summary>
    public const string Total = "(all)";

    /// <summary>One table per metric of the report.</summary>
    public static IReadOnlyList<MetricTable> From(ReportModel model) => model.Metrics.Select(m => new MetricTable(m.Name, m.Label,
        [
            new MetricTableRow(m.Name, Total, "", m.Value, m.DisplayValue, m.Status.ToWire(), m.Sample),
            .. m.Breakdowns.SelectMany(b => BreakdownOrder.Sort(b.Dimension, b.Rows, m.Direction, m.Target is not null).Select(r =>
                new MetricTableRow(m.Name, b.Dimension, r.Key, r.Value, r.DisplayValue, r.Status.ToWire(), r.Sample))),
        ])).ToList();
}

/// <summary>One row of a <see cref="MetricTable"/>; a value is null when there is none (no data).</summary>
internal sealed record MetricTableRow(string Metric, string Dimension, string Group, double? Value, string Shown, string Status, long Sample)
{
    public double? FiniteValue => Value is { } v && double.IsFinite(v) ? v : null;
}
