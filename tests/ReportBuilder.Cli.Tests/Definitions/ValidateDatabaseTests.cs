using Microsoft.Data.Sqlite;

namespace ReportBuilder.Tests.Definitions;

/// <summary><c>validate --db</c> reports every table and column the database lacks, each once, at the report's line that
/// needs it, instead of stopping at the first; with definition errors in other files too, every problem is printed and the
/// exit code is the worst (3). A report with definition errors has no plan, so its reads are not checked.</summary>
public sealed class ValidateDatabaseTests : IDisposable
{
    /// <summary>A tickets table without channel and solved_at; no csat_responses table.</summary>
    internal const string ThinTickets = "CREATE TABLE tickets (id INTEGER PRIMARY KEY, created_at TEXT, status TEXT, priority TEXT, replies INTEGER)";

    internal const string Report = """
        id: gaps
        period: 2026-10
        metrics:
          - metric: ticket_volume
            breakdown: [channel]
          - metric: resolution_time
          - metric: csat
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-gaps-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A database whose tickets table lacks channel and solved_at, and which has no csat_responses table.</summary>
    private async Task<string> ThinDatabaseAsync()
    {
        var file = Path.Combine(_directory, "thin.db");
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = ThinTickets;
        await command.ExecuteNonQueryAsync();
        return file;
    }

    [Fact]
    public async Task Validate_DatabaseLackingSeveralColumns_ReportsEachAtItsMetric_AndExits3()
    {
        var report = Path.Combine(_directory, "gaps.yaml");
        await File.WriteAllTextAsync(report, Report);

        var outcome = await CliHarness.RunAsync("validate", report, "--db", await ThinDatabaseAsync());

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        ShouldReportEveryGap(outcome, report);
        outcome.Output.ShouldNotContain("ok");
    }

    /// <summary>The three gaps of <see cref="Report"/> over <see cref="ThinTickets"/>, each once at its metric's line.</summary>
    internal static void ShouldReportEveryGap(CliHarness.Outcome outcome, string report)
    {
        var errors = outcome.Errors.Split('\n').Where(l => l.Contains("error:", StringComparison.Ordinal)).ToList();
        errors.ShouldContain($"{report}:4:5: error: table 'tickets' has no column 'channel' (needed by ticket_volume): add it, or map the model onto your own column names");
        errors.ShouldContain($"{report}:6:5: error: table 'tickets' has no column 'solved_at' (needed by resolution_time): add it, or map the model onto your own column names");
        errors.ShouldContain($"{report}:7:5: error: the database has no table 'csat_responses' (needed by csat): load it, or map the model onto your own table names");
        errors.Count.ShouldBe(3, outcome.Errors);
    }

    /// <summary>A file written before the vendor columns (docs/profiles.md) under a profile that reads one: re-importing adds it.</summary>
    [Fact]
    public async Task Validate_AFileFromBeforeAProfilesColumn_SaysToImportAgain()
    {
        var file = Path.Combine(_directory, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = ReportBuilder.Data.CanonicalSchema.Tables.Replace(
                ", vendor_first_reply_minutes REAL NULL, vendor_first_reply_business_minutes REAL NULL, vendor_resolution_minutes REAL NULL, vendor_resolution_business_minutes REAL NULL",
                "", StringComparison.Ordinal);
            command.CommandText.ShouldNotContain("vendor_");
            await command.ExecuteNonQueryAsync();
        }

        var report = Path.Combine(_directory, "zendesk.yaml");
        await File.WriteAllTextAsync(report, "id: z\nprofile: zendesk\nmetrics:\n  - metric: first_response_time\n");

        var outcome = await CliHarness.RunAsync("validate", report, "--db", file);

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"{report}:4:5: error: table 'tickets' has no column 'vendor_first_reply_minutes' (needed by first_response_time): " +
            "the file was written before the column was added; import into it again (reportbuilder import adds and fills it), or map the model onto your own column names");
    }

    [Fact]
    public async Task Validate_OneFileWithDefinitionErrors_OneWithGaps_ReportsAllOfThem()
    {
        var broken = Path.Combine(_directory, "broken.yaml");
        await File.WriteAllTextAsync(broken, "id: broken\ntrend: many\nmetrics:\n  - metric: ticket_volume\n");
        var report = Path.Combine(_directory, "gaps.yaml");
        await File.WriteAllTextAsync(report, Report);

        var outcome = await CliHarness.RunAsync("validate", broken, report, "--db", await ThinDatabaseAsync());

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"{broken}:2:8: error: trend must be a whole number from 0 to 60, not 'many'");
        outcome.Errors.ShouldContain($"{report}:6:5: error: table 'tickets' has no column 'solved_at'");
        outcome.Errors.ShouldContain($"{report}:7:5: error: the database has no table 'csat_responses'");
    }

    [Fact]
    public async Task Validate_DefinitionErrorsOnly_StillExits2()
    {
        var report = Path.Combine(_directory, "bad.yaml");
        await File.WriteAllTextAsync(report, "id: bad\ntrend: many\nmetrics:\n  - metric: ticket_volume\n");

        var outcome = await CliHarness.RunAsync("validate", report, "--db", await ThinDatabaseAsync());

        outcome.ExitCode.ShouldBe(2, outcome.Errors);
        outcome.Errors.ShouldStartWith($"{report}:2:8: error: trend must be a whole number from 0 to 60, not 'many'");
    }
}

/// <summary>The same on PostgreSQL: the gaps of a schema on a real server.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class ValidatePostgresDatabaseTests(PostgresServer server) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-pggaps-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Validate_SchemaLackingSeveralColumns_ReportsEachAtItsMetric_AndExits3()
    {
        var schema = server.NewSchema();
        await server.ExecuteAsync($"CREATE SCHEMA {schema}; SET search_path TO {schema}; {ValidateDatabaseTests.ThinTickets}");
        var report = Path.Combine(_directory, "gaps.yaml");
        await File.WriteAllTextAsync(report, ValidateDatabaseTests.Report);

        var outcome = await CliHarness.RunAsync("validate", report, "--db", server.Address(schema));

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        ValidateDatabaseTests.ShouldReportEveryGap(outcome, report);
    }
}
