namespace ReportBuilder.Expressions;

/// <summary>The operators of a <see cref="Binary"/> expression.</summary>
public enum BinaryOperator
{
    /// <summary><c>or</c></summary>
    Or,
    /// <summary><c>and</c></summary>
    And,
    /// <summary><c>=</c> or <c>==</c></summary>
    Equal,
    /// <summary><c>!=</c> or <c>&lt;&gt;</c></summary>
    NotEqual,
    /// <summary><c>&lt;</c></summary>
    Less,
    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,
    /// <summary><c>&gt;</c></summary>
    Greater,
    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,
    /// <summary><c>+</c></summary>
    Add,
    /// <summary><c>-</c></summary>
    Subtract,
    /// <summary><c>*</c></summary>
    Multiply,
    /// <summary><c>/</c></summary>
    Divide,
}

/// <summary>The operators of a <see cref="Unary"/> expression.</summary>
public enum UnaryOperator
{
    /// <summary>Arithmetic negation, <c>-x</c>.</summary>
    Negate,
    /// <summary>Logical negation, <c>not x</c>.</summary>
    Not,
}

/// <summary>Facts about operators shared by the parser, the evaluator and the SQL compiler.</summary>
internal static class Operators
{
    /// <summary>The canonical source text of an operator, e.g. <c>"&lt;="</c> or <c>"and"</c>.</summary>
    public static string Text(this BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "or",
        BinaryOperator.And => "and",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>The canonical source text of a unary operator: <c>"-"</c> or <c>"not"</c>.</summary>
    public static string Text(this UnaryOperator op) => op == UnaryOperator.Not ? "not" : "-";

    /// <summary>Whether the operator compares two values (=, !=, &lt;, &lt;=, &gt;, &gt;=).</summary>
    public static bool IsComparison(this BinaryOperator op) => op is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual;

    /// <summary>Whether the operator is arithmetic (+, -, *, /).</summary>
    public static bool IsArithmetic(this BinaryOperator op) => op >= BinaryOperator.Add;

    /// <summary>Whether the operator is logical (and, or).</summary>
    public static bool IsLogical(this BinaryOperator op) => op <= BinaryOperator.And;
}
