using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>Reads <c>model:</c>, which maps the canonical tables and columns onto a user's own schema:
/// <code>
/// model:
///   tickets:
///     table: helpdesk_export
///     columns:
///       id: ticket_id
///       created_at: { column: opened, type: unix_seconds }
///       status: { column: state, values: { Resolved: solved, Closed: closed, Open: open } }
/// </code>
/// Canonical columns left out are empty (NULL); metrics that need them have no data.</summary>
internal static class ModelMappingLoader
{
    /// <summary>The column types a mapping converts from.</summary>
    public static readonly IReadOnlyList<string> Types = ["text", "iso", "unix_seconds", "unix_ms"];

    /// <summary>The canonical model with the mapped tables replaced; <paramref name="model"/> is the mapping, a file holding it, or
    /// the name of a shipped model (<c>fivetran-zendesk</c>: configs/models/fivetran-zendesk.yaml).</summary>
    public static DataModel Load(YamlSource yaml, Checked? model, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders folders)
    {
        var canonical = catalog.Model;
        switch (model)
        {
            case CheckedScalar { Text: { Length: > 0 } shipped } when IsShippedName(shipped):
                return Shipped(shipped, model.Location, catalog, diagnostics, folders);
            case CheckedScalar { Text: { Length: > 0 } file } scalar:
                if (DefinitionPaths.Resolve(yaml, scalar.Node, file, ReportKeys.Model.Name, folders) is not { } path)
                {
                    return canonical;
                }

                if (!File.Exists(path))
                {
                    yaml.Error(scalar.Node, $"model file not found: {file} (paths are relative to this report)");
                    return canonical;
                }

                return FromFile(path, catalog, diagnostics, folders);
            case CheckedDictionary mapped:
                return canonical with { Tables = Tables(yaml, mapped.Entries, canonical) };
            default:
                return canonical;
        }
    }

    // The canonical tables, those the mapping names read from the user's.
    private static Dictionary<string, TableModel> Tables(YamlSource yaml, IReadOnlyList<CheckedEntry> mapped, DataModel canonical)
    {
        var tables = new Dictionary<string, TableModel>(canonical.Tables, StringComparer.Ordinal);
        foreach (var (name, key, value) in mapped.Select(e => (e.Name, e.KeyNode, e.Value)))
        {
            if (canonical.Find(name) is not { Query: null } table)
            {
                var suggestion = NameSuggestions.Closest(name, canonical.Tables.Where(t => t.Value.Query is null).Select(t => t.Key));
                yaml.Error(key, $"'{name}' is not a table of the canonical model" + (suggestion is null
                    ? $": map one of {string.Join(", ", canonical.Tables.Where(t => t.Value.Query is null).Select(t => t.Key))}"
                    : $"; did you mean '{suggestion}'?"));
                continue;
            }

            if (value is not CheckedMap map)
            {
                continue;
            }

            var query = map.Text(TableMappingKeys.Query);
            if (query is not null && map.Entry(TableMappingKeys.Table) is { } both)
            {
                yaml.Error(both.KeyNode, $"the mapping of '{name}' has both table: and query:: keep one");
            }

            var source = query is null ? map.Text(TableMappingKeys.Table) ?? name : MappingQuery.Tables(query).FirstOrDefault() ?? name;
            var columns = new List<ColumnMapping>();
            foreach (var (column, columnKey, columnValue) in map.Entries(TableMappingKeys.Columns).Select(e => (e.Name, e.KeyNode, e.Value)))
            {
                if (!table.Columns.ContainsKey(column))
                {
                    var suggestion = NameSuggestions.Closest(column, table.Columns.Keys);
                    yaml.Error(columnKey, $"'{column}' is not a column of '{name}'" +
                        (suggestion is null ? $": map {string.Join(", ", table.Columns.Keys)}" : $"; did you mean '{suggestion}'?"));
                    continue;
                }

                if (Column(column, columnValue) is { } mapping)
                {
                    columns.Add(mapping);
                }
            }

            tables[name] = table with { Mapping = new TableMapping(source, columns, map.Location) { Query = query } };
        }

        return tables;
    }

    /// <summary>The model <c>--model</c> names: a shipped model's name, or a mapping file (relative to the working folder).</summary>
    public static DataModel FromOption(string text, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders folders)
    {
        var location = SourceLocation.Option("--model");
        if (IsShippedName(text))
        {
            return Shipped(text, location, catalog, diagnostics, folders);
        }

        var path = Path.GetFullPath(text);
        if (!File.Exists(path))
        {
            diagnostics.Error(location, $"model file not found: {text}; or name a shipped model: {string.Join(", ", ShippedNames(catalog))}");
            return catalog.Model;
        }

        return FromFile(path, catalog, diagnostics, folders);
    }

    /// <summary>The shipped models' names (configs/models/*.yaml).</summary>
    public static IReadOnlyList<string> ShippedNames(Catalog catalog) =>
        catalog.ModelsDirectory is { } folder && Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
            : [];

    // A bare name (letters, digits, -, _), not a file name: a file has an extension or a folder.
    private static bool IsShippedName(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static DataModel Shipped(string name, SourceLocation location, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders folders)
    {
        var names = ShippedNames(catalog);
        if (!names.Contains(name))
        {
            var suggestion = NameSuggestions.Closest(name, names);
            diagnostics.Error(location, $"'{name}' is not a shipped model" + (suggestion is null
                ? names.Count == 0 ? ": none is installed (configs/models/)" : $": use one of {string.Join(", ", names)}, or a mapping file (.yaml)"
                : $"; did you mean '{suggestion}'?"));
            return catalog.Model;
        }

        return FromFile(Path.Combine(catalog.ModelsDirectory!, name + ".yaml"), catalog, diagnostics, folders);
    }

    private static DataModel FromFile(string path, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders folders) =>
        YamlSource.ReadFile(path, diagnostics) is { } text && YamlSource.Load(path, text, diagnostics) is { Root: { } root } yaml
            ? Load(yaml, yaml.Read(root, TableMappingKeys.ModelMapping, ReportKeys.Model.Name), catalog, diagnostics, folders)
            : catalog.Model;

    private static ColumnMapping? Column(string column, Checked? value) => value switch
    {
        CheckedScalar theirs => new ColumnMapping(column, theirs.Text, ModelMappingLoader.Types[0], [], theirs.Location),
        CheckedMap map => new ColumnMapping(column, map.Text(ColumnMappingKeys.Column) ?? column, map.Text(ColumnMappingKeys.Type) ?? Types[0],
            [.. map.Entries(ColumnMappingKeys.Values).Where(e => e.Value is CheckedScalar).Select(e => new KeyValuePair<string, string>(e.Name, e.Scalar!.Text))],
            map.Entry(ColumnMappingKeys.Column)?.Value?.Location ?? map.Location),
        _ => null,
    };
}
