using NodaTime;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Metrics;

/// <summary><c>sla_achievement</c> under a report's <c>sla:</c> policy, and <c>hours: business</c> on the SLA shares, on both
/// sources, every expected value worked out by hand in the comments. Timestamps are UTC; Warsaw is UTC+2 until 25 October
/// 2026 and UTC+1 after; the report's period is October 2026 in UTC, so its end is 1 November 00:00 UTC (Sunday 01:00 in
/// Warsaw) unless the as-of instant comes first.</summary>
public abstract class SlaAchievementTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : SlaAchievementTests(null);

    public sealed class OnDuckDb() : SlaAchievementTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : SlaAchievementTests(server);

    // Mon–Fri 09:00–18:00 in Warsaw, Wednesday 14 October closed.
    private const string Office = TestCalendars.Office;

    private static string Policy(string hours) => $$"""

        sla:
          hours: {{hours}}
          first_reply: { urgent: 1h, normal: 4h }
          resolution: { urgent: 8h, normal: 18h }
          tiers:
            premium:
              first_reply: { normal: 2h }
        """;

    private static string Report(string hours, params string[] entries) =>
        TestReport.Definition("2026-10", "UTC", "none", 0, entries) + Office + Policy(hours);

    // Seven tickets of October and one of September. Working hours (Mon–Fri 09–18 Warsaw, Wednesday 14 October closed) and
    // calendar hours of each target, against the policy (normal 4 h / 18 h, premium normal first reply 2 h, urgent 1 h / 8 h,
    // low: no target):
    private TestDatabase Tickets() => Database()
        .Customer(1).Customer(2, tier: "premium")
        .Agent(1, "Ann", team: "emea").Agent(2, "Bob", team: "us")
        // 1 normal: Fri 17:30 → reply Mon 09:15 (0.75 wh, 63.75 h), solved Mon 16:00 (7.5 wh, 70.5 h).
        .Ticket("2026-10-16 15:30", firstReply: "2026-10-19 07:15", solved: "2026-10-19 14:00", status: "solved", agent: 1)
        // 2 normal, premium: Mon 09:00 → reply 12:30 (3.5 h either way, over the tier's 2 h); never solved: past 18 h at the end.
        .Ticket("2026-10-05 07:00", firstReply: "2026-10-05 10:30", customer: 2, agent: 2)
        // 3 urgent: Fri 30 Oct 16:00 CET, open: at the end 2 wh (past 1 h, within 8 h), 33 h (past both).
        .Ticket("2026-10-30 15:00", priority: "urgent", agent: 1)
        // 4 normal: Fri 30 Oct 17:00 CET, open: at the end 1 wh (within 4 h and 18 h), 32 h (past both).
        .Ticket("2026-10-30 16:00", agent: 2)
        // 5 low: no target of either kind, in neither count.
        .Ticket("2026-10-06 08:00", firstReply: "2026-10-06 09:00", solved: "2026-10-06 10:00", status: "solved", priority: "low")
        // 6 urgent: Tue 17:30 → reply Thu 09:30 over the holiday (1 wh: exactly the target, met; 40 h), solved Thu 14:00
        // (5.5 wh, 44.5 h).
        .Ticket("2026-10-13 15:30", firstReply: "2026-10-15 07:30", solved: "2026-10-15 12:00", status: "solved", priority: "urgent", agent: 1)
        // 7 normal: Tue 10:00 → reply 11:00 (1 h either way); solved on 2 November, after the period: open at its end, past 18 h.
        .Ticket("2026-10-20 08:00", firstReply: "2026-10-20 09:00", solved: "2026-11-02 09:00", status: "solved", agent: 2)
        // September: another period.
        .Ticket("2026-09-30 08:00", priority: "urgent");

    [Fact]
    public async Task SlaAchievement_InWorkingHours_CountsMetAndBreachedTargetsAndLeavesOpenOnesWithinTheirDeadlineOut()
    {
        using var db = Tickets();

        var metric = (await db.RunAsync(Report("business", "metric: sla_achievement, breakdown: [target, priority, team, tier]"))).Metrics.Single();

        // First reply: 1 met, 2 breached (premium), 3 breached (open past 1 h), 4 neither, 6 met, 7 met: 3 of 5.
        // Resolution: 1 met, 2 breached (open), 3 and 4 neither (open within), 6 met, 7 breached (open at the end): 2 of 4.
        metric.Value!.Value.ShouldBe(5.0 / 9, 1e-9);
        metric.Sample.ShouldBe(9);
        metric.Rows("target").OrderBy(r => r.Key).ShouldBe([("first_reply", 0.6), ("resolution", 0.5)]);
        // normal: 1 met twice, 2 breached twice, 7 met and breached: 3 of 6; urgent: 3 breached, 6 met twice: 2 of 3;
        // low has no target, so no row.
        metric.Rows("priority").Select(r => r.Key).Order().ShouldBe(["normal", "urgent"]);
        metric.Rows("priority").Single(r => r.Key == "normal").Value.ShouldBe(0.5);
        metric.Rows("priority").Single(r => r.Key == "urgent").Value!.Value.ShouldBe(2.0 / 3, 1e-9);
        // emea (Ann): 1 ×2 met, 3 breached, 6 ×2 met: 4 of 5; us (Bob): 2 ×2 breached, 7 met and breached: 1 of 4.
        metric.Rows("team").OrderBy(r => r.Key).ShouldBe([("emea", 0.8), ("us", 0.25)]);
        // premium (2, its tier's 2 h first reply): breached twice; standard: 1 and 6 met twice, 3 breached, 7 met and breached.
        metric.Rows("tier").Single(r => r.Key == "premium").Value.ShouldBe(0);
        metric.Rows("tier").Single(r => r.Key == "standard").Value!.Value.ShouldBe(5.0 / 7, 1e-9);
    }

    [Fact]
    public async Task SlaAchievement_InCalendarHours_CountsTheClock()
    {
        using var db = Tickets();

        var metric = (await db.RunAsync(Report("calendar", "metric: sla_achievement, breakdown: [target]"))).Metrics.Single();

        // First reply: only 7 (1 h ≤ 4 h) is met; 1, 2, 3, 6 breached and 4 open past 4 h (32 h): 1 of 6.
        // Resolution: 1 (70.5 h), 6 (44.5 h) breached; 2, 3, 4 and 7 open past their targets at the end: 0 of 6.
        metric.Value!.Value.ShouldBe(1.0 / 12, 1e-9);
        metric.Rows("target").Select(r => r.Key).Order().ShouldBe(["first_reply", "resolution"]);
        metric.Rows("target").Single(r => r.Key == "first_reply").Value!.Value.ShouldBe(1.0 / 6, 1e-9);
        metric.Rows("target").Single(r => r.Key == "resolution").Value.ShouldBe(0);
    }

    // At the millisecond, in calendar hours: a target is met by a reply at exactly its hours and missed a millisecond later,
    // and an open ticket is breached at the period's end only once it is past its target, not at it (PostgreSQL compares
    // the intervals here, SQLite and DuckDB the hours).
    [Fact]
    public async Task SlaAchievement_InCalendarHours_JudgesEachTargetAtTheMillisecond()
    {
        using var db = Database()
            .Customer(1)
            // Urgent: 1 h to the first reply, 8 h to the solution; each solved two hours in, within 8 h.
            .Ticket("2026-10-05 08:00:00.000", firstReply: "2026-10-05 09:00:00.000", solved: "2026-10-05 10:00:00.000", status: "solved", priority: "urgent")
            .Ticket("2026-10-06 08:00:00.000", firstReply: "2026-10-06 09:00:00.001", solved: "2026-10-06 10:00:00.000", status: "solved", priority: "urgent")
            .Ticket("2026-10-07 08:00:00.000", firstReply: "2026-10-07 08:59:59.999", solved: "2026-10-07 10:00:00.000", status: "solved", priority: "urgent")
            // Open at the end (1 November 00:00 UTC): exactly 1 h old, in neither count; 1 h and 1 ms old, breached. Both are
            // within their 8 h to the solution: in neither count.
            .Ticket("2026-10-31 23:00:00.000", priority: "urgent")
            .Ticket("2026-10-31 22:59:59.999", priority: "urgent");

        var metric = (await db.RunAsync(Report("calendar", "metric: sla_achievement, breakdown: [target]"))).Metrics.Single();

        // First reply: met at 1 h and at 59:59.999, missed at 1 h 1 ms, the last open ticket breached: 2 of 4.
        // Resolution: the three solved within 8 h: 3 of 3.
        metric.Value!.Value.ShouldBe(5.0 / 7, 1e-9);
        metric.Sample.ShouldBe(7);
        metric.Rows("target").Single(r => r.Key == "first_reply").Value.ShouldBe(0.5);
        metric.Rows("target").Single(r => r.Key == "resolution").Value.ShouldBe(1);
    }

    [Fact]
    public async Task SlaAchievement_AsOfInsideThePeriod_JudgesAtTheAsOfInstantAndIgnoresWhatCameLater()
    {
        using var db = Database()
            .Customer(1)
            // Fri 17:30 → reply Mon 09:15 (0.75 wh, met); solved Mon 16:00, after the as-of instant: open at 14:00 with 5.5 wh,
            // within 18 h: neither.
            .Solved("2026-10-16 15:30", solved: "2026-10-19 14:00", firstReply: "2026-10-19 07:15")
            // Mon 11:00, replied 16:00 (5 wh, past 4 h): at 14:00 still open with 3 wh, within: neither, both kinds.
            .Ticket("2026-10-19 09:00", firstReply: "2026-10-19 14:00");
        var yaml = Report("business", "metric: sla_achievement");

        var early = (await db.RunAsync(yaml, asOf: Instant.FromUtc(2026, 10, 19, 12, 0))).Metrics.Single();
        var late = (await db.RunAsync(yaml)).Metrics.Single();

        early.Value.ShouldBe(1);
        early.Sample.ShouldBe(1);
        // At the period's end: 1 met twice (7.5 wh solved), 2 breached (5 wh reply) and open past 18 h: 2 of 4.
        late.Value.ShouldBe(0.5);
    }

    [Fact]
    public async Task FirstResponseAndResolutionSla_HoursBusiness_CountWorkingHours()
    {
        using var db = Tickets();
        var yaml = Report("calendar",
            "metric: first_response_sla, name: fr_calendar",
            "metric: first_response_sla, name: fr_business, hours: business",
            "metric: resolution_sla, name: res_calendar",
            "metric: resolution_sla, name: res_business, hours: business");

        var metrics = (await db.RunAsync(yaml)).Metrics;

        // first_response_sla: 1 h for every tier, tickets created in October, unanswered ones missed: 1, 2, 5, 6, 7 answered,
        // 3 and 4 not. Calendar: 5 (1 h) and 7 (1 h) within: 2 of 7. Working: 1 (0.75), 6 (1), 5 (Tue 10:00 → 11:00: 1)
        // and 7 (1) within, 2 (3.5) not: 4 of 7.
        metrics.Single(m => m.Name == "fr_calendar").Value!.Value.ShouldBe(2.0 / 7, 1e-9);
        metrics.Single(m => m.Name == "fr_business").Value!.Value.ShouldBe(4.0 / 7, 1e-9);
        // resolution_sla: 24 h standard, tickets solved in October: 1 (70.5 h; 7.5 wh), 5 (2 h; 2 wh), 6 (44.5 h; 5.5 wh).
        metrics.Single(m => m.Name == "res_calendar").Value!.Value.ShouldBe(1.0 / 3, 1e-9);
        metrics.Single(m => m.Name == "res_business").Value.ShouldBe(1);
        metrics.Single(m => m.Name == "fr_business").WorkingHours.ShouldBe("working hours, Mon–Fri 09:00–18:00, Europe/Warsaw");
        metrics.Single(m => m.Name == "fr_calendar").WorkingHours.ShouldBe("");
    }

    [Fact]
    public async Task SlaAchievement_InWorkingHours_NamesItsCalendarAndHowOpenTicketsCountOnTheCardAndCarriesThePolicy()
    {
        using var db = Tickets();

        var metric = (await db.RunAsync(Report("business", "metric: sla_achievement"))).Metrics.Single();

        metric.WorkingHours.ShouldBe("working hours, Mon–Fri 09:00–18:00, Europe/Warsaw");
        metric.Calendars.Select(c => c.Name).ShouldBe(["office"]);
        metric.Note.ShouldBe("Targets still open past their deadline at the period's end count as breached; open ones within their deadline count as neither.");
        metric.Sla.ShouldNotBeNull().Hours.ShouldBe("business");
        metric.Sla.Targets["first_reply"]["normal"].ShouldBe(4);
        metric.Sla.Tiers["premium"]["first_reply"]["normal"].ShouldBe(2);
    }

    [Fact]
    public async Task SlaAchievement_TheCardsSmallPrint_SaysHowOpenTicketsCount()
    {
        using var db = Tickets();
        var model = await db.RunAsync(Report("business", "metric: sla_achievement"));

        var html = await TestEnvironment.Html(TestEnvironment.Templates).RenderAsync(
            ReportBuilder.Rendering.Html.HtmlReportRenderer.ReportTemplate, model, false, CancellationToken.None);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        page.QuerySelectorAll(".card .calendar").Select(p => p.TextContent.Trim()).ShouldBe([
            "working hours, Mon–Fri 09:00–18:00, Europe/Warsaw",
            "Targets still open past their deadline at the period's end count as breached; open ones within their deadline count as neither.",
        ]);
    }
}

/// <summary>The <c>sla:</c> block, <c>hours:</c> and the SLA functions: every mistake a definition error at its position.</summary>
public sealed class SlaDefinitionTests
{
    private const string Calendars = """

        calendars:
          support: { time_zone: Europe/Warsaw, week: { mon-fri: "09:00-18:00" } }
        """;

    [Theory]
    [InlineData("sla: { first_reply: { urgent: -1h } }",
        "report.yaml:11:31: error: sla.first_reply.urgent is -1h: a target is a duration of 0 or more")]
    [InlineData("sla: { resolution: { normal: soon } }",
        "report.yaml:11:30: error: sla.resolution.normal is 'soon', not a duration: write e.g. 30m, 4h or 2d (a number is hours)")]
    [InlineData("sla: { hours: business, first_reply: { urgent: 1h } }",
        "report.yaml:11:15: error: sla: hours: business counts working hours under a calendar: set the report's calendar: (or calendar_by:), or sla.calendar:, to a name under calendars:")]
    [InlineData("sla: { hours: business, calendar: suport, first_reply: { urgent: 1h } }",
        "report.yaml:11:35: error: unknown calendar 'suport' in sla.calendar: did you mean 'support'?")]
    [InlineData("sla: { calendar: support, first_reply: { urgent: 1h } }",
        "report.yaml:11:18: error: sla.calendar is the calendar of working hours: add hours: business, or leave calendar: out")]
    [InlineData("sla: { hours: working, first_reply: { urgent: 1h } }",
        "report.yaml:11:15: error: unknown kind of hours 'working': use calendar, business")]
    [InlineData("sla: { first_reply: { urgent: 1h }, tiers: { premium: { first_replies: { urgent: 30m } } } }",
        "report.yaml:11:57: error: unknown key 'first_replies' in sla.tiers.premium; did you mean 'first_reply'?")]
    [InlineData("sla: { hours: calendar }",
        "report.yaml:11:6: error: sla has no targets: add first_reply: and resolution: with a duration per priority, e.g. { urgent: 1h, normal: 8h }")]
    public void SlaBlock_Mistakes_AreErrorsAtTheirPositions(string sla, string error)
    {
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: ticket_volume") + Calendars + "\n" + sla;

        Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ShouldBe([error]);
    }

    [Theory]
    [InlineData("metric: sla_achievement", "",
        "report.yaml:8:15: error: metric 'sla_achievement' measures against the report's SLA policy: add sla: with targets per priority, e.g. sla: { first_reply: { urgent: 1h, normal: 8h }, resolution: { urgent: 8h, normal: 40h } }")]
    [InlineData("metric: first_response_sla, hours: business", "",
        "report.yaml:8:42: error: hours: business counts working hours under the report's calendar: set calendar: (or calendar_by:) to a name under calendars:")]
    [InlineData("metric: ticket_volume, hours: business", "calendar: support",
        "report.yaml:8:37: error: metric 'ticket_volume' measures no duration with hours(): hours: business changes nothing, leave it out")]
    [InlineData("metric: first_response_sla, hours: office", "",
        "report.yaml:8:42: error: unknown kind of hours 'office': use calendar, business")]
    public void HoursAndSlaAchievement_WithoutWhatTheyNeed_AreErrors(string entry, string extra, string error)
    {
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, entry) + Calendars + "\n" + extra;

        var messages = Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ToList();

        messages.Count.ShouldBe(1);
        messages[0].ShouldContain(error);
    }

    [Fact]
    public void SlaTarget_AnUnknownKind_IsAnErrorAtTheArgument()
    {
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0, "metric: late") + """

            sla: { first_reply: { urgent: 1h } }
            define:
              late:
                table: tickets
                time: created_at
                value: share(hours(created_at, first_reply_at) <= sla_target('first_response', priority, customer.tier))
                unit: percent
            """;

        Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ShouldBe(
            ["report.yaml:14:66: error: the kind of sla_target(kind, priority, tier) is 'first_reply', 'resolution' or a column holding them"]);
    }
}

/// <summary>The brief's sentences name a value measured in working hours so, in every language: the label of a metric counted
/// in working hours by its entry (hours: business) or its SLA policy gets the words; a working-hour twin's label has them.</summary>
public sealed class WorkingHoursSentenceTests
{
    [Theory]
    [InlineData("en", "First response within SLA (working hours) is 0.0% against a target of ≥\u00a090%",
        "First response time (working hours) is 2.0\u00a0h against a target of ≤\u00a01\u00a0h")]
    [InlineData("de", "Erstreaktion innerhalb des SLA (Arbeitszeit): 0,0\u00a0% bei einem Ziel von", "Erstreaktionszeit (Arbeitszeit): 2,0\u00a0h bei einem Ziel von")]
    [InlineData("fr", "Première réponse dans le SLA (heures ouvrées)", "Délai de première réponse (heures ouvrées)")]
    [InlineData("pl", "Pierwsza odpowiedź w SLA (godziny pracy): 0,0%", "Czas pierwszej odpowiedzi (godziny pracy): 2,0\u00a0godz.")]
    [InlineData("ru", "Первый ответ в рамках SLA (рабочие часы): 0,0\u00a0%", "Время первого ответа (рабочие часы): 2,0\u00a0ч")]
    [InlineData("ko", "SLA 내 첫 응답 (근무 시간)", "첫 응답 시간 (근무 시간)")]
    public async Task MissedMetricsInWorkingHours_SaySoInTheSentences(string locale, string sla, string twin)
    {
        // Mon 09:00 → 11:00 in Warsaw: 2 working hours, over both one-hour targets (2.0 h is plainly over 1 h: no minutes needed).
        using var db = new TestDatabase().Customer(1).Ticket("2026-10-05 07:00", firstReply: "2026-10-05 09:00");
        var yaml = TestReport.Definition("2026-10", "UTC", "none", 0,
                "metric: first_response_sla, hours: business",
                "metric: first_response_time_business, stat: median")
            + TestCalendars.Office + $"\nlocale: {locale}\n";

        var sentences = (await db.RunAsync(yaml)).Brief.Sentences;

        sentences.ShouldContain(s => s.StartsWith(sla, StringComparison.Ordinal), string.Join("\n", sentences));
        sentences.ShouldContain(s => s.StartsWith(twin, StringComparison.Ordinal), string.Join("\n", sentences));
    }
}
