using System.Globalization;
using ReportBuilder.Definitions;
using ReportBuilder.IO;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Periods;
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
        var attention = Attention(metrics);
        return new Brief(kind, verdict.Headline, sentences, Themes(plan, metrics, attention, words), movers) { Attention = attention };
    }

    /// <summary>The metrics that missed their target or are at risk, in the order the sentences tell them: misses new this
    /// period, then the other misses, then warnings, each by distance relative to the target; a complement shown on its
    /// metric's card is left out. The cards of the first page, the verdict's "missed" list and the mail follow it.</summary>
    public static IReadOnlyList<MetricView> Attention(IReadOnlyList<MetricView> metrics)
    {
        var folded = metrics.Where(m => m.Companion is not null).Select(m => m.Companion!.Name).ToHashSet(StringComparer.Ordinal);
        return metrics.Where(m => m.Status is Status.Fail or Status.Warn && !folded.Contains(m.Name))
            .OrderBy(m => m.Insight.Transition == "newly_failing" ? 0 : m.Status == Status.Fail ? 1 : 2)
            .ThenByDescending(Severity).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    // The order of what to look at first (docs/output.md, "The brief"): misses that are new this period, then misses and
    // warnings by their distance relative to the target, each with its owner and its why; then unusual moves of metrics
    // with a target; metrics without one only when nothing else is worth saying.
    private static List<string> Sentences(ReportPlan plan, IReadOnlyList<MetricView> metrics, ValueFormatter formatter, ReportWords words)
    {
        var culture = formatter.Culture;
        var sentences = new List<string>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var misses = Attention(metrics);
        foreach (var metric in misses)
        {
            if (sentences.Count >= MaxSentences)
            {
                break;
            }

            named.Add(metric.Name);
            var label = metric.BriefLabel ?? metric.Label;
            var key = metric.Status == Status.Fail ? "missed" : "at_risk";
            var gap = GapSentence(metric, words, formatter);
            var sentence = metric.Insight.Distance?.Display is { } distance
                ? words.Phrase(culture, key, label, metric.DisplayValue, metric.Target, distance)
                : words.Phrase(culture, key + "_plain", label, metric.DisplayValue, metric.Target);
            var newlyFailing = metric.Insight.Transition == "newly_failing";
            if (newlyFailing)
            {
                sentence += " " + words.Phrase(culture, "newly_failing");
            }
            else if (metric.Insight.Streak is { Periods: >= 2 } streak)
            {
                sentence += " " + StreakSentence(plan, streak, words, culture);
            }

            if (Owner(metric, gap.Dimension, words, culture) is { } owner)
            {
                sentence += " " + owner;
            }

            sentences.Add(sentence);
            // A chronic miss (missed the period before too) needs where the gap is; a new one or an unusual move, what changed.
            var chronic = !newlyFailing && (metric.Previous?.Status is { } before ? before == metric.Status || before == Status.Fail
                : metric.Insight.Streak is { Periods: >= 2 });
            var why = chronic ? gap.Sentence ?? DriverSentence(metric, words, formatter) : DriverSentence(metric, words, formatter) ?? gap.Sentence;
            if (why is not null)
            {
                sentences.Add(why);
            }
        }

        if (misses.Count == 0 && metrics.Any(m => m.Status == Status.Pass))
        {
            sentences.Add(words.Phrase(culture, "all_met"));
        }

        var saidEnough = misses.Count > 0;
        foreach (var withTarget in new[] { true, false })
        {
            foreach (var (trend, key) in new[] { ("better", "improved_most"), ("worse", "worsened_most") })
            {
                var mover = metrics.Where(m => !named.Contains(m.Name) && (m.Target is not null) == withTarget && m.Previous?.Trend == trend
                                               && m.Insight.MoverScore is { } s && Math.Abs(s) >= Unusual)
                    .OrderByDescending(m => Math.Abs(m.Insight.MoverScore!.Value)).ThenBy(m => m.Name, StringComparer.Ordinal).FirstOrDefault();
                if (mover is not null && sentences.Count < MaxSentences)
                {
                    named.Add(mover.Name);
                    saidEnough = true;
                    sentences.Add(words.Phrase(culture, key, mover.Label, mover.Previous!.DisplayChange,
                        Math.Abs(mover.Insight.MoverScore!.Value).ToString("N1", culture)));
                }
            }

            if (saidEnough)
            {
                break;   // metrics without a target only when nothing with one is worth a sentence
            }
        }

        return sentences.Take(MaxSentences).ToList();
    }

    // "… 12 months running", "… every month since the data starts, September 2025 (14 months)", "… at least 36 months running".
    private static string StreakSentence(ReportPlan plan, Streak streak, ReportWords words, CultureInfo culture)
    {
        var key = $"streak_{streak.Status.ToWire()}_{UnitKey(plan)}";
        return streak switch
        {
            { Bound: "data_start", Since: { } since } => words.Plural(culture, key + "_data_start", streak.Periods, ReportWords.MidSentence(since.Label, culture)),
            { Bound: "limit" } => words.Plural(culture, key + "_limit", streak.Periods),
            _ => words.Plural(culture, key, streak.Periods),
        };
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

    // The dimensions whose groups own a miss, the first preferred.
    private static readonly string[] OwnerDimensions = ["team", "agent"];

    /// <summary>"Team Tier 1 holds 18.0 pp of it." — the team (else the agent) holding the largest part of the gap; null
    /// when no owner dimension splits it exactly, or the gap sentence names that dimension's groups already.</summary>
    private static string? Owner(MetricView metric, string? gapDimension, ReportWords words, CultureInfo culture)
    {
        foreach (var dimension in OwnerDimensions)
        {
            if (metric.Insight.Gap.FirstOrDefault(g => g.Dimension == dimension && g.Exact) is { Top.Count: > 0 } set)
            {
                return dimension == gapDimension ? null
                    : words.Phrase(culture, "owner", words.Phrase(culture, "owner_" + dimension, set.Top[0].Key), set.Top[0].DisplayPart.TrimStart('+'));
            }
        }

        return null;
    }

    // Named groups must hold at least this much more of the gap than their share of the rows, or the gap is spread out.
    private const double Spread = 0.1;

    /// <summary>"Channel: email (14.7%) and web (18.7%) account for 41.0 pp of the 41.3 pp gap; the others are at 99.4%." — the
    /// dimension whose few groups hold most of the gap; for a statistic that does not add up, or a gap spread over every
    /// group, each group's own value against the target.</summary>
    private static (string? Sentence, string? Dimension) GapSentence(MetricView metric, ReportWords words, ValueFormatter formatter)
    {
        var culture = formatter.Culture;
        var (best, score) = GapSet.Focus(metric.Insight.Gap);
        if (best is not null && score >= Spread)
        {
            var held = best.Top.Sum(p => p.Part!.Value);
            var list = List(best.Top.Select(p => words.Phrase(culture, "driver_part", p.Key, p.DisplayValue)).ToList(), words, culture);
            var others = best.Parts.Where(p => !best.Top.Contains(p)).ToList();
            var rows = others.Sum(p => p.Sample);
            // The others' own value: their row-weighted mean (a count's others have no single value to compare).
            var rest = metric.Unit == MetricUnit.Count || rows == 0 ? (double?)null : others.Sum(p => p.Sample * (p.Value ?? 0)) / rows;
            return (words.Plural(culture, rest is null ? "gap_all" : "gap", best.Top.Count, best.Label, list,
                formatter.Magnitude(held, metric.Unit), best.DisplayGap, formatter.Format(rest, metric.Unit, metric.PassBound)), best.Dimension);
        }

        // Every group misses about alike (the gap is everywhere), or the statistic does not add up by group.
        var shown = best ?? metric.Insight.Gap.FirstOrDefault(g => !g.Exact);
        if (shown is null || Values(shown, metric, words, culture) is not { } values)
        {
            return (null, null);
        }

        return (words.Phrase(culture, best is null ? "gap_not_exact" : "gap_spread", shown.Label, values, metric.Target), shown.Dimension);
    }

    // The groups with enough rows, the furthest on the missing side first, at most four: "email 3.2 h, web 2.1 h and chat 0.4 h".
    private static string? Values(GapSet set, MetricView metric, ReportWords words, CultureInfo culture)
    {
        var sign = metric.Value < metric.PassBound ? -1 : 1;
        var shown = set.Parts.Where(p => !p.InsufficientData && p.Value is not null)
            .OrderByDescending(p => (p.Value!.Value - metric.PassBound!.Value) * sign).Take(4)
            .Select(p => words.Phrase(culture, "gap_group", p.Key, p.DisplayValue)).ToList();
        return shown.Count == 0 ? null : List(shown, words, culture);
    }

    // "a, b and c" in the report's language.
    private static string List(List<string> items, ReportWords words, CultureInfo culture) =>
        items.Count == 1 ? items[0] : words.Phrase(culture, "list_and", string.Join(", ", items.Take(items.Count - 1)), items[^1]);

    /// <summary>"Channel: of the change (−3.4 pp), email (−2.1 pp) and web (−1.0 pp) contributed most." — the change in the
    /// metric's own unit.</summary>
    private static string? DriverSentence(MetricView metric, ReportWords words, ValueFormatter formatter)
    {
        var culture = formatter.Culture;
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

        var list = List(best.Top.Take(2).Select(p => words.Phrase(culture, "driver_part", p.Key, p.DisplayTotal)).ToList(), words, culture);
        return words.Phrase(culture, best.Exact ? "drivers" : "drivers_not_exact", best.Label, formatter.Signed(best.Change, metric.Unit), list);
    }

    private static List<ThemeGroup> Themes(ReportPlan plan, IReadOnlyList<MetricView> metrics, IReadOnlyList<MetricView> attention,
        ReportWords words)
    {
        var order = plan.Definition.Themes.Concat(MetricThemes.All).Distinct(StringComparer.Ordinal).Append("other").ToList();
        var folded = metrics.Where(m => m.Companion is not null).Select(m => m.Companion!.Name).ToHashSet(StringComparer.Ordinal);
        var carded = attention.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var groups = new List<ThemeGroup>();
        foreach (var theme in order)
        {
            // What needs attention is carded above the themes; the rest are rows, those without data first, then with a
            // target, then the others, each in the report's order.
            var rows = metrics.Where(m => m.Theme == theme && !folded.Contains(m.Name) && !carded.Contains(m.Name))
                .OrderBy(m => Rank(m)).ToList();
            if (rows.Count > 0)
            {
                groups.Add(new ThemeGroup(theme, words.Brief.GetValueOrDefault("theme_" + theme, theme), rows));
            }
        }

        return groups;
    }

    private static int Rank(MetricView m) => m.Status switch
    {
        Status.NoData or Status.InsufficientData when m.Target is not null => 0,
        _ when m.Target is not null => 1,
        _ => 2,
    };
}
