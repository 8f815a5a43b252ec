using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary>The data model and the metric catalog a report is planned against.</summary>
public sealed record Catalog(DataModel Model, IReadOnlyDictionary<string, MetricDefinition> Metrics)
{
    /// <summary>The business calendars every report may name (configs/calendars.yaml, and calendars: in metrics.yaml).</summary>
    internal IReadOnlyDictionary<string, Calendars.BusinessCalendar> Calendars { get; init; } =
        new Dictionary<string, Calendars.BusinessCalendar>();

    /// <summary>The folder of the shipped model mappings a report or <c>--model</c> may name (configs/models/), or null.</summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>The folder of the shipped definition profiles a report's <c>profile:</c> names (configs/profiles/), or null.</summary>
    public string? ProfilesDirectory { get; init; }

    /// <summary>Loads the catalog of a configuration folder (the installed one is <c>configs/</c> beside the executable): its
    /// model.yaml and metrics.yaml.</summary>
    public static Catalog Load(string configDirectory) => CatalogLoader.Load(
        Path.Combine(configDirectory, "model.yaml"), Path.Combine(configDirectory, "metrics.yaml")) with
    {
        ModelsDirectory = Path.Combine(configDirectory, "models"),
        ProfilesDirectory = Path.Combine(configDirectory, "profiles"),
    };
}

/// <summary>Reads configs/model.yaml and configs/metrics.yaml.</summary>
internal static class CatalogLoader
{

    /// <summary>Loads both files; throws <see cref="DefinitionException"/> listing every problem.</summary>
    public static Catalog Load(string modelPath, string metricsPath)
    {
        var diagnostics = new DiagnosticBag();
        var model = LoadModel(modelPath, Read(modelPath), diagnostics);
        var calendars = new Dictionary<string, Calendars.BusinessCalendar>(StringComparer.Ordinal);
        var metrics = LoadMetrics(metricsPath, Read(metricsPath), model, diagnostics, calendars);
        var calendarsPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(metricsPath)) ?? ".", "calendars.yaml");
        if (File.Exists(calendarsPath))
        {
            LoadCalendars(calendarsPath, Read(calendarsPath), diagnostics, calendars);
        }

        diagnostics.ThrowIfErrors();
        return new Catalog(model, metrics) { Calendars = calendars };
    }

    private static string Read(string path) => File.Exists(path)
        ? File.ReadAllText(path)
        : throw new DefinitionException(SourceLocation.StartOf(path), "catalog file not found: reinstall ReportBuilder or restore configs/");

    internal static DataModel LoadModel(string file, string text, DiagnosticBag diagnostics)
    {
        var yaml = YamlSource.Load(file, text, diagnostics);
        var tables = new Dictionary<string, TableModel>(StringComparer.Ordinal);
        if (yaml.Root is null)
        {
            return new DataModel(tables);
        }

        var root = yaml.Mapping(yaml.Root, "the model", ModelSchema.File);
        if (!root.TryGetValue("tables", out var tablesNode))
        {
            return new DataModel(tables);
        }

        foreach (var (name, (_, node)) in yaml.Mapping(tablesNode.Value, "tables", []))
        {
            var map = yaml.Mapping(node, $"table '{name}'", ModelSchema.Table);
            var columns = yaml.ScalarList(map.GetValueOrDefault("columns").Value, "columns")
                .ToDictionary(c => c.Value!, c => c.Value!, StringComparer.Ordinal);
            var joins = new Dictionary<string, JoinModel>(StringComparer.Ordinal);
            if (map.TryGetValue("joins", out var joinsNode))
            {
                foreach (var (joinName, (_, joinNode)) in yaml.Mapping(joinsNode.Value, "joins", []))
                {
                    var join = yaml.Mapping(joinNode, $"join '{joinName}'", ModelSchema.Join);
                    joins[joinName] = new JoinModel(joinName,
                        yaml.Text(join.GetValueOrDefault("table").Value, "table") ?? joinName,
                        yaml.Text(join.GetValueOrDefault("column").Value, "column") ?? "id",
                        yaml.Text(join.GetValueOrDefault("remote").Value, "remote") ?? "id");
                }
            }

            var dimensions = new Dictionary<string, DimensionModel>(StringComparer.Ordinal);
            if (map.TryGetValue("dimensions", out var dimensionsNode))
            {
                foreach (var (dimName, (_, dimNode)) in yaml.Mapping(dimensionsNode.Value, "dimensions", []))
                {
                    var dim = yaml.Mapping(dimNode, $"dimension '{dimName}'", ModelSchema.Dimension);
                    dimensions[dimName] = new DimensionModel(dimName,
                        yaml.Text(dim.GetValueOrDefault("label").Value, "label") ?? dimName,
                        yaml.Text(dim.GetValueOrDefault("expr").Value, "expr") ?? dimName);
                }
            }

            var sqlName = yaml.Text(map.GetValueOrDefault("table").Value, "table") ?? name;
            tables[name] = new TableModel(name, sqlName, columns, joins, dimensions, yaml.At(node))
            {
                Query = yaml.Text(map.GetValueOrDefault("query").Value, "query"),
                Requires = yaml.ScalarList(map.GetValueOrDefault("requires").Value, "requires").Select(s => s.Value!).ToList(),
            };
        }

        var model = new DataModel(tables) { Labels = ReportDefinitionLoader.ParseLabels(yaml, root.GetValueOrDefault("labels").Value) };
        model.CheckDimensionNames(model.Labels.Select(l => ("labels", l.Key, l.Value.Location)), diagnostics);
        return model;
    }

    /// <summary>Reads configs/calendars.yaml (<see cref="Calendars.CalendarSchema.File"/>) into <paramref name="into"/>.</summary>
    internal static void LoadCalendars(string file, string text, DiagnosticBag diagnostics, IDictionary<string, Calendars.BusinessCalendar> into)
    {
        var yaml = YamlSource.Load(file, text, diagnostics);
        if (yaml.Root is not null && yaml.Mapping(yaml.Root, "the calendars file", Calendars.CalendarSchema.File).TryGetValue("calendars", out var node))
        {
            Calendars.CalendarLoader.Read(yaml, node.Value, into);
        }
    }

    internal static Dictionary<string, MetricDefinition> LoadMetrics(string file, string text, DataModel model, DiagnosticBag diagnostics,
        IDictionary<string, Calendars.BusinessCalendar>? calendars = null)
    {
        var yaml = YamlSource.Load(file, text, diagnostics);
        var metrics = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        if (yaml.Root is null)
        {
            return metrics;
        }

        var root = yaml.Mapping(yaml.Root, "the catalog", DefinitionSchema.MetricsFile);
        if (root.TryGetValue("calendars", out var calendarsNode))
        {
            Calendars.CalendarLoader.Read(yaml, calendarsNode.Value, calendars ?? new Dictionary<string, Calendars.BusinessCalendar>());
        }

        if (!root.TryGetValue("metrics", out var metricsNode))
        {
            return metrics;
        }

        ParseMetrics(yaml, metricsNode.Value, model, metrics);
        return metrics;
    }

    /// <summary>Reads a mapping of metric ids to definitions, as under <c>metrics:</c> in a catalog or <c>define:</c> in a report.</summary>
    internal static void ParseMetrics(YamlSource yaml, YamlNode node, DataModel model, IDictionary<string, MetricDefinition> into)
    {
        foreach (var (id, (key, value)) in yaml.Mapping(node, "metric definitions", []))
        {
            if (into.ContainsKey(id))
            {
                yaml.Error(key, $"metric '{id}' is defined twice: give one of them another id");
            }
            else if (ParseMetric(yaml, id, value, model) is { } metric)
            {
                into[id] = metric;
            }
        }
    }

    private static MetricDefinition? ParseMetric(YamlSource yaml, string id, YamlNode node, DataModel model)
    {
        var map = yaml.Mapping(node, $"metric '{id}'", DefinitionSchema.MetricDefinition);
        string? Text(string key) => yaml.Text(map.GetValueOrDefault(key).Value, key);
        Located<string>? LocatedText(string key) =>
            map.GetValueOrDefault(key).Value is YamlScalarNode s && Text(key) is { } t ? new Located<string>(t, yaml.At(s, 0)) : null;

        var table = Text("table");
        if (table is null || model.Find(table) is not { } tableModel)
        {
            yaml.Error(node, $"metric '{id}' must name a table of the model in 'table' ({string.Join(", ", model.Tables.Keys)})");
            return null;
        }

        var stats = new List<StatDefinition>();
        var sharedTarget = ReportDefinitionLoader.ParseTarget(yaml, map.GetValueOrDefault("target").Value);
        if (LocatedText("value") is { } value)
        {
            stats.Add(new StatDefinition("value", value, sharedTarget));
        }

        if (map.TryGetValue("stats", out var statsNode))
        {
            foreach (var (statName, (_, statNode)) in yaml.Mapping(statsNode.Value, "stats", []))
            {
                var stat = yaml.Mapping(statNode, $"stat '{statName}'", DefinitionSchema.Stat);
                if (stat.GetValueOrDefault("value").Value is YamlScalarNode v && yaml.Text(v, "value") is { } expr)
                {
                    var statUnit = yaml.Text(stat.GetValueOrDefault("unit").Value, "unit", DefinitionSchema.StatUnit) is { } unitText ? MetricUnits.Parse(unitText) : null;
                    stats.Add(new StatDefinition(statName, new Located<string>(expr, yaml.At(v, 0)),
                        ReportDefinitionLoader.ParseTarget(yaml, stat.GetValueOrDefault("target").Value) ?? sharedTarget, statUnit));
                }
                else
                {
                    yaml.Error(statNode, $"stat '{statName}' needs a 'value' expression");
                }
            }
        }

        if (stats.Count == 0)
        {
            yaml.Error(node, $"metric '{id}' needs a 'value' expression or 'stats'");
            return null;
        }

        var unit = MetricUnits.Parse(yaml.Text(map.GetValueOrDefault("unit").Value, "unit", DefinitionSchema.Unit) ?? "count") ?? MetricUnit.Count;
        var direction = MetricDirections.Parse(yaml.Text(map.GetValueOrDefault("direction").Value, "direction", DefinitionSchema.Direction) ?? "none")
            ?? MetricDirection.None;
        var theme = yaml.Text(map.GetValueOrDefault("theme").Value, "theme", DefinitionSchema.Theme);

        var breakdown = yaml.ScalarList(map.GetValueOrDefault("breakdown").Value, "breakdown").Select(s => s.Value!).ToList();
        return new MetricDefinition(id, Text("label") ?? id, Text("description") ?? "", table, Text("time"), LocatedText("where"),
            stats, unit, direction, tableModel.Dimensions.Keys.ToList(), breakdown, yaml.Flag(map.GetValueOrDefault("mix").Value, "mix", " (show each row's share of the count)") ?? false,
            Params(yaml, map.GetValueOrDefault("params").Value), yaml.At(node))
        {
            Theme = theme,
            ComplementOf = Text("complement_of"),
        };
    }

    /// <summary>A mapping of parameter names to literal values (numbers, durations, percentages, strings).</summary>
    internal static Dictionary<string, Located<string>> Params(YamlSource yaml, YamlNode? node)
    {
        var result = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        if (node is null)
        {
            return result;
        }

        foreach (var (name, (_, value)) in yaml.Mapping(node, "params", []))
        {
            if (value is YamlScalarNode scalar && yaml.Text(scalar, name) is { } text)
            {
                result[name] = new Located<string>(text, yaml.At(scalar, 0));
            }
            else
            {
                yaml.Error(value, $"param '{name}' must be a single value such as 1h, 90% or 'premium'");
            }
        }

        return result;
    }
}
