using ReportBuilder.Definitions.Shapes;
using ReportBuilder.IO;

namespace ReportBuilder.Definitions;

/// <summary>The shape of a report definition: the one description the shape reader checks files against and the JSON
/// Schema is generated from (<c>reportbuilder schema</c>). The values shared by several keys are here; each mapping's keys
/// and its shape are in a keys class below (<see cref="ReportKeys"/>, <see cref="MetricEntryKeys"/> …), which read these
/// and never the other way, so static initialisation has no cycle.</summary>
internal static class DefinitionSchema
{
    /// <summary>The JSON Schema of report definitions.</summary>
    public static string Json() => DefinitionSchemaWriter.Write(ReportKeys.Shape, "ReportBuilder report definition", requiredUnlessExtends: true);

    /// <summary>The JSON Schema of metric definition files: the catalog (configs/metrics.yaml) and files a report names in
    /// <c>include:</c>.</summary>
    public static string MetricsJson() => DefinitionSchemaWriter.Write(MetricsFileKeys.Shape, "ReportBuilder metric definitions", requiredUnlessExtends: false);

    public static readonly IntegerShape Trend = new("Also compute the last N periods, for sparklines (0: none)", 0, 60);

    public static readonly IntegerShape MinSample = new("Fewer rows than this: insufficient_data instead of pass or fail", 0, int.MaxValue);

    /// <summary>The comparison periods (<c>compare:</c>); the planner resolves exactly these.</summary>
    public static readonly TextShape Compare = new("The comparison period", WireNames.All<Comparison>()) { Noun = "comparison" };

    public static readonly TextShape Paper = new("The PDF's paper size (default a4)", WireNames.All<PaperSize>()) { Noun = "paper size" };

    public static readonly IntegerShape MaxBreakdownRows = new(
        "The most rows a breakdown shows in HTML, PDF and email: the groups with the most rows, then \"and N more\" (default 25); the JSON has every row",
        1, 100_000);

    public static readonly IntegerShape Port = new("The server's port (default 5432)", 1, 65535);

    public static readonly TextShape SslMode = new("TLS to the server (default prefer)", PostgresLocation.SslModes);

    public static readonly TextShape Unit = new("The unit", WireNames.All<MetricUnit>());

    public static readonly TextShape StatUnit = new("The stat's unit when it differs", WireNames.All<MetricUnit>());

    public static readonly TextShape Direction = new("Which way is good", WireNames.All<MetricDirection>());

    public static readonly TextShape Theme = new("The brief's group for the metric", MetricThemes.All);

    public static readonly TextShape ColumnType = new("How timestamps are stored", ModelMappingLoader.Types) { Noun = "column type" };

    public static readonly TextShape OutputName = new("The key in the output; defaults to the metric id", Pattern: "^[A-Za-z0-9_-]+$")
    {
        Form = "names a key of the JSON output: use letters, digits, '-' and '_' only",
    };

    /// <summary><c>labels:</c> of a report and of the data model (configs/model.yaml), one shape: a report's label of a key
    /// wins over the model's.</summary>
    public static readonly DictionaryShape Labels = new("Breakdown keys as readers see them, per dimension: key → label, or key → { language: label }",
        new DictionaryShape("A dimension's keys and their labels", new OneOfShape("A label in every language, or one per language",
            [new TextShape("The label, e.g. Billing team"), new MapShape("A label per language", [.. ReportDefinitionLoader.Languages.Select(l => new KeyShape(l, new TextShape("The label in that language")))])])));

    public static readonly DictionaryShape Params = new("Named literals: numbers, durations (1h), percentages (90%), words or 'quoted text'",
        new TextShape("A literal") { Expect = "must be a single value such as 1h, 90% or 'premium'" })
    {
        Entry = "param '{name}'",
    };

    public static readonly TextShape Hours = new(
        "How the metric's durations, hours(), count: calendar (default) or business (working hours under the report's calendar)", SlaPolicy.HourKinds)
    {
        Noun = "kind of hours",
    };

    public static readonly OneOfShape TargetOrRule = new("The target: a pass rule, or pass and warn rules",
        [new TextShape("A pass rule, e.g. \"< 2\""), TargetKeys.Shape]);
}

/// <summary>The keys of a target: pass and warn rules.</summary>
internal static class TargetKeys
{
    public static readonly Key<TextShape> Pass = new("pass", new TextShape("A rule on value (and previous), e.g. \"< 2\", \">= 90%\", \"<= 1h\", \"value <= previous * 1.1\""));

    public static readonly Key<TextShape> Warn = new("warn", new TextShape("The rule for warn, checked when pass fails"));

    public static readonly MapShape Shape = new("Pass and warn rules: pass when the pass rule holds, else warn when the warn rule holds, else fail",
        [Pass, Warn]);
}

/// <summary>The keys of one metric of a report (<c>metrics:</c>, a scorecard's <c>metrics:</c>).</summary>
internal static class MetricEntryKeys
{
    public static readonly Key<TextShape> Metric = new("metric", new TextShape("A metric id from the catalog (reportbuilder metrics) or from define:/include:"));

    public static readonly Key<TextShape> Name = new("name", DefinitionSchema.OutputName);

    public static readonly Key<TextShape> Stat = new("stat", new TextShape("One of the metric's stats, e.g. mean or median"));

    public static readonly Key<OneOfShape> Target = new("target", DefinitionSchema.TargetOrRule);

    public static readonly Key<ListShape> Breakdown = new("breakdown",
        new ListShape("Dimensions to break the metric down by, e.g. [channel, agent]", new TextShape("A dimension of the metric's table")));

    public static readonly Key<IntegerShape> MinSample = new("min_sample", DefinitionSchema.MinSample);

    public static readonly Key<DictionaryShape> Params = new("params", DefinitionSchema.Params);

    public static readonly Key<TextShape> Where = new("where", new TextShape("A filter added to the metric's own, e.g. agent.team = param.team"));

    public static readonly Key<TextShape> Hours = new("hours", DefinitionSchema.Hours);

    public static readonly Key<TextShape> Theme = new("theme", new TextShape("The brief's group for this metric, replacing the catalog's", MetricThemes.All) { Noun = "theme" });

    public static readonly Key<FlagShape> Remove = new("remove", new FlagShape("In a variant: drop the base's entry of this name") { Meaning = "drop the base's entry of this name" });

    public static readonly MapShape Shape = new("One metric of the report",
        [Metric, Name, Stat, Target, Breakdown, MinSample, Params, Where, Hours, Theme, Remove]) { Noun = "a metric entry" };

    /// <summary>A list of metric entries: a report's <c>metrics:</c>, a scorecard's.</summary>
    public static ListShape List(string description, MapShape entry) => new(description, entry)
    {
        Expect = "must be a non-empty list, e.g. '- metric: ticket_volume'",
        NonEmpty = true,
    };
}

/// <summary>The keys of a report's <c>scorecard:</c>.</summary>
internal static class ScorecardKeys
{
    /// <summary>A scorecard's metric entry: a report's, without breakdowns (its member is its only one) and variants' remove.</summary>
    public static readonly MapShape Entry = new("One metric of each scorecard page",
        [.. MetricEntryKeys.Shape.Keys.Where(k => k != MetricEntryKeys.Breakdown && k != MetricEntryKeys.Remove)])
    {
        Noun = "a metric entry",
    };

    public static readonly Key<TextShape> Per = new("per",
        new TextShape("The dimension with a page per member (default agent)", ScorecardDefinition.Dimensions) { Noun = "dimension" });

    public static readonly Key<TextShape> Credit = new("credit", new TextShape(
        "Who a reassigned ticket counts for: assignee_at_solve (default, as Zendesk and Help Scout do: the ticket's agent) or first_responder (the agent of its first reply)",
        ScorecardDefinition.Credits) { Noun = "credit rule" });

    public static readonly Key<IntegerShape> MinSample = new("min_sample",
        new IntegerShape("Fewer rows than this: \"too few tickets\", never ranked (default 5)", 1, int.MaxValue));

    public static readonly Key<ListShape> Metrics = new("metrics", MetricEntryKeys.List(
        "The metrics on each page (default: ticket_volume, first_response_time and resolution_time medians, replies_per_ticket, one_touch_rate, reopen_rate, csat, qa_score)",
        Entry));

    public static readonly MapShape Shape = new(
        "A page per member of a dimension (agent or team): the member's values with target, the members' median, rank, trend and sample; a roll-up page ranks them",
        [Per, Credit, MinSample, Metrics]);
}

/// <summary>The keys of <c>source.postgres:</c>.</summary>
internal static class PostgresKeys
{
    public static readonly Key<TextShape> Host = new("host", new TextShape("The server's host name (default localhost)"));

    public static readonly Key<IntegerShape> Port = new("port", DefinitionSchema.Port);

    public static readonly Key<TextShape> Database = new("database", new TextShape("The database"));

    public static readonly Key<TextShape> Schema = new("schema", new TextShape("The schema holding the tables (default public)"));

    public static readonly Key<TextShape> User = new("user", new TextShape("The role to log in as (default PGUSER, else the OS user)"));

    public static readonly Key<TextShape> SslMode = new("sslmode", DefinitionSchema.SslMode);

    public static readonly Key<TextShape> Timeout = new("timeout", new TextShape("The longest one statement may run, e.g. 30s or 5m (default 5m)"));

    public static readonly MapShape Shape = new("A PostgreSQL server; the password comes from REPORTBUILDER_PG_PASSWORD, PGPASSWORD or ~/.pgpass",
        [Host, Port, Database, Schema, User, SslMode, Timeout], Required: ["database"])
    {
        Refused = new Dictionary<string, string>
        {
            ["password"] = $"passwords never go in YAML: set {PostgresLocation.PasswordVariable} or PGPASSWORD, or use a ~/.pgpass file",
        },
    };
}

/// <summary>The keys of a report's <c>source:</c>.</summary>
internal static class SourceKeys
{
    public static readonly Key<TextShape> Sqlite = new("sqlite", new TextShape("A SQLite file, relative to this definition; --db overrides"));

    public static readonly Key<MapShape> Postgres = new("postgres", PostgresKeys.Shape);

    public static readonly Key<TextShape> MemoryLimit = new("memory_limit",
        new TextShape($"A DuckDB file's memory, which DuckDB spills beyond, e.g. 1GB (default {DuckDbFile.DefaultMemoryLimit}); --memory-limit overrides"));

    public static readonly MapShape Shape = new("Where the data comes from", [Sqlite, Postgres, MemoryLimit]);
}

/// <summary>The keys of a report's <c>output:</c>.</summary>
internal static class OutputKeys
{
    public static readonly Key<ListShape> Formats = new("formats",
        new ListShape("Formats to write", new TextShape("A format", OutputFormats.Run) { Noun = "output format" }));

    public static readonly Key<TextShape> Dir = new("dir", new TextShape("The folder, relative to this definition; --out overrides"));

    public static readonly Key<TextShape> Paper = new("paper", DefinitionSchema.Paper);

    public static readonly Key<IntegerShape> MaxBreakdownRows = new("max_breakdown_rows", DefinitionSchema.MaxBreakdownRows);

    public static readonly MapShape Shape = new("Which files to write, and where", [Formats, Dir, Paper, MaxBreakdownRows]);
}

/// <summary>The keys of one column of a model mapping written as a mapping.</summary>
internal static class ColumnMappingKeys
{
    public static readonly Key<TextShape> Column = new("column", new TextShape("The column's name in your table"));

    public static readonly Key<TextShape> Type = new("type", DefinitionSchema.ColumnType);

    public static readonly Key<DictionaryShape> Values = new("values",
        new DictionaryShape("Your spellings and the canonical ones, e.g. Resolved: solved", new TextShape("The canonical value")));

    public static readonly MapShape Shape = new("A column of your table, converted", [Column, Type, Values]);
}

/// <summary>The keys of one table of a model mapping.</summary>
internal static class TableMappingKeys
{
    public static readonly Key<TextShape> Table = new("table", new TextShape("The table's name in your database"));

    public static readonly Key<TextShape> Query = new("query",
        new TextShape("A SELECT over your tables read instead of one table, each table written {name}; columns: maps its output columns"));

    public static readonly Key<DictionaryShape> Columns = new("columns", new DictionaryShape("Canonical column: your column, or { column, type, values }; columns left out are NULL",
        new OneOfShape("A column", [new TextShape("Your column's name"), ColumnMappingKeys.Shape])) { Entry = "the mapping of column '{name}'" });

    public static readonly MapShape Shape = new("A canonical table read from one of yours", [Table, Query, Columns]);

    public static readonly DictionaryShape ModelMapping = new("Canonical tables mapped onto your schema", Shape) { Entry = "the mapping of '{name}'" };
}

/// <summary>The keys of one of a metric's <c>stats:</c>.</summary>
internal static class StatKeys
{
    public static readonly Key<TextShape> Value = new("value", new TextShape("An aggregate expression"));

    public static readonly Key<OneOfShape> Target = new("target", DefinitionSchema.TargetOrRule);

    public static readonly Key<TextShape> Unit = new("unit", DefinitionSchema.StatUnit);

    public static readonly MapShape Shape = new("A stat", [Value, Target, Unit]);
}

/// <summary>The keys of a metric definition (the catalog's, a report's <c>define:</c>, an included file's).</summary>
internal static class MetricKeys
{
    public static readonly Key<TextShape> Label = new("label", new TextShape("The name readers see"));

    public static readonly Key<TextShape> Description = new("description", new TextShape("The definition in words"));

    public static readonly Key<TextShape> Table = new("table", new TextShape("A table of the model"));

    public static readonly Key<TextShape> Time = new("time", new TextShape("The column that places a row in a period (the cohort)"));

    public static readonly Key<TextShape> Where = new("where", new TextShape("A filter on the rows"));

    public static readonly Key<TextShape> Value = new("value", new TextShape("An aggregate expression, e.g. sum(replies) / count()"));

    public static readonly Key<DictionaryShape> Stats = new("stats",
        new DictionaryShape("Several named values, the first being the default", StatKeys.Shape) { Entry = "stat '{name}'" });

    public static readonly Key<TextShape> Unit = new("unit", DefinitionSchema.Unit);

    public static readonly Key<TextShape> Direction = new("direction", DefinitionSchema.Direction);

    public static readonly Key<OneOfShape> Target = new("target", DefinitionSchema.TargetOrRule);

    public static readonly Key<ListShape> Breakdown = new("breakdown", new ListShape("Dimensions always broken down by", new TextShape("A dimension")));

    public static readonly Key<FlagShape> Mix = new("mix", new FlagShape("Show each breakdown row's share of the count") { Meaning = "show each row's share of the count" });

    public static readonly Key<DictionaryShape> Params = new("params", DefinitionSchema.Params);

    public static readonly Key<TextShape> Theme = new("theme", DefinitionSchema.Theme);

    public static readonly Key<TextShape> ComplementOf = new("complement_of", new TextShape("A metric this one is the exact complement of (shown on its card)"));

    public static readonly MapShape Shape = new("A metric in the metric language (see configs/metrics.yaml)",
        [Label, Description, Table, Time, Where, Value, Stats, Unit, Direction, Target, Breakdown, Mix, Params, Theme, ComplementOf], Required: ["table"]);

    /// <summary>Metrics by id, as under <c>metrics:</c> in a catalog and <c>define:</c> in a report.</summary>
    public static DictionaryShape ById(string description) => new(description, Shape) { Noun = "metric definitions", Entry = "metric '{name}'" };
}

/// <summary>The keys of a file of metric definitions: the catalog (configs/metrics.yaml) or one a report names in <c>include:</c>.</summary>
internal static class MetricsFileKeys
{
    public static readonly Key<DictionaryShape> Metrics = new("metrics", MetricKeys.ById("Metrics by id"));

    public static readonly Key<DictionaryShape> Calendars = new("calendars", ReportBuilder.Calendars.CalendarSchema.Calendars);

    public static readonly MapShape Shape = new("Metric definitions: the catalog (configs/metrics.yaml), or a file a report names in include:", [Metrics, Calendars]);
}

/// <summary>The keys of a report definition.</summary>
internal static class ReportKeys
{
    public static readonly Key<TextShape> Id = new("id", new TextShape("Names the output files", Pattern: "^[A-Za-z0-9_-]{1,100}$")
    {
        Form = "names the output files: use letters, digits, '-' and '_' only",
    });

    public static readonly Key<TextShape> Title = new("title", new TextShape("The report's title; {NAME} is replaced by a param"));

    public static readonly Key<TextShape> Extends = new("extends", new TextShape("A base report this variant starts from, relative to this file"));

    public static readonly Key<DictionaryShape> Params = new("params", DefinitionSchema.Params);

    public static readonly Key<TextShape> Where = new("where", new TextShape("A filter for every metric without its own where"));

    public static readonly Key<OneOfShape> Model = new("model", new OneOfShape("Your schema: a mapping, a file holding it, or a shipped model's name (fivetran-zendesk)",
        [new TextShape("A mapping file, relative to this file, or a shipped model (configs/models/)"), TableMappingKeys.ModelMapping]));

    public static readonly Key<MapShape> Source = new("source", SourceKeys.Shape);

    public static readonly Key<TextShape> Timezone = new("timezone", new TextShape("An IANA time zone id, e.g. Europe/Warsaw"));

    public static readonly Key<TextShape> Calendar = new("calendar", ReportBuilder.Calendars.CalendarSchema.Default);

    public static readonly Key<DictionaryShape> Calendars = new("calendars", ReportBuilder.Calendars.CalendarSchema.Calendars);

    public static readonly Key<MapShape> CalendarBy = new("calendar_by", ReportBuilder.Calendars.CalendarByKeys.Shape);

    public static readonly Key<MapShape> Sla = new("sla", SlaPolicyLoader.Shape);

    public static readonly Key<TextShape> Period = new("period",
        new TextShape("e.g. last_month, 2026-10, 2026-Q3, 2026-W05, 2026, 2026-10-01..2026-10-15; --period overrides"));

    public static readonly Key<TextShape> Compare = new("compare", DefinitionSchema.Compare);

    public static readonly Key<IntegerShape> Trend = new("trend", DefinitionSchema.Trend);

    public static readonly Key<TextShape> Locale = new("locale", new TextShape("The report's language and number and date formatting: en, de, fr, pl, ru or ko"));

    public static readonly Key<TextShape> Template = new("template", new TextShape("Your own Scriban template for HTML and PDF, relative to this file (e.g. my.html.sbn)"));

    public static readonly Key<FlagShape> Strict = new("strict",
        new FlagShape("Rows the data-quality check finds (timestamps that do not parse, negative durations or counts) fail the run with exit 3")
        {
            Meaning = "data-quality findings fail the run with exit 3",
        });

    public static readonly Key<DictionaryShape> Links = new("links", new DictionaryShape("Breakdown keys as links: a URL template per dimension; {key} is the group's key, escaped",
        new TextShape("An http or https URL template, e.g. https://help.example.com/agents/{key}", Pattern: "^https?://")
        {
            Form = "{what}: '{text}' " + GroupLinks.NotHttp,
        }));

    public static readonly Key<DictionaryShape> Labels = new("labels", DefinitionSchema.Labels);

    public static readonly Key<ListShape> Metrics = new("metrics", MetricEntryKeys.List("The metrics of the report", MetricEntryKeys.Shape))
    {
        Missing = "metrics must be a non-empty list, e.g. '- metric: ticket_volume'",
    };

    public static readonly Key<MapShape> Scorecard = new("scorecard", ScorecardKeys.Shape);

    public static readonly Key<MapShape> Output = new("output", OutputKeys.Shape);

    public static readonly Key<DictionaryShape> Define = new("define", MetricKeys.ById("Metrics this report defines, by id"));

    public static readonly Key<ListShape> Include = new("include", new ListShape("Files of metric definitions (metrics: ...)", new TextShape("A file, relative to this one")));

    public static readonly Key<TextShape> Profile = new("profile", new TextShape(
        "Measure as this help desk does where vendors differ (docs/profiles.md): zendesk, intercom, freshdesk or helpscout", ReportDefinitionLoader.Profiles));

    public static readonly Key<ListShape> Themes = new("themes", new ListShape("The order of the brief's theme groups (default outcomes, quality, speed, load)",
        new TextShape("A theme", MetricThemes.All) { Noun = "theme" }));

    public static readonly MapShape Shape = new("A ReportBuilder report definition",
    [
        Id, Title, Extends, Params, Where, Model, Source, Timezone, Calendar, Calendars, CalendarBy, Sla, Period, Compare, Trend, Locale,
        Template, Strict, Links, Labels, Metrics, Scorecard, Output, Define, Include, Profile, Themes,
    ], Required: ["id", "metrics"]);
}
