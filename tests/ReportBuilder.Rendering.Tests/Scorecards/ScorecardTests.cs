using AngleSharp.Html.Parser;
using ReportBuilder.Diagnostics;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Scorecards;

/// <summary>Scorecards (<c>scorecard:</c>) on a small hand-built set, on both sources: each member's values, the members'
/// median, ranks, the min_sample guard and both credit rules, every expected value worked out by hand in the comments.
/// The report's period is October 2026 in UTC, compared with September, with a trend of three months.</summary>
public abstract class ScorecardTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : ScorecardTests(null);

    public sealed class OnDuckDb() : ScorecardTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : ScorecardTests(server);

    private static string Report(string scorecard) => TestReport.Definition("2026-10", "UTC", "previous_period", 3, "metric: ticket_volume") +
        "\nscorecard:\n" + string.Join("\n", scorecard.Split('\n').Select(line => "  " + line));

    private const string Metrics = """
        min_sample: 2
        metrics:
          - metric: ticket_volume
          - { metric: first_response_time, stat: median }
          - metric: replies_per_ticket
          - metric: one_touch_rate
          - metric: csat
        """;

    // Ann, Bob, Cid and Dee; Ann and Bob in emea, Cid and Dee in us. Created, first reply (hours) and replies of each ticket:
    private TestDatabase Tickets() => Database()
        .Customer(1)
        .Agent(1, "Ann", team: "emea").Agent(2, "Bob", team: "emea").Agent(3, "Cid", team: "us").Agent(4, "Dee", team: "us")
        // Ann: 1 h / 1 reply, 2 h / 3 replies, 0.5 h / 1 reply.
        .Ticket("2026-10-01 08:00", firstReply: "2026-10-01 09:00", solved: "2026-10-01 12:00", status: "solved", replies: 1, agent: 1)
        .Ticket("2026-10-02 08:00", firstReply: "2026-10-02 10:00", solved: "2026-10-02 12:00", status: "solved", replies: 3, agent: 1)
        .Ticket("2026-10-03 08:00", firstReply: "2026-10-03 08:30", solved: "2026-10-03 12:00", status: "solved", replies: 1, agent: 1)
        // Bob: 4 h / 2 replies, 3 h / 2 replies.
        .Ticket("2026-10-04 08:00", firstReply: "2026-10-04 12:00", solved: "2026-10-04 14:00", status: "solved", replies: 2, agent: 2)
        .Ticket("2026-10-05 08:00", firstReply: "2026-10-05 11:00", solved: "2026-10-05 14:00", status: "solved", replies: 2, agent: 2)
        // Cid: 0.25 h / 1, 0.75 h / 1, 1.5 h / 2, and an open ticket without a reply.
        .Ticket("2026-10-06 08:00", firstReply: "2026-10-06 08:15", solved: "2026-10-06 12:00", status: "solved", replies: 1, agent: 3)
        .Ticket("2026-10-07 08:00", firstReply: "2026-10-07 08:45", solved: "2026-10-07 12:00", status: "solved", replies: 1, agent: 3)
        .Ticket("2026-10-08 08:00", firstReply: "2026-10-08 09:30", solved: "2026-10-08 12:00", status: "solved", replies: 2, agent: 3)
        .Ticket("2026-10-09 08:00", agent: 3)
        // Dee: one ticket, 1 h / 1 reply: below min_sample 2 everywhere.
        .Ticket("2026-10-10 08:00", firstReply: "2026-10-10 09:00", solved: "2026-10-10 12:00", status: "solved", replies: 1, agent: 4)
        // Unassigned: 2 h / 1 reply; in the pooled values only.
        .Ticket("2026-10-11 08:00", firstReply: "2026-10-11 10:00", solved: "2026-10-11 12:00", status: "solved", replies: 1)
        // September: Ann 2 h (her previous value and a trend point).
        .Ticket("2026-09-10 08:00", firstReply: "2026-09-10 10:00", solved: "2026-09-10 12:00", status: "solved", replies: 1, agent: 1)
        // CSAT by the rated agent: Ann 5, 4 (2 of 2 good); Bob 5, 2 (1 of 2); Cid 3 (one rating: too few).
        .Csat(5, "2026-10-02 13:00", ticket: 1, agent: 1).Csat(4, "2026-10-03 13:00", ticket: 2, agent: 1)
        .Csat(5, "2026-10-05 13:00", ticket: 4, agent: 2).Csat(2, "2026-10-06 13:00", ticket: 5, agent: 2)
        .Csat(3, "2026-10-07 13:00", ticket: 6, agent: 3)
        // Replies as messages, for the first-responder credit: ticket 1 Ann first; ticket 2 (Ann's) Bob first, then Ann;
        // ticket 4 (Bob's) Ann first; ticket 5 (Bob's) Cid and Bob at the same instant: Cid's message has the lower id.
        .Message(1, "customer", "2026-10-01 08:00").Message(1, "agent", "2026-10-01 09:00", agent: 1)
        .Message(2, "customer", "2026-10-02 08:00").Message(2, "agent", "2026-10-02 10:00", agent: 2).Message(2, "agent", "2026-10-02 11:00", agent: 1)
        .Message(4, "customer", "2026-10-04 08:00").Message(4, "agent", "2026-10-04 12:00", agent: 1)
        .Message(5, "customer", "2026-10-05 08:00").Message(5, "agent", "2026-10-05 11:00", agent: 3, id: 100)
        .Message(5, "agent", "2026-10-05 11:00", agent: 2, id: 101);

    private static ScorecardValue Value(ScorecardView scorecard, string member, string metric) =>
        scorecard.Pages.Single(p => p.Key == member).Values.Single(v => v.Name == metric);

    [Fact]
    public async Task PerAgent_CreditToTheAssignee_ValuesMedianRanksAndTheGuard()
    {
        using var db = Tickets();

        var scorecard = (await db.RunAsync(Report("per: agent\n" + Metrics))).Scorecard!;

        scorecard.Credit.ShouldBe("assignee_at_solve");
        scorecard.Pages.Select(p => p.Key).ShouldBe(["Ann", "Bob", "Cid", "Dee"]);   // the unassigned ticket has no page
        scorecard.Metrics.Select(m => m.Name).ShouldBe(["ticket_volume", "first_response_time", "replies_per_ticket", "one_touch_rate", "csat"]);

        // Volume: Ann 3, Bob 2, Cid 4, Dee 1 (too few); median of 3, 2, 4 = 3; no direction, so no rank.
        Value(scorecard, "Cid", "ticket_volume").Value.ShouldBe(4);
        Value(scorecard, "Cid", "ticket_volume").Rank.ShouldBeNull();
        scorecard.Metrics[0].Median.ShouldBe(3);
        scorecard.Metrics[0].Value.ShouldBe(11);   // the pooled value: every ticket, the unassigned one too

        // First response median: Ann 1 h, Bob 3.5 h, Cid 0.75 h (of 3 replied; the open ticket has no reply), Dee 1 h from one
        // ticket (too few). Lower is better: Cid 1, Ann 2, Bob 3 of 3; the median of 1, 3.5, 0.75 is 1.
        var frt = scorecard.Pages.Select(p => Value(scorecard, p.Key, "first_response_time")).ToList();
        frt.Select(v => v.Value).ShouldBe([1, 3.5, 0.75, 1]);
        frt.Select(v => v.Rank).ShouldBe([2, 3, 1, null]);
        frt.Select(v => v.Sample).ShouldBe([3, 2, 3, 1]);
        frt.Select(v => v.TooFew).ShouldBe([false, false, false, true]);
        frt[3].Status.ShouldBe(Status.InsufficientData);
        frt.ShouldAllBe(v => v.Ranked == 3 && v.Median == 1);
        // Pooled: 1, 2, 0.5, 4, 3, 0.25, 0.75, 1.5, 1, 2: the median of ten is (1 + 1.5) / 2.
        scorecard.Metrics[1].Value.ShouldBe(1.25);

        // Replies per solved ticket: Ann 5/3, Bob 4/2, Cid 4/3; lower is better; the median is Ann's 5/3.
        Value(scorecard, "Ann", "replies_per_ticket").Value!.Value.ShouldBe(5.0 / 3, 1e-9);
        Value(scorecard, "Cid", "replies_per_ticket").Rank.ShouldBe(1);
        Value(scorecard, "Ann", "replies_per_ticket").Rank.ShouldBe(2);
        Value(scorecard, "Bob", "replies_per_ticket").Rank.ShouldBe(3);
        scorecard.Metrics[2].Median!.Value.ShouldBe(5.0 / 3, 1e-9);

        // One-touch: Ann 2/3, Bob 0, Cid 2/3: Ann and Cid share rank 1, Bob is 3rd.
        Value(scorecard, "Ann", "one_touch_rate").Rank.ShouldBe(1);
        Value(scorecard, "Cid", "one_touch_rate").Rank.ShouldBe(1);
        Value(scorecard, "Bob", "one_touch_rate").Rank.ShouldBe(3);

        // CSAT by the rated agent: Ann 1.0, Bob 0.5; Cid one rating (too few), Dee none (too few, no value): 2 ranked,
        // the median (1 + 0.5) / 2.
        Value(scorecard, "Ann", "csat").Rank.ShouldBe(1);
        Value(scorecard, "Bob", "csat").Value.ShouldBe(0.5);
        Value(scorecard, "Cid", "csat").TooFew.ShouldBeTrue();
        Value(scorecard, "Cid", "csat").Rank.ShouldBeNull();
        Value(scorecard, "Dee", "csat").Value.ShouldBeNull();
        scorecard.Metrics[4].Median.ShouldBe(0.75);
        scorecard.Metrics[4].Ranked.ShouldBe(2);

        // Ann's first response against September's 2 h, and her trend August (none), September, October.
        var ann = Value(scorecard, "Ann", "first_response_time");
        ann.Previous!.Value.ShouldBe(2);
        ann.Previous.Trend.ShouldBe("better");
        ann.Trend.Select(p => p.Value).ShouldBe([null, 2, 1]);
    }

    [Fact]
    public async Task PerAgent_CreditToTheFirstResponder_FollowsTheFirstAgentMessage()
    {
        using var db = Tickets();

        var scorecard = (await db.RunAsync(Report("per: agent\ncredit: first_responder\n" + Metrics))).Scorecard!;

        // First responders: ticket 1 Ann, 2 Bob, 4 Ann, 5 Cid (same instant as Bob, lower id); the others have no agent
        // message. Dee has neither a first reply nor a rating: no page.
        scorecard.Pages.Select(p => p.Key).ShouldBe(["Ann", "Bob", "Cid"]);
        Value(scorecard, "Ann", "ticket_volume").Value.ShouldBe(2);
        Value(scorecard, "Bob", "ticket_volume").Value.ShouldBe(1);
        Value(scorecard, "Cid", "ticket_volume").Value.ShouldBe(1);
        // Ann: tickets 1 (1 h, 1 reply) and 4 (4 h, 2 replies): median 2.5 h, 1.5 replies; the only one with 2 tickets.
        Value(scorecard, "Ann", "first_response_time").Value.ShouldBe(2.5);
        Value(scorecard, "Ann", "first_response_time").Rank.ShouldBe(1);
        Value(scorecard, "Ann", "first_response_time").Ranked.ShouldBe(1);
        Value(scorecard, "Ann", "replies_per_ticket").Value.ShouldBe(1.5);
        Value(scorecard, "Bob", "first_response_time").TooFew.ShouldBeTrue();
        // CSAT stays with the rated agent.
        Value(scorecard, "Bob", "csat").Value.ShouldBe(0.5);
        // The pooled value is every ticket's, whoever is credited.
        scorecard.Metrics[0].Value.ShouldBe(11);
    }

    [Fact]
    public async Task PerTeam_GroupsByTheAgentsTeam()
    {
        using var db = Tickets();

        var scorecard = (await db.RunAsync(Report("per: team\n" + Metrics))).Scorecard!;

        // emea: Ann 3 + Bob 2; us: Cid 4 + Dee 1.
        scorecard.Pages.Select(p => p.Key).ShouldBe(["emea", "us"]);
        Value(scorecard, "emea", "ticket_volume").Value.ShouldBe(5);
        Value(scorecard, "us", "ticket_volume").Value.ShouldBe(5);
        // emea's first replies 1, 2, 0.5, 4, 3: median 2; us: 0.25, 0.75, 1.5, 1: median 0.875; us ranks first.
        Value(scorecard, "emea", "first_response_time").Value.ShouldBe(2);
        Value(scorecard, "us", "first_response_time").Value.ShouldBe(0.875);
        Value(scorecard, "us", "first_response_time").Rank.ShouldBe(1);
    }

    [Fact]
    public void Statements_OneGroupByMemberPerTableAndCohort_NotOnePerMember()
    {
        var plan = TestReport.Plan(Report("per: agent\ncredit: first_responder\n" + Metrics));

        // Tickets by created_at (volume, first response), tickets by solved_at (replies, one-touch), CSAT ratings: three
        // statements grouped by member over every period, however many agents there are.
        var members = plan.Queries.Where(q => q.Members).ToList();
        members.Count.ShouldBe(3);
        members.ShouldAllBe(q => q.Periods.Count == 3);   // October, September (the comparison and a trend month), August
        members.Where(q => q.Table == "tickets").ShouldAllBe(q => q.Dimension == "first_responder" && q.Sql.Contains("ROW_NUMBER()"));
        members.Single(q => q.Table == "csat_responses").Dimension.ShouldBe("agent");
    }

    [Fact]
    public async Task Html_ShowsEveryMembersPageAndTheRollup_TooFewTicketsInsteadOfAValue()
    {
        using var db = Tickets();
        var model = await db.RunAsync(Report("per: agent\n" + Metrics));

        var html = new HtmlParser().ParseDocument(await TestEnvironment.Html().RenderAsync(model, print: false, CancellationToken.None));

        html.QuerySelectorAll(".scorecard-page h2").Select(h => h.TextContent).ShouldBe(["Ann", "Bob", "Cid", "Dee"]);
        var dee = html.QuerySelectorAll(".scorecard-page")[3];
        dee.QuerySelectorAll(".score .value").Select(v => v.TextContent).ShouldAllBe(text => text == "too few tickets");
        var cid = html.QuerySelectorAll(".scorecard-page")[2];
        cid.QuerySelectorAll(".score")[1].TextContent.ShouldContain("1 of 3");   // first response: rank 1 of 3
        var rollup = html.QuerySelector(".scorecard-rollup")!;
        rollup.QuerySelectorAll("tbody tr").Length.ShouldBe(4);
        rollup.QuerySelector("tfoot")!.TextContent.ShouldContain("Team median");
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Pdf_TheRollupAndEachMember_OnAPageOfTheirOwn()
    {
        using var db = Tickets();
        var model = await db.RunAsync(Report("per: agent\n" + Metrics));
        var html = TestEnvironment.Html();

        var pdf = await new ReportBuilder.Rendering.Pdf.PdfReportRenderer(html, InstalledChromium.Require()).RenderAsync(model, CancellationToken.None);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(PdfText.Words).ToList();
        pages.Count(p => p.Contains("Agent ranking", StringComparison.Ordinal)).ShouldBe(1);
        var members = pages.Where(p => p.Contains("Scorecard: Agent", StringComparison.OrdinalIgnoreCase)).ToList();
        members.Count.ShouldBe(4);
        // Each page names its own member and the guard's words where it applies; Dee's page ranks nothing.
        foreach (var (page, name) in members.Zip(new[] { "Ann", "Bob", "Cid", "Dee" }))
        {
            page.ShouldContain(name);
        }

        members[3].ShouldContain("too few tickets");
        members[3].ShouldNotContain("of 3");
    }

    [Fact]
    public void Definition_Mistakes_AreReported()
    {
        Should.Throw<DefinitionException>(() => TestReport.Plan(Report("per: agent\nmetrics:\n  - { metric: nps }")))
            .Diagnostics.Single().Message.ShouldStartWith("metric 'nps' cannot be on a scorecard per agent: its table nps_responses has no agent");
        Should.Throw<DefinitionException>(() => TestReport.Plan(Report("per: agent\nmetrics:\n  - { metric: csat, breakdown: [channel] }")))
            .Diagnostics.Single().Message.ShouldStartWith("unknown key 'breakdown' in a metric entry");
        Should.Throw<DefinitionException>(() => TestReport.Plan(Report("per: customer")))
            .Diagnostics.Single().Message.ShouldContain("agent");
    }

    [Fact]
    public void DefaultMetrics_AreTheCatalogsScorecardMetrics()
    {
        var plan = TestReport.Plan(Report("per: agent"));

        plan.Scorecard!.Metrics.Select(m => (m.Definition.Id, m.Stat.Name)).ShouldBe([
            ("ticket_volume", "value"), ("first_response_time", "median"), ("resolution_time", "median"), ("replies_per_ticket", "value"),
            ("one_touch_rate", "value"), ("reopen_rate", "value"), ("csat", "share"), ("qa_score", "value")]);
        plan.Scorecard.Definition.MinSample.ShouldBe(5);
        plan.Scorecard.Definition.Credit.Value.ShouldBe("assignee_at_solve");
    }
}
