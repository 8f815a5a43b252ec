using System.IO.Compression;
using Microsoft.Data.Sqlite;
using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import zendesk</c> on the hand-written export under Fixtures/zendesk (page objects, a plain
/// array, NDJSON, gzip), with the canonical rows worked out by hand from the files.</summary>
public sealed class ZendeskImportTests : IDisposable
{
    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "zendesk");

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-zendesk-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Target => Path.Combine(_directory, "support.db");

    private ImportSummary Import(params string[] paths) => ImportRunner.Import(new ZendeskImport(), paths, Target, null, CancellationToken.None);

    [Fact]
    public void The_fixture_export_becomes_the_canonical_rows_worked_out_by_hand()
    {
        var summary = Import(Fixture);

        Rows("agents").ShouldBe(["101|Ann Agent|Billing|ann@example.com", "102|Bob Admin|Tier 2|bob@example.com"]);
        // Organizations are the customers (tier from the tier field or a premium tag); a requester without one is a customer.
        Rows("customers").ShouldBe([
            "201|Carol Customer|standard|2026-02-01 00:00:00|",
            "501|Acme|premium|2025-06-01 00:00:00|",
            "502|Globex|premium|2025-07-01 12:30:00|",
            "503|Initech|standard|2025-08-01 00:00:00|",
        ]);
        // 1001: first reply from its comments (08:30, not the metrics' 31 minutes), solved_at/replies/reopens from ticket_metrics.
        // 1002: no priority → normal, no agent reply. 1003: hold → pending, +02:00 → 08:00 UTC, replies counted from comments.
        // 1006: no comments: first reply = created + reply_time_in_minutes.calendar. 1004 deleted and 1005 merged are left out.
        Rows("tickets").ShouldBe([
            "1001|501|101|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 12:00:00|1|2|31|12|240|95",
            "1002|201|102|chat|normal|open|2026-10-02 09:00:00|||0|0||||",
            "1003|502||web|urgent|pending|2026-10-03 08:00:00|2026-10-03 09:00:00||0|1||||",
            "1006|503|101|phone|low|closed|2026-10-05 07:00:00|2026-10-05 08:30:00|2026-10-05 10:00:00|0|1|90|||",
        ]);
        Rows("messages").ShouldBe([
            "7001|1001|customer||2026-10-01 08:00:00",
            "7002|1001|agent|101|2026-10-01 08:30:00",
            "7005|1001|agent|101|2026-10-01 11:00:00",
            "7010|1002|customer||2026-10-02 09:00:00",
            "7040|1003|customer||2026-10-03 08:00:00",
            "7041|1003|agent|102|2026-10-03 09:00:00",
        ]);
        Rows("ticket_tags").ShouldBe(["1001|billing", "1003|bug", "1003|vip", "1006|how_to"]);
        // good → 5, bad → 1 (the catalog's CSAT is the share of 4–5: Zendesk's good / (good + bad)); offered is no answer.
        Rows("csat_responses").ShouldBe(["9001|1001|101|5|2026-10-01 13:00:00", "9002|1006|101|1|2026-10-05 11:00:00"]);

        summary.Read.ShouldBe([("users", 4L), ("groups", 2L), ("organizations", 3L), ("tickets", 6L), ("ticket_metrics", 2L), ("ticket_events", 9L), ("satisfaction_ratings", 3L)]);
        summary.Skipped.ShouldBe([
            ("deleted ticket (status deleted: Zendesk's reports leave deleted and spam tickets out)", 1L),
            ("ticket merged into another (tag closed_by_merge)", 1L),
            ("private comment (an internal note is not a message)", 1L),
            ("comment of a deleted or merged ticket", 1L),
            ("event or rating of a ticket in neither this import nor the target (import its tickets*.json too)", 1L),
            ("satisfaction survey offered but not answered", 1L),
        ]);
        summary.Table("tickets").ShouldBe(new TableChange("tickets", 4, 0, 0, 0));
    }

    [Fact]
    public void Importing_the_same_export_again_changes_nothing_and_duplicates_nothing()
    {
        Import(Fixture);
        var before = AllRows();

        var again = Import(Fixture);

        AllRows().ShouldBe(before);
        foreach (var table in again.Tables)
        {
            (table.Inserted, table.Updated, table.Removed).ShouldBe((0L, 0L, 0L), table.Table);
        }

        again.Table("tickets")!.Unchanged.ShouldBe(4);
        again.Table("messages")!.Unchanged.ShouldBe(6);
    }

    [Fact]
    public void A_newer_export_updates_changed_tickets_replaces_their_tags_and_removes_tickets_deleted_since()
    {
        Import(Fixture);
        var newer = NewerExport(Path.Combine(_directory, "newer"));

        var summary = Import(newer);

        summary.Table("tickets").ShouldBe(new TableChange("tickets", 1, 1, 0, 1));
        Rows("tickets").ShouldBe([
            "1001|501|101|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 12:00:00|1|2|31|12|240|95",
            "1002|201|102|chat|low|solved|2026-10-02 09:00:00|2026-10-06 09:00:00|2026-10-06 09:00:00|0|1||||",
            "1006|503|101|phone|low|closed|2026-10-05 07:00:00|2026-10-05 08:30:00|2026-10-05 10:00:00|0|1|90|||",
            "1007|501||email|normal|new|2026-10-06 08:00:00|||0|0||||",
        ]);
        Rows("ticket_tags").ShouldBe(["1001|billing", "1002|billing", "1006|how_to"]);
        Rows("messages").Count(m => m.StartsWith("7040|", StringComparison.Ordinal) || m.StartsWith("7041|", StringComparison.Ordinal)).ShouldBe(0);
        Rows("messages").ShouldContain("7050|1002|agent|102|2026-10-06 09:00:00");
        Rows("messages").Count.ShouldBe(5);
    }

    [Fact]
    public void A_newer_copy_of_a_ticket_in_the_same_import_wins_and_the_same_copy_twice_is_skipped()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "pages")).FullName;
        const string Old = """{"id": 1, "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-01T08:00:00Z", "status": "open", "requester_id": 5, "tags": ["a"]}""";
        const string New = """{"id": 1, "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-02T08:00:00Z", "status": "solved", "requester_id": 5, "tags": ["b"]}""";
        File.WriteAllText(Path.Combine(folder, "tickets-1.json"), $$"""{"tickets": [{{New}}, {{Old}}]}""");
        File.WriteAllText(Path.Combine(folder, "tickets-2.ndjson"), New + "\n");

        var summary = Import(folder);

        Rows("tickets").ShouldBe(["1|5||web|normal|solved|2026-10-01 08:00:00|||0|0||||"]);
        Rows("ticket_tags").ShouldBe(["1|b"]);
        summary.Skipped.ShouldBe([("older copy of a record also read in a newer version", 1L), ("repeated record (the same copy read twice)", 1L)]);
    }

    [Fact]
    public void Comment_events_without_ids_get_stable_ids_a_via_string_is_the_channel_and_a_side_load_is_ignored()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "bare")).FullName;
        File.WriteAllText(Path.Combine(folder, "tickets.json"), """
            {"users": [{"id": 5, "role": "end-user"}], "count": 1,
             "tickets": [{"id": 1, "created_at": "2026-10-01T08:00:00Z", "status": "closed", "requester_id": 5, "via": "Web form", "extra": {"x": [1, 2]}}]}
            """);
        File.WriteAllText(Path.Combine(folder, "ticket_events.json"), """
            [{"ticket_id": 1, "created_at": "2026-10-01T08:00:00Z", "updater_id": 5, "child_events": [{"event_type": "Comment", "public": true, "author_id": 5}]},
             {"ticket_id": 1, "created_at": "2026-10-01T09:00:00Z", "updater_id": 7, "child_events": [{"event_type": "Comment", "public": true},
                                                                                                  {"event_type": "Change", "status": "solved", "previous_value": "open"}]}]
            """);

        var first = Import(folder);
        var messages = Rows("messages");
        var again = Import(folder);

        // Without a users file, the requester (5) is the customer and another author (7) an agent; replies and the solve
        // time come from the events.
        messages.Select(m => m[m.IndexOf('|', StringComparison.Ordinal)..]).ShouldBe(["|1|customer||2026-10-01 08:00:00", "|1|agent|7|2026-10-01 09:00:00"]);
        Rows("tickets").ShouldBe(["1|5||web|normal|closed|2026-10-01 08:00:00|2026-10-01 09:00:00|2026-10-01 09:00:00|0|1||||"]);
        Rows("messages").ShouldBe(messages);
        again.Table("messages").ShouldBe(new TableChange("messages", 0, 0, 2, 0));
        first.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_record_saved_compact_and_indented_is_one_copy_and_a_changed_one_is_not()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "spacing")).FullName;
        File.WriteAllText(Path.Combine(folder, "tickets1.ndjson"),
            """{"id":1,"requester_id":5,"status":"open","created_at":"2026-10-01T08:00:00Z","updated_at":"2026-10-02T08:00:00Z","tags":["a b","c"]}""" + "\n");
        File.WriteAllText(Path.Combine(folder, "tickets2.json"), """
            {"tickets": [
              {
                "id": 1,
                "requester_id": 5,
                "status": "open",
                "created_at": "2026-10-01T08:00:00Z",
                "updated_at": "2026-10-02T08:00:00Z",
                "tags": ["a b", "c"]
              }
            ]}
            """);

        Import(folder).Skipped.ShouldBe([("repeated record (the same copy read twice)", 1L)]);

        // One letter more, at any place, is another copy: with the same updated_at that is an error.
        File.WriteAllText(Path.Combine(folder, "tickets2.json"),
            """{"tickets": [{"id": 1, "requester_id": 5, "status": "open", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-02T08:00:00Z", "tags": ["a b", "cd"]}]}""");
        Should.Throw<ImportInputException>(() => Import(folder)).Message.ShouldContain("id 1 was already read at");
    }

    [Fact]
    public void Two_copies_of_a_record_that_differ_with_the_same_updated_at_are_named_where_each_was_read()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "pages")).FullName;
        File.WriteAllText(Path.Combine(folder, "tickets1.json"), """
            {"tickets": [{"id": 3, "status": "open", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-02T08:00:00Z"},
                         {"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-02T08:00:00Z"}]}
            """);
        File.WriteAllText(Path.Combine(folder, "tickets2.json"), """
            {"count": 1,
             "results": [{"id": 4, "status": "open", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-02T08:00:00Z"},
                         {"id": 1, "status": "solved", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-02T08:00:00Z"}]}
            """);

        Should.Throw<ImportInputException>(() => Import(folder)).Message.ShouldStartWith(
            $"{Path.Combine(folder, "tickets2.json")}: line 3, results[1]: id 1 was already read at {Path.Combine(folder, "tickets1.json")}: line 2, tickets[1] " +
            "with other values and the same updated_at");
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "tickets.json", """{"tickets": [{"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z"},""" + "\n" + """{"id": 2, "sta""",
            "tickets.json: line 2, column 15: the file ends inside a JSON value: it was cut off" },
        { "tickets.json", """{"tickets": [{"id": 1, "status": "escalated", "created_at": "2026-10-01T08:00:00Z"}]}""",
            "tickets.json: line 1, tickets[0]: status 'escalated' is not a Zendesk ticket status (new, open, pending, hold, solved, closed, deleted)" },
        { "tickets.json", "[\n{\"id\": 1, \"status\": \"open\", \"created_at\": \"2026-10-01T08:00:00Z\"},\n{\"id\": 2, \"status\": \"open\", \"created_at\": \"2026-10-01 08:00:00\"}\n]",
            "tickets.json: line 3, [1]: created_at '2026-10-01 08:00:00' has no time zone" },
        { "tickets.ndjson", """{"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-01T08:00:00Z"}""" + "\n" +
            """{"id": 1, "status": "solved", "created_at": "2026-10-01T08:00:00Z", "updated_at": "2026-10-01T08:00:00Z"}""",
            "tickets.ndjson: line 2: id 1 was already read at" },
        { "tickets.json", """[{"id": 7, "status": 2, "priority": 1, "source": 1, "responder_id": 5, "fr_due_by": "2026-10-01T08:00:00Z"}]""",
            "tickets.json: line 1, [0]: this looks like a freshdesk record, not a Zendesk one: run reportbuilder import freshdesk" },
        { "tickets.json", """{"type": "conversation.list", "conversations": [{"id": "1"}], "pages": {}}""",
            "tickets.json: line 1: this is an Intercom or Help Scout export (conversations), not Zendesk's" },
        { "tickets.json", """{"users": [{"id": 1, "role": "agent"}]}""", "tickets.json: line 1: the page holds users, not tickets: name the file users*.json" },
        { "ticket_events.json", """[{"child_events": []}]""", "ticket_events.json: line 1, [0]: has no ticket_id" },
        { "tickets.ndjson", """{"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z"}""" + "\n// a note\n",
            "tickets.ndjson: line 2, column 1: not valid JSON" },
        // Records read a line at a time, then a line that is no JSON: its line and column still count from the file's start.
        { "tickets.ndjson", string.Concat(Enumerable.Range(1, 3).Select(i => $$"""{"id": {{i}}, "status": "open", "created_at": "2026-10-01T08:00:00Z"}""" + "\n")) +
            """{"id": 4 "status": "open"}""" + "\n",
            "tickets.ndjson: line 4, column 10: not valid JSON" },
        // NDJSON of pages, one per line: the records are named by their page's line and place.
        { "tickets.ndjson", """{"tickets": [{"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z"}]}""" + "\n" +
            """{"tickets": [{"id": 2, "status": "open", "created_at": "2026-10-01T08:00:00Z"}, {"id": 3, "status": "escalated"}], "end_of_stream": true}""",
            "tickets.ndjson: line 2, tickets[1]: status 'escalated' is not a Zendesk ticket status" },
        // Another endpoint's page on a line of its own, after a record.
        { "tickets.ndjson", """{"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z", "tags": ["vip"]}""" + "\n" +
            """{"users": [{"id": 1, "role": "agent"}]}""" + "\n",
            "tickets.ndjson: line 2: the page holds users, not tickets: name the file users*.json" },
        // Two records on one line.
        { "tickets.ndjson", """{"id": 1, "status": "open", "created_at": "2026-10-01T08:00:00Z"} {"id": 2, "status": "escalated"}""" + "\n",
            "tickets.ndjson: line 1: status 'escalated' is not a Zendesk ticket status" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_named_with_its_record_and_leaves_the_target_as_it_was(string name, string content, string message)
    {
        Import(Fixture);
        var before = AllRows();
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "bad")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, name), content);

        var outcome = await CliHarness.RunAsync("import", "zendesk", Path.Combine(folder, name), "--to", Target);

        outcome.ExitCode.ShouldBe(7, outcome.Errors);
        outcome.Errors.ShouldContain(message);
        AllRows().ShouldBe(before);
    }

    [Fact]
    public void A_failed_import_into_a_new_file_leaves_no_file()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "bad")).FullName;
        using (var gz = new GZipStream(File.Create(Path.Combine(folder, "tickets.json.gz")), CompressionLevel.Fastest))
        {
            gz.Write("""{"tickets": [{"id": 1, "status": "open", "created_at": "2026"""u8);
        }

        Should.Throw<ImportInputException>(() => Import(folder)).Message.ShouldContain("tickets.json.gz: line 1, column 61: the file ends inside a JSON value");
        File.Exists(Target).ShouldBeFalse();
        Directory.GetFiles(_directory).ShouldBeEmpty();
    }

    [Fact]
    public void A_new_file_is_written_under_a_hidden_name_and_appears_whole_when_the_import_commits()
    {
        // What a process killed mid-import would leave: seen from the import's own progress, before it commits.
        var during = new List<string>();
        ImportRunner.Import(new ZendeskImport(), [Fixture], Target, step =>
        {
            if (step == "writing the canonical tables")
            {
                during.AddRange(Directory.GetFiles(_directory).Select(Path.GetFileName)!);
            }
        }, CancellationToken.None);

        during.ShouldNotContain("support.db");
        during.ShouldContain(name => name.StartsWith(".support.db.", StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal));
        Directory.GetFiles(_directory).Select(Path.GetFileName).ShouldBe(["support.db"]);
        Rows("tickets").Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_target_in_a_missing_folder_a_folder_or_one_that_cannot_be_created_is_refused_with_exit_code_3()
    {
        var missing = Path.Combine(_directory, "no-such-folder", "support.db");
        var inMissing = await CliHarness.RunAsync("import", "zendesk", Fixture, "--to", missing, "--quiet");
        var folder = await CliHarness.RunAsync("import", "zendesk", Fixture, "--to", _directory, "--quiet");

        inMissing.ExitCode.ShouldBe(3, inMissing.Errors);
        inMissing.Errors.ShouldContain($"cannot write {missing}: the folder {Path.GetDirectoryName(missing)} does not exist");
        folder.ExitCode.ShouldBe(3, folder.Errors);
        // A folder no file can be created in, even by root (/proc): SQLite cannot open the new file.
        var unwritable = await CliHarness.RunAsync("import", "zendesk", Fixture, "--to", "/proc/rb-import-test.db", "--quiet");
        unwritable.ExitCode.ShouldBe(3, unwritable.Errors);
        unwritable.Errors.ShouldContain("cannot open /proc/rb-import-test.db (SQLite: ");
        unwritable.Errors.ShouldContain("create and write files in its folder");
        folder.Errors.ShouldContain($"cannot write {_directory}: it is a folder; name the SQLite file to import into (FILE.db)");
        Directory.GetFileSystemEntries(_directory).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_command_prints_the_summary_and_refuses_an_unknown_vendor()
    {
        var run = await CliHarness.RunAsync("import", "zendesk", Fixture, "--to", Target, "--quiet");
        run.ExitCode.ShouldBe(0, run.Errors);
        run.Output.ShouldContain("read 8 file(s): users 4, groups 2, organizations 3, tickets 6, ticket_metrics 2, ticket_events 9, satisfaction_ratings 3");
        run.Output.ShouldContain("tickets: 4 inserted, 0 updated, 0 unchanged");
        run.Output.ShouldContain("skipped 1: satisfaction survey offered but not answered");

        var unknown = await CliHarness.RunAsync("import", "kayako", Fixture, "--to", Target);
        unknown.ExitCode.ShouldBe(2);
        unknown.Errors.ShouldContain("'kayako' is not a vendor import knows");
    }

    [Fact]
    public void A_target_written_before_agents_had_addresses_gains_the_column_and_a_later_export_without_them_keeps_them()
    {
        // A file in the canonical schema as it was before agents.email: the import adds the column, it does not refuse the file.
        using (var db = new SqliteConnection($"Data Source={Target};Pooling=False"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL); " +
                                  "INSERT INTO agents VALUES (7, 'Old Agent', 'Legacy');";
            command.ExecuteNonQuery();
        }

        Import(Fixture);
        Rows("agents").ShouldBe(["7|Old Agent|Legacy|", "101|Ann Agent|Billing|ann@example.com", "102|Bob Admin|Tier 2|bob@example.com"]);

        // The users again, newer and without addresses (an export made without the email field), with the groups: the names
        // change, the addresses stay.
        var users = Path.Combine(_directory, "users.json");
        File.WriteAllText(users, """
            { "users": [
              { "id": 101, "name": "Ann Agent-Smith", "role": "agent", "default_group_id": 11, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-03-01T00:00:00Z" },
              { "id": 102, "name": "Bob Admin", "role": "admin", "default_group_id": 12, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-03-01T00:00:00Z" }
            ], "end_of_stream": true }
            """);
        Import(users, Path.Combine(Fixture, "groups.json"));
        Rows("agents").ShouldBe(["7|Old Agent|Legacy|", "101|Ann Agent-Smith|Billing|ann@example.com", "102|Bob Admin|Tier 2|bob@example.com"]);
    }

    /// <summary>Writes the newer export into <paramref name="folder"/> (created): 1002 solved with a comment, 1003 deleted, 1007 new.</summary>
    internal static string NewerExport(string folder)
    {
        var newer = Directory.CreateDirectory(folder).FullName;
        File.WriteAllText(Path.Combine(newer, "tickets-2026-10-06.json"), """
            {"tickets": [
              {"id": 1002, "created_at": "2026-10-02T09:00:00Z", "updated_at": "2026-10-06T10:00:00Z", "status": "solved", "priority": "low",
               "via": {"channel": "chat"}, "assignee_id": 102, "organization_id": null, "requester_id": 201, "tags": ["billing"]},
              {"id": 1003, "created_at": "2026-10-03T08:00:00Z", "updated_at": "2026-10-06T11:00:00Z", "status": "deleted", "priority": "urgent",
               "via": {"channel": "web"}, "organization_id": 502, "requester_id": 202, "tags": []},
              {"id": 1007, "created_at": "2026-10-06T08:00:00Z", "updated_at": "2026-10-06T08:00:00Z", "status": "new", "priority": "normal",
               "via": {"channel": "email"}, "organization_id": 501, "requester_id": 202, "tags": []}
            ], "end_of_stream": true}
            """);
        File.WriteAllText(Path.Combine(newer, "ticket_events-2026-10-06.json"), """
            {"ticket_events": [
              {"ticket_id": 1002, "created_at": "2026-10-06T09:00:00Z", "child_events": [{"id": 7050, "event_type": "Comment", "public": true, "author_id": 102},
                                                                                       {"id": 7051, "event_type": "Change", "status": "solved", "previous_value": "open"}]}
            ]}
            """);
        return newer;
    }

    private List<string> Rows(string table) => CanonicalRows.Of(Target, table);

    private string AllRows() => string.Join("\n", new[] { "agents", "customers", "tickets", "ticket_tags", "messages", "csat_responses" }
        .Select(t => t + ": " + string.Join("; ", Rows(t))));
}
