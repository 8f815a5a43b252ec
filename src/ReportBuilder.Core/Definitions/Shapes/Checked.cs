using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions.Shapes;

/// <summary>A value of a definition file that <see cref="YamlSource.Read(YamlDotNet.RepresentationModel.YamlNode, MapShape, string)"/> checked against its shape: it is what its shape
/// says, and stands where <see cref="Location"/> says.</summary>
internal abstract class Checked(YamlNode node, SourceLocation location)
{
    /// <summary>The YAML node, for a loader's own checks of meaning (an expression, a duration) to point at.</summary>
    public YamlNode Node { get; } = node;

    public SourceLocation Location { get; } = location;
}

/// <summary>A single value: text, a whole number or a flag, as its shape reads it.</summary>
internal sealed class CheckedScalar(YamlScalarNode node, SourceLocation location, SourceLocation inside, string text, object? value)
    : Checked(node, location)
{
    public string Text { get; } = text;

    /// <summary>The number of an <see cref="IntegerShape"/>, the flag of a <see cref="FlagShape"/>; null for text.</summary>
    public object? Value { get; } = value;

    /// <summary>The text where it stands.</summary>
    public Located<string> Located => new(Text, Location);

    /// <summary>The text where its first character stands (after an opening quote), for errors inside expressions.</summary>
    public Located<string> Expression => new(Text, inside);
}

/// <summary>A list's items, each checked against the list's item shape (items that failed are left out).</summary>
internal sealed class CheckedList(YamlNode node, SourceLocation location, IReadOnlyList<Checked> items) : Checked(node, location)
{
    public IReadOnlyList<Checked> Items { get; } = items;

    /// <summary>The items that are single values.</summary>
    public IReadOnlyList<Located<string>> Texts => Items.OfType<CheckedScalar>().Select(s => s.Located).ToList();
}

/// <summary>One entry of a mapping: its key, where the key stands, and its value (null when absent, empty or refused).</summary>
internal sealed record CheckedEntry(string Name, YamlScalarNode KeyNode, SourceLocation KeyLocation, YamlNode Node, Checked? Value)
{
    /// <summary>The value when it is a single value.</summary>
    public CheckedScalar? Scalar => Value as CheckedScalar;

    /// <summary>The entries whose value is a single value, with it.</summary>
    public static IEnumerable<(string Name, CheckedScalar Value)> ScalarsOf(IEnumerable<CheckedEntry> entries) =>
        entries.Where(e => e.Scalar is not null).Select(e => (e.Name, e.Scalar!));
}

/// <summary>A mapping of names the user chose (<see cref="DictionaryShape"/>), in file order.</summary>
internal sealed class CheckedDictionary(YamlNode node, SourceLocation location, IReadOnlyList<CheckedEntry> entries) : Checked(node, location)
{
    public IReadOnlyList<CheckedEntry> Entries { get; } = entries;

    /// <summary>The entries whose value is a single value, with it.</summary>
    public IEnumerable<(string Name, CheckedScalar Value)> Scalars => CheckedEntry.ScalarsOf(Entries);
}

/// <summary>A mapping of known keys (<see cref="MapShape"/>), read through its typed keys (<see cref="Key{TShape}"/>).</summary>
internal sealed class CheckedMap(YamlNode node, SourceLocation location, IReadOnlyDictionary<KeyShape, CheckedEntry> entries)
    : Checked(node, location)
{
    /// <summary>The keys written, in the shape's order: for a mapping whose keys are made from data (a label per language).</summary>
    public IReadOnlyList<CheckedEntry> Written => [.. entries.Values];

    /// <summary>The keys written whose value is a single value, with it.</summary>
    public IEnumerable<(string Name, CheckedScalar Value)> Scalars => CheckedEntry.ScalarsOf(entries.Values);

    /// <summary>True when the file writes the key, whatever its value.</summary>
    public bool Has(KeyShape key) => entries.ContainsKey(key);

    /// <summary>The key's entry as written, or null.</summary>
    public CheckedEntry? Entry(KeyShape key) => entries.GetValueOrDefault(key);

    /// <summary>The key's checked value: null when absent, empty or refused.</summary>
    public Checked? this[KeyShape key] => Entry(key)?.Value;

    public CheckedScalar? Scalar(Key<TextShape> key) => this[key] as CheckedScalar;

    public string? Text(Key<TextShape> key) => Scalar(key)?.Text;

    public Located<string>? Located(Key<TextShape> key) => Scalar(key)?.Located;

    /// <summary>The key's text where its first character stands, for errors inside expressions.</summary>
    public Located<string>? Expression(Key<TextShape> key) => Scalar(key)?.Expression;

    public int? Integer(Key<IntegerShape> key) => (this[key] as CheckedScalar)?.Value as int?;

    public bool? Flag(Key<FlagShape> key) => (this[key] as CheckedScalar)?.Value as bool?;

    public CheckedMap? Map(Key<MapShape> key) => this[key] as CheckedMap;

    /// <summary>The key's items; empty when absent.</summary>
    public IReadOnlyList<Checked> Items(Key<ListShape> key) => List(key)?.Items ?? [];

    /// <summary>The key's list, or null when absent or refused.</summary>
    public CheckedList? List(Key<ListShape> key) => this[key] as CheckedList;

    /// <summary>The key's single-value items; empty when absent.</summary>
    public IReadOnlyList<Located<string>> Texts(Key<ListShape> key) => List(key)?.Texts ?? [];

    /// <summary>The key's entries in file order; empty when absent.</summary>
    public IReadOnlyList<CheckedEntry> Entries(Key<DictionaryShape> key) => (this[key] as CheckedDictionary)?.Entries ?? [];
}
