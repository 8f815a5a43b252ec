namespace ReportBuilder.Expressions;

/// <summary>Every message the expression parser and evaluator report; tests assert these texts exactly.</summary>
internal static class ExpressionErrorMessages
{
    /// <summary>Nothing but white space was given.</summary>
    public const string ExpectedExpression = "expected an expression";

    /// <summary>An operator or keyword has no operand after it; {0} is the operator.</summary>
    public const string ExpectedValueAfter = "expected a value after '{0}'";

    /// <summary>A token follows a complete expression; {0} is the token.</summary>
    public const string Unexpected = "unexpected '{0}'";

    /// <summary>A parenthesis or an argument list was not closed.</summary>
    public const string ExpectedCloseParen = "expected ')' to close '('";

    /// <summary>A string has no closing quote; reported at the opening quote.</summary>
    public const string UnterminatedString = "unterminated string: add a closing '";

    /// <summary>A number is followed by a letter that is no duration unit; {0} is the unit.</summary>
    public const string UnknownDurationUnit = "unknown duration unit '{0}': use s, m, h, d or w";

    /// <summary>A number or duration is too large to represent.</summary>
    public const string NumberTooLarge = "number is too large";

    /// <summary>A dot of a path is not followed by a name.</summary>
    public const string ExpectedNameAfterDot = "expected a name after '.'";

    /// <summary><c>in</c> is not followed by a parenthesised list.</summary>
    public const string ExpectedListAfterIn = "expected '(' and a list of values after 'in'";

    /// <summary><c>is</c> is not followed by <c>null</c> or <c>not null</c>.</summary>
    public const string ExpectedNullAfterIs = "expected 'null' or 'not null' after 'is'";

    /// <summary>Parentheses, calls or lists nest deeper than <see cref="ExpressionParser.MaxNestingDepth"/>.</summary>
    public const string NestedTooDeeply = "expression is nested too deeply: use at most 64 levels of parentheses";

    /// <summary>The tree is deeper than <see cref="ExpressionParser.MaxTreeDepth"/> (long chains of operators).</summary>
    public const string TooComplex = "expression is too complex: use at most 256 chained operators, or split it";

    /// <summary>The text is longer than <see cref="ExpressionParser.MaxLength"/>.</summary>
    public const string TooLong = "expression is too long: use at most 10000 characters";

    /// <summary>A name has no value in the evaluation's variables; {0} is the name.</summary>
    public const string UnknownName = "unknown name '{0}'";

    /// <summary>A function is not available in rules; {0} is the function.</summary>
    public const string UnknownFunction = "unknown function '{0}': use abs, min, max or round";

    /// <summary>A function got the wrong number of arguments; {0} is the function, {1} what it takes.</summary>
    public const string WrongArgumentCount = "'{0}' takes {1}";

    /// <summary>An operand has the wrong type; {0} is the operator or function, {1} the expected type, {2} the actual.</summary>
    public const string WrongType = "'{0}' needs {1}, not {2}";

    /// <summary>Fills a message's placeholders.</summary>
    public static string Format(string message, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, message, args);
}
