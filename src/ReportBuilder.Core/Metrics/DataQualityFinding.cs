using System.Globalization;

namespace ReportBuilder.Metrics;

/// <summary>
/// Rows the data-quality check found wrong in one table and column: a timestamp that does not parse, a duration below zero
/// (<paramref name="Column"/> before <paramref name="Since"/>) or a summed count below zero.
/// </summary>
/// <param name="Problem"><see cref="UnparsedTimestamp"/>, <see cref="NegativeDuration"/> or <see cref="NegativeCount"/>.</param>
/// <param name="Since">For a negative duration, the column it starts at; otherwise null.</param>
public sealed record DataQualityFinding(string Table, string Column, string Problem, long Rows, string? Since = null)
{
    /// <summary>The problem names, as the JSON writes them.</summary>
    public const string UnparsedTimestamp = "unparsed_timestamp", NegativeDuration = "negative_duration", NegativeCount = "negative_count";

    /// <summary>The statement column a finding comes from: <c>problem:column[:since]</c>.</summary>
    internal static DataQualityFinding FromKey(string table, string key, long rows)
    {
        var parts = key.Split(':');
        return new DataQualityFinding(table, parts[1], parts[0], rows, parts.Length > 2 ? parts[2] : null);
    }

    /// <summary>The warning line for standard error.</summary>
    public string Warning => string.Create(CultureInfo.InvariantCulture, $"warning: data: {Table}.{Column}: {Rows} ") + Problem switch
    {
        UnparsedTimestamp => (Rows == 1 ? "row has a timestamp" : "rows have a timestamp") +
            " that does not parse; they fall in no period and are left out of every metric",
        NegativeDuration => (Rows == 1 ? "row" : "rows") + $" in the report's periods have {Column} before {Since} (hours({Since}, {Column}) below zero); they are left out of the metrics computed from it",
        _ => (Rows == 1 ? "row" : "rows") + $" in the report's periods have {Column} below zero; they are left out of the metrics that read it",
    };
}
