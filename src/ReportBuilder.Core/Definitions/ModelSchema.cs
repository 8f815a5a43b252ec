using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Definitions;

/// <summary>The shape of the data model (configs/model.yaml): the keys (<c>labels:</c> as a report's) <see cref="CatalogLoader.LoadModel"/> reads, and the JSON
/// Schema editors use (<c>reportbuilder schema --model</c>, configs/model.schema.json), from one description.</summary>
internal static class ModelSchema
{
    public static readonly MapShape Join = new("A join a dimension follows by its name (agent.name)",
    [
        new("table", new TextShape("The joined table (default: the join's name)")),
        new("column", new TextShape("This table's column (default id)")),
        new("remote", new TextShape("The joined table's column (default id)")),
    ]);

    public static readonly MapShape Dimension = new("A breakdown every metric over the table allows",
    [
        new("label", new TextShape("The heading shown in reports (default: the dimension's name)")),
        new("expr", new TextShape("An expression in the metric language (default: the dimension's name)")),
    ]);

    public static readonly MapShape Table = new("A table of the model",
    [
        new("table", new TextShape("The SQL table (default: the table's name)")),
        new("query", new TextShape("A SELECT read instead of a table")),
        new("requires", new ListShape("Tables the query reads", new TextShape("A table"))),
        new("description", new TextShape("What the table holds")),
        new("columns", new ListShape("The columns metrics may use", new TextShape("A column"))),
        new("joins", new DictionaryShape("Joins by name", Join)),
        new("dimensions", new DictionaryShape("Dimensions by name", Dimension)),
    ]);

    public static readonly MapShape File = new("The ReportBuilder data model: tables, columns, joins, dimensions and the labels of their keys",
    [
        new("tables", new DictionaryShape("The tables by name", Table)),
        new("labels", DefinitionSchema.Labels),
    ]);

    /// <summary>The JSON Schema of the data model file.</summary>
    public static string Write() => DefinitionSchemaWriter.Write(File, "ReportBuilder data model", requiredUnlessExtends: false);
}
