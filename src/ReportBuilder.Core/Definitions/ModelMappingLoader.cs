using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

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

    /// <summary>The canonical model with the mapped tables replaced; <paramref name="node"/> is the mapping, a file holding it, or
    /// the name of a shipped model (<c>fivetran-zendesk</c>: configs/models/fivetran-zendesk.yaml).</summary>
    public static DataModel Load(YamlSource yaml, YamlNode node, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders folders)
    {
        var canonical = catalog.Model;
        if (node is YamlScalarNode { Value: { Length: > 0 } shipped } && IsShippedName(shipped))
        {
            return Shipped(shipped, yaml.At(node), catalog, diagnostics, folders);
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } file })
        {
            if (DefinitionPaths.Resolve(yaml, node, file, "model", folders) is not { } path)
            {
                return canonical;
            }

            if (!File.Exists(path))
            {
                yaml.Error(node, $"model file not found: {file} (paths are relative to this report)");
                return canonical;
            }

            if (YamlSource.ReadFile(path, diagnostics) is not { } text || YamlSource.Load(path, text, diagnostics) is not { Root: { } root } included)
            {
                return canonical;
            }

            return Load(included, root, catalog, diagnostics, folders);
        }

        var tables = new Dictionary<string, TableModel>(canonical.Tables, StringComparer.Ordinal);
        foreach (var (name, (key, tableNode)) in yaml.Mapping(node, "model", []))
        {
            if (canonical.Find(name) is not { Query: null } table)
            {
                var suggestion = NameSuggestions.Closest(name, canonical.Tables.Where(t => t.Value.Query is null).Select(t => t.Key));
                yaml.Error(key, $"'{name}' is not a table of the canonical model" + (suggestion is null
                    ? $": map one of {string.Join(", ", canonical.Tables.Where(t => t.Value.Query is null).Select(t => t.Key))}"
                    : $"; did you mean '{suggestion}'?"));
                continue;
            }

            var map = yaml.Mapping(tableNode, $"the mapping of '{name}'", DefinitionSchema.TableMapping);
            var query = yaml.Text(map.GetValueOrDefault("query").Value, "query");
            if (query is not null && map.TryGetValue("table", out var both))
            {
                yaml.Error(both.Key, $"the mapping of '{name}' has both table: and query:: keep one");
            }

            var source = query is null ? yaml.Text(map.GetValueOrDefault("table").Value, "table") ?? name : MappingQuery.Tables(query).FirstOrDefault() ?? name;
            var columns = new List<ColumnMapping>();
            if (map.TryGetValue("columns", out var columnsNode))
            {
                foreach (var (column, (columnKey, columnNode)) in yaml.Mapping(columnsNode.Value, $"the columns of '{name}'", []))
                {
                    if (!table.Columns.ContainsKey(column))
                    {
                        var suggestion = NameSuggestions.Closest(column, table.Columns.Keys);
                        yaml.Error(columnKey, $"'{column}' is not a column of '{name}'" +
                            (suggestion is null ? $": map {string.Join(", ", table.Columns.Keys)}" : $"; did you mean '{suggestion}'?"));
                        continue;
                    }

                    columns.Add(Column(yaml, column, columnNode));
                }
            }

            tables[name] = table with { Mapping = new TableMapping(source, columns, yaml.At(tableNode)) { Query = query } };
        }

        return canonical with { Tables = tables };
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
            ? Load(yaml, root, catalog, diagnostics, folders)
            : catalog.Model;

    private static ColumnMapping Column(YamlSource yaml, string column, YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return new ColumnMapping(column, yaml.Text(node, column), "text", [], yaml.At(node));
        }

        var map = yaml.Mapping(node, $"the mapping of column '{column}'", DefinitionSchema.ColumnMapping);
        var type = yaml.Text(map.GetValueOrDefault("type").Value, "type", DefinitionSchema.ColumnType, "column type") ?? "text";

        var values = new List<KeyValuePair<string, string>>();
        if (map.GetValueOrDefault("values").Value is { } valuesNode)
        {
            foreach (var (theirs, (_, ours)) in yaml.Mapping(valuesNode, "values", []))
            {
                if (yaml.Text(ours, theirs) is { } canonical)
                {
                    values.Add(new(theirs, canonical));
                }
            }
        }

        var sourceNode = map.GetValueOrDefault("column").Value;
        return new ColumnMapping(column, yaml.Text(sourceNode, "column") ?? column, type, values, yaml.At(sourceNode ?? node));
    }
}
