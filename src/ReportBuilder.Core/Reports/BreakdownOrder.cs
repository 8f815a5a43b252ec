using ReportBuilder.Definitions;
using ReportBuilder.Rules;

namespace ReportBuilder.Reports;

/// <summary>The one order of a breakdown's groups, for its table and its chart alike (the model and JSON keep the keys'
/// own order): hours and weekdays in calendar
/// order; otherwise worst first against the target (fail, warn, pass; within a status the farthest from good first), or
/// largest first where there is no target; rows without a value after those, "(none)" last.</summary>
internal static class BreakdownOrder
{
    /// <summary>Dimensions whose keys have a natural order of their own.</summary>
    public static bool IsCalendar(string dimension) => dimension is "hour" or "weekday" or "weekday_hour";

    /// <summary>The rows in the report's order; <paramref name="hasTarget"/> says whether they carry statuses.</summary>
    public static IReadOnlyList<BreakdownRow> Sort(string dimension, IReadOnlyList<BreakdownRow> rows, MetricDirection direction, bool hasTarget) =>
        IsCalendar(dimension)
            ? rows
            : rows.OrderBy(r => r.Code is null && r.Key == DimensionKeys.None)
                .ThenBy(r => r.Value is null)
                .ThenBy(r => hasTarget ? Rank(r.Status) : 0)
                .ThenBy(r => !hasTarget || direction == MetricDirection.None ? -r.Value : direction == MetricDirection.Higher ? r.Value : -r.Value)
                .ThenBy(r => r.Key, StringComparer.OrdinalIgnoreCase)
                .ToList();

    private static int Rank(Status status) => status switch
    {
        Status.Fail => 0,
        Status.Warn => 1,
        Status.InsufficientData => 2,
        Status.Pass => 3,
        _ => 4,
    };
}
