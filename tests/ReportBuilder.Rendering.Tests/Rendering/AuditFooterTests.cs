using AngleSharp.Html.Parser;

namespace ReportBuilder.Tests.Rendering;

/// <summary>The footer that makes a report auditable: how fresh the data was, and the params and filters in force.</summary>
public sealed class AuditFooterTests
{
    private const string TeamReport = """
        id: team
        title: "Support for {team}"
        timezone: UTC
        period: "2026-10"
        params: { team: billing }
        where: agent.team = param.team
        metrics:
          - metric: ticket_volume
          - metric: replies_per_ticket
        """;

    [Fact]
    public async Task Build_TeamReport_CarriesTheLatestTimestampAndTheParamsAndFiltersInForce()
    {
        using var db = new TestDatabase()
            .Customer(1)
            .Agent(1, "Ada", team: "billing")
            .Agent(2, "Grace", team: "technical")
            .Ticket("2026-10-02 08:00", agent: 1)
            .Solved("2026-10-03 08:00", solved: "2026-11-20 17:45", agent: 1)   // the latest instant: a solved_at
            .Ticket("2026-11-21 09:30", agent: 2);                              // the latest created_at

        var plan = TestReport.Plan(TeamReport, db.Path);
        DateTimeOffset? through;
        await using (var connection = ReportBuilder.Data.SqliteSource.Open(db.Path))
        {
            through = await ReportBuilder.Metrics.MetricEngine.DataThroughAsync(plan, connection, CancellationToken.None);
        }

        // Of created_at (ticket volume) and solved_at (replies), over all rows, whatever the filter: 21 November 09:30.
        through.ShouldBe(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero));
        var model = await db.RunAsync(TeamReport);
        model.Footer.Parameters.ShouldBe(["team = billing"]);
        model.Footer.Filters.ShouldBe(["agent.team = param.team"]);
        model.Report.Title.ShouldBe("Support for billing");
    }

    [Fact]
    public async Task DataThrough_UnparsedTextSortingAfterTheTimestamps_IsNotTheLatest()
    {
        // By hand: '2026/10/09' and 'zzz' sort after every '2026-…' timestamp as text ('/' and 'z' come after '-'), and the
        // number 1791000000 is no timestamp either; none is in any period (docs/data-quality.md), so none is the
        // data's latest instant: that is ticket 2's created_at, 21 November 09:30 (the solved_at, 20 November, is earlier).
        using var db = new TestDatabase()
            .Customer(1)
            .Agent(1, "Ada", team: "billing")
            .Solved("2026-10-03 08:00", solved: "2026-11-20 17:45", agent: 1)
            .Ticket("2026-11-21 09:30", agent: 1)
            .Ticket("2026/10/09", agent: 1)
            .Ticket("2026-10-05 10:00", agent: 1)
            .Ticket("2026-10-06 10:00", agent: 1);
        db.Execute("UPDATE tickets SET created_at = 'zzz' WHERE id = 4");
        db.Execute("UPDATE tickets SET created_at = 1791000000 WHERE id = 5");

        var plan = TestReport.Plan(TeamReport, db.Path);
        await using var connection = ReportBuilder.Data.SqliteSource.Open(db.Path);
        var through = await ReportBuilder.Metrics.MetricEngine.DataThroughAsync(plan, connection, CancellationToken.None);

        through.ShouldBe(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Render_FooterWithFreshnessParamsAndFilters_ShowsThemEscaped()
    {
        var sample = SampleReports.Monthly();
        var model = sample with
        {
            Footer = sample.Footer with
            {
                DataThrough = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero),
                Parameters = ["team = <b>billing</b>"],
                Filters = ["agent.team = param.team"],
            },
        };

        var html = await TestEnvironment.Html().RenderAsync(model, false, CancellationToken.None);
        var footer = new HtmlParser().ParseDocument(html).QuerySelector("#colophon")!;

        var entries = footer.QuerySelectorAll("dl > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        entries["Data through"].ShouldBe("2026-11-21 09:30 UTC");
        entries["Parameters"].ShouldBe("team = <b>billing</b>");   // text, not markup
        entries["Filters"].ShouldBe("agent.team = param.team");
        footer.QuerySelector("b").ShouldBeNull();
    }
}
