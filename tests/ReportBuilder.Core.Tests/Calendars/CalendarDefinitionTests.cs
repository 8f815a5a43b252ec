using ReportBuilder.Calendars;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Calendars;

/// <summary>The calendar contract of issue 20 read into the model: the week by day, holidays closed and partly open, the
/// default and the per-row choice, and where calendars come from (the report, an included file, configs/calendars.yaml).</summary>
public sealed class CalendarDefinitionTests
{
    /// <summary>A report of one metric with these keys added.</summary>
    private static ReportDefinition Parse(string keys, string path = "report.yaml") =>
        ReportDefinitionLoader.Parse(path, "id: hours\nmetrics:\n  - metric: ticket_volume\n" + keys, TestReport.Catalog);

    [Fact]
    public void TheContractShape_ReadsIntoWeekHolidaysAndDefault()
    {
        var definition = Parse("""
            calendar: support
            calendars:
              support:
                time_zone: Europe/Rome
                week:
                  mon-fri: ["08:00-13:00", "14:00-18:00"]
                  sat: ["09:00-12:00"]
                holidays: [2012-12-25, 2012-12-26, { date: 2012-12-24, hours: ["09:00-12:00"] }]
            """);

        var scope = definition.Calendars;
        scope.Default!.Value.ShouldBe("support");
        scope.Default.Location.ToString().ShouldBe("report.yaml:4:11");
        var support = scope.Calendars["support"];
        support.TimeZone.ShouldBe("Europe/Rome");
        support.Week.Select(day => string.Join(" ", day)).ShouldBe(
            ["08:00-13:00 14:00-18:00", "08:00-13:00 14:00-18:00", "08:00-13:00 14:00-18:00", "08:00-13:00 14:00-18:00",
             "08:00-13:00 14:00-18:00", "09:00-12:00", ""]);
        support.On(new DateOnly(2012, 12, 25)).ShouldBeEmpty();
        support.On(new DateOnly(2012, 12, 24)).ShouldBe([new WallInterval(9 * 60, 12 * 60)]);
        support.On(new DateOnly(2012, 12, 27)).ShouldBe([new WallInterval(8 * 60, 13 * 60), new WallInterval(14 * 60, 18 * 60)]);
        support.Description.ShouldBe("Mon–Fri 08:00–13:00/14:00–18:00, Sat 09:00–12:00, Europe/Rome");
    }

    [Fact]
    public void Intervals_EndingAtMidnightOrCrossingIt_BelongToTheDayTheyStart()
    {
        var definition = Parse("""
            calendars:
              late:
                time_zone: UTC
                week: { fri: ["18:00-24:00"], sat-mon: "22:00-06:00", wed: "22:00-00:00" }
            """);

        var late = definition.Calendars.Calendars["late"];
        late.Week[4].ShouldBe([new WallInterval(18 * 60, 24 * 60)]);
        late.Week[5].ShouldBe([new WallInterval(22 * 60, 30 * 60)]);
        late.Week[6].ShouldBe([new WallInterval(22 * 60, 30 * 60)]);
        late.Week[0].ShouldBe([new WallInterval(22 * 60, 30 * 60)]);
        late.Week[2].ShouldBe([new WallInterval(22 * 60, 24 * 60)]);
        late.Week[1].ShouldBeEmpty();
        late.Description.ShouldBe("Mon 22:00–06:00, Wed 22:00–24:00, Fri 18:00–24:00, Sat–Sun 22:00–06:00, UTC");
    }

    [Fact]
    public void AroundTheClock_IsEveryDayWhole()
    {
        var calendar = Parse("""
            calendars:
              desk: { time_zone: Europe/Warsaw, 24x7: true, holidays: [2026-12-25] }
            """).Calendars.Calendars["desk"];

        calendar.Week.ShouldAllBe(day => day.SequenceEqual(new[] { new WallInterval(0, 1440) }));
        calendar.On(new DateOnly(2026, 12, 25)).ShouldBeEmpty();
        calendar.Description.ShouldBe("24x7, Europe/Warsaw");
    }

    [Fact]
    public void CalendarBy_MapsValuesToCalendars_WithADefault()
    {
        var scope = Parse("""
            calendars:
              emea: { time_zone: Europe/Rome, week: { mon-fri: "09:00-18:00" } }
            calendar_by: { column: agent.team, map: { billing: emea, technical: us-support }, default: emea }
            """).Calendars;

        scope.By!.Column.Value.ShouldBe("agent.team");
        scope.By.Map.ToDictionary(m => m.Key, m => m.Value.Value).ShouldBe(new Dictionary<string, string> { ["billing"] = "emea", ["technical"] = "us-support" });
        scope.By.Default.Value.ShouldBe("emea");
        scope.Calendars["us-support"].TimeZone.ShouldBe("America/New_York", "configs/calendars.yaml's calendars are known to every report");
        scope.HasRowCalendar.ShouldBeTrue();
    }

    [Fact]
    public void ACalendarOfTheReport_ReplacesTheCatalogsOfTheSameName()
    {
        var scope = Parse("""
            calendar: support
            calendars:
              support: { time_zone: Asia/Tokyo, week: { mon-fri: "09:00-17:00" } }
            """).Calendars;

        scope.Calendars["support"].TimeZone.ShouldBe("Asia/Tokyo");
        TestReport.Catalog.Calendars["support"].TimeZone.ShouldBe("Europe/Rome");
    }

    [Fact]
    public void AnIncludedFile_BringsItsCalendars_AndTheSameNameTwiceIsAnError()
    {
        var dir = Directory.CreateTempSubdirectory("rb-cal-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "hours.yaml"), "calendars:\n  apac: { time_zone: Asia/Singapore, week: { mon-fri: \"09:00-18:00\" } }\n");
            var report = Path.Combine(dir, "report.yaml");

            Parse("include: [hours.yaml]\ncalendar: apac\n", report)
                .Calendars.Calendars["apac"].Location.ShouldBe(new SourceLocation(Path.Combine(dir, "hours.yaml"), 2, 9));

            var twice = Should.Throw<DefinitionException>(() => Parse(
                "include: [hours.yaml]\ncalendars:\n  apac: { time_zone: UTC, 24x7: true }\n", report));
            twice.Diagnostics.Select(d => d.ToString()).ShouldBe([
                $"{report}:6:3: error: calendar 'apac' is defined twice (also at {Path.Combine(dir, "hours.yaml")}:2:9): give one of them another name"]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TheHash_FollowsTheDefinitionNotTheName()
    {
        var scope = Parse("""
            calendars:
              a: { time_zone: Europe/Rome, week: { mon-fri: "09:00-18:00" } }
              b: { time_zone: Europe/Rome, week: { mon: "09:00-18:00", tue-fri: "09:00-18:00" } }
              c: { time_zone: Europe/Rome, week: { mon-fri: "09:00-18:00" }, holidays: [2026-12-25] }
            """).Calendars.Calendars;

        scope["a"].Hash.ShouldBe(scope["b"].Hash);
        scope["a"].Hash.ShouldNotBe(scope["c"].Hash);
        scope["a"].Hash.ShouldMatch("^[0-9a-f]{12}$");
    }
}
