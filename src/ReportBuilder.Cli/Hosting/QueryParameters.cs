namespace ReportBuilder.Cli.Hosting;

/// <summary>A statement's parameters as <c>explain</c> and <c>serve</c> print them.</summary>
internal static class QueryParameters
{
    /// <summary>A statement's parameters as <c>explain</c> prints them: <c>p0='2026-10-01 00:00:00', p1=3</c>.</summary>
    public static string Text(ReportBuilder.Metrics.Sql.MetricQuery query) =>
        string.Join(", ", query.Parameters.Select(p => $"{p.Key}={Show(p.Value)}"));

    private static string Show(object? value) => value switch
    {
        null => "NULL",
        string { Length: > 200 } s => $"'{s[..80]}…' ({s.Length:N0} characters)",   // a calendar's working intervals
        string s => $"'{s}'",
        double[] values => $"[{values.Length:N0} numbers]",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
