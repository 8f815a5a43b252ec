namespace ReportBuilder.Reports;

/// <summary>
/// Keeps a report readable when a breakdown has thousands of groups (every agent of a large team): the pages, the PDF and the
/// email show the <c>max</c> groups with the most rows, in the breakdown's usual order, and say how many more there are; the
/// JSON keeps every row. Hour and weekday breakdowns have a fixed, small set of groups and are never cut.
/// </summary>
internal static class BreakdownLimit
{
    /// <summary>The model with each long breakdown cut to its <paramref name="max"/> largest groups; the same model when none is longer.</summary>
    public static ReportModel Apply(ReportModel model, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        if (!model.Metrics.Any(m => m.Breakdowns.Any(b => IsCut(b, max))))
        {
            return model;
        }

        var culture = ValueFormatter.CultureFor(model.Report.Locale);
        return model with
        {
            Metrics = model.Metrics.Select(m => m.Breakdowns.Any(b => IsCut(b, max))
                ? m with { Breakdowns = m.Breakdowns.Select(b => IsCut(b, max) ? Cut(b, max, culture) : b).ToList() }
                : m).ToList(),
        };
    }

    private static bool IsCut(BreakdownView breakdown, int max) =>
        breakdown.Rows.Count > max && breakdown.Dimension is not ("hour" or "weekday" or "weekday_hour");

    private static BreakdownView Cut(BreakdownView breakdown, int max, System.Globalization.CultureInfo culture)
    {
        var kept = breakdown.Rows.Select((row, index) => (row, index))
            .OrderByDescending(r => r.row.Sample).ThenBy(r => r.index)
            .Take(max)
            .OrderBy(r => r.index)
            .Select(r => r.row)
            .ToList();
        var more = breakdown.Rows.Count - kept.Count;
        return breakdown with { Rows = kept, More = more, DisplayMore = more.ToString("N0", culture) };
    }
}
