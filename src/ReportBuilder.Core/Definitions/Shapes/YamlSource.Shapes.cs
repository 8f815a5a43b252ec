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

    /// <summary>Checks <paramref name="node"/> against <paramref name="shape"/> and returns the checked mapping: every key
    /// known, every required key present, every value of its key's shape (a refused value is reported at its position and
    /// left out). The one reader of every definition file: the loaders only map what it returns.</summary>
    /// <param name="what">What the mapping is called in messages ("the report", "sla"); a name without spaces also
    /// names its keys ("sla.hours").</param>
    public CheckedMap Read(YamlNode node, MapShape shape, string what) =>
        Check(node, shape, new Naming(what, what.Contains(' ', StringComparison.Ordinal) ? "" : what + ".", what)) as CheckedMap
        ?? new CheckedMap(node, At(node), new Dictionary<KeyShape, CheckedEntry>());

    /// <summary>Checks <paramref name="node"/> against a dictionary shape: its entries, each value checked.</summary>
    public CheckedDictionary Read(YamlNode node, DictionaryShape shape, string what) =>
        Check(node, shape, new Naming(what, what + ".", what)) as CheckedDictionary ?? new CheckedDictionary(node, At(node), []);

    /// <summary>How the value being checked is named in messages: <c>What</c> itself, <c>Prefix</c> before its keys' names,
    /// <c>Owner</c> the nearest named entry above it ("calendar 'support'"), which the shapes' texts write as {owner}.</summary>
    private readonly record struct Naming(string What, string Prefix, string Owner)
    {
        public string Fill(string text) => text.Replace("{owner}", Owner, StringComparison.Ordinal);

        /// <summary>The naming of the key <paramref name="key"/> under this mapping.</summary>
        public Naming Key(KeyShape key) => key.Noun is { } noun
            ? new Naming(Fill(noun), Prefix + key.Name + ".", Owner)
            : new Naming(Prefix + key.Name, Prefix + key.Name + ".", Owner);
    }

    // A mapping or list that aliases name in several places (&a, *a) is checked once per shape: a file of a few kilobytes
    // aliasing one large mapping thousands of times would otherwise cost the product of the two.
    private Checked? Check(YamlNode node, Shape shape, Naming naming)
    {
        if (node is YamlScalarNode)
        {
            return CheckOnce(node, shape, naming);
        }

        var seen = _checked.TryGetValue(node, out var earlier) ? earlier : _checked[node] = [];
        foreach (var (checkedShape, value) in seen)
        {
            if (ReferenceEquals(checkedShape, shape))
            {
                return value;
            }
        }

        var result = CheckOnce(node, shape, naming);
        seen.Add((shape, result));
        return result;
    }

    private Checked? CheckOnce(YamlNode node, Shape shape, Naming naming)
    {
        var what = naming.What;
        switch (shape)
        {
            case TextShape text:
                return Text(node, what, text.Form is { } form ? text with { Form = naming.Fill(form) } : text) is { } written
                    ? Scalar(node, written, null)
                    : null;
            case IntegerShape integer:
                return Integer(node, what, integer) is { } number ? Scalar(node, number.ToString(System.Globalization.CultureInfo.InvariantCulture), number) : null;
            case FlagShape flag:
                return Flag(node, what, flag.Meaning is { } meaning ? $" ({meaning})" : null) is { } set ? Scalar(node, set ? "true" : "false", set) : null;
            case ListShape list:
                return CheckList(node, list, naming);
            case MapShape map:
                return CheckMap(node, map, naming);
            case DictionaryShape dictionary:
                var entries = new List<CheckedEntry>();
                foreach (var (name, (key, value)) in Mapping(node, dictionary.Noun is { } noun ? naming.Fill(noun) : what, []))
                {
                    // A named entry ("metric 'x'") names its keys alone and owns what is under it; else it is named under the mapping.
                    var entry = dictionary.Entry is { } format
                        ? new Naming(naming.Fill(format).Replace("{name}", name, StringComparison.Ordinal), "", "")
                        : new Naming($"{what}.{name}", $"{what}.{name}.", naming.Owner);
                    entries.Add(new CheckedEntry(name, key, At(key), value,
                        Check(value, dictionary.Value, dictionary.Entry is null ? entry : entry with { Owner = entry.What })));
                }

                return node is YamlMappingNode ? new CheckedDictionary(node, At(node), entries) : null;
            case OneOfShape oneOf:
                return Check(node, Option(node, oneOf), naming);
            default:
                throw new ArgumentOutOfRangeException(nameof(shape), shape.GetType().Name, "not a shape the reader knows");
        }
    }

    /// <summary>The option of <paramref name="oneOf"/> a node of this kind is read as; where none fits, the first, whose
    /// message then says what the value should be.</summary>
    private static Shape Option(YamlNode node, OneOfShape oneOf) => oneOf.Options.FirstOrDefault(o => node switch
    {
        YamlScalarNode => o is TextShape or IntegerShape or FlagShape,
        YamlMappingNode => o is MapShape or DictionaryShape,
        _ => o is ListShape,
    }) ?? oneOf.Options[0];

    private CheckedScalar? Scalar(YamlNode node, string text, object? value) =>
        node is YamlScalarNode scalar ? new CheckedScalar(scalar, At(scalar), At(scalar, 0), text, value) : null;

    private CheckedList? CheckList(YamlNode node, ListShape list, Naming naming)
    {
        var what = naming.What;
        var single = list.Item is TextShape or IntegerShape or FlagShape;
        // An item that is a mapping with a noun ("a metric entry") names its keys alone.
        Naming Item(YamlNode child) => (list.Item is OneOfShape oneOf ? Option(child, oneOf) : list.Item) is MapShape { Noun: { } noun }
            ? new Naming(naming.Fill(noun), "", naming.Owner)
            : naming;
        var items = new List<Checked>();
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar.Value) && scalar.Style is ScalarStyle.Plain or ScalarStyle.Any:
                break;
            case YamlScalarNode scalar when single || list.Item is OneOfShape:
                items.AddRange(Check(scalar, list.Item, Item(scalar)) is { } one ? [one] : []);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (single && child is not YamlScalarNode)
                    {
                        Error(child, $"{what}: each item must be a single value");
                    }
                    else if (Check(child, list.Item, Item(child)) is { } checkedItem)
                    {
                        items.Add(checkedItem);
                    }
                }

                break;
            default:
                Error(node, $"{what} {naming.Fill(list.Expect)}");
                return null;
        }

        if (list.NonEmpty && (node as YamlSequenceNode)?.Children.Count is null or 0)
        {
            Error(node, $"{what} {naming.Fill(list.Expect)}");
        }

        return new CheckedList(node, At(node), items);
    }

    private CheckedMap? CheckMap(YamlNode node, MapShape map, Naming naming)
    {
        var what = naming.What;
        var refused = map.Refused ?? new Dictionary<string, string>();
        var written = Mapping(node, what, [.. map.KeyNames, .. refused.Keys]);
        if (node is not YamlMappingNode)
        {
            return null;
        }

        foreach (var (name, message) in refused)
        {
            if (written.TryGetValue(name, out var entry))
            {
                // Never echo the value: only the key's position.
                Error(entry.Key, message);
            }
        }

        var entries = new Dictionary<KeyShape, CheckedEntry>(ReferenceEqualityComparer.Instance);
        foreach (var key in map.Keys)
        {
            if (written.TryGetValue(key.Name, out var entry))
            {
                entries[key] = new CheckedEntry(key.Name, entry.Key, At(entry.Key), entry.Value, Check(entry.Value, key.Shape, naming.Key(key)));
            }
        }

        // Missing, or written empty; a key written with a value its shape refused was reported there.
        foreach (var key in map.Keys.Where(k => map.Required?.Contains(k.Name) == true
            && (!entries.TryGetValue(k, out var entry) || entry.Value is null && entry.Node is YamlScalarNode
            {
                Value: var value, Style: ScalarStyle.Plain or ScalarStyle.Any,
            } && IsNull(value))))
        {
            Error(node, key.Missing is { } missing ? naming.Fill(missing).Replace("{what}", what, StringComparison.Ordinal)
                : $"missing required key '{key.Name}'" + (naming.Prefix.Length == 0 ? "" : $" in {what}"));
        }

        return new CheckedMap(node, At(node), entries);
    }

    /// <summary>A whole number within the shape's bounds, unquoted: a quoted "3" is text to an editor reading the schema.</summary>
    private int? Integer(YamlNode? node, string what, IntegerShape shape)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted } quoted)
        {
            Error(node, $"{what} must be a whole number from {shape.Min} to {shape.Max} without quotes, not '{quoted.Value}'");
            return null;
        }

        return Integer(node, what, shape.Min, shape.Max);
    }

    /// <summary>A value of a text shape: one of its values (else "unknown NOUN 'a3': use a4, letter", <see cref="TextShape.Noun"/>),
    /// or text matching its pattern (else "<paramref name="what"/> 'x' FORM", <see cref="TextShape.Form"/>); null when absent or
    /// refused.</summary>
    private string? Text(YamlNode? node, string what, TextShape shape)
    {
        var (noun, form) = (shape.Noun, shape.Form);
        var text = Text(node, what, shape.Expect);
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
            // A form naming {what} or {text} is the whole message.
            Error(node!, form is not null && (form.Contains("{what}", StringComparison.Ordinal) || form.Contains("{text}", StringComparison.Ordinal))
                ? form.Replace("{what}", what, StringComparison.Ordinal).Replace("{text}", text, StringComparison.Ordinal)
                : $"{what} '{text}' {form ?? $"must match {pattern}"}");
            return null;
        }

        return text;
    }

    /// <summary>The pattern as JSON Schema (ECMA-262) reads it: a final <c>$</c> is the end of the text, where .NET's also
    /// matches before a final line break (an <c>id: |</c> block ends with one).</summary>
    private static string Strict(string pattern) => pattern.EndsWith('$') ? pattern[..^1] + @"\z" : pattern;

    /// <summary>A flag: true, True or TRUE; false, False or FALSE, unquoted, as YAML 1.2 reads them. Anything else (yes, on,
    /// a quoted "true") is an error at the value, whose message ends with <paramref name="meaning"/> when given.</summary>
    private bool? Flag(YamlNode? node, string what, string? meaning = null)
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
