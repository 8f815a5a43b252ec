using Parlot;
using Parlot.Fluent;
using M = ReportBuilder.Expressions.ExpressionErrorMessages;

namespace ReportBuilder.Expressions;

/// <summary>Parses filter, metric and rule expressions; problems come back as errors, never as exceptions.</summary>
internal static class ExpressionParser
{
    /// <summary>The longest expression accepted, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>The deepest nesting of parentheses, calls and lists accepted.</summary>
    public const int MaxNestingDepth = 64;

    /// <summary>The deepest tree accepted (long operator chains nest too); keeps every tree walk shallow.</summary>
    public const int MaxTreeDepth = 256;

    /// <summary>The name a rule shorthand such as <c>&lt; 2</c> compares: <c>value &lt; 2</c>.</summary>
    public const string RuleValueName = "value";

    private static readonly ExpressionGrammar Grammar = new();

    /// <summary>Parses a full expression, e.g. <c>status in ('solved','closed') and channel != 'phone'</c>.</summary>
    public static ExpressionParseResult Parse(string text) => Run(Grammar.Expression, text);

    /// <summary>Parses a rule: <c>&lt;= 1h</c> means <c>value &lt;= 1h</c>; anything else is a full boolean expression.</summary>
    public static ExpressionParseResult ParseRule(string text) => Run(Grammar.Rule, text);

    private static ExpressionParseResult Run(Parser<Expr> parser, string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (text.Length > MaxLength)
        {
            return Failed(MaxLength, M.TooLong);
        }

        // Every level of nesting enters the grammar's one recursive parser once, plus once for the top level.
        var context = new ParseContext(new Scanner(text), maxRecursionDepth: MaxNestingDepth + 1);
        if (!parser.TryParse(context, out var expr, out var error))
        {
            if (error is not null)
            {
                var message = IsRecursionLimit(error) ? M.NestedTooDeeply : error.Message ?? M.ExpectedExpression;
                return Failed(SkipWhiteSpace(text, error.Position.Offset), message);
            }

            return Unexpected(text, SkipWhiteSpace(text, 0));
        }

        var rest = SkipWhiteSpace(text, context.Scanner.Cursor.Offset);
        if (rest < text.Length)
        {
            return Unexpected(text, rest);
        }

        var tooDeep = FirstNodeBelow(expr, MaxTreeDepth);
        if (tooDeep is not null)
        {
            return Failed(tooDeep.Span.Start, M.TooComplex);
        }

        return new ExpressionParseResult(expr, []);
    }

    private static bool IsRecursionLimit(ParseError error) =>
        error.Message?.StartsWith("The maximum parser recursion depth", StringComparison.Ordinal) == true;

    private static ExpressionParseResult Unexpected(string text, int offset) =>
        offset >= text.Length
            ? Failed(offset, M.ExpectedExpression)
            : Failed(offset, M.Format(M.Unexpected, TokenAt(text, offset)));

    private static ExpressionParseResult Failed(int offset, string message) =>
        new(null, [new ExpressionError(offset, message)]);

    private static int SkipWhiteSpace(string text, int offset)
    {
        while (offset < text.Length && char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return Math.Min(offset, text.Length);
    }

    // A word (name, number, keyword) or else a single character, to quote in "unexpected '...'".
    private static string TokenAt(string text, int offset)
    {
        var end = offset;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
        {
            end++;
        }

        return end == offset ? text[offset].ToString() : text[offset..end];
    }

    // The first node deeper than the limit, found without recursion so that any tree is safe to check.
    private static Expr? FirstNodeBelow(Expr root, int maxDepth)
    {
        var stack = new Stack<(Expr Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > maxDepth)
            {
                return node;
            }

            foreach (var child in node.Children)
            {
                stack.Push((child, depth + 1));
            }
        }

        return null;
    }
}
