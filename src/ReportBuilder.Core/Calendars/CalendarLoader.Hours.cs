using System.Globalization;
using System.Text.RegularExpressions;
using ReportBuilder.Definitions.Shapes;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Calendars;

/// <summary>The hours of a calendar: the week's intervals by day, holidays, and the interval text itself.</summary>
internal static partial class CalendarLoader
{
    /// <summary>The week: each day's intervals, sorted; a day named twice, an unknown day or overlapping intervals (also an
    /// interval crossing midnight into the next day's first) are errors; null when any was found.</summary>
    private static IReadOnlyList<IReadOnlyList<WallInterval>>? Week(YamlSource yaml, string name, IReadOnlyList<CheckedEntry> entries)
    {
        var days = Enumerable.Range(0, 7).Select(_ => new List<(WallInterval Interval, YamlNode Node)>()).ToArray();
        var given = new YamlScalarNode?[7];
        var ok = true;
        foreach (var (key, keyNode, value) in entries.Select(e => (e.Name, e.KeyNode, e.Value)))
        {
            if (Days(key) is not { } range)
            {
                yaml.Error(keyNode, $"unknown day '{key}' in the week of calendar '{name}': use {string.Join(", ", BusinessCalendar.DayNames)}, or a range such as mon-fri");
                ok = false;
                continue;
            }

            var intervals = Intervals(yaml, value, $"{key} of calendar '{name}'", ref ok);
            foreach (var day in range)
            {
                if (given[day] is { } earlier)
                {
                    yaml.Error(keyNode, $"{BusinessCalendar.DayNames[day]} is given twice in the week of calendar '{name}' (also by '{earlier.Value}' at line {yaml.At(earlier).Line}): name each day once");
                    ok = false;
                    continue;
                }

                given[day] = keyNode;
                days[day].AddRange(intervals);
            }
        }

        for (var day = 0; day < 7; day++)
        {
            days[day].Sort((a, b) => a.Interval.Start.CompareTo(b.Interval.Start));
        }

        // A range (mon-fri) puts the same interval on several days: each wrong one is reported once.
        var reported = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        for (var day = 0; day < 7; day++)
        {
            var next = days[(day + 1) % 7];
            foreach (var ((interval, _), other) in days[day].Zip(days[day].Skip(1)))
            {
                if (other.Interval.Start < interval.End && reported.Add(other.Node))
                {
                    yaml.Error(other.Node, $"interval '{other.Interval}' overlaps '{interval}' on {BusinessCalendar.DayNames[day]} in calendar '{name}': working intervals must not overlap");
                    ok = false;
                }
            }

            if (days[day].Count > 0 && days[day][^1] is var (late, lateNode) && late.End > WallInterval.Day &&
                next.FirstOrDefault() is var (early, _) && next.Count > 0 && early.Start < late.End - WallInterval.Day && reported.Add(lateNode))
            {
                yaml.Error(lateNode, $"interval '{late}' on {BusinessCalendar.DayNames[day]} runs into '{early}' on {BusinessCalendar.DayNames[(day + 1) % 7]} in calendar '{name}': working intervals must not overlap");
                ok = false;
            }
        }

        return ok ? [.. days.Select(d => (IReadOnlyList<WallInterval>)[.. d.Select(i => i.Interval)])] : null;
    }

    /// <summary>The days a key of <c>week:</c> names: one day, or a range (<c>mon-fri</c>; <c>fri-mon</c> wraps over Sunday).</summary>
    private static IReadOnlyList<int>? Days(string key)
    {
        var parts = key.Split('-');
        var first = parts.Length is 1 or 2 ? IndexOf(parts[0]) : -1;
        var last = parts.Length == 2 ? IndexOf(parts[1]) : first;
        if (first < 0 || last < 0)
        {
            return null;
        }

        var count = (last - first + 7) % 7 + 1;
        return [.. Enumerable.Range(first, count).Select(d => d % 7)];

        static int IndexOf(string day) => BusinessCalendar.DayNames.ToList().IndexOf(day);
    }

    /// <summary>The holidays by date; null when any is wrong.</summary>
    private static IReadOnlyDictionary<DateOnly, IReadOnlyList<WallInterval>>? Holidays(YamlSource yaml, string name, IReadOnlyList<Checked> items)
    {
        var holidays = new Dictionary<DateOnly, IReadOnlyList<WallInterval>>();
        var ok = true;
        var at = new Dictionary<DateOnly, YamlNode>();
        foreach (var item in items)
        {
            var (date, hours) = item switch
            {
                CheckedScalar closed => (closed, []),
                CheckedMap partly => (partly.Scalar(HolidayKeys.Date), Intervals(yaml, partly[HolidayKeys.Hours], $"the holiday's hours in calendar '{name}'", ref ok)),
                _ => (null, new List<(WallInterval Interval, YamlNode Node)>()),
            };
            if (date is null)
            {
                ok = false;     // the reader said it is missing
                continue;
            }

            foreach (var (interval, other) in hours.OrderBy(h => h.Interval.Start).Zip(hours.OrderBy(h => h.Interval.Start).Skip(1)))
            {
                if (other.Interval.Start < interval.Interval.End)
                {
                    yaml.Error(other.Node, $"interval '{other.Interval}' overlaps '{interval.Interval}' in calendar '{name}': working intervals must not overlap");
                    ok = false;
                }
            }

            if (!DateOnly.TryParseExact(date.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yaml.Error(date.Node, $"holiday '{date.Text}' in calendar '{name}' {CalendarSchema.NotADate}");
                ok = false;
                continue;
            }

            if (at.TryGetValue(day, out var earlier))
            {
                yaml.Error(date.Node, $"holiday {date.Text} is given twice in calendar '{name}' (also at line {yaml.At(earlier).Line}): keep one");
                ok = false;
                continue;
            }

            at[day] = date.Node;
            holidays[day] = [.. hours.Select(h => h.Interval).OrderBy(i => i.Start)];
        }

        return ok ? holidays : null;
    }

    /// <summary>A day's intervals as the reader checked them (their text HH:MM-HH:MM); one with no length is reported and
    /// clears <paramref name="ok"/>.</summary>
    private static List<(WallInterval Interval, YamlNode Node)> Intervals(YamlSource yaml, Checked? list, string what, ref bool ok)
    {
        var intervals = new List<(WallInterval, YamlNode)>();
        foreach (var item in list is CheckedList items ? items.Items.OfType<CheckedScalar>() : [])
        {
            if (Interval(item.Text) is { } interval)
            {
                intervals.Add((interval, item.Node));
            }
            else
            {
                yaml.Error(item.Node, $"interval '{item.Text}' of {what} is empty: its start and end are the same (00:00-24:00 is a whole day)");
                ok = false;
            }
        }

        return intervals;
    }

    /// <summary>Reads <c>HH:MM-HH:MM</c>; an end at or before the start crosses midnight; null when it is no interval.</summary>
    internal static WallInterval? Interval(string text)
    {
        var match = IntervalText().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int Minutes(int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) * 60 +
            int.Parse(match.Groups[group + 1].Value, CultureInfo.InvariantCulture);

        var (start, end) = (Minutes(1), Minutes(3));
        if (start >= WallInterval.Day || end > WallInterval.Day || start == end)
        {
            return null;
        }

        return new WallInterval(start, end < start ? end + WallInterval.Day : end);
    }

    [GeneratedRegex(@"\A([01][0-9]|2[0-4]):([0-5][0-9])-([01][0-9]|2[0-4]):([0-5][0-9])\z")]
    private static partial Regex IntervalText();
}
