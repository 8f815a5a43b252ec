using ReportBuilder.Definitions;
using ReportBuilder.Expressions;

namespace ReportBuilder.Metrics.Sql;

/// <summary>What an expression's value holds where it comes from a canonical column (<see cref="CanonicalTables.Kinds"/>): the
/// checks that refuse a text column where a number is needed and a column that is no timestamp where a time is.</summary>
internal sealed partial class ExpressionTree
{
    /// <summary>How a message says what a text column holds.</summary>
    private const string TextHolds = " (a name, code or timestamp)";

    /// <summary>The functions of time and how many of their first arguments must be timestamps.</summary>
    private static readonly Dictionary<string, int> TimeArguments = new()
    {
        ["hours"] = 2, [Calendars.CalendarScope.BusinessHours] = 2, ["sla_hours"] = 2, ["local_hour"] = 1, ["local_weekday"] = 1,
    };

    /// <summary>A canonical column an expression's value comes from: its name as written (<c>customer.tier</c>), the join it is
    /// read through (null for the metric's own table), its canonical table and what it holds.</summary>
    private sealed record ColumnSource(string Name, string? Join, string Table, ColumnKind Kind);

    /// <summary>True where a <c>min()</c> or <c>max()</c> here would be the value's own aggregate (a value expression, outside
    /// any aggregate), so that it passes on its column's kind; inside another aggregate it is refused as such.</summary>
    private bool AggregatesPassOn => _allowAggregates && !_inAggregate;

    /// <summary>The canonical columns <paramref name="node"/>'s value may be: a column itself, the column of <c>min()</c> or
    /// <c>max()</c> (with <paramref name="throughAggregates"/>), every argument of <c>coalesce()</c>, both branches of <c>if()</c>.</summary>
    private IEnumerable<ColumnSource> Sources(Expr node, bool throughAggregates)
    {
        if (node is Identifier { Parts: var parts } identifier)
        {
            var (join, table) = parts.Count switch
            {
                1 => (null, _table),
                2 when _table.Joins.TryGetValue(parts[0], out var joined) => (parts[0], _model.Find(joined.Table)),
                _ => ((string?)null, (TableModel?)null),
            };
            return table is not null && CanonicalTables.Kinds.TryGetValue((table.Name, parts[^1]), out var kind)
                ? [new ColumnSource(identifier.Name, join, table.Name, kind)]
                : [];
        }

        if (node is not Call call)
        {
            return [];
        }

        IEnumerable<Expr> passed = call.Name.ToLowerInvariant() switch
        {
            "min" or "max" when throughAggregates && call.Args.Count > 0 => [call.Args[0]],
            "coalesce" => call.Args,
            "if" => call.Args.Skip(1),
            _ => [],
        };
        return passed.SelectMany(argument => Sources(argument, throughAggregates));
    }

    /// <summary>The first canonical text column (a name, a code, a timestamp) <paramref name="node"/>'s value may be, or null.</summary>
    private ColumnSource? TextOf(Expr node, bool throughAggregates) =>
        Sources(node, throughAggregates).FirstOrDefault(s => s.Kind != ColumnKind.Number);

    /// <summary>The expression as written in the definition.</summary>
    private string Written(Expr node) => _source.Substring(node.Span.Start, node.Span.Length);

    /// <summary>A message's subject: "'channel' is a text column (…)", or for an expression passing the column on,
    /// "'max(priority)' is a value of the text column 'priority' (…)"; <paramref name="holds"/> is the parenthesis,
    /// <paramref name="verb"/> what joins the name to the rest (none for a second subject: "… and 'replies' a number column").</summary>
    private string Subject(Expr node, ColumnSource column, string kind, string holds, string verb = " is") => node is Identifier
        ? $"'{column.Name}'{verb} a {kind} column{holds}"
        : $"'{Written(node)}'{verb} a value of the {kind} column '{column.Name}'{holds}";

    /// <summary>A message's subject saying what the column holds: "'channel' is a text column (a name or code)", "'created_at'
    /// is a timestamp column", "'replies' is a number column".</summary>
    private string Described(Expr node, ColumnSource column, string verb = " is") => column.Kind switch
    {
        ColumnKind.Text => Subject(node, column, "text", " (a name or code)", verb),
        ColumnKind.Timestamp => Subject(node, column, "timestamp", "", verb),
        _ => Subject(node, column, "number", "", verb),
    };

    /// <summary>Refuses a canonical column that holds no timestamp (a name, a code, a number), read itself or passed on, as an
    /// argument of a function of time (<see cref="TimeArguments"/>): SQLite reads <c>hours(created_at, channel)</c> as NULL
    /// for every row (a metric of it has no data) and a number as a Julian day, DuckDB and PostgreSQL stop at run time.</summary>
    /// <returns>False when it refused one.</returns>
    private bool CheckTimestamps(Call node, string name)
    {
        if (!TimeArguments.TryGetValue(name, out var count))
        {
            return true;
        }

        foreach (var argument in node.Args.Take(count))
        {
            if (Sources(argument, AggregatesPassOn).FirstOrDefault(s => s.Kind != ColumnKind.Timestamp) is not { } column)
            {
                continue;
            }

            var times = CanonicalTables.Timestamps(column.Table).Select(t => column.Join is null ? t : column.Join + "." + t).ToList();
            Error(argument, $"{name}() needs {(count == 1 ? "a timestamp" : "timestamps")}, and {Described(argument, column)}, not a timestamp: " +
                (times.Count == 0 ? $"{column.Table} has no timestamp column" : $"use a timestamp of {column.Table}: {string.Join(", ", times)}"));
            return false;
        }

        return true;
    }
}
