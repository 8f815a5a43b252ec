using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Calendars;

/// <summary>A working interval of one day on the wall clock, in minutes after that day's midnight: [Start, End). An interval
/// crossing midnight (22:00-06:00) belongs to the day it starts and ends after <see cref="Day"/> (at most two days).</summary>
internal readonly record struct WallInterval(int Start, int End)
{
    /// <summary>Minutes in a day on the wall clock.</summary>
    public const int Day = 1440;

    /// <summary>The interval as written: <c>08:00-13:00</c>, <c>14:00-24:00</c>, <c>22:00-06:00</c>.</summary>
    public override string ToString() => $"{Clock(Start)}-{Clock(End > Day ? End - Day : End)}";

    private static string Clock(int minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}

/// <summary>A business calendar: the wall-clock working intervals of each weekday in a time zone, and the dates that differ
/// (holidays, closed or partly open). Working time is the part of a span that falls in these intervals; docs/calendars.md.</summary>
/// <param name="Week">The intervals of each weekday, Monday first, sorted and not overlapping.</param>
/// <param name="Holidays">The dates whose intervals replace their weekday's: an empty list for a closed day.</param>
internal sealed record BusinessCalendar(
    string Name,
    string TimeZone,
    IReadOnlyList<IReadOnlyList<WallInterval>> Week,
    IReadOnlyDictionary<DateOnly, IReadOnlyList<WallInterval>> Holidays,
    SourceLocation Location)
{
    /// <summary>The weekdays as keys of <c>week:</c> are spelled, Monday first.</summary>
    public static readonly IReadOnlyList<string> DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Written as <c>24x7: true</c>: every day 00:00-24:00.</summary>
    public bool AroundTheClock { get; init; }

    /// <summary>The working intervals of <paramref name="date"/>: its holiday's, else its weekday's.</summary>
    public IReadOnlyList<WallInterval> On(DateOnly date) =>
        Holidays.TryGetValue(date, out var hours) ? hours : Week[DayIndex(date.DayOfWeek)];

    /// <summary>Monday 0 … Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    /// <summary>The calendar as the JSON gives it: <c>Mon–Fri 08:00–13:00/14:00–18:00, Sat 09:00–12:00, Europe/Rome</c>.</summary>
    public string Description => Describe(CultureInfo.InvariantCulture);

    /// <summary>The calendar as a card shows it, the days abbreviated in <paramref name="culture"/> (Pn–Pt in Polish).</summary>
    public string Describe(CultureInfo culture)
    {
        if (AroundTheClock)
        {
            return $"24x7, {TimeZone}";
        }

        // Monday first, as the week is kept.
        string Day(int day) => culture.DateTimeFormat.AbbreviatedDayNames[(day + 1) % 7];
        var parts = new List<string>();
        for (var day = 0; day < 7;)
        {
            var last = day;
            while (last + 1 < 7 && Week[last + 1].SequenceEqual(Week[day]))
            {
                last++;
            }

            if (Week[day].Count > 0)
            {
                var days = last == day ? Day(day) : $"{Day(day)}–{Day(last)}";
                parts.Add($"{days} {string.Join("/", Week[day].Select(i => i.ToString().Replace('-', '–')))}");
            }

            day = last + 1;
        }

        return $"{(parts.Count == 0 ? "closed" : string.Join(", ", parts))}, {TimeZone}";
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the definition's canonical text (zone, week, holidays): two reports
    /// with the same hash measured working time the same way.</summary>
    public string Hash
    {
        get
        {
            var text = new StringBuilder().Append(TimeZone).Append('\n');
            for (var day = 0; day < 7; day++)
            {
                text.Append(DayNames[day]).Append(' ').AppendJoin(',', Week[day]).Append('\n');
            }

            foreach (var (date, hours) in Holidays.OrderBy(h => h.Key))
            {
                text.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ').AppendJoin(',', hours).Append('\n');
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
        }
    }
}

/// <summary>A calendar chosen per row by a column of the data (<c>calendar_by:</c>): the column's value names a calendar
/// through <paramref name="Map"/>; other values and NULL take <paramref name="Default"/>.</summary>
internal sealed record CalendarChoice(
    Located<string> Column,
    IReadOnlyDictionary<string, Located<string>> Map,
    Located<string> Default,
    SourceLocation Location);

/// <summary>The calendars a report can measure working time with: every calendar it knows by name (its own, its included
/// files', the catalog's), the default (<c>calendar:</c>) and the per-row choice (<c>calendar_by:</c>).</summary>
internal sealed record CalendarScope(
    IReadOnlyDictionary<string, BusinessCalendar> Calendars,
    Located<string>? Default,
    CalendarChoice? By)
{
    /// <summary>No calendars at all.</summary>
    public static readonly CalendarScope None = new(new Dictionary<string, BusinessCalendar>(), null, null);

    /// <summary>True when <c>business_hours(start, end)</c> has a calendar for every row.</summary>
    public bool HasRowCalendar => Default is not null || By is not null;

    /// <summary>The calendars the <c>business_hours()</c> calls of these expressions measure with: the one a call names, else
    /// the row's (the default, or every calendar <c>calendar_by</c> may choose), each once, in order of first use; with
    /// <paramref name="workingHours"/> (<c>hours: business</c>) its <c>hours()</c> calls too, and with
    /// <paramref name="slaInWorkingHours"/> (an SLA policy counted in working hours) its <c>sla_hours()</c> calls (the policy's
    /// calendar <paramref name="slaCalendar"/>, else the row's).</summary>
    public IReadOnlyList<BusinessCalendar> UsedBy(IEnumerable<string?> expressions, bool workingHours = false,
        bool slaInWorkingHours = false, string? slaCalendar = null)
    {
        var names = new List<string>();
        foreach (var call in expressions.OfType<string>().Select(text => Expressions.ExpressionParser.Parse(text).Expression)
                     .OfType<Expressions.Expr>().SelectMany(e => e.DescendantsAndSelf()).OfType<Expressions.Call>()
                     .Where(c => c.Name.ToLowerInvariant() switch
                     {
                         BusinessHours => true,
                         "hours" => workingHours,
                         "sla_hours" => slaInWorkingHours,
                         _ => false,
                     }))
        {
            var name = call.Args is [_, _, Expressions.StringLiteral named] ? named.Value
                : call.Name.Equals("sla_hours", StringComparison.OrdinalIgnoreCase) ? slaCalendar : null;
            names.AddRange(name is not null ? [name]
                : By is { } by ? [.. by.Map.Values.Select(v => v.Value), by.Default.Value]
                : Default is { } chosen ? [chosen.Value] : []);
        }

        return [.. names.Distinct(StringComparer.Ordinal).Where(Calendars.ContainsKey).Select(n => Calendars[n])];
    }

    /// <summary>The metric language's function of working time.</summary>
    public const string BusinessHours = "business_hours";
}
