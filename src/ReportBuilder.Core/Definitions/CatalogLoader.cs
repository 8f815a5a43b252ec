using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;

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

        var root = yaml.Read(yaml.Root, ModelFileKeys.Shape, "the model");
        foreach (var (name, map) in root.Entries(ModelFileKeys.Tables).Select(e => (e.Name, e.Value)))
        {
            if (map is not CheckedMap table)
            {
                continue;
            }

            var joins = table.Entries(TableKeys.Joins).Where(e => e.Value is CheckedMap).ToDictionary(e => e.Name, e => Join(e.Name, e.Value),
                StringComparer.Ordinal);
            var dimensions = table.Entries(TableKeys.Dimensions).ToDictionary(e => e.Name, e => Dimension(e.Name, e.Value), StringComparer.Ordinal);
            tables[name] = new TableModel(name, table.Text(TableKeys.Table) ?? name,
                table.Texts(TableKeys.Columns).ToDictionary(c => c.Value, c => c.Value, StringComparer.Ordinal), joins, dimensions, table.Location)
            {
                Query = table.Text(TableKeys.Query),
                Requires = [.. table.Texts(TableKeys.Requires).Select(r => r.Value)],
            };
        }

        var model = new DataModel(tables) { Labels = ReportDefinitionLoader.ParseLabels(root.Entries(ModelFileKeys.Labels)) };
        model.CheckDimensionNames(model.Labels.Select(l => ("labels", l.Key, l.Value.Location)), diagnostics);
        return model;
    }

    private static JoinModel Join(string name, Checked? value) => value is CheckedMap join
        ? new JoinModel(name, join.Text(JoinKeys.Table) ?? name, join.Text(JoinKeys.Column) ?? "id", join.Text(JoinKeys.Remote) ?? "id")
        : new JoinModel(name, name, "id", "id");

    private static DimensionModel Dimension(string name, Checked? value) => value is CheckedMap dimension
        ? new DimensionModel(name, dimension.Text(DimensionKeys.Label) ?? name, dimension.Text(DimensionKeys.Expr) ?? name)
        : new DimensionModel(name, name, name);

    /// <summary>Reads configs/calendars.yaml (<see cref="Calendars.CalendarSchema.File"/>) into <paramref name="into"/>.</summary>
    internal static void LoadCalendars(string file, string text, DiagnosticBag diagnostics, IDictionary<string, Calendars.BusinessCalendar> into)
    {
        var yaml = YamlSource.Load(file, text, diagnostics);
        if (yaml.Root is not null)
        {
            Calendars.CalendarLoader.Read(yaml, yaml.Read(yaml.Root, Calendars.CalendarFileKeys.Shape, "the calendars file").Entries(Calendars.CalendarFileKeys.Calendars), into);
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

        var root = yaml.Read(yaml.Root, MetricsFileKeys.Shape, "the catalog");
        Calendars.CalendarLoader.Read(yaml, root.Entries(MetricsFileKeys.Calendars), calendars ?? new Dictionary<string, Calendars.BusinessCalendar>());
        ParseMetrics(yaml, root.Entries(MetricsFileKeys.Metrics), model, metrics);
        return metrics;
    }

    /// <summary>Reads metric ids and their definitions, as under <c>metrics:</c> in a catalog or <c>define:</c> in a report.</summary>
    internal static void ParseMetrics(YamlSource yaml, IReadOnlyList<CheckedEntry> entries, DataModel model, IDictionary<string, MetricDefinition> into)
    {
        foreach (var entry in entries)
        {
            if (into.ContainsKey(entry.Name))
            {
                yaml.Error(entry.KeyNode, $"metric '{entry.Name}' is defined twice: give one of them another id");
            }
            else if (entry.Value is CheckedMap map && ParseMetric(yaml, entry.Name, map, model) is { } metric)
            {
                into[entry.Name] = metric;
            }
        }
    }

    private static MetricDefinition? ParseMetric(YamlSource yaml, string id, CheckedMap map, DataModel model)
    {
        if (map.Text(MetricKeys.Table) is not { } table)
        {
            return null;    // the reader said it is missing
        }

        if (model.Find(table) is not { } tableModel)
        {
            yaml.Error(map.Node, $"metric '{id}' must name a table of the model in 'table' ({string.Join(", ", model.Tables.Keys)})");
            return null;
        }

        var stats = new List<StatDefinition>();
        var sharedTarget = ReportDefinitionLoader.ParseTarget(map[MetricKeys.Target]);
        if (map.Expression(MetricKeys.Value) is { } value)
        {
            stats.Add(new StatDefinition("value", value, sharedTarget));
        }

        foreach (var (name, statValue) in map.Entries(MetricKeys.Stats).Select(e => (e.Name, e.Value)))
        {
            if (statValue is CheckedMap stat && stat.Expression(StatKeys.Value) is { } expression)
            {
                stats.Add(new StatDefinition(name, expression, ReportDefinitionLoader.ParseTarget(stat[StatKeys.Target]) ?? sharedTarget,
                    WireNames.Parse<MetricUnit>(stat.Text(StatKeys.Unit))));
            }
            else if (statValue is CheckedMap)
            {
                yaml.Error(statValue.Node, $"stat '{name}' needs a 'value' expression");
            }
        }

        if (stats.Count == 0)
        {
            yaml.Error(map.Node, $"metric '{id}' needs a 'value' expression or 'stats'");
            return null;
        }

        return new MetricDefinition(id, map.Text(MetricKeys.Label) ?? id, map.Text(MetricKeys.Description) ?? "", table, map.Text(MetricKeys.Time),
            map.Expression(MetricKeys.Where), stats, WireNames.Parse<MetricUnit>(map.Text(MetricKeys.Unit)) ?? MetricUnit.Count,
            WireNames.Parse<MetricDirection>(map.Text(MetricKeys.Direction)) ?? MetricDirection.None, tableModel.Dimensions.Keys.ToList(),
            [.. map.Texts(MetricKeys.Breakdown).Select(b => b.Value)], map.Flag(MetricKeys.Mix) ?? false, Params(map.Entries(MetricKeys.Params)),
            map.Location)
        {
            Theme = map.Text(MetricKeys.Theme),
            ComplementOf = map.Text(MetricKeys.ComplementOf),
        };
    }

    /// <summary>Parameter names and their literal values (numbers, durations, percentages, strings), where each stands inside its quotes.</summary>
    internal static Dictionary<string, Located<string>> Params(IReadOnlyList<CheckedEntry> entries) =>
        entries.Where(e => e.Scalar is not null).ToDictionary(e => e.Name, e => e.Scalar!.Expression, StringComparer.Ordinal);
}
