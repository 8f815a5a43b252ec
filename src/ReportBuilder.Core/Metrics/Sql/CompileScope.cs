using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
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

    /// <summary>The metric entry's <c>hours: business</c>: its <c>hours()</c> count working hours under the row's calendar.</summary>
    public bool WorkingHours { get; init; }

    /// <summary>The report's SLA policy, for <c>sla_target()</c> and <c>sla_hours()</c>; null without <c>sla:</c>.</summary>
    public SlaPolicy? Sla { get; init; }

    /// <summary>The run's as-of instant: <c>period.cutoff</c> is the period's end, or this when it comes first.</summary>
    public NodaTime.Instant? AsOf { get; init; }
}
