using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>A report's SLA policy (<c>sla:</c>): a target in hours for each kind (first reply, resolution) and ticket priority,
/// optionally replaced per customer tier, counted in calendar or working hours. <c>sla_target()</c> and <c>sla_hours()</c>
/// read it; <c>sla_achievement</c> is the share of its targets met (docs/metrics.md).</summary>
/// <param name="Targets">Hours by kind, then by priority.</param>
/// <param name="Tiers">Hours by tier, then kind, then priority: a tier's target replaces the priority's for that tier.</param>
/// <param name="Calendar">The calendar working hours are counted in (<c>sla.calendar</c>); null for the report's own.</param>
internal sealed record SlaPolicy(
    bool Business,
    Located<string>? Calendar,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Targets,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>> Tiers,
    SourceLocation Location)
{
    /// <summary>The kinds of target, in the order the policy lists them.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["first_reply", "resolution"];

    /// <summary>The ways to count a target's hours: <c>calendar</c> (the clock's) or <c>business</c> (working hours).</summary>
    public static readonly IReadOnlyList<string> HourKinds = ["calendar", "business"];

    /// <summary>The priorities with a target of <paramref name="kind"/>, for any tier, in the order first written.</summary>
    public IEnumerable<string> Priorities(string kind) =>
        Targets.GetValueOrDefault(kind, Empty).Keys
            .Concat(Tiers.Values.SelectMany(t => t.GetValueOrDefault(kind, Empty).Keys)).Distinct(StringComparer.Ordinal);

    /// <summary>The target of <paramref name="kind"/> for <paramref name="priority"/> without a tier of its own (null: none).</summary>
    public double? Target(string kind, string priority) =>
        Targets.GetValueOrDefault(kind, Empty).TryGetValue(priority, out var hours) ? hours : null;

    /// <summary>The tiers whose own target of <paramref name="kind"/> for <paramref name="priority"/> replaces the priority's.</summary>
    public IEnumerable<(string Tier, double Hours)> TierTargets(string kind, string priority) =>
        Tiers.Where(t => t.Value.GetValueOrDefault(kind, Empty).ContainsKey(priority)).Select(t => (t.Key, t.Value[kind][priority]));

    private static readonly IReadOnlyDictionary<string, double> Empty = new Dictionary<string, double>();

    /// <summary>The message when <c>sla_target()</c> or <c>sla_hours()</c> (<paramref name="function"/>) is used in a report
    /// without <c>sla:</c>.</summary>
    public static string NoPolicy(string function) => $"{function}() reads the report's SLA policy: add sla: with targets per priority, " +
        "e.g. sla: { first_reply: { urgent: 1h, normal: 8h }, resolution: { urgent: 8h, normal: 40h } }";

    /// <summary>The message when the kind of <c>sla_target()</c> is a word it does not know.</summary>
    public const string UnknownKind = "the kind of sla_target(kind, priority, tier) is 'first_reply', 'resolution' or a column holding them";
}
