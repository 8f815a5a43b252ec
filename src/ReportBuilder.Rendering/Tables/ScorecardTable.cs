using ReportBuilder.IO;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Tables;

/// <summary>The scorecards as one table for spreadsheets (<c>REPORT-scorecard.csv</c>, the workbook's <c>scorecard</c> sheet):
/// a row per member and metric with its value, status, sample, rank among the ranked members, the members' median and the
/// comparison; then a row per metric for the whole team (member empty, its pooled value). A member's own report
/// (<see cref="ReportModel.ForMember"/>) holds that member's rows and the team's only.</summary>
internal static class ScorecardTable
{
    /// <summary>The file's (and sheet's) name after the report's id.</summary>
    public const string Name = "scorecard";

    public static readonly IReadOnlyList<string> Columns =
    [
        "metric", "member", "value", "shown", "status", "sample", "too_few", "rank", "ranked", "median", "median_shown",
        "previous", "previous_shown", "change", "change_shown",
    ];

    /// <summary>The rows, each as its columns' values (null for none); none without a scorecard.</summary>
    public static IReadOnlyList<object?[]> Rows(ReportModel model)
    {
        if (model.Scorecard is not { } scorecard)
        {
            return [];
        }

        var members = scorecard.Pages.SelectMany(page => page.Values.Select(v => new object?[]
        {
            v.Name, page.Key, MetricTableRow.Finite(v.Value), v.TooFew ? "" : v.DisplayValue, v.Status.ToWire(), v.Sample, v.TooFew,
            v.Rank, v.Ranked, MetricTableRow.Finite(v.Median), v.DisplayMedian, MetricTableRow.Finite(v.Previous?.Value),
            v.Previous?.DisplayValue ?? "", MetricTableRow.Finite(v.Previous?.Change), v.Previous?.DisplayChange ?? "",
        }));
        var team = scorecard.Metrics.Select(m => new object?[]
        {
            m.Name, "", MetricTableRow.Finite(m.Value), m.DisplayValue, m.Status.ToWire(), m.Sample, false, null, m.Ranked,
            MetricTableRow.Finite(m.Median), m.DisplayMedian, null, "", null, "",
        });
        return [.. members, .. team];
    }
}
