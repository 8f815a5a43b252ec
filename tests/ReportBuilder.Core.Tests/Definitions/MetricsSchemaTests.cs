using NJsonSchema;

namespace ReportBuilder.Tests.Definitions;

/// <summary>configs/metrics.schema.json is generated from the shape the catalog loader and <c>include:</c> read metric
/// definitions through (the same one <c>define:</c> uses), and the shipped catalog meets it.</summary>
public sealed class MetricsSchemaTests
{
    private static readonly string Committed = RepositoryFiles.PathOf("configs", "metrics.schema.json");

    [Fact]
    public async Task TheCatalog_MeetsTheSchema()
    {
        var schema = await JsonSchema.FromFileAsync(Committed);

        schema.Validate(YamlText.AsJson(RepositoryFiles.PathOf("configs", "metrics.yaml"))).Select(e => e.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Schema_RefusesWhatTheLoaderRefuses()
    {
        var schema = await JsonSchema.FromFileAsync(Committed);

        var errors = schema.Validate("""{"metrics": {"a": {"value": "count()", "unit": "furlongs", "mix": "yes", "colour": "red"}}}""");

        var text = string.Join("\n", errors.Select(e => e.ToString()));
        foreach (var refused in new[] { "NoAdditionalPropertiesAllowed: #/metrics.a.colour", "BooleanExpected: #/metrics.a.mix",
                     "PropertyRequired: #/metrics.a.table", "NotInEnumeration: #/metrics.a.unit" })
        {
            text.ShouldContain(refused);
        }
    }
}
