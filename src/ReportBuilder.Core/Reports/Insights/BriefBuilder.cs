using System.Globalization;
using ReportBuilder.Definitions;
using ReportBuilder.Periods;
using ReportBuilder.Planning;
using ReportBuilder.Rules;

namespace ReportBuilder.Reports.Insights;

/// <summary>Writes the brief from the metrics' views and insights: headline, sentences, theme groups and movers.</summary>
internal static class BriefBuilder
{
    private const int MaxSentences = 5;

    // A change at least this many times the metric's typical period-to-period movement is worth a sentence.
    private const double Unusual = 1.5;

    public static Brief Build(ReportPlan plan, IReadOnlyList<MetricView> metrics, Verdict verdict, PeriodView period,
        ValueFormatter formatter, ReportWords words)
    {
        var culture = formatter.Culture;
        var kind = metrics.All(m => m.Value is null) ? "no_data" : verdict.Targets == 0 ? "no_targets" : "verdict";
        var movers = metrics.Where(m => m.Insight.MoverScore is not null && m.Previous is not null)
            .OrderByDescending(m => Math.Abs(m.Insight.MoverScore!.Value)).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new Mover(m.Name, m.BriefLabel ?? m.Label, m.Insight.MoverScore!.Value, m.Previous!.DisplayChange, m.Previous.Trend))
            .ToList();
        var sentences = kind == "no_data"
            ? [words.Phrase(culture, "no_data_hint")]
            : Sentences(plan, metrics, formatter, words);
        return new Brief(kind, verdict.Headline, sentences, Themes(plan, metrics, words), movers);
    }

    private static List<string> Sentences(ReportPlan plan, IReadOnlyList<MetricView> metrics, ValueFormatter formatter, ReportWords words)
    {
        var culture = formatter.Culture;
        var sentences = new List<string>();
        var missed = metrics.Where(m => m.Status is Status.Fail).ToList();
        var atRisk = missed.Count == 0 ? metrics.Where(m => m.Status is Status.Warn).ToList() : [];
        var named = new HashSet<string>(StringComparer.Ordinal);
        // The worst first: the furthest from its target relative to the target.
        foreach (var (metric, i) in missed.Concat(atRisk).OrderByDescending(Severity).Take(2).Select((m, i) => (m, i)))
        {
            named.Add(metric.Name);
            var distance = metric.Insight.Distance?.Display;
            var key = metric.Status == Status.Fail ? "missed" : "at_risk";
            sentences.Add(distance is null
                ? words.Phrase(culture, key + "_plain", metric.BriefLabel ?? metric.Label, metric.DisplayValue, metric.Target)
                : words.Phrase(culture, key, metric.BriefLabel ?? metric.Label, metric.DisplayValue, metric.Target, distance));
            if (i == 0)
            {
                if (metric.Insight.Streak is { Periods: >= 2 } streak)
                {
                    sentences.Add(words.Plural(culture, $"streak_{streak.Status.ToWire()}_{UnitKey(plan)}", streak.Periods));
                }
                else if (metric.Insight.Transition is { } transition)
                {
                    sentences.Add(words.Phrase(culture, transition));
                }

                if (DriverSentence(metric, words, culture) is { } drivers)
                {
                    sentences.Add(drivers);
                }
            }
        }

        if (missed.Count == 0 && atRisk.Count == 0 && metrics.Any(m => m.Status == Status.Pass))
        {
            sentences.Add(words.Phrase(culture, "all_met"));
        }

        foreach (var (trend, key) in new[] { ("better", "improved_most"), ("worse", "worsened_most") })
        {
            var mover = metrics.Where(m => !named.Contains(m.Name) && m.Previous?.Trend == trend && m.Insight.MoverScore is { } s
                                           && Math.Abs(s) >= Unusual)
                .OrderByDescending(m => Math.Abs(m.Insight.MoverScore!.Value)).ThenBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault();
            if (mover is not null && sentences.Count < MaxSentences)
            {
                named.Add(mover.Name);
                sentences.Add(words.Phrase(culture, key, mover.Label, mover.Previous!.DisplayChange,
                    Math.Abs(mover.Insight.MoverScore!.Value).ToString("N1", culture)));
            }
        }

        return sentences.Take(MaxSentences).ToList();
    }

    private static double Severity(MetricView m) =>
        m.Insight.Distance is { } d && m.PassBound is { } b ? Math.Abs(d.Value) / Math.Max(Math.Abs(b), 1e-9) : 0;

    private static string UnitKey(ReportPlan plan) => plan.Periods[0].Unit switch
    {
        PeriodUnit.Month => "month",
        PeriodUnit.Week => "week",
        PeriodUnit.Quarter => "quarter",
        _ => "period",
    };

    /// <summary>"By channel, most of the change (−3.4 pp) came from email (−2.1 pp) and web (−1.0 pp)."</summary>
    private static string? DriverSentence(MetricView metric, ReportWords words, CultureInfo culture)
    {
        // The dimension whose leading groups explain the largest part of the change.
        var best = metric.Insight.Drivers.Where(d => d.Top.Count > 0)
            .OrderByDescending(d => d.Exact)
            .ThenByDescending(d => d.Exact ? d.Top.Sum(p => Math.Abs(p.Total)) / Math.Max(Math.Abs(d.Change), 1e-12) : 0)
            .ThenByDescending(d => d.Top.Max(p => Math.Abs(p.Total * p.Share)))
            .FirstOrDefault();
        if (best is null || metric.Previous is null)
        {
            return null;
        }

        var top = best.Top.Take(2).Select(p => words.Phrase(culture, "driver_part", p.Key, p.DisplayTotal)).ToList();
        var list = top.Count == 1 ? top[0] : words.Phrase(culture, "list_and", top[0], top[1]);
        return words.Phrase(culture, best.Exact ? "drivers" : "drivers_not_exact", best.Label, metric.Previous.DisplayChange, list);
    }

    private static List<ThemeGroup> Themes(ReportPlan plan, IReadOnlyList<MetricView> metrics, ReportWords words)
    {
        var order = plan.Definition.Themes.Concat(MetricThemes.All).Distinct(StringComparer.Ordinal).Append("other").ToList();
        var folded = metrics.Where(m => m.Companion is not null).Select(m => m.Companion!.Name).ToHashSet(StringComparer.Ordinal);
        var groups = new List<ThemeGroup>();
        foreach (var theme in order)
        {
            var members = metrics.Where(m => m.Theme == theme && !folded.Contains(m.Name)).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            // Outcomes and metrics with a target are cards, failures first; the rest are rows of a compact table.
            var cards = members.Where(m => m.Target is not null || theme == "outcomes")
                .OrderBy(m => Rank(m.Status)).ToList();
            var rows = members.Except(cards).ToList();
            groups.Add(new ThemeGroup(theme, words.Brief.GetValueOrDefault("theme_" + theme, theme), cards, rows));
        }

        return groups;
    }

    private static int Rank(Status status) => status switch
    {
        Status.Fail => 0,
        Status.Warn => 1,
        Status.NoData or Status.InsufficientData => 2,
        Status.Pass => 3,
        _ => 4,
    };
}
