using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Expressions;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary>Reads a report's <c>sla:</c> block through its shape, every problem a diagnostic at its file:line:col.</summary>
internal static class SlaPolicyLoader
{
    private static readonly DictionaryShape ByPriority = new(
        "A target per ticket priority (low, normal, high, urgent …): a duration such as 30m, 4h or 2d; priorities left out have no target",
        new TextShape("A duration of 0 or more, e.g. 30m, 4h, 2d"));

    private static readonly MapShape TierTargets = new("The targets of one customer tier, replacing the priorities' targets above for its tickets",
        [new("first_reply", ByPriority), new("resolution", ByPriority)]);

    /// <summary>The shape of <c>sla:</c>, for the loader and the report's JSON Schema.</summary>
    public static readonly MapShape Shape = new(
        "SLA targets per priority (and customer tier) for first reply and resolution, read by sla_achievement",
    [
        new("hours", new TextShape("How targets count: calendar (default, the clock's hours) or business (working hours under the calendar)",
            SlaPolicy.HourKinds)),
        new("calendar", new TextShape("With hours: business, the calendar to count in (a name under calendars:); default the report's calendar:")),
        new("first_reply", ByPriority),
        new("resolution", ByPriority),
        new("tiers", new DictionaryShape("Targets per customer tier (customers.tier, e.g. premium)", TierTargets)),
    ]);

    /// <summary>Reads <paramref name="node"/>; <paramref name="calendars"/> are the report's, for <c>hours: business</c>.</summary>
    public static SlaPolicy? Read(YamlSource yaml, YamlNode node, Calendars.CalendarScope calendars)
    {
        var map = yaml.Mapping(node, "sla", Shape);
        var hoursNode = map.GetValueOrDefault("hours").Value;
        var business = yaml.Text(hoursNode, "sla.hours", (TextShape)Shape["hours"], "kind of hours") == "business";
        Located<string>? calendar = null;
        if (map.GetValueOrDefault("calendar").Value is { } calendarNode)
        {
            calendar = Calendars.CalendarLoader.Name(yaml, calendarNode, "sla.calendar", calendars.Calendars);
            if (!business && calendar is not null)
            {
                yaml.Error(calendarNode, "sla.calendar is the calendar of working hours: add hours: business, or leave calendar: out");
            }
        }
        else if (business && !calendars.HasRowCalendar)
        {
            yaml.Error(hoursNode!, "sla: hours: business counts working hours under a calendar: set the report's calendar: " +
                "(or calendar_by:), or sla.calendar:, to a name under calendars:");
        }

        var targets = SlaPolicy.Kinds.Where(map.ContainsKey).ToDictionary(k => k, k => Targets(yaml, map[k].Value, $"sla.{k}"));
        var tiers = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>>(StringComparer.Ordinal);
        if (map.GetValueOrDefault("tiers").Value is { } tiersNode)
        {
            foreach (var (tier, (_, tierNode)) in yaml.Mapping(tiersNode, "sla.tiers", []))
            {
                var own = yaml.Mapping(tierNode, $"sla.tiers.{tier}", TierTargets);
                tiers[tier] = SlaPolicy.Kinds.Where(own.ContainsKey)
                    .ToDictionary(k => k, k => (IReadOnlyDictionary<string, double>)Targets(yaml, own[k].Value, $"sla.tiers.{tier}.{k}"));
            }
        }

        if (targets.Count == 0 && tiers.Count == 0 && node is YamlMappingNode)
        {
            yaml.Error(node, "sla has no targets: add first_reply: and resolution: with a duration per priority, e.g. { urgent: 1h, normal: 8h }");
        }

        return new SlaPolicy(business, calendar, targets.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, double>)t.Value),
            tiers, yaml.At(node));
    }

    private static Dictionary<string, double> Targets(YamlSource yaml, YamlNode node, string what)
    {
        var targets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (priority, (_, value)) in yaml.Mapping(node, what, []))
        {
            if (yaml.Text(value, $"{what}.{priority}") is not { } text)
            {
                continue;
            }

            var parsed = ExpressionParser.Parse(text);
            var hours = parsed.Succeeded ? parsed.Expression switch
            {
                DurationLiteral duration => duration.Value.TotalHours,
                NumberLiteral number => number.Value,
                Expressions.Unary { Operator: UnaryOperator.Negate, Operand: DurationLiteral duration } => -duration.Value.TotalHours,
                Expressions.Unary { Operator: UnaryOperator.Negate, Operand: NumberLiteral number } => -number.Value,
                _ => (double?)null,
            } : null;
            if (hours is null)
            {
                yaml.Error(value, $"{what}.{priority} is '{text}', not a duration: write e.g. 30m, 4h or 2d (a number is hours)");
            }
            else if (hours < 0)
            {
                yaml.Error(value, $"{what}.{priority} is {text}: a target is a duration of 0 or more");
            }
            else
            {
                targets[priority] = hours.Value;
            }
        }

        return targets;
    }
}
