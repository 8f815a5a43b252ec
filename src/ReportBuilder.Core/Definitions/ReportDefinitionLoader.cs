using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

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
        var root = yaml.Mapping(yaml.Root!, "the report", DefinitionSchema.Report);
        var start = yaml.At(yaml.Root!);

        var id = Required(yaml, root, "id", start, diagnostics) ?? "report";
        if (root.TryGetValue("id", out var idNode) && idNode.Value is YamlScalarNode)
        {
            // The rule is the shape's pattern, the one the schema is written with.
            yaml.Text(idNode.Value, "id", (TextShape)DefinitionSchema.Report["id"], form: "names the output files: use letters, digits, '-' and '_' only");
        }

        var title = yaml.Text(Value(root, "title"), "title") ?? id;
        var source = ParseSource(yaml, root);
        var timezone = LocatedText(yaml, root, "timezone") ?? new Located<string>("UTC", start);
        var period = LocatedText(yaml, root, "period") ?? new Located<string>("last_month", start);
        var compare = LocatedText(yaml, root, "compare");
        var trend = yaml.Integer(Value(root, "trend"), "trend", DefinitionSchema.Trend) ?? 0;
        var locale = Locale(yaml, Value(root, "locale"));
        var metrics = ParseMetrics(yaml, root, start, diagnostics);
        var output = ParseOutput(yaml, root);
        var calendars = new Dictionary<string, Calendars.BusinessCalendar>(StringComparer.Ordinal);
        var custom = ParseCustomMetrics(yaml, root, catalog, diagnostics, calendars, folders);
        var (profile, profileMetrics) = ParseProfile(yaml, Value(root, "profile"), catalog, diagnostics);
        if (Value(root, "calendars") is { } ownCalendars)
        {
            Calendars.CalendarLoader.Read(yaml, ownCalendars, calendars);
        }

        var scope = ParseCalendars(yaml, root, calendars, catalog);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\0", texts))))[..12];
        return new ReportDefinition(path, id, title, source, timezone, period, compare, trend, locale, metrics, output, hash)
        {
            CustomMetrics = custom,
            Profile = profile,
            ProfileMetrics = profileMetrics,
            Template = ParseTemplate(yaml, root, folders),
            Themes = ParseThemes(yaml, root),
            Links = ParseLinks(yaml, Value(root, "links")),
            Labels = ParseLabels(yaml, Value(root, "labels")),
            Calendars = scope,
            Sla = Value(root, "sla") is { } sla ? SlaPolicyLoader.Read(yaml, sla, scope) : null,
            Scorecard = Value(root, "scorecard") is { } scorecard ? ParseScorecard(yaml, scorecard, root, catalog, diagnostics) : null,
            Strict = yaml.Flag(Value(root, "strict"), "strict", " (data-quality findings fail the run with exit 3)") ?? false,
            Params = CatalogLoader.Params(yaml, Value(root, "params")),
            Model = Value(root, "model") is { } mapping
                ? ModelMappingLoader.Load(yaml, mapping, catalog, diagnostics, folders)
                : null,
        };
    }

    /// <summary>The report's calendars (its own and its included files', then the catalog's) and its choice among them.</summary>
    private static Calendars.CalendarScope ParseCalendars(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root,
        IReadOnlyDictionary<string, Calendars.BusinessCalendar> own, Catalog catalog)
    {
        var (calendar, by) = (Value(root, "calendar"), Value(root, "calendar_by"));
        return Calendars.CalendarLoader.Scope(yaml, calendar, by, own, catalog.Calendars);
    }

    private static List<string> ParseThemes(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root)
    {
        var themes = new List<string>();
        var shape = (TextShape)((ListShape)DefinitionSchema.Report["themes"]).Item;
        foreach (var node in yaml.ScalarList(Value(root, "themes"), "themes"))
        {
            if (yaml.Text(node, "themes", shape, "theme") is { } theme && !themes.Contains(theme))
            {
                themes.Add(theme);
            }
        }

        return themes;
    }

    private static YamlNode? Value(IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key) =>
        map.TryGetValue(key, out var entry) ? entry.Value : null;

    private static Located<string>? LocatedText(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key)
    {
        var node = Value(map, key);
        var text = yaml.Text(node, key);
        return text is null ? null : new Located<string>(text, yaml.At(node!));
    }

    private static string? Required(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> map,
        string key, SourceLocation owner, DiagnosticBag diagnostics)
    {
        var text = yaml.Text(Value(map, key), key);
        if (text is null)
        {
            diagnostics.Error(owner, $"missing required key '{key}'");
        }

        return text;
    }

    private static List<MetricUse> ParseMetrics(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root,
        SourceLocation start, DiagnosticBag diagnostics) =>
        ParseMetricList(yaml, Value(root, "metrics"), DefinitionSchema.MetricEntry, root, start, diagnostics);

    private static List<MetricUse> ParseMetricList(YamlSource yaml, YamlNode? node, MapShape shape,
        IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root, SourceLocation start, DiagnosticBag diagnostics)
    {
        var uses = new List<MetricUse>();
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            diagnostics.Error(node is null ? start : yaml.At(node), "metrics must be a non-empty list, e.g. '- metric: ticket_volume'");
            return uses;
        }

        if (list.Children.Count > MaxMetrics)
        {
            // Metrics over one table share one statement; SQLite allows 2,000 result columns, and a page past a few dozen
            // cards is not read anyway.
            diagnostics.Error(yaml.At(list), $"the report lists {list.Children.Count} metrics: a report holds at most {MaxMetrics}; split it into several reports");
            return uses;
        }

        foreach (var item in list.Children)
        {
            var map = yaml.Mapping(item, "a metric entry", shape);
            var location = yaml.At(item);
            var metric = LocatedText(yaml, map, "metric");
            if (metric is null)
            {
                diagnostics.Error(location, "missing required key 'metric': name a metric id from the catalog (reportbuilder metrics lists them)");
                continue;
            }

            var name = yaml.Text(Value(map, "name"), "name", DefinitionSchema.OutputName,
                form: "names a key of the JSON output: use letters, digits, '-' and '_' only") ?? metric.Value;
            yaml.Flag(Value(map, "remove"), "remove", " (drop the base's entry of this name)");
            if (uses.FirstOrDefault(u => u.Name == name) is { } clash)
            {
                diagnostics.Error(location, $"duplicate output name '{name}' (also at line {clash.Location.Line}): give one of them a different 'name'");
            }

            var breakdown = yaml.ScalarList(Value(map, "breakdown"), "breakdown")
                .Select(s => new Located<string>(s.Value!, yaml.At(s))).ToList();
            uses.Add(new MetricUse(metric, name, LocatedText(yaml, map, "stat"), ParseTarget(yaml, Value(map, "target")),
                breakdown, yaml.Integer(Value(map, "min_sample"), "min_sample", DefinitionSchema.MinSample),
                CatalogLoader.Params(yaml, Value(map, "params")), location)
            {
                Where = Filter(yaml, Value(map, "where")) ?? Filter(yaml, Value(root, "where")),
                Hours = Value(map, "hours") is { } hours && yaml.Text(hours, "hours", DefinitionSchema.Hours, "kind of hours") is { } kind
                    ? new Located<string>(kind, yaml.At(hours))
                    : null,
                Theme = Value(map, "theme") is { } theme
                        && yaml.Text(theme, "theme", (TextShape)DefinitionSchema.MetricEntry["theme"], "theme") is { } group
                    ? new Located<string>(group, yaml.At(theme))
                    : null,
            });
        }

        return uses;
    }

    /// <summary>The report's scorecards: per, credit, min_sample and the metrics on each page (their entries as under
    /// <c>metrics:</c>, without breakdowns; the default list when none is given).</summary>
    private static ScorecardDefinition ParseScorecard(YamlSource yaml, YamlNode node, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root,
        Catalog catalog, DiagnosticBag diagnostics)
    {
        var map = yaml.Mapping(node, "scorecard", DefinitionSchema.Scorecard);
        var location = yaml.At(node);
        Located<string>? Choice(string key, string what)
        {
            var value = Value(map, key);
            return value is not null && yaml.Text(value, $"scorecard.{key}", (TextShape)DefinitionSchema.Scorecard[key], what) is { } text
                ? new Located<string>(text, yaml.At(value))
                : null;
        }

        var per = Choice("per", "dimension") ?? new Located<string>(ScorecardDefinition.Dimensions[0], location);
        var credit = Choice("credit", "credit rule") ?? new Located<string>(ScorecardDefinition.Credits[0], location);
        var minSample = yaml.Integer(Value(map, "min_sample"), "scorecard.min_sample", (IntegerShape)DefinitionSchema.Scorecard["min_sample"])
            ?? ScorecardDefinition.DefaultMinSample;
        List<MetricUse> metrics;
        if (Value(map, "metrics") is { } list)
        {
            metrics = ParseMetricList(yaml, list, DefinitionSchema.ScorecardEntry, root, location, diagnostics);
        }
        else
        {
            var where = Filter(yaml, Value(root, "where"));
            metrics = ScorecardDefinition.DefaultMetrics.Where(d => catalog.Metrics.ContainsKey(d.Metric))
                .Select(d => new MetricUse(new Located<string>(d.Metric, location), d.Metric,
                    d.Stat is null ? null : new Located<string>(d.Stat, location), null, [], null, new Dictionary<string, Located<string>>(), location)
                {
                    Where = where,
                })
                .ToList();
        }

        return new ScorecardDefinition(per, credit, minSample, metrics, location);
    }

    /// <summary>A filter expression; a metric's own <c>where:</c> replaces the report's.</summary>
    private static Located<string>? Filter(YamlSource yaml, YamlNode? node) =>
        node is YamlScalarNode scalar && yaml.Text(scalar, "where") is { } filter ? new Located<string>(filter, yaml.At(scalar, 0)) : null;

    /// <summary>A target as <see cref="DefinitionSchema.TargetOrRule"/> allows it, in a report's metric entry or a metric
    /// definition alike: a pass rule, or a mapping of pass and warn rules.</summary>
    internal static TargetDefinition? ParseTarget(YamlSource yaml, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            var rule = yaml.Text(scalar, "target");
            return rule is null ? null : new TargetDefinition(new Located<string>(rule, yaml.At(scalar, 0)), null, yaml.At(node));
        }

        var map = yaml.Mapping(node, "target", DefinitionSchema.Target);
        return new TargetDefinition(RuleText(yaml, map, "pass"), RuleText(yaml, map, "warn"), yaml.At(node));
    }

    private static Located<string>? RuleText(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> map, string key)
    {
        var node = Value(map, key);
        var text = yaml.Text(node, $"target.{key}");
        return text is null ? null : new Located<string>(text, yaml.At((YamlScalarNode)node!, 0));
    }

    /// <summary>The most metrics one report may list.</summary>
    public const int MaxMetrics = 200;

    /// <summary>The languages with a translation file under configs/i18n.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "de", "fr", "pl", "ru", "ko"];

    /// <summary>A known language, or a culture of one (de-AT); anything else is an error, as it would name a file.</summary>
    private static string Locale(YamlSource yaml, YamlNode? node)
    {
        var locale = yaml.Text(node, "locale") ?? "en";
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
            yaml.Error(node!, $"locale '{locale}' is not a known language: use {string.Join(", ", Languages)} (or a culture of one, e.g. de-AT)");
            return "en";
        }

        return locale;
    }

    // Relative to the file that names it, which in a variant may be the base report.
    private static Located<string>? ParseTemplate(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root,
        DefinitionFolders folders) =>
        Value(root, "template") is { } node && yaml.Text(node, "template") is { Length: > 0 } name &&
        DefinitionPaths.Resolve(yaml, node, name, "template", folders) is { } path
            ? new Located<string>(path, yaml.At(node))
            : null;

    private static OutputDefinition ParseOutput(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root)
    {
        var node = Value(root, "output");
        if (node is null)
        {
            return new OutputDefinition([], "out");
        }

        var map = yaml.Mapping(node, "output", DefinitionSchema.Output);
        var formats = yaml.ScalarList(Value(map, "formats"), "output.formats")
            .Select(s => new Located<string>(s.Value!, yaml.At(s))).ToList();
        return new OutputDefinition(formats, yaml.Text(Value(map, "dir"), "output.dir") ?? "out")
        {
            Paper = yaml.Text(Value(map, "paper"), "output.paper", DefinitionSchema.Paper, "paper size") ?? "a4",
            MaxBreakdownRows = yaml.Integer(Value(map, "max_breakdown_rows"), "output.max_breakdown_rows", DefinitionSchema.MaxBreakdownRows)
                ?? OutputDefinition.DefaultMaxBreakdownRows,
        };
    }
}
