using NJsonSchema;

namespace ReportBuilder.Tests.Definitions;

/// <summary>configs/report.schema.json is generated from the loader's own shapes, and every shipped definition meets it.</summary>
public sealed class DefinitionSchemaTests
{
    private static readonly string Committed = RepositoryFiles.PathOf("configs", "report.schema.json");

    public static TheoryData<string> ShippedDefinitions()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("examples"), "*.yaml", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith("-model.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(RepositoryFiles.Root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(ShippedDefinitions))]
    public async Task ShippedDefinition_MeetsTheSchema(string file)
    {
        var schema = await JsonSchema.FromFileAsync(Committed);

        var errors = schema.Validate(YamlText.AsJson(RepositoryFiles.PathOf(file)));

        errors.Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Schema_RejectsAnUnknownKeyAndAWrongEnum()
    {
        var schema = await JsonSchema.FromFileAsync(Committed);

        var errors = schema.Validate("""{"id": "x", "colour": "blue", "compare": "last_period", "metrics": [{"metric": "ticket_volume"}]}""");

        errors.Select(e => e.Property).Order().ShouldBe(["colour", "compare"]);
    }
}
