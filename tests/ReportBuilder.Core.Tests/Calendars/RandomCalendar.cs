using System.Globalization;
using System.Text;

namespace ReportBuilder.Tests.Calendars;

/// <summary>A random business calendar, written as YAML for the loader and walked minute by minute here, with the system's
/// time zones (not NodaTime's): an instant works when the wall clock there shows a time inside an interval of its date, or
/// inside the part after midnight of an interval of the day before.</summary>
internal sealed class RandomCalendar
{
    private static readonly string[] Zones =
        ["Europe/Warsaw", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "Europe/London", "America/Sao_Paulo"];

    private readonly List<(int Start, int End)>[] _week = [.. Enumerable.Range(0, 7).Select(_ => new List<(int, int)>())];
    private readonly Dictionary<DateOnly, List<(int Start, int End)>> _holidays = [];

    private RandomCalendar(string zone) => Zone = zone;

    public string Zone { get; }

    public bool AroundTheClock { get; private set; }

    public static RandomCalendar Create(Random random, DateTime windowStart, int minutes)
    {
        var calendar = new RandomCalendar(Zones[random.Next(Zones.Length)]) { AroundTheClock = random.NextDouble() < 0.15 };
        for (var day = 0; day < 7; day++)
        {
            if (calendar.AroundTheClock)
            {
                calendar._week[day].Add((0, 1440));
                continue;
            }

            if (random.NextDouble() < 0.25)
            {
                continue;
            }

            // 1 to 3 intervals at five-minute marks, sorted, apart.
            var marks = Enumerable.Range(0, 2 * random.Next(1, 4)).Select(_ => random.Next(0, 289) * 5).Distinct().Order().ToList();
            for (var i = 0; i + 1 < marks.Count; i += 2)
            {
                calendar._week[day].Add((marks[i], marks[i + 1]));
            }
        }

        // Now and then a night shift: from after a day's last interval to before the next day's first.
        for (var day = 0; day < 7 && !calendar.AroundTheClock; day++)
        {
            var after = calendar._week[day].Count > 0 ? calendar._week[day][^1].End : 0;
            var next = calendar._week[(day + 1) % 7];
            var before = next.Count > 0 ? next[0].Start : 1440;
            if (random.NextDouble() < 0.3 && after < 1435 && before > 0)
            {
                var start = after + 5 + random.Next(0, (1435 - after) / 5) * 5;
                var end = Math.Min(before, start - 5) is var limit && limit >= 5 ? random.Next(1, limit / 5 + 1) * 5 : 0;
                if (end > 0 && end < start && start < 1440)
                {
                    calendar._week[day].Add((start, 1440 + end));
                }
            }
        }

        var firstDay = DateOnly.FromDateTime(windowStart);
        for (var i = 0; i < 8; i++)
        {
            var date = firstDay.AddDays(random.Next(0, minutes / 1440));
            calendar._holidays[date] = random.NextDouble() < 0.5
                ? []
                : [Partly(random)];
        }

        return calendar;
    }

    // Open part of the day, now and then past midnight (shorter than a day, so its end is before its start on the clock).
    private static (int Start, int End) Partly(Random random)
    {
        var start = random.Next(0, 200) * 5;
        return (start, start + 5 * random.Next(1, 250));
    }

    /// <summary>The calendar in the contract's YAML, in a report.</summary>
    public string Yaml
    {
        get
        {
            var yaml = new StringBuilder($"id: random\nmetrics:\n  - metric: ticket_volume\ncalendars:\n  random:\n    time_zone: {Zone}\n");
            if (AroundTheClock)
            {
                yaml.Append("    24x7: true\n");
            }
            else
            {
                yaml.Append("    week:\n");
                string[] days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
                for (var day = 0; day < 7; day++)
                {
                    yaml.Append(CultureInfo.InvariantCulture, $"      {days[day]}: [{string.Join(", ", _week[day].Select(Interval))}]\n");
                }
            }

            yaml.Append("    holidays:\n");
            foreach (var (date, hours) in _holidays)
            {
                yaml.Append(CultureInfo.InvariantCulture,
                    $"      - {{ date: {date:yyyy-MM-dd}, hours: [{string.Join(", ", hours.Select(Interval))}] }}\n");
            }

            return yaml.ToString();
        }
    }

    private static string Interval((int Start, int End) interval) =>
        $"\"{interval.Start / 60:00}:{interval.Start % 60:00}-{interval.End % 1440 / 60:00}:{interval.End % 60:00}\""
            .Replace("-00:00\"", interval.End == 1440 ? "-24:00\"" : "-00:00\"", StringComparison.Ordinal);

    /// <summary>W(t): the working seconds from the window's start to <c>t</c> seconds after it, by walking every minute once.</summary>
    public Func<long, long> Walk(DateTime windowStart, int minutes)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Zone);
        var prefix = new long[minutes + 1];
        for (var m = 0; m < minutes; m++)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(windowStart.AddMinutes(m), zone);
            var date = DateOnly.FromDateTime(local);
            var clock = local.Hour * 60 + local.Minute;
            var works = On(date).Any(i => i.Start <= clock && clock < i.End) ||
                On(date.AddDays(-1)).Any(i => i.Start <= clock + 1440 && clock + 1440 < i.End);
            prefix[m + 1] = prefix[m] + (works ? 60 : 0);
        }

        return t => prefix[t / 60] + t % 60 * ((prefix[t / 60 + 1] - prefix[t / 60]) / 60);
    }

    private List<(int Start, int End)> On(DateOnly date) =>
        _holidays.TryGetValue(date, out var hours) ? hours : _week[((int)date.DayOfWeek + 6) % 7];
}
