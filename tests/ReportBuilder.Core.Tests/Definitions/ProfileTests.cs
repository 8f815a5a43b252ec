using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Definitions;

/// <summary><c>profile:</c> measures as the named help desk does (configs/profiles/, docs/profiles.md): each expected value is
/// worked out by hand from the rows below, once as the vendor's own durations give it and once as the catalog's timestamps do.</summary>
public sealed class ProfileTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public ProfileTests()
    {
        // Catalog: first reply 0.5 h, 2 h, 10 min, 1 h; resolution 4 h and 26 h.
        // Zendesk's ticket metrics (minutes): reply 31 / 120 / 10 / none (a ticket Zendesk never measured), business 12 / 45 / 0;
        // full resolution 240 / 1440, business 95 / 300.
        _db.Customer(1)
            .Ticket("2026-10-05 09:00", firstReply: "2026-10-05 09:30", solved: "2026-10-05 13:00", status: "solved", replies: 1, id: 1)
            .Ticket("2026-10-06 10:00", firstReply: "2026-10-06 12:00", solved: "2026-10-07 12:00", status: "solved", replies: 2, id: 2)
            .Ticket("2026-10-07 08:00", firstReply: "2026-10-07 08:10", replies: 1, id: 3)
            .Ticket("2026-10-08 08:00", firstReply: "2026-10-08 09:00", replies: 1, id: 4);
        Vendor(1, 31, 12, 240, 95);
        Vendor(2, 120, 45, 1440, 300);
        Vendor(3, 10, 0, null, null);
    }

    public void Dispose() => _db.Dispose();

    private void Vendor(int ticket, double reply, double replyBusiness, double? resolution, double? resolutionBusiness) =>
        _db.Execute(FormattableString.Invariant($"""
            UPDATE tickets SET vendor_first_reply_minutes = {reply}, vendor_first_reply_business_minutes = {replyBusiness},
              vendor_resolution_minutes = {(object?)resolution ?? "NULL"}, vendor_resolution_business_minutes = {(object?)resolutionBusiness ?? "NULL"}
            WHERE id = {ticket}
            """));

    private Task<ReportModel> RunAsync(string profile, params string[] entries) => _db.RunAsync(
        (profile.Length == 0 ? "" : $"profile: {profile}\n") + TestReport.Definition("2026-10", "UTC", "none", 0, entries));

    [Fact]
    public async Task Zendesk_DurationsAreZendesksOwnMinutes_TicketsItNeverMeasuredLeftOut()
    {
        var model = await RunAsync("zendesk", "metric: first_response_time, stat: median", "metric: first_response_time, stat: mean, name: mean",
            "metric: first_response_time_business, stat: median", "metric: resolution_time, stat: median", "metric: resolution_time_business, stat: median");

        var values = model.Metrics.Select(m => m.Value).ToArray();
        values[0]!.Value.ShouldBe(31 / 60.0, 1e-9);                 // median of 10, 31, 120 minutes
        values[1]!.Value.ShouldBe((31 + 120 + 10) / 3.0 / 60, 1e-9);
        values[2]!.Value.ShouldBe(12 / 60.0, 1e-9);                 // median of 0, 12, 45 business minutes
        values[3]!.Value.ShouldBe((240 + 1440) / 2.0 / 60, 1e-9);   // 14 h: Zendesk's full resolution, not the 26 h timestamps
        values[4]!.Value.ShouldBe((95 + 300) / 2.0 / 60, 1e-9);
        model.Metrics.Select(m => m.Sample).ShouldBe([3L, 3L, 3L, 2L, 2L]);
        model.Metrics[0].Description.ShouldContain("Zendesk's first reply time");
    }

    [Fact]
    public async Task WithoutAProfile_TheCatalogsTimestampsGiveTheValues()
    {
        var model = await RunAsync("", "metric: first_response_time, stat: median", "metric: resolution_time, stat: median");

        model.Metrics[0].Value!.Value.ShouldBe((0.5 + 1) / 2, 1e-9);   // median of 1/6, 0.5, 1, 2 hours
        model.Metrics[1].Value!.Value.ShouldBe((4 + 26) / 2.0, 1e-9);
        model.Metrics[0].Sample.ShouldBe(4L);
    }

    [Fact]
    public async Task TheReportsOwnDefinition_WinsOverTheProfiles()
    {
        var model = await _db.RunAsync("profile: zendesk\n" + TestReport.Definition("2026-10", "UTC", "none", 0, "metric: first_response_time") + """

            define:
              first_response_time:
                label: First reply (ours)
                table: tickets
                time: created_at
                value: max(vendor_first_reply_minutes)
                unit: count
                direction: lower
            """);

        model.Metrics.Single().Value!.Value.ShouldBe(120, 1e-9);
        model.Metrics.Single().Label.ShouldBe("First reply (ours)");
    }

    [Fact]
    public async Task Zendesk_InAnotherLanguage_KeepsTheCatalogsTranslatedLabel_WithZendesksDefinitionTranslated()
    {
        var model = await _db.RunAsync("profile: zendesk\nlocale: de\n" + TestReport.Definition("2026-10", "UTC", "none", 0, "metric: first_response_time, stat: median"));

        model.Metrics.Single().Label.ShouldBe("Erstreaktionszeit");
        model.Metrics.Single().Description.ShouldStartWith("Erstreaktionszeit laut Zendesk:");   // description_first_response_time_zendesk
        model.Metrics.Single().Value!.Value.ShouldBe(31 / 60.0, 1e-9);
    }

    [Fact]
    public async Task HelpScout_HappinessIsGreatsShareLessNotGoods()
    {
        // Great, Great, Great, Okay, Not good as the Help Scout import stores them: 5, 5, 5, 3, 1.
        foreach (var rating in new[] { 5, 5, 5, 3, 1 })
        {
            _db.Csat(rating, "2026-10-10 12:00");
        }

        var model = await RunAsync("helpscout", "metric: csat, stat: happiness, name: happiness", "metric: csat");

        model.Metrics[0].Value!.Value.ShouldBe(100 * (3 / 5.0 - 1 / 5.0), 1e-9);   // 40 points
        model.Metrics[1].Value!.Value.ShouldBe(3 / 5.0, 1e-9);                     // the default stat is still the share
    }

    [Fact]
    public async Task Freshdesk_RedefinesNothing_ItsImportAlreadyMeasuresAsFreshdeskDoes()
    {
        var diagnostics = new DiagnosticBag();
        var definition = ReportDefinitionLoader.Parse("report.yaml", "id: r\nprofile: freshdesk\nmetrics:\n  - metric: first_response_time\n",
            TestReport.Catalog, diagnostics);

        definition!.ProfileMetrics.ShouldBeEmpty();
        diagnostics.ShouldBeEmpty();
        var model = await RunAsync("freshdesk", "metric: first_response_time, stat: median");
        model.Metrics.Single().Value!.Value.ShouldBe((0.5 + 1) / 2, 1e-9);   // the catalog's timestamps
    }

    [Fact]
    public void AnUnknownProfile_IsAnErrorAtItsValue()
    {
        Should.Throw<DefinitionException>(() => TestReport.Plan("id: r\nprofile: zendsk\nmetrics:\n  - metric: first_response_time\n"))
            .Diagnostics.Select(d => d.ToString())
            .ShouldBe(["report.yaml:2:10: error: unknown profile 'zendsk': use zendesk, intercom, freshdesk, helpscout"]);
    }

    [Fact]
    public void EveryShippedProfile_RedefinesOnlyCatalogMetrics_AndPlans()
    {
        foreach (var profile in ReportDefinitionLoader.Profiles)
        {
            var diagnostics = new DiagnosticBag();
            var definition = ReportDefinitionLoader.Parse("report.yaml", $"id: r\nprofile: {profile}\nmetrics:\n  - metric: csat\n",
                TestReport.Catalog, diagnostics);
            diagnostics.HasErrors.ShouldBeFalse(profile);
            definition!.ProfileMetrics.Keys.ShouldAllBe(id => TestReport.Catalog.Metrics.ContainsKey(id));
            foreach (var (id, metric) in definition.ProfileMetrics)
            {
                // The planned metric is the profile's, not the catalog's: its description says whose definition it is.
                var planned = TestReport.Plan($"id: r\nprofile: {profile}\nmetrics:\n  - metric: {id}\n").Metrics.Single().Definition;
                planned.Description.ShouldBe(metric.Description);
                planned.Description.ShouldNotBe(TestReport.Catalog.Metrics[id].Description);
            }
        }
    }
}
