using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>The period a report compares with (<c>compare:</c>); written <c>previous_period</c>, <c>same_period_last_year</c>
/// and <c>none</c> in YAML (<see cref="IO.WireNames"/>).</summary>
public enum Comparison
{
    PreviousPeriod,
    SamePeriodLastYear,
    None,
}

/// <summary>A report definition as written in YAML, before it is checked against the catalog.</summary>
public sealed record ReportDefinition(
    string Path,
    string Id,
    string Title,
    SourceDefinition Source,
    Located<string> Timezone,
    Located<string> Period,
    Located<Comparison>? Compare,
    int Trend,
    string Locale,
    IReadOnlyList<MetricUse> Metrics,
    OutputDefinition Output,
    string Hash)
{
    /// <summary>Metrics the report defines itself (<c>define:</c>) or includes from files (<c>include:</c>), by id.</summary>
    public IReadOnlyDictionary<string, MetricDefinition> CustomMetrics { get; init; } =
        new Dictionary<string, MetricDefinition>();

    /// <summary>The help desk whose definitions the report follows (<c>profile:</c>, docs/profiles.md), or null for the catalog's.</summary>
    public Located<string>? Profile { get; init; }

    /// <summary>The catalog metrics the profile defines as its help desk does (configs/profiles/NAME.yaml), by id.</summary>
    public IReadOnlyDictionary<string, MetricDefinition> ProfileMetrics { get; init; } = new Dictionary<string, MetricDefinition>();

    /// <summary>The metrics the report defines over the catalog's: the profile's, and the report's own over those.</summary>
    public IReadOnlyDictionary<string, MetricDefinition> DefinedMetrics() => ProfileMetrics.Count == 0 ? CustomMetrics
        : ProfileMetrics.Where(p => !CustomMetrics.ContainsKey(p.Key)).Concat(CustomMetrics).ToDictionary(StringComparer.Ordinal);

    /// <summary>True when the report or its profile defines the metric <paramref name="id"/> over the catalog's.</summary>
    public bool Redefines(string id) => CustomMetrics.ContainsKey(id) || ProfileMetrics.ContainsKey(id);

    /// <summary>Named parameters with their defaults (<c>params:</c>), used as <c>param.NAME</c> in filters and
    /// <c>{NAME}</c> in the title; <c>--set NAME=VALUE</c> overrides them.</summary>
    public IReadOnlyDictionary<string, Located<string>> Params { get; init; } = new Dictionary<string, Located<string>>();

    /// <summary>The user's own Scriban template for HTML and PDF (<c>template:</c>), as a full path; null for the built-in one.</summary>
    public Located<string>? Template { get; init; }

    /// <summary>The order of the brief's theme groups (<c>themes:</c>); themes left out follow in the default order.</summary>
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Breakdown keys as links: a URL template per dimension (<c>links:</c>), <c>{key}</c> the group's key.</summary>
    public IReadOnlyDictionary<string, Located<string>> Links { get; init; } = new Dictionary<string, Located<string>>();

    /// <summary>Breakdown keys as readers see them (<c>labels:</c>): per dimension, each key's label, used in sentences, tables and
    /// charts in place of the key as stored.</summary>
    internal IReadOnlyDictionary<string, Located<IReadOnlyDictionary<string, KeyLabel>>> Labels { get; init; } =
        new Dictionary<string, Located<IReadOnlyDictionary<string, KeyLabel>>>();

    /// <summary>The canonical model mapped onto the user's own schema (<c>model:</c>), or null for the canonical schema.</summary>
    public DataModel? Model { get; init; }

    /// <summary>The business calendars the report knows, its default (<c>calendar:</c>) and per-row choice (<c>calendar_by:</c>).</summary>
    internal Calendars.CalendarScope Calendars { get; init; } = ReportBuilder.Calendars.CalendarScope.None;

    /// <summary>The report's SLA policy (<c>sla:</c>): targets per priority and tier for first reply and resolution; null without one.</summary>
    internal SlaPolicy? Sla { get; init; }

    /// <summary>One page per member of a dimension (<c>scorecard:</c>), or null for a report without scorecards.</summary>
    internal ScorecardDefinition? Scorecard { get; init; }

    /// <summary>Any finding of the data-quality check fails the run with exit 3, after its files are written (<c>strict:</c>).</summary>
    public bool Strict { get; init; }
}

/// <summary>A report's scorecards (<c>scorecard:</c>): a page per member of <see cref="Per"/> with its values of
/// <see cref="Metrics"/>, their target, the members' median, the member's rank, trend and sample; a roll-up ranks them all.</summary>
/// <param name="Per">The dimension with a page per member: agent or team.</param>
/// <param name="Credit">Who a ticket counts for: assignee_at_solve (the ticket's agent, the default) or first_responder.</param>
/// <param name="MinSample">Fewer rows than this: the value reads "too few tickets" and is neither ranked nor in the median.</param>
internal sealed record ScorecardDefinition(
    Located<string> Per,
    Located<string> Credit,
    int MinSample,
    IReadOnlyList<MetricUse> Metrics,
    SourceLocation Location)
{
    /// <summary>The dimensions a scorecard may be per.</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["agent", "team"];

    /// <summary>The credit rules; the first is the default (Zendesk's and Help Scout's: the assignee).</summary>
    public static readonly IReadOnlyList<string> Credits = ["assignee_at_solve", "first_responder"];

    /// <summary>The default of <see cref="MinSample"/>.</summary>
    public const int DefaultMinSample = 5;

    /// <summary>Per dimension: the breakdowns whose rows name its members (an agent's name; a team, or the agents of every team),
    /// which a member's own mail must not carry.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NamingDimensions = new Dictionary<string, IReadOnlyList<string>>
    {
        ["agent"] = ["agent", "first_responder"],
        ["team"] = ["team", "first_responder_team", "agent", "first_responder"],
    };

    /// <summary>The metrics of a scorecard that names none, as (metric id, stat): those the catalog has are used.</summary>
    public static readonly IReadOnlyList<(string Metric, string? Stat)> DefaultMetrics =
    [
        ("ticket_volume", null), ("first_response_time", "median"), ("resolution_time", "median"), ("replies_per_ticket", null),
        ("one_touch_rate", null), ("reopen_rate", null), ("csat", null), ("qa_score", null),
    ];

    /// <summary>The prefix of a scorecard metric's name in the plan and its statements, apart from the report's own metrics.</summary>
    public const string NamePrefix = "scorecard.";
}

/// <summary>Where the data comes from: a SQLite file, relative to the definition's folder.</summary>
public sealed record SourceDefinition(string? Sqlite, SourceLocation Location)
{
    /// <summary>A PostgreSQL server instead of a file (<c>source: { postgres: { … } }</c>).</summary>
    public PostgresLocation? Postgres { get; init; }

    /// <summary>DuckDB's memory limit for a DuckDB file (<c>source.memory_limit</c>), which <c>--memory-limit</c> overrides:
    /// so that a scheduled delivery, which has no command line, can give a big file's report the memory it needs.</summary>
    public Located<string>? MemoryLimit { get; init; }
}

/// <summary>One metric as a report uses it: which, under what name, with what target and breakdowns.</summary>
public sealed record MetricUse(
    Located<string> Metric,
    string Name,
    Located<string>? Stat,
    TargetDefinition? Target,
    IReadOnlyList<Located<string>> Breakdown,
    int? MinSample,
    IReadOnlyDictionary<string, Located<string>> Params,
    SourceLocation Location)
{
    /// <summary>A filter the report adds to the metric's own (<c>where:</c>), e.g. <c>agent.team = param.team</c>.</summary>
    public Located<string>? Where { get; init; }

    /// <summary><c>hours: business</c>: the metric's <c>hours()</c> durations count working hours under the report's calendar.</summary>
    public Located<string>? Hours { get; init; }

    /// <summary>The brief's theme group for this entry (<c>theme:</c>), replacing the metric's own.</summary>
    public Located<string>? Theme { get; init; }

    /// <summary>True when the entry measures the metric's durations in working hours (<see cref="Hours"/>).</summary>
    public bool WorkingHours => Hours?.Value == "business";
}

/// <summary>The pass and warn rules of a target, as written.</summary>
public sealed record TargetDefinition(Located<string>? Pass, Located<string>? Warn, SourceLocation Location);

/// <summary>The paper a PDF is printed on; written <c>a4</c> and <c>letter</c> in YAML (<see cref="IO.WireNames"/>).</summary>
public enum PaperSize
{
    A4,
    Letter,
}

/// <summary>Which files to write, and where.</summary>
public sealed record OutputDefinition(IReadOnlyList<Located<string>> Formats, string Dir)
{
    /// <summary>The PDF's paper size: A4 (default) or Letter.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>The largest number of rows a breakdown shows in HTML, PDF and email (<c>max_breakdown_rows:</c>); the JSON has them all.</summary>
    public int MaxBreakdownRows { get; init; } = DefaultMaxBreakdownRows;

    /// <summary>The default of <see cref="MaxBreakdownRows"/>.</summary>
    public const int DefaultMaxBreakdownRows = 25;
}

/// <summary>One breakdown key's label in <c>labels:</c>: the same in every language (<paramref name="Text"/>), or one per
/// language (<paramref name="ByLanguage"/>, keyed en, de, …).</summary>
internal sealed record KeyLabel(string? Text, IReadOnlyDictionary<string, string> ByLanguage)
{
    /// <summary>The label in <paramref name="locale"/>'s language (de-AT: de's), else the one for every language, else
    /// English's; null when none applies and the key shows as stored.</summary>
    public string? For(string locale) =>
        ByLanguage.GetValueOrDefault(locale.Split('-', '_')[0]) ?? Text ?? ByLanguage.GetValueOrDefault("en");
}
