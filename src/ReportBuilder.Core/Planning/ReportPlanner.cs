using NodaTime;
using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;
using ReportBuilder.Periods;
using ReportBuilder.Rules;

namespace ReportBuilder.Planning;

/// <summary>Overrides from the command line, applied on top of the definition.</summary>
public sealed record RunOptions(string? Database = null, string? Period = null, string? OutputDirectory = null, IReadOnlyList<string>? Formats = null)
{
    /// <summary><c>--model</c>: a shipped model's name or a mapping file, read instead of the definition's <c>model:</c>.</summary>
    public string? Model { get; init; }

    /// <summary>False when only checking: a report may leave its source to <c>--db</c>.</summary>
    public bool RequireSource { get; init; } = true;

    /// <summary>Values for the report's params, from <c>--set NAME=VALUE</c>.</summary>
    public IReadOnlyDictionary<string, string> Sets { get; init; } = new Dictionary<string, string>();

    /// <summary><c>--memory-limit</c>: the memory DuckDB may use on a DuckDB source (e.g. 2GB); null for the default.</summary>
    public string? MemoryLimit { get; init; }
}

/// <summary>Checks a definition against the catalog and resolves it into a <see cref="PlannedReport"/>; compiling its
/// statements is the next stage (<c>Metrics.Sql.ReportCompiler</c>).</summary>
public static partial class ReportPlanner
{
    /// <summary>Plans the report as of <paramref name="asOf"/>, adding every problem to <paramref name="diagnostics"/>. The plan
    /// is returned even when there were errors, so the compiler can check the metrics that did plan and one run reports every
    /// problem; a caller must not run a plan planned with errors.</summary>
    public static PlannedReport Plan(ReportDefinition definition, Catalog catalog, RunOptions options, Instant asOf,
        DiagnosticBag diagnostics)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(definition.Timezone.Value);
        if (zone is null)
        {
            var suggestion = NameSuggestions.Closest(definition.Timezone.Value, DateTimeZoneProviders.Tzdb.Ids);
            diagnostics.Error(definition.Timezone.Location, $"unknown time zone '{definition.Timezone.Value}': use an IANA id such as Europe/Warsaw" +
                (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            zone = DateTimeZone.Utc;
        }

        var periods = PlanPeriods(definition, options, zone, asOf, diagnostics, out var comparison, out var trend);
        var reportParams = PlanParams(definition, options, diagnostics);
        var title = ReportTitle(definition, reportParams, diagnostics);
        var model = options.Model is { } named ? ModelMappingLoader.FromOption(named, catalog, diagnostics, DefinitionFolders.OwnOnly)
            : definition.Model ?? catalog.Model;
        var defined = definition.DefinedMetrics();
        var metrics = definition.Metrics.Select(use => PlanMetric(use, catalog, model, defined, reportParams, diagnostics))
            .OfType<PlannedMetric>().Where(m => HasPolicy(definition, m, diagnostics)).ToList();
        if (comparison is null && periods.Count > 0 && definition.Compare?.Value is null or Comparison.None)
        {
            // Without a comparison period 'previous' is never known, and the target could never pass.
            foreach (var metric in metrics.Where(m => m.Target?.UsesPrevious == true))
            {
                diagnostics.Error(metric.Use.Target?.Location ?? metric.Use.Location,
                    $"the target of '{metric.Name}' compares with 'previous', but the report has no comparison: " +
                    "set compare: previous_period or same_period_last_year");
            }
        }

        var scorecard = PlanScorecard(definition, catalog, model, reportParams, diagnostics);
        var computed = scorecard is null ? metrics : [.. metrics, .. scorecard.Metrics];
        CheckWorkingHours(definition, computed, diagnostics);
        CheckDimensionNames(definition, model, diagnostics);
        var formats = PlanFormats(definition, options, diagnostics);
        if (definition.Template is { } template && !File.Exists(template.Value))
        {
            diagnostics.Error(template.Location, $"template not found: {template.Value}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(definition.Path)) ?? ".";
        var database = Database(definition, options, folder, diagnostics);
        if (database is null && options.RequireSource)
        {
            diagnostics.Error(definition.Source.Location, "no data source: set source: { sqlite: FILE } in the report or pass --db FILE");
        }

        if (options.MemoryLimit is { } limit && !DuckDbFile.IsMemoryLimit(limit))
        {
            diagnostics.Error(SourceLocation.Option("--memory-limit"), DuckDbFile.NoAmount($"'{limit}'"));
        }

        var output = options.OutputDirectory ?? Path.Combine(folder, definition.Output.Dir);
        return new PlannedReport(definition, title, database ?? "", definition.Timezone.Value, periods, comparison, trend, metrics, formats, output)
        {
            Model = model,
            Parameters = reportParams.ToDictionary(p => p.Key, p => Unquoted(p.Value.Value), StringComparer.Ordinal),
            Scorecard = scorecard,
            WorkingTime = WorkingTime(definition, periods, asOf),
            AsOf = asOf,
            History = History(metrics, periods, trend),
            MemoryLimit = options.MemoryLimit ?? definition.Source.MemoryLimit?.Value,
        };
    }

    /// <summary>The periods before the trend back to <see cref="StreakHistory.Limit"/> in all, and the metrics with a target
    /// to total over them; null when no streak can run past the trend.</summary>
    private static StreakHistory? History(IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods, IReadOnlyList<int> trend)
    {
        var targeted = metrics.Where(m => m.Target is not null).Select(m => m with { Breakdowns = [] }).ToList();
        if (trend.Count == 0 || trend.Count >= StreakHistory.Limit || targeted.Count == 0 || periods.Count == 0)
        {
            return null;
        }

        return new StreakHistory([.. periods[0].Trend(StreakHistory.Limit).Take(StreakHistory.Limit - trend.Count)], targeted);
    }


    /// <summary>A <c>links:</c> or <c>labels:</c> entry names a dimension of the data model (any table's).</summary>
    private static void CheckDimensionNames(ReportDefinition definition, DataModel model, DiagnosticBag diagnostics) =>
        model.CheckDimensionNames(definition.Links.Select(l => ("links", l.Key, l.Value.Location))
            .Concat(definition.Labels.Select(l => ("labels", l.Key, l.Value.Location))), diagnostics);

    /// <summary>The scorecard's metrics, each grouped by its member: under <c>credit: first_responder</c> a table with a
    /// <c>first_responder</c> dimension (tickets) groups by it, every other table by its own <c>agent</c> (or <c>team</c>),
    /// the agent its rows name (the rated or reviewed agent, the author of a reply).</summary>
    private static PlannedScorecard? PlanScorecard(ReportDefinition definition, Catalog catalog, DataModel model,
        IReadOnlyDictionary<string, Located<string>> reportParams, DiagnosticBag diagnostics)
    {
        if (definition.Scorecard is not { } scorecard)
        {
            return null;
        }

        if (scorecard.Metrics.Count == 0)
        {
            diagnostics.Error(scorecard.Location, "the scorecard has no metrics: list them under scorecard.metrics, e.g. '- metric: ticket_volume'");
        }

        var credited = scorecard.Credit.Value == "first_responder"
            ? scorecard.Per.Value == "agent" ? "first_responder" : "first_responder_team"
            : scorecard.Per.Value;
        var planned = new List<PlannedMetric>();
        var defined = definition.DefinedMetrics();
        foreach (var use in scorecard.Metrics)
        {
            var named = use with { Name = ScorecardDefinition.NamePrefix + use.Name, MinSample = use.MinSample ?? scorecard.MinSample };
            if (PlanMetric(named, catalog, model, defined, reportParams, diagnostics) is not { } metric
                || !HasPolicy(definition, metric, diagnostics))
            {
                continue;
            }

            var table = model.Find(metric.Definition.Table)!;
            if ((table.Dimensions.GetValueOrDefault(credited) ?? table.Dimensions.GetValueOrDefault(scorecard.Per.Value)) is not { } member)
            {
                diagnostics.Error(use.Metric.Location, $"metric '{metric.Definition.Id}' cannot be on a scorecard per {scorecard.Per.Value}: " +
                    $"its table {table.Name} has no {scorecard.Per.Value} (it has {string.Join(", ", table.Dimensions.Keys)})");
                continue;
            }

            planned.Add(metric with { Breakdowns = [], Member = member });
        }

        return new PlannedScorecard(scorecard, planned);
    }

    /// <summary>A metric that reads the SLA policy (<c>sla_target()</c>, <c>sla_hours()</c>) needs the report's <c>sla:</c>;
    /// without it the error stands at the report's entry, not in the catalog.</summary>
    private static bool HasPolicy(ReportDefinition definition, PlannedMetric metric, DiagnosticBag diagnostics)
    {
        if (definition.Sla is not null)
        {
            return true;
        }

        var call = Calls(metric).FirstOrDefault(c => c.Name.ToLowerInvariant() is "sla_target" or "sla_hours");
        if (call is not null)
        {
            diagnostics.Error(metric.Use.Metric.Location, $"metric '{metric.Definition.Id}' measures against the report's SLA policy: " +
                "add sla: with targets per priority, e.g. sla: { first_reply: { urgent: 1h, normal: 8h }, resolution: { urgent: 8h, normal: 40h } }");
        }

        return call is null;
    }

    private static IEnumerable<Expressions.Call> Calls(PlannedMetric metric) =>
        new[] { metric.Stat.Value.Value, metric.Definition.Where?.Value, metric.Use.Where?.Value }.OfType<string>()
            .Select(text => Expressions.ExpressionParser.Parse(text).Expression).OfType<Expressions.Expr>()
            .SelectMany(e => e.DescendantsAndSelf()).OfType<Expressions.Call>();

    /// <summary><c>hours: business</c> needs a calendar for every row and a metric that measures durations with <c>hours()</c>.</summary>
    private static void CheckWorkingHours(ReportDefinition definition, IEnumerable<PlannedMetric> metrics, DiagnosticBag diagnostics)
    {
        foreach (var metric in metrics.Where(m => m.Use.WorkingHours))
        {
            if (!Calls(metric).Any(c => c.Name.Equals("hours", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Error(metric.Use.Hours!.Location, $"metric '{metric.Definition.Id}' measures no duration with hours(): " +
                    "hours: business changes nothing, leave it out");
            }
            else if (!definition.Calendars.HasRowCalendar)
            {
                diagnostics.Error(metric.Use.Hours!.Location, "hours: business counts working hours under the report's calendar: " +
                    "set calendar: (or calendar_by:) to a name under calendars:");
            }
        }
    }

    /// <summary>The report's calendars, whose working intervals business_hours() reads over the report's span.</summary>
    internal static Calendars.WorkingTime WorkingTime(ReportDefinition definition, IReadOnlyList<PeriodWindow> periods, Instant asOf)
    {
        var (from, to) = Calendars.WorkingIntervals.SpanOf(periods, asOf);
        return new Calendars.WorkingTime(definition.Calendars, from, to);
    }

    /// <summary>The source: <c>--db</c> (a file or a postgres:// address), else the definition's sqlite file or postgres server.</summary>
    private static string? Database(ReportDefinition definition, RunOptions options, string folder, DiagnosticBag diagnostics)
    {
        if (options.Database is { } option)
        {
            if (!PostgresLocation.IsUri(option))
            {
                return option;
            }

            try
            {
                return PostgresLocation.Parse(option, SourceLocation.Option("--db")).ToString();
            }
            catch (DefinitionException ex)
            {
                foreach (var diagnostic in ex.Diagnostics)
                {
                    diagnostics.Error(diagnostic.Location, diagnostic.Message);
                }

                return null;
            }
        }

        if (definition.Source is { Sqlite: not null, Postgres: not null })
        {
            diagnostics.Error(definition.Source.Location, "source names both sqlite and postgres: keep one");
        }

        return definition.Source.Postgres?.ToString() ?? (definition.Source.Sqlite is { } sqlite ? Path.Combine(folder, sqlite) : null);
    }

    private static List<PeriodWindow> PlanPeriods(ReportDefinition definition, RunOptions options, DateTimeZone zone, Instant asOf,
        DiagnosticBag diagnostics, out int? comparison, out IReadOnlyList<int> trend)
    {
        var text = options.Period ?? definition.Period.Value;
        var location = options.Period is null ? definition.Period.Location : SourceLocation.Option("--period");
        var period = PeriodParser.TryParse(text, zone, asOf);
        comparison = null;
        trend = [];
        if (period is null && !PeriodParser.YearsInRange(text))
        {
            diagnostics.Error(location, $"'{text}' names a year outside {PeriodParser.MinYear} to {PeriodParser.MaxYear}: report on a period of your data");
            return [];
        }

        if (period is null)
        {
            diagnostics.Error(location, $"'{text}' is not a period: use {PeriodParser.Forms}");
            return [];
        }

        var periods = new List<PeriodWindow> { period };
        switch (definition.Compare?.Value)
        {
            case Comparison.PreviousPeriod:
                periods.Add(period.Previous());
                comparison = 1;
                break;
            case Comparison.SamePeriodLastYear:
                periods.Add(period.SameLastYear());
                comparison = 1;
                break;
        }

        if (definition.Trend > 1)
        {
            var indexes = new List<int>();
            foreach (var window in period.Trend(definition.Trend))
            {
                var index = periods.IndexOf(window);
                if (index < 0)
                {
                    periods.Add(window);
                    index = periods.Count - 1;
                }

                indexes.Add(index);
            }

            trend = indexes;
        }

        return periods;
    }

    private static PlannedMetric? PlanMetric(MetricUse use, Catalog catalog, DataModel model, IReadOnlyDictionary<string, MetricDefinition> custom,
        IReadOnlyDictionary<string, Located<string>> reportParams, DiagnosticBag diagnostics)
    {
        if (!custom.TryGetValue(use.Metric.Value, out var metric) && !catalog.Metrics.TryGetValue(use.Metric.Value, out metric))
        {
            var suggestion = NameSuggestions.Closest(use.Metric.Value, catalog.Metrics.Keys.Concat(custom.Keys));
            diagnostics.Error(use.Metric.Location, $"unknown metric '{use.Metric.Value}'" + (suggestion is null
                ? ": run 'reportbuilder metrics' to list the catalog"
                : $"; did you mean '{suggestion}'?"));
            TargetRule.Compile(use.Target, diagnostics);
            return null;
        }

        var stat = metric.DefaultStat;
        if (use.Stat is { } statName)
        {
            var found = metric.FindStat(statName.Value);
            if (found is null)
            {
                diagnostics.Error(statName.Location, $"metric '{metric.Id}' has no stat '{statName.Value}': use {string.Join(" or ", metric.Stats.Select(s => s.Name))}");
                return null;
            }

            stat = found;
        }

        var breakdowns = new List<DimensionModel>();
        var table = model.Find(metric.Table)!;
        foreach (var dimension in use.Breakdown.Select(b => (b.Value, (SourceLocation?)b.Location))
                     .Concat(metric.DefaultBreakdown.Select(d => (d, (SourceLocation?)null))))
        {
            if (table.Dimensions.TryGetValue(dimension.Item1, out var found))
            {
                if (!breakdowns.Contains(found))
                {
                    breakdowns.Add(found);
                }
            }
            else
            {
                var suggestion = NameSuggestions.Closest(dimension.Item1, table.Dimensions.Keys);
                diagnostics.Error(dimension.Item2 ?? use.Location, $"metric '{metric.Id}' cannot be broken down by '{dimension.Item1}'" +
                    (suggestion is null ? $": use {string.Join(", ", table.Dimensions.Keys)}" : $"; did you mean '{suggestion}'?"));
            }
        }

        var written = use.Target ?? stat.Target;
        var target = TargetRule.Compile(written, diagnostics);
        if (target is not null && written is not null)
        {
            TargetReach.Check(target, written, stat.Unit ?? metric.Unit, diagnostics);
        }

        foreach (var (name, value) in use.Params.Where(p => !metric.Params.ContainsKey(p.Key)))
        {
            diagnostics.Error(value.Location, $"metric '{metric.Id}' has no param '{name}'" +
                (metric.Params.Count == 0 ? "" : $": use {string.Join(", ", metric.Params.Keys)}"));
        }

        var parameters = new Dictionary<string, Located<string>>(metric.Params, StringComparer.Ordinal);
        foreach (var (name, value) in reportParams.Concat(use.Params))
        {
            parameters[name] = value;
        }

        return new PlannedMetric(use, metric, stat, target, breakdowns, use.MinSample ?? 0, parameters);
    }

    private static List<OutputFormat> PlanFormats(ReportDefinition definition, RunOptions options, DiagnosticBag diagnostics)
    {
        var requested = options.Formats is { Count: > 0 }
            ? options.Formats.Select(f => new Located<string>(f, SourceLocation.Option("--format"))).ToList()
            : definition.Output.Formats.Count > 0
                ? definition.Output.Formats.ToList()
                : OutputFormats.Known.Select(f => new Located<string>(f, definition.Period.Location)).ToList();
        foreach (var format in requested.Where(f => !OutputFormats.Run.Contains(f.Value)))
        {
            diagnostics.Error(format.Location, $"unknown output format '{format.Value}': use {string.Join(", ", OutputFormats.Run)}");
        }

        return requested.Select(f => f.Value).Where(OutputFormats.Run.Contains).Distinct().Select(f => WireNames.Parse<OutputFormat>(f)!.Value).ToList();
    }
}
