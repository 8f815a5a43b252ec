using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import zendesk FILE.csv --time-zone ZONE</c>: Zendesk's UI CSV export of tickets (per-ticket
/// totals, no messages) on the hand-written files under Fixtures/zendesk-csv, with the canonical rows worked out by hand;
/// every bad input; and a report over the import, where a metric on messages says why it has no data.</summary>
public sealed class ZendeskCsvImportTests : IDisposable
{
    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "zendesk-csv");
    private static readonly string October = Path.Combine(Fixture, "tickets.csv");
    private static readonly string November = Path.Combine(Fixture, "tickets-2026-11.csv");
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    private const string Header = "Id,Requester,Requester id,Organization,Assignee,Group,Status,Priority,Via,Created at,Updated at,Solved at,Tags," +
                                  "Satisfaction Score,Replies,Reopens,First reply time in minutes";

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-zendesk-csv-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private string Target => Path.Combine(_directory, "support.db");

    private ImportSummary Import(DateTimeZone? zone, params string[] files) =>
        ImportRunner.Import(new ZendeskCsvImport(zone), files, Target, null, CancellationToken.None);

    private List<string> Rows(string table) => CanonicalRows.Of(Target, table);

    // The ids made from names, as docs/import.md gives them: FNV-1a 64 over the UTF-16 code units, shifted right by 2, bit 61 set.
    private static long Named(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)(hash >> 2) | (1L << 61);
    }

    private static readonly long Ann = Named("agent:Ann Agent");
    private static readonly long Bob = Named("agent:Bob Builder");
    private static readonly long Acme = Named("organization:Acme");
    private static readonly long Globex = Named("organization:Globex");

    [Fact]
    public void The_fixture_export_becomes_the_canonical_rows_worked_out_by_hand()
    {
        var summary = Import(Berlin, October);

        // Berlin is UTC+2 until 25 October 2026 at 03:00, UTC+1 after: 10:00 on the 1st is 08:00 UTC, 09:00 on the 26th 08:00 UTC.
        // 2001: first reply 30 min after 08:00. 2002: no reply yet. 2003: 90 min → 09:30, solved 12:00 CET = 11:00 UTC.
        // 2004: On-hold → pending, no assignee, 15 min. 2005 deleted and 2006 merged (closed_by_merge) are left out.
        Rows("tickets").ShouldBe([
            $"2001|{Acme}|{Ann}|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 12:00:00|0|2||||",
            $"2002|302|{Bob}|web|normal|open|2026-10-02 09:00:00|||0|0||||",
            $"2003|{Globex}|{Ann}|chat|low|closed|2026-10-26 08:00:00|2026-10-26 09:30:00|2026-10-26 11:00:00|1|3||||",
            $"2004|{Acme}||phone|urgent|pending|2026-10-03 06:00:00|2026-10-03 06:15:00||0|1||||",
        ]);
        Rows("ticket_tags").ShouldBe(["2001|billing", "2001|vip", "2003|how_to"]);
        // Ann's team is the group of her latest ticket (2003, Billing); no addresses in the export.
        Rows("agents").ShouldBe(new[] { $"{Bob}|Bob Builder|Tier 2|", $"{Ann}|Ann Agent|Billing|" }.OrderBy(r => long.Parse(r.Split('|')[0])).ToList());
        // An organization is the customer (its first ticket's creation), else the requester; tier standard.
        Rows("customers").ShouldBe(new[]
        {
            "302|Dan Doe|standard|2026-10-02 09:00:00|",
            $"{Acme}|Acme|standard|2026-10-01 08:00:00|",
            $"{Globex}|Globex|standard|2026-10-26 08:00:00|",
        }.OrderBy(r => long.Parse(r.Split('|')[0])).ToList());
        // Good → 5, Bad → 1 at the solve time; Offered is no answer.
        Rows("csat_responses").ShouldBe([$"2001|2001|{Ann}|5|2026-10-01 12:00:00", $"2003|2003|{Ann}|1|2026-10-26 11:00:00"]);
        Rows("messages").ShouldBeEmpty();

        summary.Read.ShouldBe([("tickets", 6L)]);
        summary.Skipped.ShouldBe([(ZendeskImport.Deleted, 1L), (ZendeskImport.Merged, 1L)]);
        summary.Notes.ShouldBe([(CsvTicketImport.NoMessages, 4L)]);
        summary.Table("tickets").ShouldBe(new TableChange("tickets", 4, 0, 0, 0));
    }

    [Fact]
    public void A_newer_export_updates_the_tickets_by_id_and_duplicates_nothing()
    {
        Import(Berlin, October);
        var again = Import(Berlin, October);
        again.Tables.ShouldAllBe(t => t.Inserted == 0 && t.Updated == 0 && t.Removed == 0);

        var newer = Import(Berlin, November);

        // 2002 solved on 2 November 09:00 CET (08:00 UTC), first reply 1440 min after 2 October 09:00 UTC; 2003 as it was;
        // 2007 new (09:00 CET = 08:00 UTC, 5 min). 2001 and 2004 are not in the file: kept.
        Rows("tickets").ShouldBe([
            $"2001|{Acme}|{Ann}|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 12:00:00|0|2||||",
            $"2002|302|{Bob}|web|normal|solved|2026-10-02 09:00:00|2026-10-03 09:00:00|2026-11-02 08:00:00|0|1||||",
            $"2003|{Globex}|{Ann}|chat|low|closed|2026-10-26 08:00:00|2026-10-26 09:30:00|2026-10-26 11:00:00|1|3||||",
            $"2004|{Acme}||phone|urgent|pending|2026-10-03 06:00:00|2026-10-03 06:15:00||0|1||||",
            $"2007|306|{Ann}|chat|normal|open|2026-11-03 08:00:00|2026-11-03 08:05:00||0|1||||",
        ]);
        newer.Table("tickets").ShouldBe(new TableChange("tickets", 1, 1, 1, 0));
        // Ann's latest ticket is now 2007, in Tier 2; Bob's is 2002, in Tier 2 as before.
        newer.Table("agents").ShouldBe(new TableChange("agents", 0, 1, 1, 0));
        Rows("agents").ShouldContain($"{Ann}|Ann Agent|Tier 2|");
        newer.Table("customers").ShouldBe(new TableChange("customers", 1, 0, 2, 0));
        Rows("csat_responses").ShouldBe([
            $"2001|2001|{Ann}|5|2026-10-01 12:00:00", $"2002|2002|{Bob}|5|2026-11-02 08:00:00", $"2003|2003|{Ann}|1|2026-10-26 11:00:00",
        ]);
        Rows("tickets").Count.ShouldBe(5);
    }

    [Fact]
    public void Two_exports_in_one_import_keep_the_later_row_of_a_ticket()
    {
        Import(Berlin, October, November);

        Rows("tickets").Single(r => r.StartsWith("2002|", StringComparison.Ordinal))
            .ShouldBe($"2002|302|{Bob}|web|normal|solved|2026-10-02 09:00:00|2026-10-03 09:00:00|2026-11-02 08:00:00|0|1||||");
        Rows("tickets").Count.ShouldBe(5);
    }

    private string Csv(params string[] rows)
    {
        var file = Path.Combine(_directory, "tickets.csv");
        File.WriteAllText(file, string.Join("\n", rows.Prepend(Header)) + "\n");
        return file;
    }

    private const string Good = "3001,Hal,401,,Ann Agent,Billing,Open,Normal,Mail,2026-10-05 10:00:00,2026-10-05 10:30:00,,,,0,0,";

    private void Fails(string file, string message, DateTimeZone? zone = null)
    {
        var error = Should.Throw<ImportInputException>(() => Import(zone ?? Berlin, file));
        error.Message.ShouldBe(message);
        File.Exists(Target).ShouldBeFalse();   // nothing written: the target the import created is removed
    }

    [Fact]
    public void A_header_without_a_required_column_names_the_file_the_header_and_the_column()
    {
        var file = Path.Combine(_directory, "tickets.csv");
        File.WriteAllText(file, "Id,Requester id,Status,Priority,Via,Created at,Solved at,Reopens,First reply time in minutes\n1,2,Open,Normal,Mail,2026-10-01 08:00,,0,\n");

        Fails(file, $"{file}: line 1 (the header): no column 'Replies' in the header 'Id,Requester id,Status,Priority,Via,Created at,Solved at,Reopens,First reply time in minutes': " +
            "this is not Zendesk's CSV export of tickets, or the export's columns changed; export it again with the columns Id, Requester id, Status, Priority, Via, " +
            "Created at, Solved at, Replies, Reopens, First reply time in minutes (others may follow), or rename the column in the header to the name above");
    }

    [Fact]
    public void A_local_time_without_a_time_zone_is_an_error_naming_the_line_and_the_column()
    {
        var file = Csv(Good);

        var error = Should.Throw<ImportInputException>(() => Import(null, file));

        error.Message.ShouldBe($"{file}: line 2: column Created at: '2026-10-05 10:00:00' has no time zone: Zendesk's CSV export writes the account's local time; " +
            "pass the account's time zone, e.g. --time-zone Europe/Berlin (an IANA name, as in the account's settings)");
        File.Exists(Target).ShouldBeFalse();
    }

    [Fact]
    public void A_time_with_an_offset_needs_no_time_zone()
    {
        Import(null, Csv("3002,Ivy,402,,,,Solved,Normal,Mail,2026-10-05 10:00:00 +0200,,2026-10-05T12:00:00Z,,,1,0,60"));

        Rows("tickets").ShouldBe(["3002|402||email|normal|solved|2026-10-05 08:00:00|2026-10-05 09:00:00|2026-10-05 12:00:00|0|1||||"]);
    }

    [Fact]
    public void The_account_zone_reads_a_repeated_hour_as_the_earlier_and_a_skipped_one_moved_forward()
    {
        // 25 October 2026, 02:30 in Berlin happens twice (CEST then CET): the earlier is 00:30 UTC. 29 March 2026, 02:30 does
        // not happen (02:00 CET → 03:00 CEST): moved forward by the hour, 03:30 CEST = 01:30 UTC.
        Import(Berlin, Csv(
            "3003,Jo,403,,,,Open,Normal,Mail,2026-10-25 02:30:00,,,,,0,0,",
            "3004,Jo,403,,,,Open,Normal,Mail,2026-03-29 02:30:00,,,,,0,0,"));

        Rows("tickets").Select(r => r.Split('|')[6]).ShouldBe(["2026-10-25 00:30:00", "2026-03-29 01:30:00"]);
    }

    [Fact]
    public void A_timestamp_that_does_not_parse_names_the_line_and_the_column()
    {
        var file = Csv(Good, "3005,Kim,404,,,,Solved,Normal,Mail,2026-10-05 10:00:00,,10/6/2026 2:00 PM,,,1,0,5");

        Fails(file, $"{file}: line 3: column Solved at: '10/6/2026 2:00 PM' is not a timestamp: the export writes 2026-10-01 08:30:00 (year first); " +
            "a spreadsheet that saved the file again may have rewritten the dates: export it again and import it unchanged");
    }

    [Fact]
    public void An_unknown_status_names_the_line_and_the_column()
    {
        var file = Csv(Good, Good.Replace("3001,", "3006,", StringComparison.Ordinal).Replace(",Open,", ",Escalated,", StringComparison.Ordinal));

        Fails(file, $"{file}: line 3: column Status: 'Escalated' is not a Zendesk ticket status (New, Open, Pending, On-hold, Solved, Closed, Deleted): " +
            "a custom ticket status cannot be mapped onto the catalog's; export the tickets with the standard status column, or leave those tickets out of the export");
    }

    [Fact]
    public void One_id_twice_with_other_values_and_the_same_update_time_names_both_lines()
    {
        var file = Csv(Good, "3007,Lee,405,,,,Open,Normal,Mail,2026-10-06 10:00:00,2026-10-06 10:30:00,,,,0,0,", Good.Replace(",Normal,", ",High,", StringComparison.Ordinal));

        Fails(file, $"{file}: line 4: id 3001 was already read at {file}: line 2 with other values and the same updated_at: " +
            "one import takes each record once; remove the overlapping file or page, or import the two exports one after the other");
    }

    [Fact]
    public void The_same_row_twice_is_read_once()
    {
        var summary = Import(Berlin, Csv(Good, Good));

        Rows("tickets").Count.ShouldBe(1);
        summary.Skipped.ShouldBe([("repeated record (the same copy read twice)", 1L)]);
    }

    [Fact]
    public void A_row_cut_short_or_a_stray_quote_names_the_line()
    {
        var cut = Csv(Good, "3008,Max,406,,,,Open");
        var error = Should.Throw<ImportInputException>(() => Import(Berlin, cut));
        error.Message.ShouldStartWith($"{cut}: line 3: not a well-formed CSV record (");
        error.Message.ShouldEndWith("): the file was cut or edited; export Zendesk's CSV export of tickets again");

        var quote = Csv(Good, "3009,\"Ned,407,,,,Open,Normal,Mail,2026-10-05 10:00:00,,,,,0,0,");
        Should.Throw<ImportInputException>(() => Import(Berlin, quote)).Message.ShouldStartWith($"{quote}: line 3: not a well-formed CSV record (");
    }

    [Fact]
    public void A_failed_import_leaves_an_existing_target_as_it_was()
    {
        Import(Berlin, October);
        var before = Rows("tickets");

        Should.Throw<ImportInputException>(() => Import(Berlin, Csv(Good, Good.Replace(",Open,", ",Escalated,", StringComparison.Ordinal).Replace("3001,", "3010,", StringComparison.Ordinal))));

        Rows("tickets").ShouldBe(before);
    }

    [Fact]
    public async Task The_command_reads_a_csv_with_time_zone_and_says_which_vendors_it_cannot_read_yet()
    {
        var db = Path.Combine(_directory, "cli.db");

        var missingZone = await CliHarness.RunAsync("import", "zendesk", October, "--to", db);
        missingZone.ExitCode.ShouldBe(7);
        missingZone.Errors.ShouldContain("column Created at: '2026-10-01 10:00:00' has no time zone");
        File.Exists(db).ShouldBeFalse();

        var badZone = await CliHarness.RunAsync("import", "zendesk", October, "--to", db, "--time-zone", "Europe/Berlim");
        badZone.ExitCode.ShouldBe(2);
        badZone.Errors.ShouldContain("'Europe/Berlim' is not an IANA time zone (did you mean Europe/Berlin?)");

        var freshdesk = await CliHarness.RunAsync("import", "freshdesk", October, "--to", db, "--time-zone", "Europe/Berlin");
        freshdesk.ExitCode.ShouldBe(2);
        freshdesk.Errors.ShouldContain("Freshdesk's CSV export is not supported yet (only zendesk)");

        var mixed = await CliHarness.RunAsync("import", "zendesk", October, Fixture, "--to", db, "--time-zone", "Europe/Berlin");
        mixed.ExitCode.ShouldBe(7);
        mixed.Errors.ShouldContain("give either CSV exports (FILE.csv) or saved API responses (folders, *.json), not both in one import");

        var done = await CliHarness.RunAsync("import", "zendesk", October, "--to", db, "--time-zone", "Europe/Berlin", "--quiet");
        done.ExitCode.ShouldBe(0, done.Errors);
        done.Output.ShouldContain("tickets: 4 inserted, 0 updated, 0 unchanged\n");
        done.Output.ShouldContain($"note 4: {CsvTicketImport.NoMessages}\n");
    }

    [Fact]
    public async Task A_report_over_the_import_says_why_a_metric_on_messages_has_no_data_and_measures_the_tickets()
    {
        Import(Berlin, October);
        var report = Path.Combine(_directory, "report.yaml");
        File.WriteAllText(report, $"""
            id: csv
            title: CSV import
            source: {"{"} sqlite: support.db {"}"}
            timezone: UTC
            period: "2026-10"
            compare: previous_period
            trend: 0
            metrics:
              - {"{"} metric: avg_response_time {"}"}
              - {"{"} metric: first_response_time, stat: mean, name: first_response_mean {"}"}
              - {"{"} metric: reopen_rate {"}"}
            """);

        var outcome = await CliHarness.RunAsync("run", report, "--format", "json", "--out", _directory, "--quiet");

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        outcome.Errors.ShouldContain("warning: avg_response_time: no data: the source has no messages (its messages table is empty, as after importing " +
            "a help desk's CSV export, which has per-ticket totals only); import the help desk's API export to measure it (docs/import.md)\n");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "csv.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        var response = metrics["avg_response_time"];
        response.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        response.GetProperty("status").GetString().ShouldBe("no_data");
        response.GetProperty("no_data_reason").GetString()!.ShouldStartWith("no data: the source has no messages (its messages table is empty");
        // First replies of October's tickets from the export's minutes: 2001 0.5 h, 2003 1.5 h, 2004 0.25 h → mean 0.75 h.
        metrics["first_response_mean"].GetProperty("value").GetDouble().ShouldBe(0.75, 1e-9);
        metrics["first_response_mean"].TryGetProperty("no_data_reason", out _).ShouldBeFalse();
        // Solved in October: 2001 (0 reopens) and 2003 (1 reopen) → 1 of 2.
        metrics["reopen_rate"].GetProperty("value").GetDouble().ShouldBe(0.5, 1e-9);
    }
}
