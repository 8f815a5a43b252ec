using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary>The <c>profile:</c> of a report: the help desk whose definitions it follows where vendors differ (docs/profiles.md).</summary>
public static partial class ReportDefinitionLoader
{
    /// <summary>The shipped profiles (configs/profiles/NAME.yaml).</summary>
    public static readonly IReadOnlyList<string> Profiles = ["zendesk", "intercom", "freshdesk", "helpscout"];

    /// <summary>The profile named and the catalog metrics its file defines again; a profile may only redefine catalog metrics,
    /// so that a report reads the same with or without one.</summary>
    private static (Located<string>? Profile, IReadOnlyDictionary<string, MetricDefinition> Metrics) ParseProfile(YamlSource yaml, YamlNode? node,
        Catalog catalog, DiagnosticBag diagnostics)
    {
        var metrics = new Dictionary<string, MetricDefinition>(StringComparer.Ordinal);
        if (yaml.Text(node, "profile", (TextShape)DefinitionSchema.Report["profile"]) is not { } name)
        {
            return (null, metrics);
        }

        var profile = new Located<string>(name, yaml.At(node!));
        var file = catalog.ProfilesDirectory is { } folder ? Path.Combine(folder, name + ".yaml") : null;
        if (file is null || !File.Exists(file))
        {
            yaml.Error(node!, $"profile '{name}' is not installed ({file ?? "no configs/profiles folder"} is missing): reinstall the tool or remove profile:");
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
