using ReportBuilder.Expressions;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// Optimiser pass, constant folding: an <c>if(condition, a, b)</c> whose two branches compile to the same SQL (the
/// same column, or two params of equal value, which share one placeholder) is its branch. The condition's joins,
/// reads and parameters are taken back, so a join that only the condition used is not emitted: with every tier's
/// SLA equal, <c>first_response_sla</c> no longer joins <c>customers</c> for each ticket.
/// </summary>
internal sealed partial class ExpressionSql
{
    private string IfThenElse(Call node)
    {
        var joins = Joins.ToList();
        var reads = _reads.ToList();
        var parameters = _parameters.Values.Count;
        var errors = _diagnostics.Count();
        var args = node.Args.Select(Visit).ToList();
        if (args[1] != args[2] || _diagnostics.Count() > errors)
        {
            return $"(CASE WHEN {args[0]} THEN {args[1]} ELSE {args[2]} END)";
        }

        Joins.IntersectWith(joins);
        _reads.IntersectWith(reads);
        _parameters.TruncateTo(parameters);
        return Visit(node.Args[1]);
    }
}
