using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Calendars;

/// <summary>The shape of business calendars: the keys <see cref="CalendarLoader"/> reads (under <c>calendars:</c> in a report,
/// an included file or configs/calendars.yaml) and the JSON Schema editors use (<c>reportbuilder schema --calendars</c>,
/// configs/calendars.schema.json), from one description.</summary>
internal static class CalendarSchema
{
    public static readonly TextShape Interval = new(
        "A working interval HH:MM-HH:MM on the calendar's wall clock; 24:00 ends at midnight; 22:00-06:00 crosses midnight and belongs to the day it starts",
        Pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$");

    public static readonly ListShape Intervals = new("Working intervals, e.g. [\"08:00-13:00\", \"14:00-18:00\"]; [] for a closed day", Interval);

    public static readonly TextShape Date = new("A date, YYYY-MM-DD", Pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    public static readonly MapShape PartlyOpen = new("A holiday open part of the day",
    [
        new("date", Date),
        new("hours", Intervals),
    ], Required: ["date"]);

    public static readonly MapShape Calendar = new("A business calendar: working hours in a time zone, and holidays",
    [
        new("time_zone", new TextShape("An IANA time zone id, e.g. Europe/Rome; the intervals are wall-clock times there")),
        new("week", new DictionaryShape("The working intervals by day: mon … sun, or a range such as mon-fri; days left out are closed", Intervals)),
        new("24x7", new FlagShape("Open every day 00:00-24:00 (instead of week:)")),
        new("holidays", new ListShape("Days closed (a date) or partly open ({ date, hours })", new OneOfShape("A holiday", [Date, PartlyOpen]))),
    ], Required: ["time_zone"]);

    public static readonly DictionaryShape Calendars = new("Business calendars by name, for business_hours() and the _business metrics", Calendar);

    public static readonly TextShape Default = new("The report's business calendar: a name under calendars: (in this report, an included file or configs/calendars.yaml)");

    public static readonly MapShape By = new("A calendar chosen per row by a column of the data",
    [
        new("column", new TextShape("A column or dimension of the rows, e.g. agent.team")),
        new("map", new DictionaryShape("The column's values and the calendar each takes", new TextShape("A calendar's name"))),
        new("default", new TextShape("The calendar of rows whose value is not in map, or NULL")),
    ], Required: ["column", "default"]);

    /// <summary>A file of calendars: configs/calendars.yaml.</summary>
    public static readonly MapShape File = new("ReportBuilder business calendars (configs/calendars.yaml)",
        [new("calendars", Calendars)]);

    /// <summary>The JSON Schema of calendars files.</summary>
    public static string Write() => DefinitionSchemaWriter.Write(File, "ReportBuilder business calendars", requiredUnlessExtends: false);
}
