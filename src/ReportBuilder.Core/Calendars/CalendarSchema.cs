using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Calendars;

/// <summary>The shape of business calendars (the values here, the keys in <see cref="CalendarKeys"/> and its neighbours,
/// which read these and never the other way, so static initialisation has no cycle): the keys <see cref="CalendarLoader"/> reads (under <c>calendars:</c> in a report,
/// an included file or configs/calendars.yaml) and the JSON Schema editors use (<c>reportbuilder schema --calendars</c>,
/// configs/calendars.schema.json), from one description.</summary>
internal static class CalendarSchema
{
    public static readonly TextShape Interval = new(
        "A working interval HH:MM-HH:MM on the calendar's wall clock; 24:00 ends at midnight; 22:00-06:00 crosses midnight and belongs to the day it starts",
        Pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$")
    {
        Form = "interval '{text}' of {what} is not HH:MM-HH:MM (00:00 to 24:00): write e.g. \"08:00-13:00\", \"14:00-24:00\" or \"22:00-06:00\" (crossing midnight)",
    };

    public static readonly ListShape Intervals = new("Working intervals, e.g. [\"08:00-13:00\", \"14:00-18:00\"]; [] for a closed day", Interval);

    /// <summary>What the date's pattern and the loader (a day past the month's end) say of a holiday that is no date.</summary>
    public const string NotADate = "is not a date: write YYYY-MM-DD, e.g. 2026-12-25";

    public static readonly TextShape Date = new("A date, YYYY-MM-DD", Pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    {
        Form = "holiday '{text}' in {owner} " + NotADate,
    };

    public static DictionaryShape Calendars => CalendarKeys.ByName;

    public static readonly TextShape Default = new("The report's business calendar: a name under calendars: (in this report, an included file or configs/calendars.yaml)");

    /// <summary>A file of calendars: configs/calendars.yaml.</summary>
    public static MapShape File => CalendarFileKeys.Shape;

    /// <summary>The JSON Schema of calendars files.</summary>
    public static string Write() => DefinitionSchemaWriter.Write(File, "ReportBuilder business calendars", requiredUnlessExtends: false);
}

/// <summary>The keys of a holiday open part of the day.</summary>
internal static class HolidayKeys
{
    public static readonly Key<TextShape> Date = new("date", CalendarSchema.Date) { Missing = "{what} needs date: (YYYY-MM-DD)" };

    public static readonly Key<ListShape> Hours = new("hours", CalendarSchema.Intervals) { Noun = "the holiday's hours in {owner}" };

    public static readonly MapShape Shape = new("A holiday open part of the day", [Date, Hours], Required: ["date"]) { Noun = "a holiday of {owner}" };
}

/// <summary>The keys of a business calendar.</summary>
internal static class CalendarKeys
{
    public static readonly Key<TextShape> TimeZone = new("time_zone",
        new TextShape("An IANA time zone id, e.g. Europe/Rome; the intervals are wall-clock times there"))
    {
        Missing = "{what} needs time_zone: an IANA id such as Europe/Rome",
    };

    public static readonly Key<DictionaryShape> Week = new("week",
        new DictionaryShape("The working intervals by day: mon … sun, or a range such as mon-fri; days left out are closed", CalendarSchema.Intervals)
        {
            Noun = "the week of {owner}",
            Entry = "{name} of {owner}",
        });

    public static readonly Key<FlagShape> AroundTheClock = new("24x7",
        new FlagShape("Open every day 00:00-24:00 (instead of week:)") { Meaning = "open every day 00:00-24:00" });

    public static readonly Key<ListShape> Holidays = new("holidays",
        new ListShape("Days closed (a date) or partly open ({ date, hours })", new OneOfShape("A holiday", [CalendarSchema.Date, HolidayKeys.Shape]))
        {
            Expect = "must be a list, e.g. [2026-12-25, { date: 2026-12-24, hours: [\"08:00-12:00\"] }]",
        })
    {
        Noun = "holidays of {owner}",
    };

    public static readonly MapShape Shape = new("A business calendar: working hours in a time zone, and holidays",
        [TimeZone, Week, AroundTheClock, Holidays], Required: ["time_zone"]);

    /// <summary>Calendars by name (<c>calendars:</c>).</summary>
    public static readonly DictionaryShape ByName = new("Business calendars by name, for business_hours() and the _business metrics", Shape)
    {
        Entry = "calendar '{name}'",
    };
}

/// <summary>The keys of <c>calendar_by:</c>, a calendar chosen per row.</summary>
internal static class CalendarByKeys
{
    public static readonly Key<TextShape> Column = new("column", new TextShape("A column or dimension of the rows, e.g. agent.team"))
    {
        Missing = "{what} needs column: the column whose value chooses the calendar, e.g. agent.team",
    };

    public static readonly Key<DictionaryShape> Map = new("map",
        new DictionaryShape("The column's values and the calendar each takes", new TextShape("A calendar's name")));

    public static readonly Key<TextShape> Default = new("default", new TextShape("The calendar of rows whose value is not in map, or NULL"))
    {
        Missing = "{what} needs default: the calendar of rows whose value is not in map, or is NULL",
    };

    public static readonly MapShape Shape = new("A calendar chosen per row by a column of the data", [Column, Map, Default], Required: ["column", "default"]);
}

/// <summary>The keys of a file of calendars: configs/calendars.yaml.</summary>
internal static class CalendarFileKeys
{
    public static readonly Key<DictionaryShape> Calendars = new("calendars", CalendarSchema.Calendars);

    public static readonly MapShape Shape = new("ReportBuilder business calendars (configs/calendars.yaml)", [Calendars]);
}
