using Microsoft.Data.Sqlite;
using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import helpscout</c> on the hand-written export under Fixtures/helpscout (HAL pages with
/// <c>_embedded</c> lists and threads embedded, conversations without threads and single ratings as NDJSON), with the
/// canonical rows worked out by hand from the files.</summary>
public sealed class HelpScoutImportTests : IDisposable
{
    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "helpscout");
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-helpscout-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Target => Path.Combine(_directory, "support.db");

    private ImportSummary Import(params string[] paths) => ImportRunner.Import(new HelpScoutImport(), paths, Target, null, CancellationToken.None);

    [Fact]
    public void The_fixture_export_becomes_the_canonical_rows_worked_out_by_hand()
    {
        var summary = Import(Fixture);

        // The team is the mailbox of most of the conversations a user is assigned or answered: Vera 501 and 504 (Support),
        // Walt 502 (Sales; his note on 501 is no answer).
        Rows("agents").ShouldBe(["11|Vera Bear|Support|vera@example.com", "12|Walt Fox|Sales|walt@example.com"]);
        // The primary customer, named first and last, else by email; 902 wrote only spam.
        Rows("customers").ShouldBe([
            "900|Ada Lovelace|standard|2026-10-01 08:00:00|", "901|bob@example.com|standard|2026-10-02 09:00:00|", "903|Cy Dee|standard|2026-10-05 08:00:00|",
        ]);
        // 501: first reply 09:00 (the 08:20 note is private); closed at 10:00 by a line item, reopened by the customer at
        // 11:00, closed with the 12:00 reply (closedAt): 1 reopen, 2 replies (the 12:30 draft was never sent).
        // 502: a Beacon chat, active → open. 503 is spam. 504 Vera started (outbound): her 10:00 message is no reply; the
        // first reply is 11:30 after the customer's 11:00, and her logged call at 12:00 is a reply too.
        // 505 came without threads: solved at closedAt, no reply. 506 has no customer.
        Rows("tickets").ShouldBe([
            "501|900|11|email|normal|solved|2026-10-01 08:00:00|2026-10-01 09:00:00|2026-10-01 12:00:00|1|2||||",
            "502|901|12|chat|normal|open|2026-10-02 09:00:00|2026-10-02 09:05:00||0|1||||",
            "504|900|11|email|normal|pending|2026-10-04 10:00:00|2026-10-04 11:30:00||0|2||||",
            "505|903||phone|normal|solved|2026-10-05 08:00:00||2026-10-05 08:30:00|0|0||||",
        ]);
        Rows("messages").ShouldBe([
            "5101|501|customer||2026-10-01 08:00:00",
            "5103|501|agent|11|2026-10-01 09:00:00",
            "5105|501|customer||2026-10-01 11:00:00",
            "5106|501|agent|11|2026-10-01 12:00:00",
            "5201|502|customer||2026-10-02 09:00:00",
            "5202|502|agent|12|2026-10-02 09:05:00",
            "5203|502|customer||2026-10-02 09:06:00",
            "5402|504|customer||2026-10-04 11:00:00",
            "5403|504|agent|11|2026-10-04 11:30:00",
            "5404|504|agent|11|2026-10-04 12:00:00",
        ]);
        Rows("ticket_tags").ShouldBe(["501|billing", "504|vip"]);
        // great → 5, not_good → 1, okay → 3 (so the catalog's CSAT, 1 of 3, is Help Scout's share of great); 7001's time
        // has no zone, as the API documents it in UTC; 7004 has no user: the assignee.
        Rows("csat_responses").ShouldBe([
            "7001|501|11|5|2026-10-01 13:00:00", "7002|502|12|1|2026-10-02 10:00:00", "7004|504|11|3|2026-10-04 12:30:00",
        ]);
        summary.Skipped.ShouldBe([
            ("rating without an answer (unknown)", 1L),
            ("spam conversation (status spam: Help Scout's reports leave spam out)", 1L),
            ("conversation without a customer (no primaryCustomer, no customer, not created by a customer)", 1L),
            ("note (private, not a message)", 1L),
            ("draft or held thread (state not published: never sent)", 1L),
            ("thread that is no message (line items, forwards): counted for status changes only", 1L),
            ("teammate's message opening a conversation a teammate started, before the customer wrote (not a reply)", 1L),
            ("rating of a spam, deleted or draft conversation", 1L),
            ("rating of a conversation in neither this import nor the target (import its conversations*.json too)", 1L),
        ]);
        summary.Read.ShouldBe([("users", 2L), ("mailboxes", 2L), ("conversations", 6L), ("ratings", 6L)]);

        var before = AllRows();
        var again = Import(Fixture);
        again.Tables.Sum(t => t.Inserted + t.Updated + t.Removed).ShouldBe(0);
        again.Table("messages")!.Unchanged.ShouldBe(10);
        again.Table("tickets")!.Unchanged.ShouldBe(4);
        AllRows().ShouldBe(before);
    }

    [Fact]
    public async Task A_conversation_marked_spam_since_is_removed_with_its_rows()
    {
        Import(Fixture);
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "newer")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "conversations.json"), """
            {"_embedded": {"conversations": [{"id": 502, "number": 1502, "type": "chat", "status": "spam", "state": "published", "mailboxId": 86,
              "createdAt": "2026-10-02T09:00:00Z", "userUpdatedAt": "2026-10-06T09:00:00Z", "primaryCustomer": {"id": 901, "email": "bob@example.com"}}]},
             "page": {"size": 25, "totalElements": 1, "totalPages": 1, "number": 1}}
            """);

        var summary = Import(folder);

        summary.Table("tickets")!.Removed.ShouldBe(1);
        Rows("tickets").Select(t => t.Split('|')[0]).ShouldBe(["501", "504", "505"]);
        Rows("messages").ShouldNotContain(m => m.Split('|')[1] == "502");
        Rows("csat_responses").ShouldNotContain(r => r.Split('|')[1] == "502");
    }

    [Theory]
    [InlineData("conversations.json", """{"_embedded": {"conversations": [{"id": 1, "status": "escalated", "mailboxId": 1, "createdAt": "2026-10-01T08:00:00Z"}]}}""",
        "conversations.json: line 1, _embedded.conversations[0]: status 'escalated' is not a Help Scout conversation status (active, pending, closed, spam)")]
    [InlineData("conversations.json", "{\"_embedded\": {\"conversations\": [\n{\"id\": 1, \"status\": \"active\" \"mailboxId\": 1}]}}",
        "conversations.json: line 2, column 30: not valid JSON")]
    [InlineData("conversations.json", """{"type": "conversation.list", "conversations": [{"type": "conversation", "id": "1", "state": "open", "created_at": 1790841600}]}""",
        "conversations.json: line 1, conversations[0]: this looks like an intercom record, not a Help Scout one: run reportbuilder import intercom")]
    [InlineData("ratings.json", """[{"id": 1, "conversationId": 501, "rating": "fantastic", "createdAt": "2026-10-01T08:00:00Z"}]""", null)]
    public async Task A_bad_file_is_named_with_its_line_and_column_or_record(string name, string content, string? message)
    {
        var file = Path.Combine(_directory, name);
        await File.WriteAllTextAsync(file, content);

        var outcome = await CliHarness.RunAsync("import", "helpscout", file, "--to", Target);

        if (message is null)
        {
            // A rating off the scale is counted, not fatal.
            outcome.ExitCode.ShouldBe(0, outcome.Errors);
            outcome.Output.ShouldContain("skipped 1: rating 'fantastic' not one of Help Scout's (great, okay, not good)");
            return;
        }

        outcome.ExitCode.ShouldBe(7);
        outcome.Errors.ShouldContain(message);
        File.Exists(Target).ShouldBeFalse();
    }

    private List<string> Rows(string table) => CanonicalRows.Of(Target, table);

    private string AllRows() => string.Join("\n", new[] { "agents", "customers", "tickets", "ticket_tags", "messages", "csat_responses" }
        .Select(t => t + ": " + string.Join("; ", Rows(t))));
}
