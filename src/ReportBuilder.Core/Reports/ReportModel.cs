using ReportBuilder.Rules;

namespace ReportBuilder.Reports;

/// <summary>What a reader sees, independent of format: the input of every renderer.</summary>
public sealed record ReportModel(
    ReportHeader Report,
    PeriodView Period,
    PeriodView? Comparison,
    Verdict Verdict,
    IReadOnlyList<MetricView> Metrics,
    ReportFooter Footer)
{
    /// <summary>The first page: headline, generated sentences, theme groups and movers.</summary>
    public Brief Brief { get; init; } = Brief.Empty;

    /// <summary>A page per member and the roll-up (<c>scorecard:</c>), or null.</summary>
    public ScorecardView? Scorecard { get; init; }

    /// <summary>The report one member of the scorecard receives: its own page only, with the team's aggregates (each metric's
    /// pooled value and the members' median, the member's rank among the ranked), never another member's name or values.</summary>
    public ReportModel ForMember(string key) => this with
    {
        Scorecard = Scorecard! with { Pages = [.. Scorecard.Pages.Where(p => p.Key == key)], Member = key },
    };
}

/// <summary>The report's scorecards: the metrics, each with its members' median, and a page per member.</summary>
/// <param name="Per">The dimension: agent or team.</param>
/// <param name="Label">The dimension's label in the report's language.</param>
/// <param name="Credit">The credit rule: assignee_at_solve or first_responder.</param>
/// <param name="MinSample">Fewer rows than this: "too few tickets", neither ranked nor in the median.</param>
public sealed record ScorecardView(string Per, string Label, string Credit, int MinSample,
    IReadOnlyList<ScorecardMetric> Metrics, IReadOnlyList<ScorecardPage> Pages)
{
    /// <summary>The member whose report this is (<see cref="ReportModel.ForMember"/>): its page alone, no roll-up; null for the
    /// whole report.</summary>
    public string? Member { get; init; }
}

/// <summary>One metric of the scorecards, over all members: the pooled value of every row (the team's), the median of the
/// members' values and how many were ranked.</summary>
public sealed record ScorecardMetric(
    string Name,
    string Metric,
    string Label,
    string Stat,
    Definitions.MetricUnit Unit,
    Definitions.MetricDirection Direction,
    string? Target,
    double? Value,
    string DisplayValue,
    Rules.Status Status,
    long Sample,
    double? Median,
    string DisplayMedian,
    int Ranked);

/// <summary>One member's page: its values of every scorecard metric, in the scorecard's order.</summary>
public sealed record ScorecardPage(string Key, IReadOnlyList<ScorecardValue> Values)
{
    /// <summary>The member uncut: <see cref="Key"/> is cut to <see cref="DimensionKeys.MaxShown"/> text elements; the JSON
    /// writes this one.</summary>
    public string WholeKey { get; init; } = Key;
}

/// <summary>A member's value of one metric, with the members' median, its rank (null when not ranked: too few rows, no value,
/// or a metric with no direction) and its trend.</summary>
public sealed record ScorecardValue(
    string Name,
    string Label,
    Definitions.MetricUnit Unit,
    string? Target,
    double? Value,
    string DisplayValue,
    Rules.Status Status,
    long Sample,
    string DisplaySample,
    bool TooFew,
    int? Rank,
    int Ranked,
    double? Median,
    string DisplayMedian,
    ComparisonView? Previous,
    IReadOnlyList<TrendPoint> Trend);

/// <summary>The report's identity and presentation settings.</summary>
public sealed record ReportHeader(string Id, string Title, string Timezone, string Locale);

/// <summary>A half-open period [Start, End) as UTC instants, with a label in the report's time zone.</summary>
public sealed record PeriodView(DateTimeOffset Start, DateTimeOffset End, string Label)
{
    /// <summary>The label inside a phrase ("comparé à septembre 2026", "okres porównawczy: wrzesień 2026"): in languages that
    /// write months in lower case, without the capital the label has where it stands alone.</summary>
    public string InSentence { get; init; } = Label;
}

/// <summary>The headline: how many targets were met and which were not.</summary>
public sealed record Verdict(
    int Targets,
    int Passed,
    int Warned,
    int Failed,
    int NoData,
    IReadOnlyList<string> FailedLabels,
    IReadOnlyList<string> WarnedLabels,
    string Headline)
{
    /// <summary>No metric of the report has a value in the period (a filter that matches nothing, an empty period).</summary>
    public bool NoDataAtAll { get; init; }

    /// <summary>The verdict in a few words for a mail's subject ("6 targets missed", "all 13 targets met"); empty when
    /// there is no target.</summary>
    public string Summary { get; init; } = "";
}

/// <summary>One metric of the report: its value for the period, the comparison and the breakdowns.</summary>
public sealed record MetricView(
    string Name,
    string Metric,
    string Label,
    string Description,
    string Stat,
    Definitions.MetricUnit Unit,
    Definitions.MetricDirection Direction,
    double? Value,
    string DisplayValue,
    Status Status,
    string? Target,
    long Sample,
    ComparisonView? Previous,
    IReadOnlyList<BreakdownView> Breakdowns,
    IReadOnlyList<TrendPoint> Trend)
{
    /// <summary>The constant the pass rule compares with, when it is that simple (charts draw it as the target line).</summary>
    public double? PassBound { get; init; }

    /// <summary>The constant the warn rule compares with, when it is that simple.</summary>
    public double? WarnBound { get; init; }

    /// <summary>The row count in the report's culture ("4 792" in French; grouped in English when the model is built by hand).</summary>
    public string DisplaySample { get; init; } = Sample.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    /// <summary>Whether <see cref="Sample"/> is a count a reader means (tickets, customers, survey responses) and is shown as
    /// "n = …"; false where rows are money movements, SLA targets or replies, which a reader would take for tickets.</summary>
    public bool SampleShown { get; init; } = true;

    /// <summary>Why the metric has no data in any period when the data cannot give it (the source has no messages); null
    /// when it was measured (docs/import.md, "CSV exports").</summary>
    public string? NoDataReason { get; init; }

    /// <summary>The brief's theme: outcomes, quality, speed, load, or other.</summary>
    public string Theme { get; init; } = "other";

    /// <summary>Distance to the target, streak, transition, drivers and how unusual the change is.</summary>
    public MetricInsight Insight { get; init; } = new();

    /// <summary>For a distribution (one count per group): its largest group and that group's share.</summary>
    public DistributionShape? Shape { get; init; }

    /// <summary>The metric this one's card also shows because it is its exact complement (retention on the churn card).</summary>
    public MetricView? Companion { get; init; }

    /// <summary>The business calendars the value is measured in (working hours), empty for calendar time.</summary>
    public IReadOnlyList<CalendarView> Calendars { get; init; } = [];

    /// <summary>What the card says about them: "working hours, Mon–Fri 09:00–18:00, Europe/Warsaw"; empty for calendar time.</summary>
    public string WorkingHours { get; init; } = "";

    /// <summary>The name the brief's sentences give the metric: its label, which says "working hours" when the value counts
    /// them and the label does not already say so (<c>hours: business</c>, an SLA policy in working hours, a report's own
    /// metric); null for the label itself.</summary>
    public string? BriefLabel { get; init; }

    /// <summary>The card's small print on how the value counts (<c>note_METRIC</c> in the translation files), e.g. what an
    /// open ticket counts as in <c>sla_achievement</c>; empty for most metrics.</summary>
    public string Note { get; init; } = "";

    /// <summary>The report's SLA policy when the value measures against it (<c>sla_target()</c>), else null.</summary>
    public SlaPolicyView? Sla { get; init; }
}

/// <summary>An SLA policy as the JSON carries it: how hours count, the calendar, and the targets in hours by kind and priority,
/// with each tier's own.</summary>
public sealed record SlaPolicyView(
    string Hours,
    string? Calendar,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Targets,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>> Tiers);

/// <summary>A business calendar a value is measured in: its name, the hash of its definition and how it reads.</summary>
public sealed record CalendarView(string Name, string Hash, string Description);

/// <summary>The same metric in the comparison period, and the change against it.</summary>
/// <param name="Change">Relative change (0.1 is +10%), null when either side has no value or the previous is 0.</param>
/// <param name="Trend">"better", "worse" or "same" for the metric's direction; "none" when direction or value is missing.</param>
public sealed record ComparisonView(
    double? Value,
    string DisplayValue,
    Status Status,
    double? Change,
    string DisplayChange,
    string Trend);

/// <summary>A metric broken down by one dimension.</summary>
public sealed record BreakdownView(string Dimension, string Label, IReadOnlyList<BreakdownRow> Rows)
{
    /// <summary>The unit of the rows' values: the metric's, or percent for a mix (each group's share of the rows).</summary>
    public Definitions.MetricUnit? Unit { get; init; }

    /// <summary>How many rows were left out of <see cref="Rows"/> to keep the report readable (<see cref="BreakdownLimit"/>).</summary>
    public int More { get; init; }

    /// <summary><see cref="More"/> written in the report's language (49,990; 49.990; 49 990); empty when none was left out.</summary>
    public string DisplayMore { get; init; } = "";
}

/// <summary>One group of a breakdown, with its own status.</summary>
public sealed record BreakdownRow(string Key, double? Value, string DisplayValue, Status Status, long Sample)
{
    /// <summary>The group as written for readers, uncut: <see cref="Key"/> is cut to <see cref="DimensionKeys.MaxShown"/> text
    /// elements for tables, charts and file names; the JSON writes this one.</summary>
    public string WholeKey { get; init; } = Key;

    /// <summary>The group key as the database gave it (an hour 9, a weekday 3), before it is written for readers.</summary>
    public string? Code { get; init; }

    /// <summary>The row count in the report's culture (grouped in English when the model is built by hand).</summary>
    public string DisplaySample { get; init; } = Sample.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    /// <summary>The group's page (<c>links:</c> in the report), or null.</summary>
    public string? Url { get; init; }

    /// <summary>The group's value in the comparison period, when there is one (none for a mix's shares).</summary>
    public double? Previous { get; init; }

    /// <summary><see cref="Previous"/> as readers see it, in the unit <see cref="DisplayValue"/> is written in; "—" for none.</summary>
    public string DisplayPrevious { get; init; } = "—";

    /// <summary>The change against <see cref="Previous"/> as the card writes a change: percentage points for shares, points for
    /// NPS, relative otherwise (<see cref="ComparisonView.Change"/>); null for none.</summary>
    public double? Change { get; init; }

    /// <summary><see cref="Change"/> as readers see it ("+2.1 pp", "no change"); "—" for none.</summary>
    public string DisplayChange { get; init; } = "—";
}

/// <summary>One point of a metric's trend.</summary>
public sealed record TrendPoint(DateTimeOffset Start, DateTimeOffset End, string Label, double? Value);

/// <summary>What makes the report auditable.</summary>
public sealed record ReportFooter(DateTimeOffset GeneratedAt, string PeriodInZone, string DefinitionHash, string Source)
{
    /// <summary>The latest timestamp in the tables the report read: how fresh the data was.</summary>
    public DateTimeOffset? DataThrough { get; init; }

    /// <summary>What the data-quality check found: rows left out or suspect, per table and column (docs/data-quality.md).</summary>
    public IReadOnlyList<Metrics.DataQualityFinding> DataQuality { get; init; } = [];

    /// <summary>The report's params in force, as "name = value".</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>The filters the report adds to its metrics (<c>where:</c>), as written.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];
}
