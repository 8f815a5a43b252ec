using ReportBuilder.Definitions.Shapes;


namespace ReportBuilder.Definitions;

/// <summary>The shape of a report definition: the one description the loader checks keys against and the JSON Schema is
/// generated from (<c>reportbuilder schema</c>).</summary>
internal static class DefinitionSchema
{
    /// <summary>The JSON Schema of report definitions.</summary>
    public static string Json() => DefinitionSchemaWriter.Write(Report, "ReportBuilder report definition", requiredUnlessExtends: true);

    /// <summary>The JSON Schema of metric definition files: the catalog (configs/metrics.yaml) and files a report names in
    /// <c>include:</c>.</summary>
    public static string MetricsJson() => DefinitionSchemaWriter.Write(MetricsFile, "ReportBuilder metric definitions", requiredUnlessExtends: false);

    public static readonly IntegerShape Trend = new("Also compute the last N periods, for sparklines (0: none)", 0, 60);

    public static readonly IntegerShape MinSample = new("Fewer rows than this: insufficient_data instead of pass or fail", 0, int.MaxValue);

    /// <summary>The comparison periods (<c>compare:</c>); the planner resolves exactly these.</summary>
    public static readonly TextShape Compare = new("The comparison period", ["previous_period", "same_period_last_year", "none"]);

    public static readonly TextShape Paper = new("The PDF's paper size (default a4)", OutputDefinition.PaperSizes);

    public static readonly IntegerShape MaxBreakdownRows = new(
        "The most rows a breakdown shows in HTML, PDF and email: the groups with the most rows, then \"and N more\" (default 25); the JSON has every row",
        1, 100_000);

    public static readonly IntegerShape Port = new("The server's port (default 5432)", 1, 65535);

    public static readonly TextShape SslMode = new("TLS to the server (default prefer)", PostgresLocation.SslModes);

    public static readonly TextShape Unit = new("The unit", MetricUnits.All);

    public static readonly TextShape StatUnit = new("The stat's unit when it differs", MetricUnits.All);

    public static readonly TextShape Direction = new("Which way is good", MetricDirections.All);

    public static readonly TextShape Theme = new("The brief's group for the metric", MetricThemes.All);

    public static readonly TextShape ColumnType = new("How timestamps are stored", ModelMappingLoader.Types);

    public static readonly TextShape OutputName = new("The key in the output; defaults to the metric id", Pattern: "^[A-Za-z0-9_-]+$");

    /// <summary><c>labels:</c> of a report and of the data model (configs/model.yaml), one shape: a report's label of a key
    /// wins over the model's.</summary>
    public static readonly DictionaryShape Labels = new("Breakdown keys as readers see them, per dimension: key → label, or key → { language: label }",
        new DictionaryShape("A dimension's keys and their labels", new OneOfShape("A label in every language, or one per language",
            [new TextShape("The label, e.g. Billing team"), new MapShape("A label per language", [.. ReportDefinitionLoader.Languages.Select(l => new KeyShape(l, new TextShape("The label in that language")))])])));

    public static readonly MapShape Target = new("Pass and warn rules: pass when the pass rule holds, else warn when the warn rule holds, else fail",
    [
        new("pass", new TextShape("A rule on value (and previous), e.g. \"< 2\", \">= 90%\", \"<= 1h\", \"value <= previous * 1.1\"")),
        new("warn", new TextShape("The rule for warn, checked when pass fails")),
    ]);

    public static readonly OneOfShape TargetOrRule = new("The target: a pass rule, or pass and warn rules",
        [new TextShape("A pass rule, e.g. \"< 2\""), Target]);

    public static readonly DictionaryShape Params = new("Named literals: numbers, durations (1h), percentages (90%), words or 'quoted text'",
        new TextShape("A literal"));

    public static readonly TextShape Hours = new(
        "How the metric's durations, hours(), count: calendar (default) or business (working hours under the report's calendar)", SlaPolicy.HourKinds);

    public static readonly MapShape MetricEntry = new("One metric of the report",
    [
        new("metric", new TextShape("A metric id from the catalog (reportbuilder metrics) or from define:/include:")),
        new("name", OutputName),
        new("stat", new TextShape("One of the metric's stats, e.g. mean or median")),
        new("target", TargetOrRule),
        new("breakdown", new ListShape("Dimensions to break the metric down by, e.g. [channel, agent]", new TextShape("A dimension of the metric's table"))),
        new("min_sample", MinSample),
        new("params", Params),
        new("where", new TextShape("A filter added to the metric's own, e.g. agent.team = param.team")),
        new("hours", Hours),
        new("theme", new TextShape("The brief's group for this metric, replacing the catalog's", MetricThemes.All)),
        new("remove", new FlagShape("In a variant: drop the base's entry of this name")),
    ]);

    /// <summary>A scorecard's metric entry: a report's, without breakdowns (its member is its only one) and variants' remove.</summary>
    public static readonly MapShape ScorecardEntry = new("One metric of each scorecard page",
        [.. MetricEntry.Keys.Where(k => k.Name is not ("breakdown" or "remove"))]);

    public static readonly MapShape Scorecard = new(
        "A page per member of a dimension (agent or team): the member's values with target, the members' median, rank, trend and sample; a roll-up page ranks them",
    [
        new("per", new TextShape("The dimension with a page per member (default agent)", ScorecardDefinition.Dimensions)),
        new("credit", new TextShape(
            "Who a reassigned ticket counts for: assignee_at_solve (default, as Zendesk and Help Scout do: the ticket's agent) or first_responder (the agent of its first reply)",
            ScorecardDefinition.Credits)),
        new("min_sample", new IntegerShape("Fewer rows than this: \"too few tickets\", never ranked (default 5)", 1, int.MaxValue)),
        new("metrics", new ListShape(
            "The metrics on each page (default: ticket_volume, first_response_time and resolution_time medians, replies_per_ticket, one_touch_rate, reopen_rate, csat, qa_score)",
            ScorecardEntry)),
    ]);

    public static readonly MapShape Postgres = new("A PostgreSQL server; the password comes from REPORTBUILDER_PG_PASSWORD, PGPASSWORD or ~/.pgpass",
    [
        new("host", new TextShape("The server's host name (default localhost)")),
        new("port", Port),
        new("database", new TextShape("The database")),
        new("schema", new TextShape("The schema holding the tables (default public)")),
        new("user", new TextShape("The role to log in as (default PGUSER, else the OS user)")),
        new("sslmode", SslMode),
        new("timeout", new TextShape("The longest one statement may run, e.g. 30s or 5m (default 5m)")),
    ], Required: ["database"]);

    public static readonly MapShape Source = new("Where the data comes from",
    [
        new("sqlite", new TextShape("A SQLite file, relative to this definition; --db overrides")),
        new("postgres", Postgres),
    ]);

    public static readonly MapShape Output = new("Which files to write, and where",
    [
        new("formats", new ListShape("Formats to write", new TextShape("A format", OutputFormats.Run))),
        new("dir", new TextShape("The folder, relative to this definition; --out overrides")),
        new("paper", Paper),
        new("max_breakdown_rows", MaxBreakdownRows),
    ]);

    public static readonly MapShape ColumnMapping = new("A column of your table, converted",
    [
        new("column", new TextShape("The column's name in your table")),
        new("type", ColumnType),
        new("values", new DictionaryShape("Your spellings and the canonical ones, e.g. Resolved: solved", new TextShape("The canonical value"))),
    ]);

    public static readonly MapShape TableMapping = new("A canonical table read from one of yours",
    [
        new("table", new TextShape("The table's name in your database")),
        new("query", new TextShape("A SELECT over your tables read instead of one table, each table written {name}; columns: maps its output columns")),
        new("columns", new DictionaryShape("Canonical column: your column, or { column, type, values }; columns left out are NULL",
            new OneOfShape("A column", [new TextShape("Your column's name"), ColumnMapping]))),
    ]);

    public static readonly DictionaryShape ModelMapping = new("Canonical tables mapped onto your schema", TableMapping);

    public static readonly MapShape Stat = new("A stat",
        [new("value", new TextShape("An aggregate expression")), new("target", TargetOrRule), new("unit", StatUnit)]);

    public static readonly MapShape MetricDefinition = new("A metric in the metric language (see configs/metrics.yaml)",
    [
        new("label", new TextShape("The name readers see")),
        new("description", new TextShape("The definition in words")),
        new("table", new TextShape("A table of the model")),
        new("time", new TextShape("The column that places a row in a period (the cohort)")),
        new("where", new TextShape("A filter on the rows")),
        new("value", new TextShape("An aggregate expression, e.g. sum(replies) / count()")),
        new("stats", new DictionaryShape("Several named values, the first being the default", Stat)),
        new("unit", Unit),
        new("direction", Direction),
        new("target", TargetOrRule),
        new("breakdown", new ListShape("Dimensions always broken down by", new TextShape("A dimension"))),
        new("mix", new FlagShape("Show each breakdown row's share of the count")),
        new("params", Params),
        new("theme", Theme),
        new("complement_of", new TextShape("A metric this one is the exact complement of (shown on its card)")),
    ], Required: ["table"]);

    /// <summary>A file of metric definitions: the catalog (configs/metrics.yaml) or one a report names in <c>include:</c>.</summary>
    public static readonly MapShape MetricsFile = new("Metric definitions: the catalog (configs/metrics.yaml), or a file a report names in include:",
        [new("metrics", new DictionaryShape("Metrics by id", MetricDefinition)), new("calendars", Calendars.CalendarSchema.Calendars)]);

    public static readonly MapShape Report = new("A ReportBuilder report definition",
    [
        new("id", new TextShape("Names the output files", Pattern: "^[A-Za-z0-9_-]{1,100}$")),
        new("title", new TextShape("The report's title; {NAME} is replaced by a param")),
        new("extends", new TextShape("A base report this variant starts from, relative to this file")),
        new("params", Params),
        new("where", new TextShape("A filter for every metric without its own where")),
        new("model", new OneOfShape("Your schema: a mapping, a file holding it, or a shipped model's name (fivetran-zendesk)", [new TextShape("A mapping file, relative to this file, or a shipped model (configs/models/)"), ModelMapping])),
        new("source", Source),
        new("timezone", new TextShape("An IANA time zone id, e.g. Europe/Warsaw")),
        new("calendar", Calendars.CalendarSchema.Default),
        new("calendars", Calendars.CalendarSchema.Calendars),
        new("calendar_by", Calendars.CalendarSchema.By),
        new("sla", SlaPolicyLoader.Shape),
        new("period", new TextShape("e.g. last_month, 2026-10, 2026-Q3, 2026-W05, 2026, 2026-10-01..2026-10-15; --period overrides")),
        new("compare", Compare),
        new("trend", Trend),
        new("locale", new TextShape("The report's language and number and date formatting: en, de, fr, pl, ru or ko")),
        new("template", new TextShape("Your own Scriban template for HTML and PDF, relative to this file (e.g. my.html.sbn)")),
        new("strict", new FlagShape("Rows the data-quality check finds (timestamps that do not parse, negative durations or counts) fail the run with exit 3")),
        new("links", new DictionaryShape("Breakdown keys as links: a URL template per dimension; {key} is the group's key, escaped",
            new TextShape("An http or https URL template, e.g. https://help.example.com/agents/{key}", Pattern: "^https?://"))),
        new("labels", Labels),
        new("metrics", new ListShape("The metrics of the report", MetricEntry)),
        new("scorecard", Scorecard),
        new("output", Output),
        new("define", new DictionaryShape("Metrics this report defines, by id", MetricDefinition)),
        new("include", new ListShape("Files of metric definitions (metrics: ...)", new TextShape("A file, relative to this one"))),
        new("profile", new TextShape("Measure as this help desk does where vendors differ (docs/profiles.md): zendesk, intercom, freshdesk or helpscout",
            ReportDefinitionLoader.Profiles)),
        new("themes", new ListShape("The order of the brief's theme groups (default outcomes, quality, speed, load)",
            new TextShape("A theme", MetricThemes.All))),
    ], Required: ["id", "metrics"]);
}
