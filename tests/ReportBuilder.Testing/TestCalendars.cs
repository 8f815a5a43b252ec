namespace ReportBuilder.Testing;

/// <summary>Calendars a report definition in a test appends to itself.</summary>
internal static class TestCalendars
{
    /// <summary>Mon–Fri 09:00–18:00 in Warsaw with Wednesday 14 October 2026 a holiday, the report's calendar.</summary>
    public const string Office = """

        calendar: office
        calendars:
          office:
            time_zone: Europe/Warsaw
            week: { mon-fri: "09:00-18:00" }
            holidays: [2026-10-14]
        """;
}
