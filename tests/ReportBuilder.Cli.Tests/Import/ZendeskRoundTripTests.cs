namespace ReportBuilder.Tests.Import;

/// <summary>Demo data written out in Zendesk's shapes and imported gives the same report as the demo database itself.</summary>
public sealed class ZendeskRoundTripTests : IDisposable
{
    /// <summary>Zendesk's satisfaction rating is good or bad: good is stored as 5 and bad as 1, so the share of satisfied
    /// answers (the vendor's CSAT) is kept and the mean is on that two-point scale, not the 1–5 rating the demo drew.</summary>
    internal static readonly Difference[] Differences =
    [
        new("CSAT good/bad", "UPDATE csat_responses SET rating = CASE WHEN rating >= 4 THEN 5 ELSE 1 END WHERE rating NOT IN (1, 5)"),
    ];

    private readonly RoundTrip _trip = new();

    public void Dispose() => _trip.Dispose();

    [Fact]
    public async Task Importing_demo_data_exported_in_zendesk_shapes_gives_the_demo_database_s_report()
    {
        var demo = await _trip.DemoAsync();
        var export = _trip.PathOf("export");
        ZendeskTestExporter.Export(demo, export);
        var imported = _trip.PathOf("imported.db");
        var output = await RoundTrip.ImportAsync("zendesk", export, imported);
        output.ShouldContain("skipped 1: deleted ticket");
        output.ShouldContain("skipped 1: ticket merged into another");
        output.ShouldContain("skipped 1: comment of a deleted or merged ticket");

        var expected = await _trip.ReportAsync(_trip.VendorView(demo, "zendesk-view", Differences), "demo");
        (await _trip.ReportAsync(imported, "imported")).ShouldBe(expected);
        // The agents come back whole: name, team (the group) and address (a scorecard delivery's agents.email).
        CanonicalRows.Of(imported, "agents").ShouldBe(CanonicalRows.Of(demo, "agents"));
        CanonicalRows.Of(imported, "agents").ShouldAllBe(row => row.EndsWith("@example.com", StringComparison.Ordinal));
    }
}
