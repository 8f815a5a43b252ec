using NodaTime;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Periods;
using ReportBuilder.Rules;

namespace ReportBuilder.Planning;

/// <summary>Overrides from the command line, applied on top of the definition.</summary>
public sealed record RunOptions(string? Database = null, string? Period = null, string? OutputDirectory = null, IReadOnlyList<string>? Formats = null);

/// <summary>Checks a definition against the catalog and compiles it into a <see cref="ReportPlan"/>.</summary>
public static partial class ReportPlanner
{
    /// <summary>The output formats <c>run</c> can write.</summary>
    public static readonly IReadOnlyList<string> KnownFormats = ["html", "pdf", "json"];

    /// <summary>Plans the report as of <paramref name="asOf"/>; throws <see cref="DefinitionException"/> listing every problem.</summary>
    public static ReportPlan Plan(ReportDefinition definition, Catalog catalog, RunOptions options, Instant asOf, SqlDialect? dialect = null)
    {
        var diagnostics = new DiagnosticBag();
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(definition.Timezone.Value);
        if (zone is null)
        {
            var suggestion = NameSuggestions.Closest(definition.Timezone.Value, DateTimeZoneProviders.Tzdb.Ids);
            diagnostics.Error(definition.Timezone.Location, $"unknown time zone '{definition.Timezone.Value}': use an IANA id such as Europe/Warsaw" +
                (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            zone = DateTimeZone.Utc;
        }

        var periods = PlanPeriods(definition, options, zone, asOf, diagnostics, out var comparison, out var trend);
        var metrics = definition.Metrics.Select(use => PlanMetric(use, catalog, definition.CustomMetrics, diagnostics)).OfType<PlannedMetric>().ToList();
        if (comparison is null && periods.Count > 0 && definition.Compare?.Value is null or "none")
        {
            // Without a comparison period 'previous' is never known, and the target could never pass.
            foreach (var metric in metrics.Where(m => m.Target?.UsesPrevious == true))
            {
                diagnostics.Error(metric.Use.Target?.Location ?? metric.Use.Location,
                    $"the target of '{metric.Name}' compares with 'previous', but the report has no comparison: " +
                    "set compare: previous_period or same_period_last_year");
            }
        }

        var formats = PlanFormats(definition, options, diagnostics);
        diagnostics.ThrowIfErrors();

        var queries = Metrics.Sql.QueryBuilder.Build(catalog.Model, metrics, periods, definition.Timezone.Value,
            dialect ?? SqliteDialect.Instance, diagnostics, comparison);
        diagnostics.ThrowIfErrors();

        var folder = Path.GetDirectoryName(Path.GetFullPath(definition.Path)) ?? ".";
        var database = options.Database ?? (definition.Source.Sqlite is { } sqlite ? Path.Combine(folder, sqlite) : null);
        if (database is null)
        {
            throw new DefinitionException(definition.Source.Location, "no data source: set source: { sqlite: FILE } in the report or pass --db FILE");
        }

        var output = options.OutputDirectory ?? Path.Combine(folder, definition.Output.Dir);
        return new ReportPlan(definition, database, definition.Timezone.Value, periods, comparison, trend, metrics, queries, formats, output);
    }

    private static List<PeriodWindow> PlanPeriods(ReportDefinition definition, RunOptions options, DateTimeZone zone, Instant asOf,
        DiagnosticBag diagnostics, out int? comparison, out IReadOnlyList<int> trend)
    {
        var text = options.Period ?? definition.Period.Value;
        var location = options.Period is null ? definition.Period.Location : new SourceLocation("--period", 1, 1);
        var period = PeriodParser.TryParse(text, zone, asOf);
        comparison = null;
        trend = [];
        if (definition.Compare is { Value: not ("none" or "previous_period" or "same_period_last_year") } compare)
        {
            diagnostics.Error(compare.Location, $"unknown comparison '{compare.Value}': use previous_period, same_period_last_year or none");
        }

        if (period is null)
        {
            diagnostics.Error(location, $"'{text}' is not a period: use {PeriodParser.Forms}");
            return [];
        }

        var periods = new List<PeriodWindow> { period };
        switch (definition.Compare?.Value)
        {
            case "previous_period":
                periods.Add(period.Previous());
                comparison = 1;
                break;
            case "same_period_last_year":
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

    private static PlannedMetric? PlanMetric(MetricUse use, Catalog catalog, IReadOnlyDictionary<string, MetricDefinition> custom,
        DiagnosticBag diagnostics)
    {
        if (!custom.TryGetValue(use.Metric.Value, out var metric) && !catalog.Metrics.TryGetValue(use.Metric.Value, out metric))
        {
            var suggestion = NameSuggestions.Closest(use.Metric.Value, catalog.Metrics.Keys.Concat(custom.Keys));
            diagnostics.Error(use.Metric.Location, $"unknown metric '{use.Metric.Value}'" + (suggestion is null
                ? ": run 'reportbuilder metrics' to list the catalog"
                : $"; did you mean '{suggestion}'?"));
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
        var table = catalog.Model.Find(metric.Table)!;
        foreach (var dimension in use.Breakdown.Select(b => (b.Value, (SourceLocation?)b.Location))
                     .Concat(metric.DefaultBreakdown.Select(d => (d, (SourceLocation?)null))))
        {
            if (table.Dimensions.TryGetValue(dimension.Item1, out var model))
            {
                if (!breakdowns.Contains(model))
                {
                    breakdowns.Add(model);
                }
            }
            else
            {
                diagnostics.Error(dimension.Item2 ?? use.Location,
                    $"metric '{metric.Id}' cannot be broken down by '{dimension.Item1}': use {string.Join(", ", table.Dimensions.Keys)}");
            }
        }

        var target = TargetRule.Compile(use.Target ?? stat.Target, diagnostics);
        foreach (var (name, value) in use.Params.Where(p => !metric.Params.ContainsKey(p.Key)))
        {
            diagnostics.Error(value.Location, $"metric '{metric.Id}' has no param '{name}'" +
                (metric.Params.Count == 0 ? "" : $": use {string.Join(", ", metric.Params.Keys)}"));
        }

        var parameters = new Dictionary<string, Located<string>>(metric.Params, StringComparer.Ordinal);
        foreach (var (name, value) in use.Params)
        {
            parameters[name] = value;
        }

        return new PlannedMetric(use, metric, stat, target, breakdowns, use.MinSample ?? 0, parameters);
    }

    private static List<string> PlanFormats(ReportDefinition definition, RunOptions options, DiagnosticBag diagnostics)
    {
        var requested = options.Formats is { Count: > 0 }
            ? options.Formats.Select(f => new Located<string>(f, new SourceLocation("--format", 1, 1))).ToList()
            : definition.Output.Formats.Count > 0
                ? definition.Output.Formats.ToList()
                : KnownFormats.Select(f => new Located<string>(f, definition.Period.Location)).ToList();
        foreach (var format in requested.Where(f => !KnownFormats.Contains(f.Value)))
        {
            diagnostics.Error(format.Location, $"unknown output format '{format.Value}': use {string.Join(", ", KnownFormats)}");
        }

        return requested.Select(f => f.Value).Where(KnownFormats.Contains).Distinct().ToList();
    }
}
