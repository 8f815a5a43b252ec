using ReportBuilder.Definitions;
using ReportBuilder.Expressions;

namespace ReportBuilder.Metrics.Sql;

/// <summary>The canonical text columns an expression's value comes from (<see cref="CanonicalTables.TextColumns"/>): the checks
/// that refuse a text column where a number is needed.</summary>
internal sealed partial class ExpressionTree
{
    /// <summary>How a message says what a text column holds.</summary>
    private const string TextHolds = " (a name, code or timestamp)";

    /// <summary>A canonical text column an expression's value comes from: its name as written (<c>customer.tier</c>).</summary>
    private sealed record ColumnSource(string Name);

    /// <summary>True where a <c>min()</c> or <c>max()</c> here would be the value's own aggregate (a value expression, outside
    /// any aggregate), so that it passes on its column's text; inside another aggregate it is refused as such.</summary>
    private bool AggregatesPassOn => _allowAggregates && !_inAggregate;

    /// <summary>The canonical text columns <paramref name="node"/>'s value may be: a column itself, the column of <c>min()</c> or
    /// <c>max()</c> (with <paramref name="throughAggregates"/>), every argument of <c>coalesce()</c>, both branches of <c>if()</c>.</summary>
    private IEnumerable<ColumnSource> Sources(Expr node, bool throughAggregates)
    {
        if (node is Identifier { Parts: var parts } identifier)
        {
            var table = parts.Count switch
            {
                1 => _table,
                2 when _table.Joins.TryGetValue(parts[0], out var joined) => _model.Find(joined.Table),
                _ => null,
            };
            return table is not null && CanonicalTables.TextColumns.Contains((table.Name, parts[^1])) ? [new ColumnSource(identifier.Name)] : [];
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
    private ColumnSource? TextOf(Expr node, bool throughAggregates) => Sources(node, throughAggregates).FirstOrDefault();

    /// <summary>The expression as written in the definition.</summary>
    private string Written(Expr node) => _source.Substring(node.Span.Start, node.Span.Length);

    /// <summary>A message's subject: "'channel' is a text column (…)", or for an expression passing the column on,
    /// "'max(priority)' is a value of the text column 'priority' (…)"; <paramref name="holds"/> is the parenthesis.</summary>
    private string Subject(Expr node, ColumnSource column, string kind, string holds) => node is Identifier
        ? $"'{column.Name}' is a {kind} column{holds}"
        : $"'{Written(node)}' is a value of the {kind} column '{column.Name}'{holds}";
}
