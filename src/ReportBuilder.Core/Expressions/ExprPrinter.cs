using System.Globalization;

namespace ReportBuilder.Expressions;

/// <summary>Prints a tree as an S-expression, e.g. <c>(and (= status 'x') (call count))</c>, for tests and diagnostics.</summary>
internal sealed class ExprPrinter : ExprVisitor<string>
{
    public static readonly ExprPrinter Instance = new();

    public static string Print(Expr expr) => Instance.Visit(expr);

    public override string VisitNumber(NumberLiteral node) =>
        node.IsPercent ? $"(percent {Number(node.Value)})" : Number(node.Value);

    public override string VisitString(StringLiteral node) => $"'{node.Value.Replace("'", "''", StringComparison.Ordinal)}'";

    public override string VisitBoolean(BooleanLiteral node) => node.Value ? "true" : "false";

    public override string VisitNull(NullLiteral node) => "null";

    public override string VisitDuration(DurationLiteral node) => $"(duration {Number(node.Value.TotalSeconds)}s)";

    public override string VisitIdentifier(Identifier node) => node.Name;

    public override string VisitCall(Call node) => List("call " + node.Name, node.Args);

    public override string VisitUnary(Unary node) => $"({node.Operator.Text()} {Visit(node.Operand)})";

    public override string VisitBinary(Binary node) => $"({node.Operator.Text()} {Visit(node.Left)} {Visit(node.Right)})";

    public override string VisitInList(InList node) => List(node.Negated ? "not-in" : "in", [node.Value, .. node.Items]);

    public override string VisitIsNull(IsNull node) => $"({(node.Negated ? "is-not-null" : "is-null")} {Visit(node.Value)})";

    private string List(string head, IEnumerable<Expr> items) =>
        "(" + string.Join(' ', items.Select(Visit).Prepend(head)) + ")";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
