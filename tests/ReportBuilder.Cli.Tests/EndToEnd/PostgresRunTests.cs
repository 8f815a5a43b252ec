using Npgsql;
using ReportBuilder.Definitions;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The CLI against a real PostgreSQL server: the same JSON as SQLite, <c>copy</c>, the statement timeout, a lost
/// connection, a role that may only read.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class PostgresRunTests(PostgresServer server) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-pg-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("monthly-support.yaml")]
    [InlineData("all-metrics.yaml")]
    public async Task Run_ExampleOnCopiedDemoData_GivesTheJsonOfTheSqliteRun(string example)
    {
        var demo = Path.Combine(_folder, "demo.db");
        (await CliHarness.RunAsync("demo-data", "--out", demo, "--tickets", "2000", "--end", "2026-11-01", "--seed", "7")).ExitCode.ShouldBe(0);
        var address = server.Address(server.NewSchema());
        var copied = await CliHarness.RunAsync("copy", "--from", demo, "--to", address);
        copied.Errors.ShouldBe("");
        copied.ExitCode.ShouldBe(0);

        var (sqliteJson, postgresJson) = await SourceComparison.JsonOfBothAsync(RepositoryFiles.PathOf("examples", example), demo, address, _folder);

        postgresJson.ShouldBe(sqliteJson);
        sqliteJson.Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Copy_Demo_CreatesTypedColumnsAndTheEngineIndexes_AndRefusesToOverwrite()
    {
        var demo = Path.Combine(_folder, "demo.db");
        (await CliHarness.RunAsync("demo-data", "--out", demo, "--tickets", "200", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        var schema = server.NewSchema();
        (await CliHarness.RunAsync("copy", "--from", demo, "--to", server.Address(schema))).ExitCode.ShouldBe(0);

        var types = await RowsAsync($"SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = '{schema}'");
        types.ShouldContain("tickets.id bigint");
        types.ShouldContain("tickets.created_at timestamp with time zone");
        types.ShouldContain("tickets.reopens integer");
        types.ShouldContain("mrr_movements.amount numeric");
        types.ShouldContain("qa_reviews.score numeric");
        var indexes = await RowsAsync($"SELECT indexname FROM pg_indexes WHERE schemaname = '{schema}'");
        indexes.ShouldContain("ix_tickets_created_at");
        indexes.ShouldContain("ix_tickets_solved_at");
        indexes.ShouldContain("ix_messages_ticket");
        indexes.ShouldContain("tickets_pkey");
        (await RowsAsync($"SELECT count(*)::text FROM {schema}.tickets")).ShouldBe(["200"]);

        var again = await CliHarness.RunAsync("copy", "--from", demo, "--to", server.Address(schema));
        again.ExitCode.ShouldBe(3);
        again.Errors.ShouldContain($"table {schema}.customers already exists");
        again.Errors.ShouldContain("--replace");
        (await CliHarness.RunAsync("copy", "--from", demo, "--to", server.Address(schema), "--replace")).ExitCode.ShouldBe(0);
        (await RowsAsync($"SELECT count(*)::text FROM {schema}.tickets")).ShouldBe(["200"]);
    }

    [Fact]
    public async Task Copy_RoleWithoutTheRightToCreate_ExitsThreeNamingTheServer()
    {
        // A login role with no CREATE on the database: CREATE SCHEMA is refused with 42501 (insufficient_privilege).
        await server.ExecuteAsync("DO $$ BEGIN CREATE ROLE rb_no_create LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;");
        var demo = Path.Combine(_folder, "demo.db");
        (await CliHarness.RunAsync("demo-data", "--out", demo, "--tickets", "50", "--end", "2026-11-01")).ExitCode.ShouldBe(0);

        var refused = await CliHarness.RunAsync("copy", "--from", demo, "--to", server.Address(server.NewSchema(), user: "rb_no_create"));

        refused.ExitCode.ShouldBe(3, refused.Errors);
        refused.Errors.ShouldStartWith($"error: PostgreSQL at 127.0.0.1:{server.Port} (database {PostgresServer.Database}");
        refused.Errors.ShouldContain("refused the copy: permission denied");
        refused.Errors.ShouldContain("the role needs CREATE");
    }

    [Fact]
    public async Task Run_StatementPastTheTimeout_ExitsThreeNamingTheMetric()
    {
        var address = await TwoOctoberTicketsAsync();
        await using var holder = await LockTicketsAsync(address);

        var outcome = await CliHarness.RunAsync("run", Report(), "--db", address + "&timeout=1s", "--format", "json", "--out", _folder);

        outcome.ExitCode.ShouldBe(3);
        outcome.Errors.ShouldContain("the statement of ticket_volume ran past the source's timeout");
        outcome.Errors.ShouldContain("statement timeout");
    }

    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task Run_ServerStoppedMidRun_RetriesOnceThenExitsThree()
    {
        var address = await TwoOctoberTicketsAsync();
        var holder = await LockTicketsAsync(address);
        try
        {
            var run = CliProcess.RunAsync("run", Report(), "--db", address, "--format", "json", "--out", _folder);
            await holder.WaitForBlockedAsync(run);
            await server.StopAsync();   // fast: the server ends every session, as on a shutdown

            var outcome = await run;

            outcome.ExitCode.ShouldBe(3);
            outcome.Errors.ShouldContain("lost the connection to PostgreSQL at 127.0.0.1");
            outcome.Errors.ShouldContain("again on the retry");
        }
        finally
        {
            await holder.DisposeAsync();
            await server.StartAsync();
        }
    }

    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task Run_BackendStoppedMidStatement_ExitsThreeWithinTheTimeoutAndAMargin_NamingTheSource()
    {
        // SIGSTOP on the backend is a frozen server, a stopped VM or a partition without a reset: the socket stays open, nothing
        // answers, and the server's own statement_timeout cannot fire either. Only the client's deadline ends the wait.
        var address = await TwoOctoberTicketsAsync();
        await using var holder = await LockTicketsAsync(address);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = CliProcess.RunAsync("run", Report(), "--db", address + "&timeout=2s", "--format", "json", "--out", _folder);
        await holder.StopAsync(await holder.WaitForBlockedAsync(run));

        var outcome = await run;

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"PostgreSQL at 127.0.0.1:{server.Port} (database {PostgresServer.Database}");
        outcome.Errors.ShouldContain("did not answer within 7 s (the source's timeout, 2 s, and 5 s more)");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(45), "2 s timeout + 5 s margin + the cancel's 2 s, plus the start-up");
        File.Exists(Path.Combine(_folder, "pg.json")).ShouldBeFalse();
    }

    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task Run_SessionKilledMidRun_RetriesAndGivesTheReport()
    {
        var address = await TwoOctoberTicketsAsync();
        var holder = await LockTicketsAsync(address);
        await using (holder)
        {
            var run = CliProcess.RunAsync("run", Report(), "--db", address, "--format", "json", "--out", _folder);
            await holder.TerminateAsync(await holder.WaitForBlockedAsync(run));
            await holder.ReleaseAsync();   // the lock goes; the retry finds the table free
            var outcome = await run;

            outcome.ExitCode.ShouldBe(0, outcome.Errors);
            File.ReadAllText(Path.Combine(_folder, "pg.json")).ShouldContain("\"value\": 2");
        }
    }

    [Fact]
    public async Task Run_RoleThatMayOnlySelect_IsEnough_WithThePasswordFromTheEnvironmentOrAPgpassFile_AndAWrongOneIsNeverPrinted()
    {
        var address = await TwoOctoberTicketsAsync();
        var schema = PostgresLocation.Parse(address, Diagnostics.SourceLocation.Option("--db")).Schema;
        const string password = "reader-Secret-81";
        await server.ExecuteAsync($"""
            DO $$ BEGIN CREATE ROLE {PostgresServer.Reader} LOGIN PASSWORD '{password}'; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
            GRANT USAGE ON SCHEMA {schema} TO {PostgresServer.Reader};
            GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {PostgresServer.Reader};
            """);
        var reader = server.Address(schema, user: PostgresServer.Reader);
        try
        {
            Environment.SetEnvironmentVariable(PostgresLocation.PasswordVariable, password);
            var outcome = await CliHarness.RunAsync("run", Report(), "--db", reader, "--format", "json", "--out", _folder);
            outcome.ExitCode.ShouldBe(0, outcome.Errors);
            File.ReadAllText(Path.Combine(_folder, "pg.json")).ShouldContain("\"value\": 2");
            outcome.Output.ShouldNotContain(password);

            Environment.SetEnvironmentVariable(PostgresLocation.PasswordVariable, "wrong-Secret-17");
            var refused = await CliHarness.RunAsync("run", Report(), "--db", reader, "--format", "json", "--out", _folder, "--verbose");
            refused.ExitCode.ShouldBe(3);
            refused.Errors.ShouldContain("password authentication failed");
            refused.Errors.ShouldContain(PostgresLocation.PasswordVariable);
            (refused.Output + refused.Errors).ShouldNotContain("wrong-Secret-17");

            // Without the variable, Npgsql reads a pgpass-style file (host:port:database:user:password).
            Environment.SetEnvironmentVariable(PostgresLocation.PasswordVariable, null);
            var pgpass = Path.Combine(_folder, "pgpass");
            File.WriteAllText(pgpass, $"127.0.0.1:{server.Port}:{PostgresServer.Database}:{PostgresServer.Reader}:{password}\n");
            Environment.SetEnvironmentVariable("PGPASSFILE", pgpass);
            var fromFile = await CliHarness.RunAsync("run", Report(), "--db", reader, "--format", "json", "--out", _folder);
            fromFile.ExitCode.ShouldBe(0, fromFile.Errors);
        }
        finally
        {
            Environment.SetEnvironmentVariable(PostgresLocation.PasswordVariable, null);
            Environment.SetEnvironmentVariable("PGPASSFILE", null);
        }
    }

    private string Report()
    {
        var path = Path.Combine(_folder, "pg.yaml");
        File.WriteAllText(path, TestReport.Definition("2026-10", "UTC", "none", 0, "metric: ticket_volume").Replace("id: test", "id: pg", StringComparison.Ordinal));
        return path;
    }

    private async Task<string> TwoOctoberTicketsAsync()
    {
        using var db = new TestDatabase(server).Ticket("2026-10-05 10:00").Ticket("2026-10-06 10:00").Ticket("2026-11-02 10:00");
        return await db.SourceAsync();
    }

    /// <summary>Another session holds an exclusive lock on tickets, so the report's statement waits: a slow statement on demand.</summary>
    private Task<StalledBackend> LockTicketsAsync(string address) =>
        StalledBackend.LockAsync(server, PostgresLocation.Parse(address, Diagnostics.SourceLocation.Option("--db")).Schema);

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = await server.ConnectAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
