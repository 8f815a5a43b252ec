namespace ReportBuilder.Definitions.Shapes;

/// <summary>What a value in a definition file may be. <see cref="YamlSource.Read(YamlDotNet.RepresentationModel.YamlNode, MapShape, string)"/> checks a document against its shape and
/// hands the loaders checked nodes (<see cref="CheckedMap"/>), and <see cref="DefinitionSchemaWriter"/> turns the same shapes
/// into the JSON Schema editors use, so the two cannot drift.</summary>
internal abstract record Shape(string Description);

/// <summary>A single value: any scalar, or one of <paramref name="Values"/>, or text matching <paramref name="Pattern"/>.</summary>
internal sealed record TextShape(string Description, IReadOnlyList<string>? Values = null, string? Pattern = null) : Shape(Description)
{
    /// <summary>What a value outside <see cref="Values"/> is called: "unknown <c>Noun</c> 'a3': use a4, letter" (default: its key).</summary>
    public string? Noun { get; init; }

    /// <summary>What follows "key 'x'" when the text does not match <see cref="Pattern"/> (default "must match PATTERN"); a
    /// form that writes {what} or {text} (the value) is the whole message.</summary>
    public string? Form { get; init; }

    /// <summary>What follows the key when the value is a list or a mapping.</summary>
    public string Expect { get; init; } = "must be a single value, not a list or mapping";
}

/// <summary>A whole number within bounds, written without quotes.</summary>
internal sealed record IntegerShape(string Description, int Min, int Max) : Shape(Description);

/// <summary>A yes/no flag.</summary>
internal sealed record FlagShape(string Description) : Shape(Description)
{
    /// <summary>What true means, shown in the message for a value that is not a flag: "write true (MEANING) or false".</summary>
    public string? Meaning { get; init; }
}

/// <summary>A list; a single value counts as a list of one when the items are single values.</summary>
internal sealed record ListShape(string Description, Shape Item) : Shape(Description)
{
    /// <summary>What follows the key when the value is not a list ({owner} may be written).</summary>
    public string Expect { get; init; } = "must be a list, e.g. [channel, agent]";

    /// <summary>True when the list needs at least one item (the message is then <see cref="Expect"/>).</summary>
    public bool NonEmpty { get; init; }
}

/// <summary>A mapping with known keys; <paramref name="Required"/> are needed unless the report <c>extends</c> a base.</summary>
internal sealed record MapShape(string Description, IReadOnlyList<KeyShape> Keys, IReadOnlyList<string>? Required = null) : Shape(Description)
{
    /// <summary>The keys it allows, in the order they are documented.</summary>
    public IReadOnlyList<string> KeyNames => Keys.Select(k => k.Name).ToList();

    /// <summary>What one such mapping is called in messages when it is an item of a list ("a metric entry", "a holiday of
    /// {owner}"); its keys are then named alone ("stat"), not under the list's key.</summary>
    public string? Noun { get; init; }

    /// <summary>Keys read only to say where their value belongs instead (a password), each with that message.</summary>
    public IReadOnlyDictionary<string, string>? Refused { get; init; }
}

/// <summary>A mapping whose keys are names the user chooses (params, metric ids), each value of one shape.</summary>
internal sealed record DictionaryShape(string Description, Shape Value) : Shape(Description)
{
    /// <summary>What the mapping is called in messages, where not its key ("metric definitions", "the week of {owner}").</summary>
    public string? Noun { get; init; }

    /// <summary>What one entry is called, {name} its name ("metric '{name}'", "{name} of {owner}"); its keys are then named
    /// alone ("table") and it is the {owner} of what is under it. Without it an entry is named under the mapping's key
    /// ("sla.tiers.premium").</summary>
    public string? Entry { get; init; }
}

/// <summary>Any of several shapes, such as a rule text or a mapping of rules: a single value takes the first single-value
/// option, a mapping the first mapping option, a list the first list option; a value no option fits is read as the first.</summary>
internal sealed record OneOfShape(string Description, IReadOnlyList<Shape> Options) : Shape(Description);

/// <summary>One key of a mapping.</summary>
internal record KeyShape(string Name, Shape Shape)
{
    /// <summary>The whole message when a required key is missing, {what} the mapping's name in messages ("{what} needs
    /// column: …"); default "missing required key 'NAME'".</summary>
    public string? Missing { get; init; }

    /// <summary>What the key's value is called in messages when not its key's path ("holidays of {owner}").</summary>
    public string? Noun { get; init; }
}

/// <summary>A key whose value has shape <typeparamref name="TShape"/>: the loaders read a checked mapping through these
/// (<see cref="CheckedMap.Text"/>, <see cref="CheckedMap.Integer"/> …), so a key is named in one place, its shape's.</summary>
internal sealed record Key<TShape>(string Name, TShape Of) : KeyShape(Name, Of) where TShape : Shape;
