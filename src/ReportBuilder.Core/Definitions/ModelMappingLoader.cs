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

    /// <summary>The canonical model with the mapped tables replaced; <paramref name="node"/> is the mapping, or a file holding it.</summary>
    public static DataModel Load(YamlSource yaml, YamlNode node, DataModel canonical, DiagnosticBag diagnostics, DefinitionFolders folders)
    {
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

            return Load(included, root, canonical, diagnostics, folders);
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
            var source = yaml.Text(map.GetValueOrDefault("table").Value, "table") ?? name;
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

            tables[name] = table with { Mapping = new TableMapping(source, columns, yaml.At(tableNode)) };
        }

        return new DataModel(tables);
    }

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
