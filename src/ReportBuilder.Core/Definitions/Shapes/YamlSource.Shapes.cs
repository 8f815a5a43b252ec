using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions.Shapes;

/// <summary>Reading a value through its <see cref="Shape"/>: the keys, bounds, allowed values, patterns and flags the loaders
/// accept are the ones the JSON Schema is generated from, so a file an editor accepts is one the loader accepts.</summary>
internal sealed partial class YamlSource
{
    /// <summary>The YAML 1.2 core schema's booleans, the only flags accepted: editors reading the JSON Schema resolve these
    /// (and nothing else, not YAML 1.1's yes/no/on/off) to true and false.</summary>
    public static readonly IReadOnlyList<string> TrueWords = ["true", "True", "TRUE"];

    /// <summary>See <see cref="TrueWords"/>.</summary>
    public static readonly IReadOnlyList<string> FalseWords = ["false", "False", "FALSE"];

    /// <summary>The entries of a mapping of shape <paramref name="shape"/>; <paramref name="extra"/> keys are read only to say
    /// where their value belongs instead (a password).</summary>
    public IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> Mapping(YamlNode node, string what, MapShape shape,
        params string[] extra) => Mapping(node, what, [.. shape.KeyNames, .. extra]);

    /// <summary>A whole number within the shape's bounds, unquoted: a quoted "3" is text to an editor reading the schema.</summary>
    public int? Integer(YamlNode? node, string what, IntegerShape shape)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted)
        {
            Error(node, $"{what} must be a whole number from {shape.Min} to {shape.Max} without quotes, not '{quoted.Value}'");
            return null;
        }

        return Integer(node, what, shape.Min, shape.Max);
    }

    /// <summary>A value of a text shape: one of its values (else "unknown <paramref name="noun"/> 'a3': use a4, letter"), or
    /// text matching its pattern (else "<paramref name="what"/> 'x' <paramref name="form"/>"); null when absent or refused.</summary>
    public string? Text(YamlNode? node, string what, TextShape shape, string? noun = null, string? form = null)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (shape.Values is { } values && !values.Contains(text))
        {
            Error(node!, $"unknown {noun ?? what} '{text}': use {string.Join(", ", values)}");
            return null;
        }

        if (shape.Pattern is { } pattern && !Regex.IsMatch(text, Strict(pattern), RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            Error(node!, $"{what} '{text}' {form ?? $"must match {pattern}"}");
            return null;
        }

        return text;
    }

    /// <summary>The pattern as JSON Schema (ECMA-262) reads it: a final <c>$</c> is the end of the text, where .NET's also
    /// matches before a final line break (an <c>id: |</c> block ends with one).</summary>
    private static string Strict(string pattern) => pattern.EndsWith('$') ? pattern[..^1] + @"\z" : pattern;

    /// <summary>A flag: true, True or TRUE; false, False or FALSE, unquoted, as YAML 1.2 reads them. Anything else (yes, on,
    /// a quoted "true") is an error at the value, whose message ends with <paramref name="meaning"/> when given.</summary>
    public bool? Flag(YamlNode? node, string what, string? meaning = null)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        var plain = node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any };
        if (plain && TrueWords.Contains(text))
        {
            return true;
        }

        if (plain && FalseWords.Contains(text))
        {
            return false;
        }

        var why = !plain ? " without quotes" : text.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n"
            ? $" (YAML 1.2 reads {text} as text, not as a flag)"
            : "";
        Error(node!, $"{what} is '{text}': write true{meaning} or false{why}");
        return null;
    }

    /// <summary>The values as a reader lists them: "a, b or c".</summary>
    public static string Choices(IReadOnlyList<string> values) =>
        values.Count < 2 ? string.Join("", values) : $"{string.Join(", ", values.Take(values.Count - 1))} or {values[^1]}";
}
