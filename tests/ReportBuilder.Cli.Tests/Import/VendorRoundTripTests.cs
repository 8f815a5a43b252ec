using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary>
/// Demo data written out in Intercom's, Freshdesk's and Help Scout's shapes (issue 21's round trip, as
/// <see cref="ZendeskRoundTripTests"/> does for Zendesk) and imported gives the demo database's report, apart from what
/// each vendor's shape cannot carry: each such difference is stated below with its reason, applied to a copy of the demo
/// database, and must change rows of it.
/// </summary>
public sealed class VendorRoundTripTests : IDisposable
{
    /// <summary>Intercom. Not differences: the bot replies and notes the exporter adds are no messages (Intercom's reports
    /// count a conversation replied to when a teammate answers), so the replies and first replies stay the demo's; the
    /// first customer message is the conversation's source.</summary>
    internal static readonly Difference[] Intercom =
    [
        new("Intercom has no web form: a conversation started on the website is a Messenger conversation (source.type conversation), read as chat",
            "UPDATE tickets SET channel = 'chat' WHERE channel = 'web'"),
        new("Intercom's priority is priority or not_priority: high and urgent are priority (read as high), low and normal are not (normal)",
            "UPDATE tickets SET priority = CASE priority WHEN 'urgent' THEN 'high' ELSE 'normal' END WHERE priority IN ('urgent', 'low')"),
        new("Intercom's states are open, snoozed and closed: a new conversation is open, and closed is solved (no state says the customer confirmed it)",
            "UPDATE tickets SET status = CASE status WHEN 'new' THEN 'open' ELSE 'solved' END WHERE status IN ('new', 'closed')"),
    ];

    /// <summary>Freshdesk. Not differences: every fifth agent message is exported as a public note, which Freshdesk counts
    /// as a response as the demo counts it a reply; private notes are no messages; the first customer message is the
    /// ticket's description; the 5-point survey's codes (103 … -103) carry the 1–5 rating whole.</summary>
    internal static readonly Difference[] Freshdesk =
    [
        new("Freshdesk has no status new: a ticket nobody answered yet is Open (2)",
            "UPDATE tickets SET status = 'open' WHERE status = 'new'"),
        new("Freshdesk keeps a ticket's last reopening (stats.reopened_at), not a count: a ticket reopened twice counts once",
            "UPDATE tickets SET reopens = 1 WHERE reopens > 1"),
    ];

    /// <summary>Help Scout. Not differences: notes, draft threads and status line items are no messages.</summary>
    internal static readonly Difference[] HelpScout =
    [
        new("Help Scout's conversation types are email, chat and phone: a web-form or social conversation is an email one",
            "UPDATE tickets SET channel = 'email' WHERE channel IN ('web', 'social')"),
        new("Help Scout has no priority: every conversation is normal",
            "UPDATE tickets SET priority = 'normal' WHERE priority <> 'normal'"),
        new("Help Scout's statuses are active, pending and closed: new is active (open), and closed is solved (no state says the customer confirmed it)",
            "UPDATE tickets SET status = CASE status WHEN 'new' THEN 'open' ELSE 'solved' END WHERE status IN ('new', 'closed')"),
        new("Help Scout's customers have no tier: every customer is standard",
            "UPDATE customers SET tier = 'standard' WHERE tier <> 'standard'"),
        new("Help Scout's ratings are great, okay and not good: 4 and 5 are great (5), 3 okay, 1 and 2 not good (1)",
            "UPDATE csat_responses SET rating = CASE WHEN rating >= 4 THEN 5 ELSE 1 END WHERE rating IN (2, 4)"),
    ];

    private readonly RoundTrip _trip = new();

    public void Dispose() => _trip.Dispose();

    private static void Export(string vendor, string database, string folder)
    {
        switch (vendor)
        {
            case "zendesk":
                ZendeskTestExporter.Export(database, folder);
                break;
            case "intercom":
                IntercomTestExporter.Export(database, folder);
                break;
            case "freshdesk":
                FreshdeskTestExporter.Export(database, folder);
                break;
            default:
                HelpScoutTestExporter.Export(database, folder);
                break;
        }
    }

    private async Task<(string Expected, string Actual, string Output)> RoundTripAsync(string vendor, Difference[] differences)
    {
        var demo = await _trip.DemoAsync();
        var export = _trip.PathOf("export");
        Export(vendor, demo, export);
        var imported = _trip.PathOf("imported.db");
        var output = await RoundTrip.ImportAsync(vendor, export, imported);
        var expected = await _trip.ReportAsync(_trip.VendorView(demo, vendor + "-view", differences), "demo");
        return (expected, await _trip.ReportAsync(imported, "imported"), output);
    }

    [Fact]
    public async Task Importing_demo_data_exported_in_intercom_shapes_gives_the_demo_database_s_report_but_what_intercom_cannot_carry()
    {
        var (expected, actual, output) = await RoundTripAsync("intercom", Intercom);
        actual.ShouldBe(expected);
        output.ShouldContain("bot reply");
        output.ShouldContain("note (private, not a message)");
    }

    [Fact]
    public async Task Importing_demo_data_exported_in_freshdesk_shapes_gives_the_demo_database_s_report_but_what_freshdesk_cannot_carry()
    {
        var (expected, actual, output) = await RoundTripAsync("freshdesk", Freshdesk);
        actual.ShouldBe(expected);
        output.ShouldContain("skipped 1: spam ticket");
        output.ShouldContain("skipped 1: deleted ticket");
        output.ShouldContain("skipped 2: conversation or rating of a deleted or spam ticket");
        output.ShouldContain("private note (not a message)");
    }

    [Fact]
    public async Task Importing_demo_data_exported_in_help_scout_shapes_gives_the_demo_database_s_report_but_what_help_scout_cannot_carry()
    {
        var (expected, actual, output) = await RoundTripAsync("helpscout", HelpScout);
        actual.ShouldBe(expected);
        output.ShouldContain("skipped 1: spam conversation");
        output.ShouldContain("note (private, not a message)");
        output.ShouldContain("draft or held thread");
    }

    /// <summary>The same export again changes nothing; an export in which one ticket changed (its channel: email, then chat)
    /// updates that ticket's row and nothing else, and no table gains or loses a row.</summary>
    [Theory]
    [InlineData("zendesk")]
    [InlineData("intercom")]
    [InlineData("freshdesk")]
    [InlineData("helpscout")]
    public async Task Importing_again_changes_nothing_and_a_newer_export_updates_the_changed_ticket(string vendor)
    {
        var demo = await _trip.DemoAsync();
        Export(vendor, demo, _trip.PathOf("first"));
        var target = _trip.PathOf("imported.db");
        var vendorImport = ImportRunner.Vendor(vendor)!;
        var first = ImportRunner.Import(vendorImport, [_trip.PathOf("first")], target, null, CancellationToken.None);
        var tickets = first.Table("tickets")!.Inserted;
        tickets.ShouldBe(600);
        var counts = Counts(target);

        var again = ImportRunner.Import(ImportRunner.Vendor(vendor)!, [_trip.PathOf("first")], target, null, CancellationToken.None);
        again.Tables.Sum(t => t.Inserted + t.Updated + t.Removed).ShouldBe(0);
        again.Table("tickets")!.Unchanged.ShouldBe(600);
        Counts(target).ShouldBe(counts);

        var changed = _trip.PathOf("changed.db");
        File.Copy(demo, changed);
        long id;
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={changed};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE tickets SET channel = 'chat' WHERE id = (SELECT min(id) FROM tickets WHERE channel = 'email') RETURNING id";
            id = (long)command.ExecuteScalar()!;
        }

        Export(vendor, changed, _trip.PathOf("second"));
        var newer = ImportRunner.Import(ImportRunner.Vendor(vendor)!, [_trip.PathOf("second")], target, null, CancellationToken.None);
        newer.Table("tickets").ShouldBe(new TableChange("tickets", 0, 1, 599, 0));
        newer.Tables.Where(t => t.Table != "tickets").Sum(t => t.Inserted + t.Updated + t.Removed).ShouldBe(0);
        Counts(target).ShouldBe(counts);
        CanonicalRows.Of(target, "tickets").Single(r => r.StartsWith(id + "|", StringComparison.Ordinal)).Split('|')[3].ShouldBe("chat");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static string Counts(string database) =>
        string.Join(", ", new[] { "customers", "agents", "tickets", "ticket_tags", "messages", "csat_responses" }.Select(t => t + " " + CanonicalRows.Of(database, t).Count));
}
