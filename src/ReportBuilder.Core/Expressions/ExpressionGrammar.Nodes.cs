using Parlot.Fluent;

namespace ReportBuilder.Expressions;

// Building AST nodes from what the combinators matched.
internal sealed partial class ExpressionGrammar
{
    // What follows the left operand of a comparison, applied to that operand; "nothing" returns it unchanged.
    private static readonly Func<Expr, Expr> NoSuffix = static left => left;

    // operand (op operand)*, folded to the left; each operator must be followed by an operand.
    private static Parser<Expr> Chain(Parser<Expr> operand, params (string Text, BinaryOperator Op)[] operators)
    {
        var tails = operators
            .Select(o => OperatorTokenFor(o.Text, o.Op).And(operand.ElseError(After(o.Text))))
            .ToArray();

        return operand.And(ZeroOrMany(OneOf(tails))).Then(static x =>
        {
            var result = x.Item1;
            foreach (var (op, right) in x.Item2)
            {
                result = new Binary(op.Operator, result, right, TextSpan.Cover(result.Span, right.Span));
            }

            return result;
        });
    }

    private static Parser<OperatorToken> OperatorTokenFor(string text, BinaryOperator op) =>
        (char.IsLetter(text[0]) ? Terms.Keyword(text, NamePart, caseInsensitive: true) : Terms.Text(text))
            .Then((_, start, end, _) => new OperatorToken(op, TextSpan.FromBounds(start, end)));

    private static Expr BuildPath(Token first, IReadOnlyList<Token> rest)
    {
        var parts = new string[rest.Count + 1];
        parts[0] = first.Text;
        for (var i = 0; i < rest.Count; i++)
        {
            parts[i + 1] = rest[i].Text;
        }

        var end = rest.Count == 0 ? first.Span : rest[^1].Span;
        return new Identifier(parts, TextSpan.Cover(first.Span, end));
    }

    // Applies prefix operators right to left; a minus on a number or duration gives a negative literal.
    private static Expr Prefix(UnaryOperator op, IReadOnlyList<TextSpan> operators, Expr operand)
    {
        var result = operand;
        for (var i = operators.Count - 1; i >= 0; i--)
        {
            var span = TextSpan.Cover(operators[i], result.Span);
            result = (op, result) switch
            {
                (UnaryOperator.Negate, NumberLiteral n) => n with { Value = -n.Value, Span = span },
                (UnaryOperator.Negate, DurationLiteral d) => d with { Value = -d.Value, Span = span },
                _ => new Unary(op, result, span),
            };
        }

        return result;
    }

    private static Func<Expr, Expr> Compare(OperatorToken op, Expr right) =>
        left => new Binary(op.Operator, left, right, TextSpan.Cover(left.Span, right.Span));

    private static Func<Expr, Expr> Suffix(Func<Expr, Expr> build) => build;

    // "< 2" in a rule means "value < 2": the synthesised name is empty-width, just before the operator.
    private static Expr ValueComparedTo(OperatorToken op, Expr right)
    {
        var value = new Identifier([ExpressionParser.RuleValueName], new TextSpan(op.Span.Start, 0));
        return new Binary(op.Operator, value, right, TextSpan.Cover(op.Span, right.Span));
    }
}
