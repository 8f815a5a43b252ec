using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Definitions;

/// <summary>The shape of the data model (configs/model.yaml): the keys (<c>labels:</c> as a report's) <see cref="CatalogLoader.LoadModel"/> reads, and the JSON
/// Schema editors use (<c>reportbuilder schema --model</c>, configs/model.schema.json), from one description.</summary>
internal static class ModelSchema
{
    /// <summary>The JSON Schema of the data model file.</summary>
    public static string Write() => DefinitionSchemaWriter.Write(ModelFileKeys.Shape, "ReportBuilder data model", requiredUnlessExtends: false);
}

/// <summary>The keys of a join of the model.</summary>
internal static class JoinKeys
{
    public static readonly Key<TextShape> Table = new("table", new TextShape("The joined table (default: the join's name)"));

    public static readonly Key<TextShape> Column = new("column", new TextShape("This table's column (default id)"));

    public static readonly Key<TextShape> Remote = new("remote", new TextShape("The joined table's column (default id)"));

    public static readonly MapShape Shape = new("A join a dimension follows by its name (agent.name)", [Table, Column, Remote]);
}

/// <summary>The keys of a dimension of the model.</summary>
internal static class DimensionKeys
{
    public static readonly Key<TextShape> Label = new("label", new TextShape("The heading shown in reports (default: the dimension's name)"));

    public static readonly Key<TextShape> Expr = new("expr", new TextShape("An expression in the metric language (default: the dimension's name)"));

    public static readonly MapShape Shape = new("A breakdown every metric over the table allows", [Label, Expr]);
}

/// <summary>The keys of a table of the model.</summary>
internal static class TableKeys
{
    public static readonly Key<TextShape> Table = new("table", new TextShape("The SQL table (default: the table's name)"));

    public static readonly Key<TextShape> Query = new("query", new TextShape("A SELECT read instead of a table"));

    public static readonly Key<ListShape> Requires = new("requires", new ListShape("Tables the query reads", new TextShape("A table")));

    public static readonly Key<TextShape> Description = new("description", new TextShape("What the table holds"));

    public static readonly Key<ListShape> Columns = new("columns", new ListShape("The columns metrics may use", new TextShape("A column")));

    public static readonly Key<DictionaryShape> Joins = new("joins", new DictionaryShape("Joins by name", JoinKeys.Shape) { Entry = "join '{name}'" });

    public static readonly Key<DictionaryShape> Dimensions = new("dimensions",
        new DictionaryShape("Dimensions by name", DimensionKeys.Shape) { Entry = "dimension '{name}'" });

    public static readonly MapShape Shape = new("A table of the model", [Table, Query, Requires, Description, Columns, Joins, Dimensions]);
}

/// <summary>The keys of the data model file.</summary>
internal static class ModelFileKeys
{
    public static readonly Key<DictionaryShape> Tables = new("tables", new DictionaryShape("The tables by name", TableKeys.Shape) { Entry = "table '{name}'" });

    public static readonly Key<DictionaryShape> Labels = new("labels", DefinitionSchema.Labels);

    public static readonly MapShape Shape = new("The ReportBuilder data model: tables, columns, joins, dimensions and the labels of their keys", [Tables, Labels]);
}
