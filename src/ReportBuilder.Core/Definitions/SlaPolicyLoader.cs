using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Expressions;

namespace ReportBuilder.Definitions;

/// <summary>The keys of a report's <c>sla:</c> block and of one tier's targets.</summary>
internal static class SlaKeys
{
    private static readonly DictionaryShape ByPriority = new(
        "A target per ticket priority (low, normal, high, urgent …): a duration such as 30m, 4h or 2d; priorities left out have no target",
        new TextShape("A duration of 0 or more, e.g. 30m, 4h, 2d"));

    public static readonly Key<DictionaryShape> FirstReply = new(SlaPolicy.Kinds[0], ByPriority);

    public static readonly Key<DictionaryShape> Resolution = new(SlaPolicy.Kinds[1], ByPriority);

    /// <summary>The targets' keys, in <see cref="SlaPolicy.Kinds"/> order.</summary>
    public static readonly IReadOnlyList<Key<DictionaryShape>> Targets = [FirstReply, Resolution];

    public static readonly MapShape TierTargets = new("The targets of one customer tier, replacing the priorities' targets above for its tickets",
        [.. Targets]);

    public static readonly Key<TextShape> Hours = new("hours", new TextShape(
        "How targets count: calendar (default, the clock's hours) or business (working hours under the calendar)", SlaPolicy.HourKinds)
    {
        Noun = "kind of hours",
    });

    public static readonly Key<TextShape> Calendar = new("calendar",
        new TextShape("With hours: business, the calendar to count in (a name under calendars:); default the report's calendar:"));

    public static readonly Key<DictionaryShape> Tiers = new("tiers", new DictionaryShape("Targets per customer tier (customers.tier, e.g. premium)", TierTargets));

    public static readonly MapShape Shape = new("SLA targets per priority (and customer tier) for first reply and resolution, read by sla_achievement",
        [Hours, Calendar, FirstReply, Resolution, Tiers]);
}

/// <summary>Reads a report's <c>sla:</c> block as the reader checked it, every problem a diagnostic at its file:line:col.</summary>
internal static class SlaPolicyLoader
{
    /// <summary>The shape of <c>sla:</c>, for the loader and the report's JSON Schema.</summary>
    public static MapShape Shape => SlaKeys.Shape;

    /// <summary>Maps the checked <c>sla:</c> block; <paramref name="calendars"/> are the report's, for <c>hours: business</c>.</summary>
    public static SlaPolicy Read(YamlSource yaml, CheckedMap map, Calendars.CalendarScope calendars)
    {
        var business = map.Text(SlaKeys.Hours) == SlaPolicy.HourKinds[1];
        Located<string>? calendar = null;
        if (map.Scalar(SlaKeys.Calendar) is { } calendarName)
        {
            calendar = Calendars.CalendarLoader.Name(yaml, calendarName, "sla.calendar", calendars.Calendars);
            if (!business && calendar is not null)
            {
                yaml.Error(calendarName.Node, "sla.calendar is the calendar of working hours: add hours: business, or leave calendar: out");
            }
        }
        else if (business && !calendars.HasRowCalendar)
        {
            yaml.Error(map.Entry(SlaKeys.Hours)!.Node, "sla: hours: business counts working hours under a calendar: set the report's calendar: " +
                "(or calendar_by:), or sla.calendar:, to a name under calendars:");
        }

        var targets = Targets(yaml, map, ReportKeys.Sla.Name);
        var tiers = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>>>(StringComparer.Ordinal);
        foreach (var (tier, value) in map.Entries(SlaKeys.Tiers).Select(e => (e.Name, e.Value)))
        {
            if (value is CheckedMap own)
            {
                tiers[tier] = Targets(yaml, own, $"sla.tiers.{tier}");
            }
        }

        if (targets.Count == 0 && tiers.Count == 0)
        {
            yaml.Error(map.Node, "sla has no targets: add first_reply: and resolution: with a duration per priority, e.g. { urgent: 1h, normal: 8h }");
        }

        return new SlaPolicy(business, calendar, targets, tiers, map.Location);
    }

    // The targets of each kind the mapping writes, by priority.
    private static Dictionary<string, IReadOnlyDictionary<string, double>> Targets(YamlSource yaml, CheckedMap map, string what) =>
        SlaKeys.Targets.Where(map.Has).ToDictionary(k => k.Name,
            k => (IReadOnlyDictionary<string, double>)Durations(yaml, map.Entries(k), $"{what}.{k.Name}"), StringComparer.Ordinal);

    private static Dictionary<string, double> Durations(YamlSource yaml, IReadOnlyList<CheckedEntry> priorities, string what)
    {
        var targets = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (priority, value) in priorities.Select(e => (e.Name, e.Value)))
        {
            if (value is not CheckedScalar { Text: var text } scalar)
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
                yaml.Error(scalar.Node, $"{what}.{priority} is '{text}', not a duration: write e.g. 30m, 4h or 2d (a number is hours)");
            }
            else if (hours < 0)
            {
                yaml.Error(scalar.Node, $"{what}.{priority} is {text}: a target is a duration of 0 or more");
            }
            else
            {
                targets[priority] = hours.Value;
            }
        }

        return targets;
    }
}
