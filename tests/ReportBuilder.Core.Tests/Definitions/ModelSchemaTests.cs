using NJsonSchema;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Definitions;

/// <summary>configs/model.schema.json is generated from the shapes the model loader reads its keys from, the shipped model
/// meets it and names it, and a key the shapes lack is refused by both at its position.</summary>
public sealed class ModelSchemaTests
{
    private static readonly string Committed = RepositoryFiles.PathOf("configs", "model.schema.json");

    [Fact]
    public async Task TheModel_MeetsTheSchema_AndNamesIt()
    {
        var model = RepositoryFiles.PathOf("configs", "model.yaml");
        var schema = await JsonSchema.FromFileAsync(Committed);

        schema.Validate(YamlText.AsJson(model)).Select(e => e.ToString()).ShouldBeEmpty();
        (await File.ReadAllLinesAsync(model))[0].ShouldBe("# yaml-language-server: $schema=model.schema.json");
    }

    [Theory]
    [InlineData("tables:\n  t:\n    colums: [a]\n", "m.yaml:3:5: error: unknown key 'colums' in table 't'; did you mean 'columns'?")]
    [InlineData("tables:\n  t:\n    joins:\n      j: { tabel: x }\n", "m.yaml:4:12: error: unknown key 'tabel' in join 'j'; did you mean 'table'?")]
    [InlineData("tables:\n  t:\n    dimensions:\n      d: { label: D, exp: d }\n", "m.yaml:4:22: error: unknown key 'exp' in dimension 'd'; did you mean 'expr'?")]
    public async Task AKeyTheShapesLack_IsRefusedByTheSchemaAndByTheLoaderAtItsPosition(string yaml, string error)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rb-model-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, yaml);
        try
        {
            var schema = await JsonSchema.FromFileAsync(Committed);
            schema.Validate(YamlText.AsJson(file)).ShouldNotBeEmpty();
        }
        finally
        {
            File.Delete(file);
        }

        var diagnostics = new DiagnosticBag();
        CatalogLoader.LoadModel("m.yaml", yaml, diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldBe([error]);
    }
}
