using NodaTime;
using ReportBuilder.Definitions.Shapes;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Calendars;

/// <summary>Reads business calendars (<c>calendars:</c>) and a report's choice among them (<c>calendar:</c>,
/// <c>calendar_by:</c>) through <see cref="CalendarSchema"/>, every problem a diagnostic at its file:line:col.</summary>
internal static partial class CalendarLoader
{
    /// <summary>Reads a mapping of names to calendars into <paramref name="into"/>; a name already there is an error.</summary>
    public static void Read(YamlSource yaml, YamlNode node, IDictionary<string, BusinessCalendar> into)
    {
        foreach (var (name, (key, value)) in yaml.Mapping(node, "calendars", []))
        {
            if (into.TryGetValue(name, out var other))
            {
                yaml.Error(key, $"calendar '{name}' is defined twice (also at {other.Location}): give one of them another name");
            }
            else if (Parse(yaml, name, value) is { } calendar)
            {
                into[name] = calendar;
            }
        }
    }

    /// <summary>The report's calendars: its own (<paramref name="own"/>) and the catalog's not redefined there, with the default
    /// and the per-row choice, every name they use checked.</summary>
    public static CalendarScope Scope(YamlSource yaml, YamlNode? calendar, YamlNode? by,
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

    private static CalendarChoice? Choice(YamlSource yaml, YamlNode node, IReadOnlyDictionary<string, BusinessCalendar> known)
    {
        var map = yaml.Mapping(node, "calendar_by", CalendarSchema.By);
        var column = map.GetValueOrDefault("column").Value is { } columnNode && yaml.Text(columnNode, "calendar_by.column") is { } text
            ? new Located<string>(text, yaml.At(columnNode))
            : null;
        if (column is null)
        {
            yaml.Error(node, "calendar_by needs column: the column whose value chooses the calendar, e.g. agent.team");
        }

        var fallback = map.GetValueOrDefault("default").Value is { } defaultNode ? Name(yaml, defaultNode, "calendar_by.default", known) : null;
        if (!map.ContainsKey("default"))
        {
            yaml.Error(node, "calendar_by needs default: the calendar of rows whose value is not in map, or is NULL");
        }

        var choices = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        if (map.GetValueOrDefault("map").Value is { } mapNode)
        {
            foreach (var (value, (_, nameNode)) in yaml.Mapping(mapNode, "calendar_by.map", []))
            {
                if (Name(yaml, nameNode, $"calendar_by.map.{value}", known) is { } name)
                {
                    choices[value] = name;
                }
            }
        }

        return column is null || fallback is null ? null : new CalendarChoice(column, choices, fallback, yaml.At(node));
    }

    /// <summary>A calendar's name that <paramref name="known"/> holds, else an error at the name (with the closest).</summary>
    internal static Located<string>? Name(YamlSource yaml, YamlNode node, string what, IReadOnlyDictionary<string, BusinessCalendar> known)
    {
        if (yaml.Text(node, what) is not { } name)
        {
            return null;
        }

        if (!known.ContainsKey(name))
        {
            var suggestion = NameSuggestions.Closest(name, known.Keys);
            yaml.Error(node, $"unknown calendar '{name}' in {what}: " + (suggestion is not null ? $"did you mean '{suggestion}'?"
                : known.Count == 0 ? "define it under calendars: in the report, an included file or configs/calendars.yaml"
                : $"use {string.Join(", ", known.Keys.Order(StringComparer.Ordinal))}, or define it under calendars:"));
            return null;
        }

        return new Located<string>(name, yaml.At(node));
    }

    private static BusinessCalendar? Parse(YamlSource yaml, string name, YamlNode node)
    {
        var map = yaml.Mapping(node, $"calendar '{name}'", CalendarSchema.Calendar);
        var zone = Zone(yaml, name, node, map.GetValueOrDefault("time_zone").Value);
        var around = map.GetValueOrDefault("24x7") is ({ } aroundKey, var aroundNode)
            && yaml.Flag(aroundNode, "24x7", " (open every day 00:00-24:00)") == true ? aroundKey : null;
        var weekNode = map.GetValueOrDefault("week").Value;
        IReadOnlyList<IReadOnlyList<WallInterval>>? week = null;
        if (around is not null && weekNode is not null)
        {
            yaml.Error(around, $"calendar '{name}' has both 24x7: true and a week: keep one of them");
        }
        else if (around is not null)
        {
            week = [.. Enumerable.Repeat<IReadOnlyList<WallInterval>>([new WallInterval(0, WallInterval.Day)], 7)];
        }
        else if (weekNode is not null)
        {
            week = Week(yaml, name, weekNode);
        }
        else if (map.Count > 0 || node is YamlMappingNode)
        {
            yaml.Error(node, $"calendar '{name}' needs week: (its working hours, e.g. mon-fri: [\"09:00-18:00\"]) or 24x7: true");
        }

        var holidays = Holidays(yaml, name, map.GetValueOrDefault("holidays").Value);
        return zone is null || week is null || holidays is null
            ? null
            : new BusinessCalendar(name, zone, week, holidays, yaml.At(node)) { AroundTheClock = around is not null };
    }

    private static string? Zone(YamlSource yaml, string name, YamlNode calendar, YamlNode? node)
    {
        var zone = yaml.Text(node, "time_zone");
        if (zone is null)
        {
            if (node is null && calendar is YamlMappingNode)
            {
                yaml.Error(calendar, $"calendar '{name}' needs time_zone: an IANA id such as Europe/Rome");
            }

            return null;
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            var suggestion = NameSuggestions.Closest(zone, DateTimeZoneProviders.Tzdb.Ids);
            yaml.Error(node!, $"unknown time zone '{zone}' in calendar '{name}': use an IANA id such as Europe/Rome" +
                (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return null;
        }

        return zone;
    }
}
