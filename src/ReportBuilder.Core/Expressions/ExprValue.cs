using System.Globalization;

namespace ReportBuilder.Expressions;

/// <summary>What kind of value an <see cref="ExprValue"/> holds.</summary>
internal enum ExprValueKind
{
    /// <summary>No value (SQL NULL).</summary>
    Null,
    /// <summary>True or false.</summary>
    Boolean,
    /// <summary>A number; durations are hours, percentages fractions.</summary>
    Number,
    /// <summary>Text.</summary>
    String,
}

/// <summary>The value of an evaluated expression: null, a boolean, a number or a string.</summary>
internal readonly record struct ExprValue
{
    private readonly bool _boolean;
    private readonly double _number;
    private readonly string? _string;

    private ExprValue(ExprValueKind kind, bool boolean = false, double number = 0, string? text = null)
    {
        Kind = kind;
        _boolean = boolean;
        _number = number;
        _string = text;
    }

    /// <summary>The null value.</summary>
    public static ExprValue Null => default;

    /// <summary>Which of the cases this value is.</summary>
    public ExprValueKind Kind { get; }

    /// <summary>Whether this is the null value.</summary>
    public bool IsNull => Kind == ExprValueKind.Null;

    /// <summary>The boolean, or null when this is not a boolean.</summary>
    public bool? AsBoolean => Kind == ExprValueKind.Boolean ? _boolean : null;

    /// <summary>The number, or null when this is not a number.</summary>
    public double? AsNumber => Kind == ExprValueKind.Number ? _number : null;

    /// <summary>The string, or null when this is not a string.</summary>
    public string? AsString => Kind == ExprValueKind.String ? _string : null;

    /// <summary>A boolean value.</summary>
    public static ExprValue From(bool value) => new(ExprValueKind.Boolean, boolean: value);

    /// <summary>A number value.</summary>
    public static ExprValue From(double value) => new(ExprValueKind.Number, number: value);

    /// <summary>A string value.</summary>
    public static ExprValue From(string value) => new(ExprValueKind.String, text: value);

    /// <summary>A boolean value, or null.</summary>
    public static ExprValue From(bool? value) => value is { } b ? From(b) : Null;

    /// <summary>A number value, or null.</summary>
    public static ExprValue From(double? value) => value is { } n ? From(n) : Null;

    /// <summary>The value as an expression literal would write it.</summary>
    public override string ToString() => Kind switch
    {
        ExprValueKind.Boolean => _boolean ? "true" : "false",
        ExprValueKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        ExprValueKind.String => $"'{_string!.Replace("'", "''", StringComparison.Ordinal)}'",
        _ => "null",
    };

    // How a type is named in messages.
    internal string TypeName => Kind switch
    {
        ExprValueKind.Boolean => "true or false",
        ExprValueKind.Number => "a number",
        ExprValueKind.String => "text",
        _ => "null",
    };
}

/// <summary>The outcome of evaluating an expression: its value, and the problems found (value null if any).</summary>
internal sealed record ExpressionEvaluation(ExprValue Value, IReadOnlyList<ExpressionError> Errors)
{
    /// <summary>Whether the expression evaluated without errors.</summary>
    public bool Succeeded => Errors.Count == 0;
}
