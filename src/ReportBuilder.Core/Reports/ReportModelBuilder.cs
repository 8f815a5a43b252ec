using System.Globalization;
using ReportBuilder.Metrics;
using ReportBuilder.Planning;

namespace ReportBuilder.Reports;

/// <summary>Turns a plan and its results into what a reader sees.</summary>
public static class ReportModelBuilder
{
    /// <summary>Builds the format-independent report model, its words in <paramref name="words"/> (English by default).</summary>
    public static ReportModel Build(ReportPlan plan, IReadOnlyDictionary<string, MetricSeries> results, DateTimeOffset generatedAt,
        ReportWords? words = null, DateTimeOffset? dataThrough = null)
    {
        words ??= ReportWords.English;
        var definition = plan.Definition;
        var formatter = new ValueFormatter(ValueFormatter.CultureFor(definition.Locale)) { Units = words.Units };
        var period = plan.Periods[0];
        var metrics = plan.Metrics.Select(m => BuildMetric(plan, m, results[m.Name], formatter, words)).ToList();

        var withTargets = metrics.Where(m => m.Status != Status.None).ToList();
        var failed = withTargets.Where(m => m.Status == Status.Fail).Select(m => m.Label).ToList();
        var warned = withTargets.Where(m => m.Status == Status.Warn).Select(m => m.Label).ToList();
        var passed = withTargets.Count(m => m.Status == Status.Pass);
        var headline = withTargets.Count == 0
            ? words.NoTargets
            : string.Format(formatter.Culture, words.TargetsMet, passed, withTargets.Count) +
              (failed.Count > 0 ? " — " + string.Format(formatter.Culture, words.Missed, string.Join(", ", failed)) : "");
        var verdict = new Verdict(withTargets.Count, passed, warned.Count, failed.Count,
            withTargets.Count(m => m.Status is Status.NoData or Status.InsufficientData), failed, warned, headline);

        var zoneText = string.Create(CultureInfo.InvariantCulture,
            $"{period.Start:yyyy-MM-dd HH:mm} – {period.End:yyyy-MM-dd HH:mm} {plan.Timezone}");
        return new ReportModel(
            new ReportHeader(definition.Id, plan.Title, plan.Timezone, definition.Locale),
            View(period, formatter.Culture),
            plan.ComparisonIndex is { } c ? View(plan.Periods[c], formatter.Culture) : null,
            verdict,
            metrics,
            new ReportFooter(generatedAt, zoneText, definition.Hash, Path.GetFileName(plan.DatabasePath))
            {
                DataThrough = dataThrough,
                Parameters = plan.Parameters.Select(p => $"{p.Key} = {p.Value}").ToList(),
                Filters = plan.Metrics.Select(m => m.Use.Where?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            });
    }

    private static PeriodView View(Periods.PeriodWindow window, CultureInfo culture) =>
        new(window.StartUtc, window.EndUtc, window.Label(culture));

    private static MetricView BuildMetric(ReportPlan plan, PlannedMetric metric, MetricSeries series, ValueFormatter formatter, ReportWords words)
    {
        // A report's own metrics keep their labels; the catalog's are translated.
        var label = plan.Definition.CustomMetrics.ContainsKey(metric.Definition.Id)
            ? metric.Definition.Label
            : words.MetricLabels.GetValueOrDefault(metric.Definition.Id, metric.Definition.Label);
        var unit = metric.Unit;
        var current = series.At(0);
        var previous = plan.ComparisonIndex is { } c ? series.At(c) : (Measurement?)null;
        var status = Evaluate(metric, current, previous?.Value);

        ComparisonView? comparison = null;
        if (previous is { } prev)
        {
            var (change, display) = formatter.Change(current.Value, prev.Value, unit);
            comparison = new ComparisonView(prev.Value, formatter.Format(prev.Value, unit),
                Evaluate(metric, prev, null), change, display, Trend(metric.Definition.Direction, current.Value, prev.Value));
        }

        var breakdowns = metric.Breakdowns.Select(d =>
        {
            var rows = series.Breakdowns.GetValueOrDefault(d.Name) ?? [];
            var earlier = (series.ComparisonBreakdowns.GetValueOrDefault(d.Name) ?? [])
                .ToDictionary(r => r.Key ?? DimensionKeys.None, r => r.Value.Value, StringComparer.Ordinal);
            // A mix row is its share of the period's rows, not of the rows summed (a ticket counts under each of its tags).
            var total = current.Sample;
            var viewRows = DimensionKeys.Order(d.Name, rows).Select(r =>
                {
                    var value = metric.Definition.Mix ? (total == 0 ? null : (double)r.Value.Sample / total) : r.Value.Value;
                    var shownUnit = metric.Definition.Mix ? "percent" : unit;
                    return new BreakdownRow(DimensionKeys.Display(d.Name, r.Key, formatter.Culture), value,
                        formatter.Format(value, shownUnit), Evaluate(metric, r.Value with { Value = value }, earlier.GetValueOrDefault(r.Key ?? DimensionKeys.None)),
                        r.Value.Sample)
                        with { Code = r.Key, Url = GroupLinks.For(plan.Definition.Links.GetValueOrDefault(d.Name)?.Value, r.Key) };
                })
                .ToList();
            return new BreakdownView(d.Name, words.DimensionLabels.GetValueOrDefault(d.Name, d.Label), viewRows);
        }).ToList();

        var trend = plan.TrendIndexes.Select(i => new TrendPoint(plan.Periods[i].StartUtc, plan.Periods[i].EndUtc,
            plan.Periods[i].Label(formatter.Culture), series.At(i).Value)).ToList();

        return new MetricView(metric.Name, metric.Definition.Id, label, metric.Definition.Description,
            metric.Stat.Name, unit, metric.Definition.Direction, current.Value, formatter.Format(current.Value, unit), status,
            words.Target(metric.Target), current.Sample, comparison, breakdowns, trend)
        {
            PassBound = metric.Target?.PassBound,
            WarnBound = metric.Target?.WarnBound,
        };
    }

    private static Status Evaluate(PlannedMetric metric, Measurement measurement, double? previous) =>
        metric.Target is null
            ? (measurement.Value is null ? Status.NoData : Status.None)
            : metric.Target.Evaluate(measurement.Value, previous, measurement.Sample, metric.MinSample);

    private static string Trend(string direction, double? value, double? previous)
    {
        if (value is not { } v || previous is not { } p || direction == "none")
        {
            return "none";
        }

        if (Math.Abs(v - p) < 1e-12)
        {
            return "same";
        }

        return (v > p) == (direction == "higher") ? "better" : "worse";
    }
}
