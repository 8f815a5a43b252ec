using System.Globalization;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Rules;

namespace ReportBuilder.Reports.Building;

/// <summary>Turns a plan and its results into what a reader sees.</summary>
internal static class ReportModelBuilder
{
    /// <summary>Builds the format-independent report model, its words in <paramref name="words"/> (English by default).</summary>
    public static ReportModel Build(ReportPlan plan, IReadOnlyDictionary<string, MetricSeries> results, DateTimeOffset generatedAt,
        ReportWords? words = null, DateTimeOffset? dataThrough = null, IReadOnlyList<DataQualityFinding>? quality = null)
    {
        var definition = plan.Definition;
        // The model's labels of breakdown keys, then the report's over them.
        words = (words ?? ReportWords.English).WithLabels(plan.Model.Labels, definition.Locale).WithLabels(definition.Labels, definition.Locale);
        var formatter = new ValueFormatter(ValueFormatter.CultureFor(definition.Locale))
        {
            Units = words.Units,
            NoChange = words.Brief.GetValueOrDefault("no_change", "no change"),
        };
        var period = plan.Periods[0];
        var metrics = plan.Metrics.Select(m => BuildMetric(plan, m, results[m.Name], formatter, words)).ToList();
        metrics = FoldComplements(plan, metrics);

        // The verdict counts the metrics it can judge: a target and a value with enough rows; a complement shown on its
        // metric's card counts once, with that metric. Missed and warned ones are named in the order the brief tells them.
        var folded = metrics.Where(m => m.Companion is not null).Select(m => m.Companion!.Name).ToHashSet(StringComparer.Ordinal);
        var withTargets = metrics.Where(m => m.Status is Status.Pass or Status.Warn or Status.Fail && !folded.Contains(m.Name)).ToList();
        var noDataAtAll = metrics.All(m => m.Value is null);
        var attention = Insights.BriefBuilder.Attention(metrics);
        var failed = attention.Where(m => m.Status == Status.Fail).Select(m => m.Label).ToList();
        var warned = attention.Where(m => m.Status == Status.Warn).Select(m => m.Label).ToList();
        var passed = withTargets.Count(m => m.Status == Status.Pass);
        var headline = noDataAtAll
            ? words.Phrase(formatter.Culture, "headline_no_data", ReportWords.MidSentence(plan.Periods[0].Label(formatter.Culture), formatter.Culture))
            : withTargets.Count == 0
            ? words.NoTargets
            : string.Format(formatter.Culture, words.TargetsMet, passed, withTargets.Count) +
              (failed.Count > 0 ? " — " + string.Format(formatter.Culture, words.Missed, string.Join(", ", failed)) : "");
        var verdict = new Verdict(withTargets.Count, passed, warned.Count, failed.Count,
            metrics.Count(m => m.Target is not null && m.Status is Status.NoData or Status.InsufficientData && !folded.Contains(m.Name)),
            failed, warned, headline)
        {
            NoDataAtAll = noDataAtAll,
            Summary = noDataAtAll ? headline
                : failed.Count > 0 ? words.Plural(formatter.Culture, "subject_missed", failed.Count)
                : warned.Count > 0 ? words.Plural(formatter.Culture, "subject_at_risk", warned.Count)
                : withTargets.Count > 0 ? words.Plural(formatter.Culture, "subject_all_met", withTargets.Count)
                : "",
        };
        var periodView = View(period, formatter.Culture);

        var zoneText = string.Create(CultureInfo.InvariantCulture,
            $"{period.Start:yyyy-MM-dd HH:mm} – {period.End:yyyy-MM-dd HH:mm} {plan.Timezone}");
        return new ReportModel(
            new ReportHeader(definition.Id, plan.Title, plan.Timezone, definition.Locale),
            periodView,
            plan.ComparisonIndex is { } c ? View(plan.Periods[c], formatter.Culture) : null,
            verdict,
            metrics,
            new ReportFooter(generatedAt, zoneText, definition.Hash,
                Definitions.PostgresLocation.IsUri(plan.DatabasePath) ? plan.DatabasePath : Path.GetFileName(plan.DatabasePath))
            {
                DataThrough = dataThrough,
                DataQuality = quality ?? [],
                Parameters = plan.Parameters.Select(p => $"{p.Key} = {p.Value}").ToList(),
                Filters = plan.Metrics.Select(m => m.Use.Where?.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            })
        {
            Brief = Insights.BriefBuilder.Build(plan, metrics, verdict, periodView, formatter, words),
            Scorecard = plan.Scorecard is null ? null : ScorecardBuilder.Build(plan, plan.Scorecard, results, formatter, words),
        };
    }

    // A metric that is the exact complement of another in the report (retention of churn) is shown on that one's card.
    private static List<MetricView> FoldComplements(ReportPlan plan, List<MetricView> metrics)
    {
        var byName = plan.Metrics.Zip(metrics).ToList();
        return metrics.Select(view =>
        {
            var complement = byName.FirstOrDefault(p => p.First.Definition.ComplementOf == view.Metric && p.First.Definition.Id != view.Metric).Second;
            return complement is null ? view : view with { Companion = complement };
        }).ToList();
    }

    private static PeriodView View(Periods.PeriodWindow window, CultureInfo culture)
    {
        var label = window.Label(culture);
        return new(window.StartUtc, window.EndUtc, label) { InSentence = ReportWords.MidSentence(label, culture) };
    }

    // A report's own metrics keep their labels; the catalog's are translated.
    internal static string Label(ReportPlan plan, PlannedMetric metric, ReportWords words) =>
        plan.Definition.CustomMetrics.ContainsKey(metric.Definition.Id)
            ? metric.Definition.Label
            : words.MetricLabels.GetValueOrDefault(metric.Definition.Id, metric.Definition.Label);

    /// <summary>The value as written, and against the comparison period's (null without one): its own status, the change
    /// and which way it went; the card writes both values in one unit, and apart whenever the change is not "no change".</summary>
    internal static (string Display, ComparisonView? Previous) Compare(PlannedMetric metric, Measurement current, Measurement? previous,
        ValueFormatter formatter)
    {
        var unit = metric.Unit;
        var bound = Nearest(current.Value, metric.Target);
        var displayValue = formatter.Format(current.Value, unit, bound);
        if (previous is not { } prev)
        {
            return (displayValue, null);
        }

        var (change, display) = formatter.Change(current.Value, prev.Value, unit);
        (displayValue, var previousDisplay) = formatter.Pair(current.Value, prev.Value, unit, bound, Nearest(prev.Value, metric.Target),
            !formatter.IsNoChange(display));
        return (displayValue, new ComparisonView(prev.Value, previousDisplay,
            Evaluate(metric, prev, null), change, display,
            formatter.IsNoChange(display) && current.Value is not null ? "same" : Trend(metric.Definition.Direction, current.Value, prev.Value)));
    }

    private static MetricView BuildMetric(ReportPlan plan, PlannedMetric metric, MetricSeries series, ValueFormatter formatter, ReportWords words)
    {
        var label = Label(plan, metric, words);
        var unit = metric.Unit;
        var current = series.At(0);
        var previous = plan.ComparisonIndex is { } c ? series.At(c) : (Measurement?)null;
        var status = Evaluate(metric, current, previous?.Value);

        var (displayValue, comparison) = Compare(metric, current, previous, formatter);

        var breakdowns = metric.Breakdowns.Select(d =>
        {
            var rows = series.Breakdowns.GetValueOrDefault(d.Name) ?? [];
            var earlier = (series.ComparisonBreakdowns.GetValueOrDefault(d.Name) ?? [])
                .ToDictionary(r => r.Key ?? DimensionKeys.None, r => r.Value.Value, StringComparer.Ordinal);
            // A mix row is its share of the period's rows, not of the rows summed (a ticket counts under each of its tags).
            var total = current.Sample;
            var shownUnit = metric.Definition.Mix ? MetricUnit.Percent : unit;
            var viewRows = DimensionKeys.Order(d.Name, rows).Select(r =>
                {
                    var value = metric.Definition.Mix ? (total == 0 ? null : (double)r.Value.Sample / total) : r.Value.Value;
                    var before = earlier.GetValueOrDefault(r.Key ?? DimensionKeys.None);
                    var shownBefore = metric.Definition.Mix || previous is null ? null : before;
                    // Each row on its own side of the target, as the card: "62 min Fail" against "≤ 1 h", never "1.0 h Fail";
                    // its previous value in the same unit.
                    var (shown, shownPrevious) = formatter.Pair(value, shownBefore, shownUnit, Nearest(value, metric.Target),
                        Nearest(shownBefore, metric.Target), differ: false);
                    var (rowChange, rowChangeText) = formatter.Change(value, shownBefore, shownUnit);
                    var key = words.Group(d.Name, r.Key, formatter.Culture);
                    return new BreakdownRow(DimensionKeys.Shorten(key), value,
                        shown, Evaluate(metric, r.Value with { Value = value }, before), r.Value.Sample)
                        with
                        {
                            WholeKey = key,
                            Code = r.Key, DisplaySample = formatter.Format(r.Value.Sample, MetricUnit.Count),
                            Url = GroupLinks.For(plan.Definition.Links.GetValueOrDefault(d.Name)?.Value, r.Key),
                            Previous = shownBefore,
                            DisplayPrevious = shownPrevious,
                            Change = rowChange,
                            DisplayChange = rowChangeText,
                        };
                })
                .ToList();
            return new BreakdownView(d.Name, words.DimensionLabels.GetValueOrDefault(d.Name, d.Label), viewRows) { Unit = shownUnit };
        }).ToList();

        var trend = plan.TrendIndexes.Select(i => new TrendPoint(plan.Periods[i].StartUtc, plan.Periods[i].EndUtc,
            plan.Periods[i].Label(formatter.Culture), series.At(i).Value)).ToList();

        // A report's own metric says what it wrote; a profile's, its help desk's definition (description_METRIC_PROFILE).
        var id = metric.Definition.Id;
        var description = plan.Definition.CustomMetrics.ContainsKey(id) ? metric.Definition.Description
            : plan.Definition.ProfileMetrics.ContainsKey(id)
                ? words.Brief.GetValueOrDefault($"description_{id}_{plan.Definition.Profile!.Value}", metric.Definition.Description)
                : words.Brief.GetValueOrDefault("description_" + id, metric.Definition.Description);
        var view = new MetricView(metric.Name, metric.Definition.Id, label, description,
            metric.Stat.Name, unit, metric.Definition.Direction, current.Value, displayValue, status,
            words.Target(metric.Target, formatter.Rule), current.Sample, comparison, breakdowns, trend)
        {
            PassBound = metric.Target?.PassBound,
            WarnBound = metric.Target?.WarnBound,
            DisplaySample = formatter.Format(current.Sample, MetricUnit.Count),
            SampleShown = !RowsAreNotCounted.Contains(metric.Definition.Table),
            Theme = metric.Use.Theme?.Value ?? metric.Definition.Theme ?? "other",
        };
        var calendars = plan.Definition.Calendars.UsedBy([metric.Stat.Value.Value, metric.Definition.Where?.Value, metric.Use.Where?.Value],
            metric.Use.WorkingHours, plan.Definition.Sla?.Business == true, plan.Definition.Sla?.Calendar?.Value);
        view = view with
        {
            Shape = Shape(metric, view, formatter),
            Calendars = [.. calendars.Select(c => new CalendarView(c.Name, c.Hash, c.Description))],
            WorkingHours = calendars.Count == 0 ? ""
                : string.Format(formatter.Culture, words.WorkingHours, string.Join("; ", calendars.Select(c => c.Describe(formatter.Culture)))),
            // A catalog metric defined with business_hours() says "working hours" in its label already, in every language.
            BriefLabel = calendars.Count == 0 || !plan.Definition.CustomMetrics.ContainsKey(metric.Definition.Id)
                && plan.Definition.Calendars.UsedBy([metric.Stat.Value.Value, metric.Definition.Where?.Value]).Count > 0
                ? null
                : words.Phrase(formatter.Culture, "in_working_hours", label),
            // A metric the data cannot give says why under its card, in the report's language (the JSON's no_data_reason is English).
            Note = string.Join(" ", new[]
            {
                plan.Definition.Redefines(id) ? "" : words.Brief.GetValueOrDefault("note_" + id, ""),
                series.NoDataReason is null ? "" : words.Brief.GetValueOrDefault("no_data_no_messages", series.NoDataReason),
            }.Where(n => n.Length > 0)),
            NoDataReason = series.NoDataReason,
            Sla = plan.Definition.Sla is { } sla && ReadsPolicy(metric)
                ? new SlaPolicyView(sla.Business ? "business" : "calendar", sla.Calendar?.Value,
                    sla.Targets, sla.Tiers)
                : null,
        };
        return view with
        {
            Insight = Insights.InsightBuilder.Build(plan, metric, series, view, formatter, words, (m, p) => Evaluate(metric, m, p)),
        };
    }

    // A metric measured against the report's SLA policy: its expressions call sla_target().
    private static bool ReadsPolicy(PlannedMetric metric) =>
        new[] { metric.Stat.Value.Value, metric.Definition.Where?.Value, metric.Use.Where?.Value }.OfType<string>()
            .Select(text => Expressions.ExpressionParser.Parse(text).Expression).OfType<Expressions.Expr>()
            .SelectMany(e => e.DescendantsAndSelf()).OfType<Expressions.Call>()
            .Any(c => c.Name.Equals("sla_target", StringComparison.OrdinalIgnoreCase));

    internal static double? Nearest(double? value, TargetRule? target) => ValueFormatter.Nearest(value, target?.PassBound, target?.WarnBound);

    // Tables whose rows are not what a reader counts: money movements (a revenue rate weighs them by amount), SLA targets
    // (two per ticket) and replies. Their metrics' cards show no "n = …", which a reader would take for tickets.
    private static readonly HashSet<string> RowsAreNotCounted = new(["mrr_movements", "sla_targets", "responses"], StringComparer.Ordinal);

    // A distribution (a count per group of one dimension) shows its largest group and that group's share of the whole.
    private static DistributionShape? Shape(PlannedMetric metric, MetricView view, ValueFormatter formatter)
    {
        if (metric.Unit != MetricUnit.Count || metric.Definition.DefaultBreakdown.Count != 1 || view.Value is not { } total || total <= 0
            || view.Breakdowns.FirstOrDefault(b => b.Dimension == metric.Definition.DefaultBreakdown[0]) is not { } breakdown
            || breakdown.Rows.Where(r => r.Value is not null).MaxBy(r => r.Value) is not { } largest)
        {
            return null;
        }

        var share = metric.Definition.Mix ? largest.Value!.Value : largest.Value!.Value / total;
        return new DistributionShape(breakdown.Label, largest.Key, share, formatter.Format(share, MetricUnit.Percent))
        {
            WholeKey = largest.WholeKey,
        };
    }

    internal static Status Evaluate(PlannedMetric metric, Measurement measurement, double? previous) =>
        metric.Target is null
            ? (measurement.Value is null ? Status.NoData : Status.None)
            : metric.Target.Evaluate(measurement.Value, previous, measurement.Sample, metric.MinSample);

    private static string Trend(MetricDirection direction, double? value, double? previous)
    {
        if (value is not { } v || previous is not { } p || direction == MetricDirection.None)
        {
            return "none";
        }

        if (Math.Abs(v - p) < 1e-12)
        {
            return "same";
        }

        return (v > p) == (direction == MetricDirection.Higher) ? "better" : "worse";
    }
}
