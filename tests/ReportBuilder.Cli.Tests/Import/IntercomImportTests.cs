using Microsoft.Data.Sqlite;
using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import intercom</c> on the hand-written export under Fixtures/intercom (a conversation.list page,
/// single conversation objects as NDJSON, admin and team lists, a companies page, contacts as NDJSON), with the canonical
/// rows worked out by hand from the files.</summary>
public sealed class IntercomImportTests : IDisposable
{
    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "intercom");
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-intercom-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Target => Path.Combine(_directory, "support.db");

    private ImportSummary Import(params string[] paths) => ImportRunner.Import(new IntercomImport(), paths, Target, null, CancellationToken.None);

    /// <summary>docs/import.md: a text id (Intercom's contacts and companies) is stored as FNV-1a 64 of its UTF-16 code
    /// units, shifted right by 2, with bit 61 set.</summary>
    private static long TextId(string key)
    {
        var hash = 0xcbf29ce484222325UL;
        foreach (var unit in key)
        {
            hash ^= unit;
            hash *= 0x100000001b3UL;
        }

        return (long)((hash >> 2) | (1UL << 61));
    }

    [Fact]
    public void The_fixture_export_becomes_the_canonical_rows_worked_out_by_hand()
    {
        var acme = TextId("5f1a2b3c4d5e6f7a8b9c0d01");
        var dan = TextId("6501aa00bb11cc22dd33ee02");
        const long Opening = 1L << 61;

        var summary = Import(Fixture);

        // Ann is in team 201 (Support); Ben is in no team and is assigned conversation 1002 of team 202 (Billing).
        Rows("agents").ShouldBe(["101|Ann Admin|Support|ann@example.com", "102|Ben Admin|Billing|ben@example.com"]);
        // Cara's first company is Acme (tier premium from its custom attribute); Dan has none: the contact is the customer.
        Rows("customers").ShouldBe(new[]
        {
            $"{acme}|Acme|premium|2025-01-01 00:00:00|", $"{dan}|Dan Lead|standard|2025-03-01 00:00:00|",
        }.OrderBy(r => long.Parse(r.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture)));
        // 1001: first reply 08:30 (Fin's 08:01 answer and the 08:10 note do not count); replies: the comment and the
        // reply-and-close at 09:30; solved at statistics.last_close_at 11:00; one reopen (statistics).
        // 1002: snoozed → pending; Messenger → chat. 1003: only Fin answered and closed it: no first reply, no replies.
        // 1004: started by Ann (outbound): the first reply is her answer after Dan's 13:00 message.
        // 1005: no statistics: solved at the last close, one reopen (the close at 15:00 followed by an open).
        // 1006 has no contact: left out.
        Rows("tickets").ShouldBe([
            $"1001|{acme}|101|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 11:00:00|1|2|30|15|180|165",
            $"1002|{dan}|102|chat|normal|pending|2026-10-02 09:00:00|2026-10-02 09:20:00||0|1||||",
            $"1003|{acme}||social|normal|solved|2026-10-03 10:00:00||2026-10-03 10:05:00|0|0||||",
            $"1004|{dan}|101|email|normal|open|2026-10-04 12:00:00|2026-10-04 13:15:00||0|1|15|15||",
            $"1005|{dan}|102|chat|normal|solved|2026-10-05 14:00:00||2026-10-05 17:00:00|1|0||||",
        ]);
        // The source of a customer's conversation is its first message (id 2^61 + the conversation's); Ann's outbound 1004 has none.
        Rows("messages").ShouldBe([
            "9003|1001|agent|101|2026-10-01 08:30:00",
            "9004|1001|customer||2026-10-01 09:00:00",
            "9005|1001|agent|101|2026-10-01 09:30:00",
            "9006|1001|customer||2026-10-01 10:00:00",
            "9012|1002|agent|102|2026-10-02 09:20:00",
            "9031|1004|customer||2026-10-04 13:00:00",
            "9032|1004|agent|101|2026-10-04 13:15:00",
            $"{Opening + 1001}|1001|customer||2026-10-01 08:00:00",
            $"{Opening + 1002}|1002|customer||2026-10-02 09:00:00",
            $"{Opening + 1003}|1003|customer||2026-10-03 10:00:00",
            $"{Opening + 1005}|1005|customer||2026-10-05 14:00:00",
        ]);
        Rows("ticket_tags").ShouldBe(["1001|billing", "1001|vip", "1003|bug"]);
        // Ratings 1–5 as they are; the rating's id is the conversation's; 1003 has no teammate nor assignee.
        Rows("csat_responses").ShouldBe(["1001|1001|101|5|2026-10-01 11:30:00", "1003|1003||2|2026-10-03 10:10:00"]);
        summary.Skipped.ShouldBe([
            ("conversation without a contact (no contacts, no user or lead as the source's author)", 1L),
            ("note (private, not a message)", 1L),
            ("bot reply (Fin and other bots: not an agent reply, as Intercom's reports leave them out of first response and replies)", 3L),
        ]);
        summary.Read.ShouldBe([("admins", 2L), ("teams", 2L), ("companies", 1L), ("contacts", 2L), ("conversations", 6L)]);

        var before = AllRows();
        var again = Import(Fixture);
        again.Tables.Sum(t => t.Inserted + t.Updated + t.Removed).ShouldBe(0);
        again.Table("messages")!.Unchanged.ShouldBe(11);
        again.Table("tickets")!.Unchanged.ShouldBe(5);
        AllRows().ShouldBe(before);
    }

    [Fact]
    public async Task A_newer_copy_of_a_conversation_updates_its_rows()
    {
        Import(Fixture);
        // Conversation 1002 a day later: Ben closed it with a reply, the customer rated it 4.
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "newer")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "conversations.ndjson"), """
            {"type": "conversation", "id": "1002", "created_at": 1790931600, "updated_at": 1791100000, "state": "closed", "admin_assignee_id": 102, "team_assignee_id": "202", "priority": "not_priority", "source": {"type": "conversation", "id": "401002", "body": "<p>Hello</p>", "author": {"type": "lead", "id": "6501aa00bb11cc22dd33ee02"}}, "contacts": {"type": "contact.list", "contacts": [{"type": "contact", "id": "6501aa00bb11cc22dd33ee02"}]}, "tags": {"type": "tag.list", "tags": [{"type": "tag", "id": "705", "name": "refund"}]}, "statistics": {"first_admin_reply_at": 1790932800, "last_close_at": 1791014400, "count_reopens": 0}, "conversation_rating": {"rating": 4, "created_at": 1791018000, "teammate": {"type": "admin", "id": "102"}}, "conversation_parts": {"type": "conversation_part.list", "conversation_parts": [{"type": "conversation_part", "id": "9012", "part_type": "comment", "body": "<p>Hi, Ben here</p>", "created_at": 1790932800, "updated_at": 1790932800, "author": {"type": "admin", "id": "102"}}, {"type": "conversation_part", "id": "9014", "part_type": "close", "body": "<p>Refunded</p>", "created_at": 1791014400, "updated_at": 1791014400, "author": {"type": "admin", "id": "102"}}], "total_count": 2}}
            """);

        var summary = Import(folder);

        // 1791014400 is 2026-10-03 08:00:00 UTC, 1791018000 09:00:00.
        Rows("tickets").ShouldContain($"1002|{TextId("6501aa00bb11cc22dd33ee02")}|102|chat|normal|solved|2026-10-02 09:00:00|2026-10-02 09:20:00|2026-10-03 08:00:00|0|2||||");
        Rows("messages").ShouldContain("9014|1002|agent|102|2026-10-03 08:00:00");
        Rows("ticket_tags").Where(t => t.StartsWith("1002|", StringComparison.Ordinal)).ShouldBe(["1002|refund"]);
        Rows("csat_responses").ShouldContain("1002|1002|102|4|2026-10-03 09:00:00");
        summary.Table("tickets").ShouldBe(new TableChange("tickets", 0, 1, 0, 0));
        summary.Table("messages").ShouldBe(new TableChange("messages", 1, 0, 2, 0));
        Rows("tickets").Count.ShouldBe(5);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        // Cut off inside the second conversation: the end of the file, line 2 column 17.
        { "conversations.json", "{\"type\": \"conversation.list\", \"conversations\": [{\"id\": \"1\", \"state\": \"open\", \"created_at\": 1790841600},\n{\"id\": \"2\", \"sta",
            "conversations.json: line 2, column 17: the file ends inside a JSON value: it was cut off while saving or downloading; save the export again" },
        // A missing comma before "state" (column 60).
        { "conversations.json", """{"type": "conversation.list", "conversations": [{"id": "1" "state": "open"}]}""",
            "conversations.json: line 1, column 60: not valid JSON" },
        { "conversations.ndjson", "{\"id\": \"1\", \"state\": \"open\", \"created_at\": 1790841600}\n{\"id\": \"2\" \"state\": \"open\"}\n",
            "conversations.ndjson: line 2, column 12: not valid JSON" },
        { "conversations.json", """{"type": "conversation.list", "conversations": [{"id": "1", "state": "pending", "created_at": 1790841600}]}""",
            "conversations.json: line 1, conversations[0]: state 'pending' is not an Intercom conversation state (open, snoozed, closed)" },
        { "conversations.json", """{"_embedded": {"conversations": [{"id": 5, "status": "active", "mailboxId": 1, "createdAt": "2026-10-01T08:00:00Z"}]}}""",
            "conversations.json: line 1, _embedded.conversations[0]: this looks like a helpscout record, not an Intercom one: run reportbuilder import helpscout" },
        { "conversations.json", """[{"id": "1", "state": "open", "created_at": "2026-10-01 08:00:00"}]""",
            "conversations.json: line 1, [0]: created_at '2026-10-01 08:00:00' has no time zone" },
        { "admins.json", """{"type": "team.list", "teams": [{"type": "team", "id": "1", "name": "Support"}]}""",
            "admins.json: line 1: the page holds teams, not admins: name the file teams*.json" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_named_with_its_line_and_column_or_record_and_leaves_the_target_as_it_was(string name, string content, string message)
    {
        Import(Fixture);
        var before = AllRows();
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "bad")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, name), content);

        var outcome = await CliHarness.RunAsync("import", "intercom", Path.Combine(folder, name), "--to", Target);

        outcome.ExitCode.ShouldBe(7, outcome.Errors);
        outcome.Errors.ShouldContain(message);
        AllRows().ShouldBe(before);
    }

    private List<string> Rows(string table) => CanonicalRows.Of(Target, table);

    private string AllRows() => string.Join("\n", new[] { "agents", "customers", "tickets", "ticket_tags", "messages", "csat_responses" }
        .Select(t => t + ": " + string.Join("; ", Rows(t))));
}
