using Microsoft.Data.Sqlite;
using Npgsql;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Import;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import VENDOR PATH... --to postgres://…</c> on the test server: every import gives the rows, the
/// summary and the exit code the same import into a SQLite file gives (the oracle, itself checked against rows worked out
/// by hand in each vendor's tests; the hand figures of ZendeskImportTests are repeated here), and a failure leaves the
/// server's tables as they were.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class PostgresImportTests(PostgresServer server) : IDisposable
{
    private static readonly string[] Tables = [.. CanonicalSchema.Columns.Keys];

    private static readonly string[] ZendeskTickets =
    [
        "1001|501|101|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 12:00:00|1|2|31|12|240|95",
        "1002|201|102|chat|normal|open|2026-10-02 09:00:00|||0|0||||",
        "1003|502||web|urgent|pending|2026-10-03 08:00:00|2026-10-03 09:00:00||0|1||||",
        "1006|503|101|phone|low|closed|2026-10-05 07:00:00|2026-10-05 08:30:00|2026-10-05 10:00:00|0|1|90|||",
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-pgimport-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string Fixture(string name) => RepositoryFiles.PathOf(["tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", .. name.Split('/')]);

    [Theory]
    [InlineData("zendesk", "zendesk")]
    [InlineData("intercom", "intercom")]
    [InlineData("freshdesk", "freshdesk")]
    [InlineData("helpscout", "helpscout")]
    [InlineData("zendesk", "zendesk-csv/tickets.csv")]
    public async Task Each_vendor_s_fixture_gives_the_sqlite_import_s_rows_and_summary_and_a_second_import_changes_nothing(string vendor, string fixture)
    {
        var (file, schema) = Targets(fixture.Replace('/', '-'));
        string[] extra = fixture.EndsWith(".csv", StringComparison.Ordinal) ? ["--time-zone", "Europe/Berlin"] : [];

        var onFile = await ImportAsync([vendor, Fixture(fixture), .. extra], file);
        var onServer = await ImportAsync([vendor, Fixture(fixture), .. extra], server.Address(schema));

        onServer.ShouldBe(onFile);
        await SameRowsAsync(file, schema);
        (await PostgresRows.OfAsync(server, schema, "tickets")).ShouldNotBeEmpty();

        var againOnFile = await ImportAsync([vendor, Fixture(fixture), .. extra], file);
        var againOnServer = await ImportAsync([vendor, Fixture(fixture), .. extra], server.Address(schema));

        againOnServer.ShouldBe(againOnFile);
        // A second import of the same export inserts, updates and removes nothing: every table line says so.
        againOnServer.Where(l => l.Contains(" inserted, ", StringComparison.Ordinal)).ShouldAllBe(l => l.Contains(": 0 inserted, 0 updated, ", StringComparison.Ordinal) && !l.Contains("removed", StringComparison.Ordinal));
        await SameRowsAsync(file, schema);
    }

    [Fact]
    public async Task The_zendesk_fixture_on_the_server_holds_the_rows_worked_out_by_hand()
    {
        var schema = server.NewSchema();

        var summary = await ImportAsync(["zendesk", Fixture("zendesk")], server.Address(schema));

        (await PostgresRows.OfAsync(server, schema, "tickets")).ShouldBe(ZendeskTickets);
        (await PostgresRows.OfAsync(server, schema, "agents")).ShouldBe(["101|Ann Agent|Billing|ann@example.com", "102|Bob Admin|Tier 2|bob@example.com"]);
        (await PostgresRows.OfAsync(server, schema, "ticket_tags")).ShouldBe(["1001|billing", "1003|bug", "1003|vip", "1006|how_to"]);
        (await PostgresRows.OfAsync(server, schema, "csat_responses")).ShouldBe(["9001|1001|101|5|2026-10-01 13:00:00", "9002|1006|101|1|2026-10-05 11:00:00"]);
        (await PostgresRows.OfAsync(server, schema, "messages")).Count.ShouldBe(6);
        summary.ShouldContain("read 8 file(s): users 4, groups 2, organizations 3, tickets 6, ticket_metrics 2, ticket_events 9, satisfaction_ratings 3");
        summary.ShouldContain("tickets: 4 inserted, 0 updated, 0 unchanged");
        summary.ShouldContain("skipped 1: satisfaction survey offered but not answered");
    }

    [Fact]
    public async Task A_newer_export_updates_the_changed_ticket_and_removes_the_deleted_one_as_on_sqlite()
    {
        var (file, schema) = Targets("newer");
        await ImportAsync(["zendesk", Fixture("zendesk")], file);
        await ImportAsync(["zendesk", Fixture("zendesk")], server.Address(schema));
        var newer = NewerExport();

        var onFile = await ImportAsync(["zendesk", newer], file);
        var onServer = await ImportAsync(["zendesk", newer], server.Address(schema));

        onServer.ShouldBe(onFile);
        await SameRowsAsync(file, schema);
        // By hand (ZendeskImportTests): 1002 solved, 1003 deleted with its messages, 1007 new.
        onServer.ShouldContain("tickets: 1 inserted, 1 updated, 0 unchanged, 1 removed");
        (await PostgresRows.OfAsync(server, schema, "tickets")).ShouldBe([
            ZendeskTickets[0],
            "1002|201|102|chat|low|solved|2026-10-02 09:00:00|2026-10-06 09:00:00|2026-10-06 09:00:00|0|1||||",
            ZendeskTickets[3],
            "1007|501||email|normal|new|2026-10-06 08:00:00|||0|0||||",
        ]);
        (await PostgresRows.OfAsync(server, schema, "ticket_tags")).ShouldBe(["1001|billing", "1002|billing", "1006|how_to"]);
        (await PostgresRows.OfAsync(server, schema, "messages")).Count.ShouldBe(5);
    }

    [Fact]
    public async Task An_export_without_agent_addresses_keeps_the_addresses_the_server_holds()
    {
        var (file, schema) = Targets("addresses");
        await ImportAsync(["zendesk", Fixture("zendesk")], file);
        await ImportAsync(["zendesk", Fixture("zendesk")], server.Address(schema));
        var users = Path.Combine(_directory, "users.json");
        await File.WriteAllTextAsync(users, """
            { "users": [
              { "id": 101, "name": "Ann Agent-Smith", "role": "agent", "default_group_id": 11, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-03-01T00:00:00Z" },
              { "id": 102, "name": "Bob Admin", "role": "admin", "default_group_id": 12, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-03-01T00:00:00Z" }
            ], "end_of_stream": true }
            """);
        var groups = Path.Combine(Fixture("zendesk"), "groups.json");

        var onFile = await ImportAsync(["zendesk", users, groups], file);
        var onServer = await ImportAsync(["zendesk", users, groups], server.Address(schema));

        onServer.ShouldBe(onFile);
        onServer.ShouldContain("agents: 0 inserted, 1 updated, 1 unchanged");
        (await PostgresRows.OfAsync(server, schema, "agents")).ShouldBe(["101|Ann Agent-Smith|Billing|ann@example.com", "102|Bob Admin|Tier 2|bob@example.com"]);
        await SameRowsAsync(file, schema);
    }

    [Fact]
    public async Task A_bad_file_mid_way_fails_as_on_sqlite_and_leaves_the_server_s_tables_as_they_were()
    {
        var (file, schema) = Targets("bad");
        await ImportAsync(["zendesk", Fixture("zendesk")], file);
        await ImportAsync(["zendesk", Fixture("zendesk")], server.Address(schema));
        var before = await AllRowsAsync(schema);
        // A good tickets file (a new ticket, a changed one), then events cut off in the middle.
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "cut")).FullName;
        File.Copy(Path.Combine(NewerExport(), "tickets-2026-10-06.json"), Path.Combine(folder, "tickets-2026-10-06.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "ticket_events.json"), """{"ticket_events": [{"ticket_id": 1002, "created_at": "2026-10""");

        var onFile = await CliHarness.RunAsync("import", "zendesk", folder, "--to", file);
        var onServer = await CliHarness.RunAsync("import", "zendesk", folder, "--to", server.Address(schema));

        onServer.ExitCode.ShouldBe(7, onServer.Errors);
        onFile.ExitCode.ShouldBe(7, onFile.Errors);
        onServer.Errors.ShouldBe(onFile.Errors);
        onServer.Errors.ShouldContain("ticket_events.json: line 1, column ");
        onServer.Errors.ShouldContain("the file ends inside a JSON value");
        (await AllRowsAsync(schema)).ShouldBe(before);

        // Into a new schema: not even the tables are left behind.
        var fresh = server.NewSchema();
        (await CliHarness.RunAsync("import", "zendesk", folder, "--to", server.Address(fresh))).ExitCode.ShouldBe(7);
        (await PostgresRows.TablesAsync(server, fresh)).ShouldBe(0);
    }

    [Fact]
    public async Task A_connection_killed_while_the_rows_are_written_leaves_the_server_s_tables_as_they_were()
    {
        var schema = server.NewSchema();
        await ImportAsync(["zendesk", Fixture("zendesk")], server.Address(schema));
        var before = await AllRowsAsync(schema);
        var location = PostgresLocation.Parse(server.Address(schema), SourceLocation.Option("--to"));
        var newer = NewerExport();
        var steps = new List<string>();

        // The tickets are written (1002 changed, 1003 removed, 1007 added) before the messages; then the session is killed.
        var failure = await Should.ThrowAsync<DataSourceException>(() => PostgresImport.IntoAsync(location, null, step =>
        {
            steps.Add(step);
            if (step.StartsWith("writing messages", StringComparison.Ordinal))
            {
                Terminate().GetAwaiter().GetResult();
            }
        }, CancellationToken.None, target => ImportRunner.Import(new ZendeskImport(), [newer], target, null, CancellationToken.None)));

        steps.ShouldContain(s => s.StartsWith("writing tickets", StringComparison.Ordinal));
        failure.Message.ShouldContain($"lost the connection to {location.Describe()} during the import");
        failure.Message.ShouldContain("nothing was written");
        (await AllRowsAsync(schema)).ShouldBe(before);
    }

    [Fact]
    public async Task The_report_over_the_imported_server_equals_the_one_over_the_imported_file_and_the_demo_database_s()
    {
        using var trip = new RoundTrip();
        var demo = await trip.DemoAsync();
        var export = trip.PathOf("export");
        ZendeskTestExporter.Export(demo, export);
        var file = trip.PathOf("imported.db");
        var address = server.Address(server.NewSchema());
        var onFile = await RoundTrip.ImportAsync("zendesk", export, file);
        var onServer = await RoundTrip.ImportAsync("zendesk", export, address);
        onServer.Split('\n')[..^2].ShouldBe(onFile.Split('\n')[..^2]);

        var expected = await trip.ReportAsync(trip.VendorView(demo, "zendesk-view", ZendeskRoundTripTests.Differences), "demo");
        var report = await trip.ReportAsync(address, "server");
        report.ShouldBe(await trip.ReportAsync(file, "file"));
        report.ShouldBe(expected);
    }

    [Fact]
    public async Task The_address_holds_no_password_and_the_summary_names_the_server_without_one()
    {
        var schema = server.NewSchema();
        var refused = await CliHarness.RunAsync("import", "zendesk", Fixture("zendesk"), "--to", $"postgres://postgres:Sekr3t@127.0.0.1:{server.Port}/rb?schema={schema}");
        refused.ExitCode.ShouldBe(2);
        refused.Errors.ShouldContain("the address holds a password");
        (refused.Output + refused.Errors).ShouldNotContain("Sekr3t");

        var run = await CliHarness.RunAsync("import", "zendesk", Fixture("zendesk"), "--to", server.Address(schema));
        run.ExitCode.ShouldBe(0, run.Errors);
        run.Output.ShouldContain($"imported into postgres://postgres@127.0.0.1:{server.Port}/rb?schema={schema} in ");
    }

    /// <summary>A SQLite file and a fresh schema for the same imports.</summary>
    private (string File, string Schema) Targets(string name) => (Path.Combine(_directory, name + ".db"), server.NewSchema());

    /// <summary>The import's summary lines, without the last (which names the target and the time taken).</summary>
    private static async Task<string[]> ImportAsync(string[] args, string target)
    {
        var run = await CliHarness.RunAsync(["import", .. args, "--to", target, "--quiet"]);
        run.ExitCode.ShouldBe(0, run.Output + run.Errors);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[^1].ShouldStartWith("imported into ");
        return lines[..^1];
    }

    private async Task SameRowsAsync(string file, string schema)
    {
        foreach (var table in Tables)
        {
            (await PostgresRows.OfAsync(server, schema, table)).ShouldBe(CanonicalRows.Of(file, table), table);
        }
    }

    private async Task<string> AllRowsAsync(string schema)
    {
        var all = new List<string>();
        foreach (var table in Tables)
        {
            all.Add(table + ": " + string.Join("; ", await PostgresRows.OfAsync(server, schema, table)));
        }

        return string.Join("\n", all);
    }

    private async Task Terminate()
    {
        await using var db = await server.ConnectAsync();
        await using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'reportbuilder'", db);
        ((long)(await command.ExecuteScalarAsync())!).ShouldBe(1);
    }

    /// <summary>The newer Zendesk export of ZendeskImportTests: 1002 solved with a comment, 1003 deleted, 1007 new.</summary>
    private string NewerExport() => ZendeskImportTests.NewerExport(Path.Combine(_directory, "newer"));
}
