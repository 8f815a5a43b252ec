namespace ReportBuilder.Definitions.Shapes;

/// <summary>What a value in a definition file may be. The loader takes its keys and bounds from these shapes and
/// <see cref="DefinitionSchemaWriter"/> turns the same shapes into the JSON Schema editors use, so the two cannot drift.</summary>
internal abstract record Shape(string Description);

/// <summary>A single value: any scalar, or one of <paramref name="Values"/>, or text matching <paramref name="Pattern"/>.</summary>
internal sealed record TextShape(string Description, IReadOnlyList<string>? Values = null, string? Pattern = null) : Shape(Description);

/// <summary>A whole number within bounds.</summary>
internal sealed record IntegerShape(string Description, int Min, int Max) : Shape(Description);

/// <summary>A yes/no flag.</summary>
internal sealed record FlagShape(string Description) : Shape(Description);

/// <summary>A list; a single item counts as a list of one.</summary>
internal sealed record ListShape(string Description, Shape Item) : Shape(Description);

/// <summary>A mapping with known keys; <paramref name="Required"/> are needed unless the report <c>extends</c> a base.</summary>
internal sealed record MapShape(string Description, IReadOnlyList<KeyShape> Keys, IReadOnlyList<string>? Required = null) : Shape(Description)
{
    /// <summary>The keys it allows, in the order they are documented.</summary>
    public IReadOnlyList<string> KeyNames => Keys.Select(k => k.Name).ToList();

    /// <summary>The shape of one key.</summary>
    public Shape this[string key] => Keys.Single(k => k.Name == key).Shape;
}

/// <summary>A mapping whose keys are names the user chooses (params, metric ids), each value of one shape.</summary>
internal sealed record DictionaryShape(string Description, Shape Value) : Shape(Description);

/// <summary>Any of several shapes, such as a rule text or a mapping of rules.</summary>
internal sealed record OneOfShape(string Description, IReadOnlyList<Shape> Options) : Shape(Description);

/// <summary>One key of a mapping.</summary>
internal sealed record KeyShape(string Name, Shape Shape);
