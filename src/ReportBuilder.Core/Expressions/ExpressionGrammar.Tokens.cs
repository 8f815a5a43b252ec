using Parlot;
using Parlot.Fluent;
using M = ReportBuilder.Expressions.ExpressionErrorMessages;

namespace ReportBuilder.Expressions;

// Tokens: names, keywords, punctuation and literals. Terms skip leading white space; spans start at the token.
internal sealed partial class ExpressionGrammar
{
    private const string NameStart = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
    private const string NamePart = NameStart + "0123456789";

    private static readonly HashSet<string> Reserved =
        new(["and", "or", "not", "in", "is", "null", "true", "false"], StringComparer.OrdinalIgnoreCase);

    // name := [A-Za-z_][A-Za-z0-9_]*, not a keyword
    private static readonly Parser<Token> Name = Terms.Identifier(NameStart, NamePart)
        .When(static (_, span) => !Reserved.Contains(span.ToString()))
        .Then(static span => new Token(span.ToString(), new TextSpan(span.Offset, span.Length)));

    // The parts after a dot may be any name, keywords included (e.g. period.end), with no space around the dot.
    private static readonly Parser<Token> PathPart = Literals.Identifier(NameStart, NamePart)
        .Then(static span => new Token(span.ToString(), new TextSpan(span.Offset, span.Length)));

    private static readonly Parser<TextSpan> OpenParen = Punctuation("(");
    private static readonly Parser<TextSpan> CloseParen = Punctuation(")");
    private static readonly Parser<TextSpan> Comma = Punctuation(",");
    private static readonly Parser<TextSpan> Minus = Punctuation("-");

    private static readonly Parser<TextSpan> NotKeyword = Keyword("not");
    private static readonly Parser<TextSpan> InKeyword = Keyword("in");
    private static readonly Parser<TextSpan> IsKeyword = Keyword("is");
    private static readonly Parser<Expr> True = Keyword("true").Then(static span => (Expr)new BooleanLiteral(true, span));
    private static readonly Parser<Expr> False = Keyword("false").Then(static span => (Expr)new BooleanLiteral(false, span));
    private static readonly Parser<Expr> Null = Keyword("null").Then(static span => (Expr)new NullLiteral(span));

    // Longest first, so that '<=' is not read as '<' followed by '='.
    private static readonly (string Text, Parser<OperatorToken> Token)[] ComparisonOperators =
    [
        Operator("<=", BinaryOperator.LessOrEqual),
        Operator("<>", BinaryOperator.NotEqual),
        Operator("<", BinaryOperator.Less),
        Operator(">=", BinaryOperator.GreaterOrEqual),
        Operator(">", BinaryOperator.Greater),
        Operator("==", BinaryOperator.Equal),
        Operator("=", BinaryOperator.Equal),
        Operator("!=", BinaryOperator.NotEqual),
    ];

    // number := digits ['.' digits] [unit | '%'], the suffix written right after the digits
    private static readonly Parser<Expr> NumberLike = SkipWhiteSpace(
            Literals.Number<double>(NumberOptions.AllowDecimalSeparator)
                .And(Literals.Text("%").Or(Literals.Pattern(static c => NamePart.Contains(c)).Then(static s => s.ToString())).Else("")))
        .Then(static (_, start, end, x) => BuildNumber(x.Item1, x.Item2, TextSpan.FromBounds(start, end)));

    // string := "'" (("''" | [^'])*) "'"
    private static readonly Parser<Expr> QuotedString = SkipWhiteSpace(
            Literals.Char('\'')
                .And(ZeroOrMany(Literals.Text("''").Then("'").Or(Literals.NoneOf("'").Then(static s => s.ToString()))))
                .And(Literals.Char('\'').Then(true).Else(false)))
        .Then(static (_, start, end, x) => x.Item3
            ? (Expr)new StringLiteral(string.Concat(x.Item2), TextSpan.FromBounds(start, end))
            : throw Failure(start, M.UnterminatedString));

    private static Parser<TextSpan> Punctuation(string text) =>
        Terms.Text(text).Then(static (_, start, end, _) => TextSpan.FromBounds(start, end));

    private static Parser<TextSpan> Keyword(string text) =>
        Terms.Keyword(text, NamePart, caseInsensitive: true).Then(static (_, start, end, _) => TextSpan.FromBounds(start, end));

    private static (string, Parser<OperatorToken>) Operator(string text, BinaryOperator op) =>
        (text, Terms.Text(text).Then((_, start, end, _) => new OperatorToken(op, TextSpan.FromBounds(start, end))));

    private static Expr BuildNumber(double value, string suffix, TextSpan span)
    {
        if (!double.IsFinite(value))
        {
            throw Failure(span.Start, M.NumberTooLarge);
        }

        if (suffix.Length == 0)
        {
            return new NumberLiteral(value, false, span);
        }

        if (suffix == "%")
        {
            return new NumberLiteral(value / 100, true, span);
        }

        double? seconds = suffix switch
        {
            "s" => 1,
            "m" => 60,
            "h" => 3600,
            "d" => 86400,
            "w" => 7 * 86400,
            _ => null,
        };
        if (seconds is null)
        {
            throw Failure(span.End - suffix.Length, M.Format(M.UnknownDurationUnit, suffix));
        }

        var total = value * seconds.Value;
        if (total >= TimeSpan.MaxValue.TotalSeconds)
        {
            throw Failure(span.Start, M.NumberTooLarge);
        }

        return new DurationLiteral(TimeSpan.FromSeconds(total), span);
    }

    // Parlot's own channel for a committed error: TryParse catches it and returns it as a ParseError.
    private static ParseException Failure(int offset, string message) => new(message, new TextPosition(offset, 0, 0));

    internal readonly record struct Token(string Text, TextSpan Span);

    internal readonly record struct OperatorToken(BinaryOperator Operator, TextSpan Span);
}
