using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Metrics.Sql;

/// <summary>What compiling the expressions of one query shares: the table, its joins so far and the parameters.</summary>
internal sealed record QueryScope(
    DataModel Model,
    TableModel Table,
    SqlDialect Dialect,
    SqlParameters Parameters,
    DiagnosticBag Diagnostics,
    string ZoneParameter,
    IReadOnlyDictionary<string, Located<string>> Params)
{
    public ISet<string> Joins { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>Every (database table, database column) the compiled SQL reads.</summary>
    public ISet<(string Table, string Column)> Reads { get; } = new SortedSet<(string, string)>();
}
