using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Calendars;

/// <summary><c>business_hours()</c> in reports and the catalog's <c>_business</c> metrics, on both sources, with every
/// expected value worked out by hand in the comments (timestamps are UTC; Warsaw is UTC+2 until 25 October 2026).</summary>
public abstract class BusinessHoursTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : BusinessHoursTests(null);

    public sealed class OnDuckDb() : BusinessHoursTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : BusinessHoursTests(server);

    private const string Office = TestCalendars.Office;

    [Fact]
    public async Task FirstResponseTimeBusiness_MeanAndMedian_AsWorkedOutByHand()
    {
        using var db = Database()
            .Ticket("2026-10-16 15:30", firstReply: "2026-10-19 07:15")   // Fri 17:30 → Mon 09:15: 0.75 h
            .Ticket("2026-10-18 08:00", firstReply: "2026-10-18 12:00")   // on a Sunday: 0 h
            .Ticket("2026-10-13 15:00", firstReply: "2026-10-15 08:00")   // Tue 17:00 → Thu 10:00 over the Wednesday holiday: 2 h
            .Ticket("2026-10-05 07:00", firstReply: "2026-10-05 10:30")   // Mon 09:00 → 12:30: 3.5 h
            .Ticket("2026-10-06 07:00");                                  // no reply: not in the metric

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: first_response_time_business, name: mean, stat: mean",
            "metric: first_response_time_business, name: median, stat: median") + Office);

        model.Metrics[0].Value.ShouldBe(1.5625);   // (0.75 + 0 + 2 + 3.5) / 4
        model.Metrics[1].Value.ShouldBe(1.375);    // (0.75 + 2) / 2
        model.Metrics[0].Sample.ShouldBe(4);
    }

    [Fact]
    public async Task ResolutionTimeBusiness_OverWeeksAndTheClockChange_AsWorkedOutByHand()
    {
        using var db = Database()
            .Solved("2026-09-30 14:00", solved: "2026-10-01 08:00")   // Wed 16:00 → Thu 10:00: 2 h + 1 h
            .Solved("2026-10-23 16:30", solved: "2026-10-26 08:30")   // Fri 18:30 CEST → Mon 09:30 CET: 0.5 h
            .Solved("2026-09-07 07:00", solved: "2026-10-02 16:00");  // Mon 7 Sep 09:00 → Fri 2 Oct 18:00: 20 weekdays × 9 h

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: resolution_time_business, name: mean, stat: mean",
            "metric: resolution_time_business, name: median, stat: median") + Office);

        model.Metrics[0].Value!.Value.ShouldBe(183.5 / 3, 1e-9);
        model.Metrics[1].Value.ShouldBe(3);
    }

    [Fact]
    public async Task CalendarBy_TwoTeamsInTwoZones_EachRowUnderItsOwn()
    {
        using var db = Database()
            .Agent(1, "Ann", team: "emea").Agent(2, "Bob", team: "us").Agent(3, "Cy", team: "apac")
            .Ticket("2026-10-05 06:00", firstReply: "2026-10-05 10:00", agent: 1)   // Warsaw 08:00 → 12:00: 3 h
            .Ticket("2026-10-05 06:00", firstReply: "2026-10-05 10:00", agent: 2)   // New York 02:00 → 06:00: 0 h
            .Ticket("2026-10-05 14:00", firstReply: "2026-10-05 16:00", agent: 3);  // apac takes the default, Warsaw 16:00 → 18:00: 1 h
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: waited, breakdown: [agent]", "metric: waited_us, breakdown: [agent]") + """

            calendars:
              emea: { time_zone: Europe/Warsaw, week: { mon-fri: "09:00-17:00" } }
              us: { time_zone: America/New_York, week: { mon-fri: "09:00-17:00" } }
            calendar_by: { column: agent.team, map: { emea: emea, us: us }, default: emea }
            define:
              waited:
                table: tickets
                time: created_at
                value: sum(business_hours(created_at, first_reply_at))
                unit: hours
              waited_us:
                table: tickets
                time: created_at
                value: sum(business_hours(created_at, first_reply_at, 'us'))
                unit: hours
            """;

        var model = await db.RunAsync(yaml);

        model.Metrics[0].Value.ShouldBe(4);
        model.Metrics[0].Rows().OrderBy(r => r.Key).ShouldBe([("Ann", 3.0), ("Bob", 0.0), ("Cy", 1.0)]);
        // Named, the calendar is the same for every row: New York 02:00 → 06:00, 02:00 → 06:00 and 10:00 → 12:00.
        model.Metrics[1].Rows().OrderBy(r => r.Key).ShouldBe([("Ann", 0.0), ("Bob", 0.0), ("Cy", 2.0)]);
    }

    [Fact]
    public async Task NullIn_NullOut_AndAnEndBeforeItsStartIsLeftOut()
    {
        using var db = Database()
            .Ticket("2026-10-05 07:00", firstReply: "2026-10-05 08:00")   // 1 h
            .Ticket("2026-10-05 07:00")                                   // NULL: not averaged
            .Ticket("2026-10-05 09:00", firstReply: "2026-10-05 08:00");  // backwards: a negative duration, left out
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: waited") + Office + """

            define:
              waited:
                table: tickets
                time: created_at
                value: mean(business_hours(created_at, first_reply_at))
                unit: hours
            """;

        (await db.RunAsync(yaml)).Metrics.Single().Value.ShouldBe(1);
    }

    [Theory]
    [InlineData("mean(business_hours(created_at, first_reply_at))",
        "report.yaml:13:17: error: business_hours(start, end) needs the report's calendar: set calendar: to a name under calendars: (or calendar_by:), or name one, e.g. business_hours(start, end, 'support')")]
    [InlineData("mean(business_hours(created_at, first_reply_at, 'suport'))",
        "report.yaml:13:17: error: unknown calendar 'suport' in business_hours(); did you mean 'support'?")]
    [InlineData("mean(business_hours(created_at, first_reply_at, channel))",
        "report.yaml:13:17: error: the calendar of business_hours(start, end, 'name') is a name in quotes, e.g. 'support'")]
    public void BusinessHours_WithoutACalendarOrWithAWrongName_IsADefinitionErrorAtItsPosition(string value, string error)
    {
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: waited") + $"""

            define:
              waited:
                table: tickets
                time: created_at
                value: {value}
                unit: hours
            """;

        Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ShouldBe([error]);
    }
}
