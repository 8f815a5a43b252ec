using Microsoft.Data.Sqlite;
using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import freshdesk</c> on the hand-written export under Fixtures/freshdesk (plain arrays as the API
/// answers, NDJSON), with the canonical rows worked out by hand from the files.</summary>
public sealed class FreshdeskImportTests : IDisposable
{
    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "freshdesk");
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-freshdesk-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Target => Path.Combine(_directory, "support.db");

    private ImportSummary Import(params string[] paths) => ImportRunner.Import(new FreshdeskImport(), paths, Target, null, CancellationToken.None);

    [Fact]
    public void The_fixture_export_becomes_the_canonical_rows_worked_out_by_hand()
    {
        var summary = Import(Fixture);

        // Team: the agent's first group by id.
        Rows("agents").ShouldBe(["301|Fay Agent|Support|fay@example.com", "302|Gus Agent|Support|gus@example.com"]);
        // Companies (tier from the custom field tier); ticket 12 has none: its requester is the customer.
        Rows("customers").ShouldBe(["601|Umbrella|premium|2025-03-01 00:00:00|", "602|Hooli|standard|2025-04-01 00:00:00|", "802|Requester 802|standard|2026-10-02 08:00:00|"]);
        // Status 4 → solved, 5 → closed, 6 (waiting on customer) → pending; priority 1–4; source 1 email, 7 chat, 3 phone, 10 outbound email.
        // First reply from stats.first_responded_at, else the first agent message; solved_at = resolved_at, else closed_at;
        // reopens = 1 with a reopened_at; replies = public agent conversations, public notes included (5001 and 5004). 14 is spam.
        Rows("tickets").ShouldBe([
            "11|601|301|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:45:00|2026-10-01 12:00:00|1|2||||",
            "12|802|302|chat|low|open|2026-10-02 08:00:00|||0|0||||",
            "13|602|302|phone|urgent|closed|2026-10-03 08:00:00|2026-10-03 09:00:00|2026-10-03 12:00:00|0|0||||",
            "15|601|301|email|normal|pending|2026-10-05 08:00:00|2026-10-05 08:00:00||0|1||||",
        ]);
        // The description is the customer's first message (id 2^61 + ticket id), but of outbound ticket 15.
        Rows("messages").ShouldBe([
            "5001|11|agent|301|2026-10-01 08:45:00",
            "5002|11|customer||2026-10-01 09:30:00",
            "5004|11|agent|301|2026-10-01 10:00:00",
            "5006|15|agent|301|2026-10-05 08:00:00",
            $"{FreshdeskImport.DescriptionIdBase + 11}|11|customer||2026-10-01 08:00:00",
            $"{FreshdeskImport.DescriptionIdBase + 12}|12|customer||2026-10-02 08:00:00",
            $"{FreshdeskImport.DescriptionIdBase + 13}|13|customer||2026-10-03 08:00:00",
        ]);
        Rows("ticket_tags").ShouldBe(["11|billing", "13|bug"]);
        // default_question 103 → 5 (satisfied), -101 → 2; 7003 belongs to the spam ticket.
        Rows("csat_responses").ShouldBe(["7001|11|301|5|2026-10-01 13:00:00", "7002|13|302|2|2026-10-03 13:00:00"]);
        summary.Skipped.ShouldBe([
            ("spam ticket (spam: true)", 1L), ("private note (not a message)", 1L), ("conversation or rating of a deleted or spam ticket", 2L),
        ]);

        var again = Import(Fixture);
        again.Tables.Sum(t => t.Inserted + t.Updated + t.Removed).ShouldBe(0);
        again.Table("messages")!.Unchanged.ShouldBe(7);
    }

    [Theory]
    [InlineData("""[{"id": 1, "status": 9, "created_at": "2026-10-01T08:00:00Z", "requester_id": 2}]""",
        "tickets.json: line 1, [0]: status 9 is not one of Freshdesk's statuses")]
    [InlineData("""[{"id": 1, "status": "open", "via": {"channel": "email"}, "requester_id": 2, "created_at": "2026-10-01T08:00:00Z"}]""",
        "tickets.json: line 1, [0]: this looks like a zendesk record, not a Freshdesk one")]
    public async Task A_bad_ticket_file_is_named_with_its_record(string content, string message)
    {
        var file = Path.Combine(_directory, "tickets.json");
        await File.WriteAllTextAsync(file, content);

        var outcome = await CliHarness.RunAsync("import", "freshdesk", file, "--to", Target);

        outcome.ExitCode.ShouldBe(7);
        outcome.Errors.ShouldContain(message);
        File.Exists(Target).ShouldBeFalse();
    }

    private List<string> Rows(string table) => CanonicalRows.Of(Target, table);
}
