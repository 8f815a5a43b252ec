using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql.Tree;

namespace ReportBuilder.Metrics.Sql;

/// <summary>What compiling the expressions of one statement shares: the table, its joins so far and the params.</summary>
internal sealed record CompileScope(
    DataModel Model,
    TableModel Table,
    ParamSource Parameters,
    DiagnosticBag Diagnostics,
    Param Zone,
    IReadOnlyDictionary<string, Located<string>> Params)
{
    /// <summary>The joins the expressions read, by name.</summary>
    public ISet<string> Joins { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>The report's calendars and their working intervals, for <c>business_hours()</c>; null outside a report.</summary>
    public Calendars.WorkingTime? WorkingTime { get; init; }
}
