using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>The metrics a report defines over the catalog's: its own (<c>define:</c>, <c>include:</c>) and its <c>profile:</c>'s, the
/// help desk whose definitions it follows where vendors differ (docs/profiles.md).</summary>
public static partial class ReportDefinitionLoader
{
    private static Dictionary<string, MetricDefinition> ParseCustomMetrics(YamlSource yaml, CheckedMap root, Catalog catalog,
        DiagnosticBag diagnostics, IDictionary<string, Calendars.BusinessCalendar> calendars, DefinitionFolders folders)
    {
        var custom = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        var model = catalog.Model;
        foreach (var include in root.Items(ReportKeys.Include).OfType<CheckedScalar>())
        {
            if (DefinitionPaths.Resolve(yaml, include.Node, include.Text, ReportKeys.Include.Name, folders) is not { } file)
            {
                continue;
            }

            if (!File.Exists(file))
            {
                yaml.Error(include.Node, $"included file not found: {include.Text} (paths are relative to this report)");
                continue;
            }

            ReadMetricsFile(file, "an included metrics file", model, custom, calendars, diagnostics);
        }

        CatalogLoader.ParseMetrics(yaml, root.Entries(ReportKeys.Define), model, custom);
        return custom;
    }

    /// <summary>Reads a file of metric definitions (and calendars) into <paramref name="metrics"/> and <paramref name="calendars"/>;
    /// a file that cannot be read adds its problem to <paramref name="diagnostics"/> and nothing else.</summary>
    private static void ReadMetricsFile(string file, string what, DataModel model, IDictionary<string, MetricDefinition> metrics,
        IDictionary<string, Calendars.BusinessCalendar> calendars, DiagnosticBag diagnostics)
    {
        if (YamlSource.ReadFile(file, diagnostics) is not { } text || YamlSource.Load(file, text, diagnostics) is not { Root: { } root } source)
        {
            return;
        }

        var map = source.Read(root, MetricsFileKeys.Shape, what);
        Calendars.CalendarLoader.Read(source, map.Entries(MetricsFileKeys.Calendars), calendars);
        CatalogLoader.ParseMetrics(source, map.Entries(MetricsFileKeys.Metrics), model, metrics);
    }

    /// <summary>The shipped profiles (configs/profiles/NAME.yaml).</summary>
    public static readonly IReadOnlyList<string> Profiles = ["zendesk", "intercom", "freshdesk", "helpscout"];

    /// <summary>The profile named and the catalog metrics its file defines again; a profile may only redefine catalog metrics,
    /// so that a report reads the same with or without one.</summary>
    private static (Located<string>? Profile, IReadOnlyDictionary<string, MetricDefinition> Metrics) ParseProfile(YamlSource yaml,
        CheckedScalar? node, Catalog catalog, DiagnosticBag diagnostics)
    {
        var metrics = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        if (node is null)
        {
            return (null, metrics);
        }

        var (name, profile) = (node.Text, node.Located);
        var file = catalog.ProfilesDirectory is { } folder ? Path.Combine(folder, name + ".yaml") : null;
        if (file is null || !File.Exists(file))
        {
            yaml.Error(node.Node, $"profile '{name}' is not installed ({file ?? "no configs/profiles folder"} is missing): reinstall the tool or remove profile:");
            return (profile, metrics);
        }

        var calendars = new Dictionary<string, Calendars.BusinessCalendar>(StringComparer.Ordinal);
        // A profile may redefine nothing (freshdesk: its import already measures as Freshdesk does).
        ReadMetricsFile(file, "a definition profile", catalog.Model, metrics, calendars, diagnostics);
        foreach (var metric in metrics.Values.Where(m => !catalog.Metrics.ContainsKey(m.Id)))
        {
            diagnostics.Error(metric.Location, $"profile '{name}' defines '{metric.Id}', which is not a catalog metric: a profile only " +
                "redefines the catalog's metrics (run 'reportbuilder metrics' for their ids)");
        }

        return (profile, metrics);
    }
}
