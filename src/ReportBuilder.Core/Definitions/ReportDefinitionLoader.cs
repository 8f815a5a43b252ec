using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;

namespace ReportBuilder.Definitions;

/// <summary>Reads a report definition file into a <see cref="ReportDefinition"/>, collecting every problem.</summary>
public static partial class ReportDefinitionLoader
{

    /// <summary>Loads and checks the structure of a definition file against <paramref name="catalog"/> (its data model and
    /// calendars); throws <see cref="DefinitionException"/> listing every problem.</summary>
    public static ReportDefinition Load(string path, Catalog catalog)
    {
        var diagnostics = new DiagnosticBag();
        var definition = Load(path, catalog, diagnostics);
        diagnostics.ThrowIfErrors();
        return definition!;
    }

    /// <summary>Loads a definition file, adding every problem to <paramref name="diagnostics"/>; null when nothing usable was read.</summary>
    /// <param name="folders">Where its <c>template:</c>, <c>model:</c> and <c>include:</c> may lead besides its own folder.</param>
    public static ReportDefinition? Load(string path, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders? folders = null)
    {
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.StartOf(path),
                "report definition not found: check the path, or create it from examples/monthly-support.yaml");
            return null;
        }

        return YamlSource.ReadFile(path, diagnostics) is { } text ? Parse(path, text, catalog, diagnostics, folders) : null;
    }

    /// <summary>Parses definition text; <paramref name="path"/> names it in messages and anchors relative paths.</summary>
    public static ReportDefinition Parse(string path, string text, Catalog catalog)
    {
        var diagnostics = new DiagnosticBag();
        var definition = Parse(path, text, catalog, diagnostics);
        diagnostics.ThrowIfErrors();
        return definition!;
    }

    /// <summary>Parses definition text, adding every problem to <paramref name="diagnostics"/>; the definition is a best effort
    /// that later checks can still use, null when the text holds no usable YAML.</summary>
    public static ReportDefinition? Parse(string path, string text, Catalog catalog, DiagnosticBag diagnostics, DefinitionFolders? folders = null)
    {
        folders ??= DefinitionFolders.OwnOnly;
        var yaml = YamlSource.Load(path, text, diagnostics);
        if (yaml.Root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(SourceLocation.StartOf(path), "the report definition is empty: it needs at least id, title and metrics");
            }

            return null;
        }

        var texts = new List<string> { text };
        yaml = ReportInheritance.Resolve(yaml, diagnostics, texts);
        var root = yaml.Read(yaml.Root!, ReportKeys.Shape, "the report");
        var id = root.Text(ReportKeys.Id) ?? "report";
        var timezone = root.Located(ReportKeys.Timezone) ?? new Located<string>("UTC", root.Location);
        var period = root.Located(ReportKeys.Period) ?? new Located<string>("last_month", root.Location);
        var calendars = new Dictionary<string, Calendars.BusinessCalendar>(StringComparer.Ordinal);
        var custom = ParseCustomMetrics(yaml, root, catalog, diagnostics, calendars, folders);
        var (profile, profileMetrics) = ParseProfile(yaml, root.Scalar(ReportKeys.Profile), catalog, diagnostics);
        Calendars.CalendarLoader.Read(yaml, root.Entries(ReportKeys.Calendars), calendars);
        var scope = Calendars.CalendarLoader.Scope(yaml, root.Scalar(ReportKeys.Calendar), root.Map(ReportKeys.CalendarBy), calendars, catalog.Calendars);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", texts))))[..12];
        return new ReportDefinition(path, id, root.Text(ReportKeys.Title) ?? id, ParseSource(yaml, root.Map(ReportKeys.Source)), timezone,
            period, Compare(root.Scalar(ReportKeys.Compare)), root.Integer(ReportKeys.Trend) ?? 0, Locale(yaml, root.Scalar(ReportKeys.Locale)),
            ParseMetricList(root.List(ReportKeys.Metrics), root, diagnostics), ParseOutput(root.Map(ReportKeys.Output)), hash)
        {
            CustomMetrics = custom,
            Profile = profile,
            ProfileMetrics = profileMetrics,
            Template = ParseTemplate(yaml, root.Scalar(ReportKeys.Template), folders),
            Themes = [.. root.Texts(ReportKeys.Themes).Select(t => t.Value).Distinct(StringComparer.Ordinal)],
            Links = ParseLinks(yaml, root.Entries(ReportKeys.Links)),
            Labels = ParseLabels(root.Entries(ReportKeys.Labels)),
            Calendars = scope,
            Sla = root.Map(ReportKeys.Sla) is { } sla ? SlaPolicyLoader.Read(yaml, sla, scope) : null,
            Scorecard = root.Map(ReportKeys.Scorecard) is { } scorecard ? ParseScorecard(scorecard, root, catalog, diagnostics) : null,
            Strict = root.Flag(ReportKeys.Strict) ?? false,
            Params = CatalogLoader.Params(root.Entries(ReportKeys.Params)),
            Model = root.Entry(ReportKeys.Model) is { } mapping
                ? ModelMappingLoader.Load(yaml, mapping.Value, catalog, diagnostics, folders)
                : null,
        };
    }

    private static List<MetricUse> ParseMetricList(CheckedList? list, CheckedMap root, DiagnosticBag diagnostics)
    {
        var uses = new List<MetricUse>();
        var entries = list?.Items ?? [];
        if (entries.Count > MaxMetrics)
        {
            // Metrics over one table share one statement; SQLite allows 2,000 result columns, and a page past a few dozen
            // cards is not read anyway.
            diagnostics.Error(list!.Location,
                $"the report lists {entries.Count} metrics: a report holds at most {MaxMetrics}; split it into several reports");
            return uses;
        }

        foreach (var entry in entries.OfType<CheckedMap>())
        {
            // Not required by the shape: a variant's entry may name only the base's entry it changes (ReportInheritance).
            if (entry.Located(MetricEntryKeys.Metric) is not { } metric)
            {
                diagnostics.Error(entry.Location, "missing required key 'metric': name a metric id from the catalog (reportbuilder metrics lists them)");
                continue;
            }

            var name = entry.Text(MetricEntryKeys.Name) ?? metric.Value;
            if (uses.FirstOrDefault(u => u.Name == name) is { } clash)
            {
                diagnostics.Error(entry.Location, $"duplicate output name '{name}' (also at line {clash.Location.Line}): give one of them a different 'name'");
            }

            uses.Add(new MetricUse(metric, name, entry.Located(MetricEntryKeys.Stat), ParseTarget(entry[MetricEntryKeys.Target]),
                [.. entry.Texts(MetricEntryKeys.Breakdown)], entry.Integer(MetricEntryKeys.MinSample),
                CatalogLoader.Params(entry.Entries(MetricEntryKeys.Params)), entry.Location)
            {
                Where = entry.Expression(MetricEntryKeys.Where) ?? root.Expression(ReportKeys.Where),
                Hours = entry.Located(MetricEntryKeys.Hours),
                Theme = entry.Located(MetricEntryKeys.Theme),
            });
        }

        return uses;
    }

    /// <summary>The report's scorecards: per, credit, min_sample and the metrics on each page (their entries as under
    /// <c>metrics:</c>, without breakdowns; the default list when none is given).</summary>
    private static ScorecardDefinition ParseScorecard(CheckedMap map, CheckedMap root, Catalog catalog, DiagnosticBag diagnostics)
    {
        var location = map.Location;
        var per = map.Located(ScorecardKeys.Per) ?? new Located<string>(ScorecardDefinition.Dimensions[0], location);
        var credit = map.Located(ScorecardKeys.Credit) ?? new Located<string>(ScorecardDefinition.Credits[0], location);
        var minSample = map.Integer(ScorecardKeys.MinSample) ?? ScorecardDefinition.DefaultMinSample;
        var where = root.Expression(ReportKeys.Where);
        var metrics = map.Has(ScorecardKeys.Metrics)
            ? ParseMetricList(map.List(ScorecardKeys.Metrics), root, diagnostics)
            : ScorecardDefinition.DefaultMetrics.Where(d => catalog.Metrics.ContainsKey(d.Metric))
                .Select(d => new MetricUse(new Located<string>(d.Metric, location), d.Metric,
                    d.Stat is null ? null : new Located<string>(d.Stat, location), null, [], null, new Dictionary<string, Located<string>>(), location)
                {
                    Where = where,
                })
                .ToList();
        return new ScorecardDefinition(per, credit, minSample, metrics, location);
    }

    /// <summary>A target as <see cref="DefinitionSchema.TargetOrRule"/> allows it, in a report's metric entry or a metric
    /// definition alike: a pass rule, or a mapping of pass and warn rules.</summary>
    internal static TargetDefinition? ParseTarget(Checked? target) => target switch
    {
        CheckedScalar rule => new TargetDefinition(rule.Expression, null, rule.Location),
        CheckedMap rules => new TargetDefinition(rules.Expression(TargetKeys.Pass), rules.Expression(TargetKeys.Warn), rules.Location),
        _ => null,
    };

    /// <summary>The most metrics one report may list.</summary>
    public const int MaxMetrics = 200;

    /// <summary>The languages with a translation file under configs/i18n.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "de", "fr", "pl", "ru", "ko"];

    // The reader took only the shape's values, which are the enum's wire names.
    private static Located<Comparison>? Compare(CheckedScalar? compare) =>
        compare is not null && WireNames.Parse<Comparison>(compare.Text) is { } comparison ? new Located<Comparison>(comparison, compare.Location) : null;

    /// <summary>A known language, or a culture of one (de-AT); anything else is an error, as it would name a file.</summary>
    private static string Locale(YamlSource yaml, CheckedScalar? node)
    {
        var locale = node?.Text ?? "en";
        System.Globalization.CultureInfo? culture = null;
        try
        {
            culture = System.Globalization.CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
        }

        if (culture is null || !Languages.Contains(culture.TwoLetterISOLanguageName) || !Languages.Contains(locale.Split('-', '_')[0]))
        {
            yaml.Error(node!.Node, $"locale '{locale}' is not a known language: use {string.Join(", ", Languages)} (or a culture of one, e.g. de-AT)");
            return "en";
        }

        return locale;
    }

    // Relative to the file that names it, which in a variant may be the base report.
    private static Located<string>? ParseTemplate(YamlSource yaml, CheckedScalar? node, DefinitionFolders folders) =>
        node is { Text.Length: > 0 } && DefinitionPaths.Resolve(yaml, node.Node, node.Text, ReportKeys.Template.Name, folders) is { } path
            ? new Located<string>(path, node.Location)
            : null;

    private static OutputDefinition ParseOutput(CheckedMap? map) => map is null
        ? new OutputDefinition([], "out")
        : new OutputDefinition([.. map.Texts(OutputKeys.Formats)], map.Text(OutputKeys.Dir) ?? "out")
        {
            Paper = WireNames.Parse<PaperSize>(map.Text(OutputKeys.Paper)) ?? PaperSize.A4,
            MaxBreakdownRows = map.Integer(OutputKeys.MaxBreakdownRows) ?? OutputDefinition.DefaultMaxBreakdownRows,
        };
}
