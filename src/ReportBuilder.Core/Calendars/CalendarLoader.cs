using NodaTime;
using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Calendars;

/// <summary>Reads business calendars (<c>calendars:</c>) and a report's choice among them (<c>calendar:</c>,
/// <c>calendar_by:</c>) through <see cref="CalendarSchema"/>, every problem a diagnostic at its file:line:col.</summary>
internal static partial class CalendarLoader
{
    /// <summary>Reads calendars by name into <paramref name="into"/>; a name already there is an error.</summary>
    public static void Read(YamlSource yaml, IReadOnlyList<CheckedEntry> calendars, IDictionary<string, BusinessCalendar> into)
    {
        foreach (var entry in calendars)
        {
            if (into.TryGetValue(entry.Name, out var other))
            {
                yaml.Error(entry.KeyNode, $"calendar '{entry.Name}' is defined twice (also at {other.Location}): give one of them another name");
            }
            else if (entry.Value is CheckedMap map && Parse(yaml, entry.Name, map) is { } calendar)
            {
                into[entry.Name] = calendar;
            }
        }
    }

    /// <summary>The report's calendars: its own (<paramref name="own"/>) and the catalog's not redefined there, with the default
    /// and the per-row choice, every name they use checked.</summary>
    public static CalendarScope Scope(YamlSource yaml, CheckedScalar? calendar, CheckedMap? by,
        IReadOnlyDictionary<string, BusinessCalendar> own, IReadOnlyDictionary<string, BusinessCalendar> catalog)
    {
        var known = new Dictionary<string, BusinessCalendar>(own, StringComparer.Ordinal);
        foreach (var (name, shared) in catalog)
        {
            known.TryAdd(name, shared);
        }

        var chosen = calendar is null ? null : Name(yaml, calendar, "calendar", known);
        return new CalendarScope(known, chosen, by is null ? null : Choice(yaml, by, known));
    }

    private static CalendarChoice? Choice(YamlSource yaml, CheckedMap map, IReadOnlyDictionary<string, BusinessCalendar> known)
    {
        var column = map.Located(CalendarByKeys.Column);
        var fallback = map.Scalar(CalendarByKeys.Default) is { } defaultName ? Name(yaml, defaultName, "calendar_by.default", known) : null;
        var choices = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        foreach (var (value, name) in map.Entries(CalendarByKeys.Map).Select(e => (e.Name, e.Value)))
        {
            if (name is CheckedScalar scalar && Name(yaml, scalar, $"calendar_by.map.{value}", known) is { } chosen)
            {
                choices[value] = chosen;
            }
        }

        return column is null || fallback is null ? null : new CalendarChoice(column, choices, fallback, map.Location);
    }

    /// <summary>A calendar's name that <paramref name="known"/> holds, else an error at the name (with the closest).</summary>
    internal static Located<string>? Name(YamlSource yaml, CheckedScalar node, string what, IReadOnlyDictionary<string, BusinessCalendar> known)
    {
        var name = node.Text;
        if (!known.ContainsKey(name))
        {
            var suggestion = NameSuggestions.Closest(name, known.Keys);
            yaml.Error(node.Node, $"unknown calendar '{name}' in {what}: " + (suggestion is not null ? $"did you mean '{suggestion}'?"
                : known.Count == 0 ? "define it under calendars: in the report, an included file or configs/calendars.yaml"
                : $"use {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}, or define it under calendars:"));
            return null;
        }

        return node.Located;
    }

    private static BusinessCalendar? Parse(YamlSource yaml, string name, CheckedMap map)
    {
        var zone = Zone(yaml, name, map.Scalar(CalendarKeys.TimeZone));
        var around = map.Flag(CalendarKeys.AroundTheClock) == true ? map.Entry(CalendarKeys.AroundTheClock)!.KeyNode : null;
        IReadOnlyList<IReadOnlyList<WallInterval>>? week = null;
        if (around is not null && map.Has(CalendarKeys.Week))
        {
            yaml.Error(around, $"calendar '{name}' has both 24x7: true and a week: keep one of them");
        }
        else if (around is not null)
        {
            week = [.. Enumerable.Repeat<IReadOnlyList<WallInterval>>([new WallInterval(0, WallInterval.Day)], 7)];
        }
        else if (map.Has(CalendarKeys.Week))
        {
            week = Week(yaml, name, map.Entries(CalendarKeys.Week));
        }
        else
        {
            yaml.Error(map.Node, $"calendar '{name}' needs week: (its working hours, e.g. mon-fri: [\"09:00-18:00\"]) or 24x7: true");
        }

        var holidays = Holidays(yaml, name, map.Items(CalendarKeys.Holidays));
        return zone is null || week is null || holidays is null
            ? null
            : new BusinessCalendar(name, zone, week, holidays, map.Location) { AroundTheClock = around is not null };
    }

    private static string? Zone(YamlSource yaml, string name, CheckedScalar? node)
    {
        if (node is not { Text: var zone })
        {
            return null;    // the reader said it is missing
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            var suggestion = NameSuggestions.Closest(zone, DateTimeZoneProviders.Tzdb.Ids);
            yaml.Error(node.Node, $"unknown time zone '{zone}' in calendar '{name}': use an IANA id such as Europe/Rome" +
                (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return null;
        }

        return zone;
    }
}
