using Parlot.Fluent;
using M = ReportBuilder.Expressions.ExpressionErrorMessages;

namespace ReportBuilder.Expressions;

// The expression language as Parlot combinators, read top to bottom like BNF (after Fluid's FluidParser).
// Tokens and literals are in ExpressionGrammar.Tokens.cs, node building in ExpressionGrammar.Nodes.cs.
internal sealed partial class ExpressionGrammar
{
    /// <summary>A full expression.</summary>
    public Parser<Expr> Expression { get; }

    /// <summary>A rule: <c>&lt;op&gt; operand</c> meaning <c>value &lt;op&gt; operand</c>, or a full expression.</summary>
    public Parser<Expr> Rule { get; }

    public ExpressionGrammar()
    {
        var expression = Deferred<Expr>();

        // list := expression (',' expression)*
        var list = expression.And(ZeroOrMany(Comma.SkipAnd(expression.ElseError(After(",")))))
            .Then(static x => (IReadOnlyList<Expr>)[x.Item1, .. x.Item2]);

        // call := name '(' [list] ')'
        var call = Name.AndSkip(OpenParen).And(list.Else([])).And(CloseParen.ElseError(M.ExpectedCloseParen))
            .Then(static x => (Expr)new Call(x.Item1.Text, x.Item2, TextSpan.Cover(x.Item1.Span, x.Item3)));

        // path := name ('.' name)*
        var path = Name.And(ZeroOrMany(Literals.Char('.').SkipAnd(PathPart.ElseError(M.ExpectedNameAfterDot))))
            .Then(static x => BuildPath(x.Item1, x.Item2));

        // group := '(' expression ')'
        var group = OpenParen.SkipAnd(expression.ElseError(After("("))).AndSkip(CloseParen.ElseError(M.ExpectedCloseParen));

        // primary := number | duration | percent | string | 'true' | 'false' | 'null' | call | path | group
        var primary = OneOf(NumberLike, QuotedString, True, False, Null, call, path, group);

        // unary := '-'+ primary | primary
        var unary = OneOf(
            OneOrMany(Minus).And(primary.ElseError(After("-"))).Then(static x => Prefix(UnaryOperator.Negate, x.Item1, x.Item2)),
            primary);

        // multiplicative := unary (('*' | '/') unary)*
        var multiplicative = Chain(unary, ("*", BinaryOperator.Multiply), ("/", BinaryOperator.Divide));

        // additive := multiplicative (('+' | '-') multiplicative)*
        var additive = Chain(multiplicative, ("+", BinaryOperator.Add), ("-", BinaryOperator.Subtract));

        // comparison := additive [compareOp additive | ['not'] 'in' '(' list ')' | 'is' ['not'] 'null']
        var compareTail = OneOf(ComparisonOperators.Select(op => op.Token.And(additive.ElseError(After(op.Text)))
            .Then(static x => Compare(x.Item1, x.Item2))).ToArray());
        var inTail = NotKeyword.Then(true).AndSkip(InKeyword).Or(InKeyword.Then(false))
            .AndSkip(OpenParen.ElseError(M.ExpectedListAfterIn))
            .And(list.ElseError(After("(")))
            .And(CloseParen.ElseError(M.ExpectedCloseParen))
            .Then(static x => Suffix(left => new InList(left, x.Item2, x.Item1, TextSpan.Cover(left.Span, x.Item3))));
        var isTail = IsKeyword.SkipAnd(NotKeyword.Then(true).Else(false)).And(Null.ElseError(M.ExpectedNullAfterIs))
            .Then(static x => Suffix(left => new IsNull(left, x.Item1, TextSpan.Cover(left.Span, x.Item2.Span))));
        var comparison = additive.And(OneOf(compareTail, inTail, isTail).Else(NoSuffix))
            .Then(static x => x.Item2(x.Item1));

        // not := 'not'+ comparison | comparison
        var not = OneOf(
            OneOrMany(NotKeyword).And(comparison.ElseError(After("not"))).Then(static x => Prefix(UnaryOperator.Not, x.Item1, x.Item2)),
            comparison);

        // and := not ('and' not)*
        var and = Chain(not, ("and", BinaryOperator.And));

        // or := and ('or' and)*
        var or = Chain(and, ("or", BinaryOperator.Or));

        expression.Parser = or;
        Expression = expression;

        // rule := compareOp additive | expression
        var shorthand = OneOf(ComparisonOperators.Select(op => op.Token.And(additive.ElseError(After(op.Text)))
            .Then(static x => ValueComparedTo(x.Item1, x.Item2))).ToArray());
        Rule = OneOf(shorthand, expression);
    }

    private static string After(string token) => M.Format(M.ExpectedValueAfter, token);
}
