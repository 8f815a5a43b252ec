using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary><c>run-due</c> on a PostgreSQL source: the data-ready gate asks the server; an unreachable server holds the mail.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class PostgresDeliveryTests(PostgresServer server)
{
    [Fact]
    public async Task RunDue_ReportOnPostgres_SendsTheMailWithTheServersNumbers()
    {
        using var world = new DeliveryWorld();
        var address = await server.LoadAsync(Path.Combine(world.Folder, "support.db"));
        UsePostgres(world, "127.0.0.1", server.Port, address[(address.IndexOf("schema=", StringComparison.Ordinal) + 7)..]);
        await using var smtp = await world.StartSmtpAsync(Monthly);

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var (message, _) = smtp.Messages().ShouldHaveSingleItem();
        TicketVolume(JsonAttachment(message)).ShouldBe(5);
    }

    [Fact]
    public async Task RunDue_ServerUnreachable_HoldsTheMailWithTheReason()
    {
        using var world = new DeliveryWorld();
        var nobody = PostgresServer.FreePort();
        UsePostgres(world, "127.0.0.1", nobody, "public");
        world.WriteDeliveries(PostgresServer.FreePort(), Monthly);

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        outcome.Output.ShouldContain($"2026-11-05T08:00:00Z held monthly October 2026 (due 2026-11-01T07:00Z): cannot read tickets.created_at on PostgreSQL at 127.0.0.1:{nobody}");
    }

    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task RunDue_BackendStalled_HoldsTheMailWithTheReasonWithinTheDeadline_AndTheNextRunSendsIt()
    {
        // Issue #24 item 2: a backend stopped mid-statement (SIGSTOP: a frozen server, a partition without a reset) never
        // answers; the client's deadline (the source's timeout, 2 s, and 5 s more) ends the wait and the mail is held.
        using var world = new DeliveryWorld();
        var address = await server.LoadAsync(Path.Combine(world.Folder, "support.db"));
        var schema = address[(address.IndexOf("schema=", StringComparison.Ordinal) + 7)..];
        UsePostgres(world, "127.0.0.1", server.Port, schema, ", timeout: 2s");
        await using var smtp = await world.StartSmtpAsync(Monthly);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        CliHarness.Outcome held;
        await using (var backend = await StalledBackend.LockAsync(server, schema))
        {
            var run = world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
            await backend.StopAsync(await backend.WaitForBlockedAsync(run));
            held = await run;
        }

        held.ExitCode.ShouldBe(0, held.Errors);
        held.Output.ShouldContain("held monthly October 2026 (due 2026-11-01T07:00Z)");
        held.Output.ShouldContain("did not answer within 7 s", customMessage: held.Output);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "2 s timeout + 5 s margin + the cancel's 2 s, not forever");
        smtp.Messages().ShouldBeEmpty();

        // The server answers again: the next run sends the held mail.
        var next = await world.RunDueAsync(Instant(2026, 11, 1, 7, 20));
        next.ExitCode.ShouldBe(0, next.Errors);
        TicketVolume(JsonAttachment(smtp.Messages().ShouldHaveSingleItem().Item1)).ShouldBe(5);
    }

    [Fact]
    public async Task RunDue_ScorecardPerAgent_ReadsEachAgentsAddressFromTheServer()
    {
        // The scorecard burst's data (agents 1 to 7 with agents.email; agent 7 without one, agent 2's from recipients:),
        // copied to the server: the addresses come from the server's agents.email, which copy carries over.
        const int agents = 7;
        using var world = ScorecardBurstTests.World(agents);
        var address = await server.LoadAsync(Path.Combine(world.Folder, "support.db"));
        var schema = address[(address.IndexOf("schema=", StringComparison.Ordinal) + 7)..];
        var report = Path.Combine(world.Folder, "scorecards.yaml");
        File.WriteAllText(report, File.ReadAllText(report).Replace("source: { sqlite: support.db }",
            $"source: {{ postgres: {{ host: 127.0.0.1, port: {server.Port}, database: {PostgresServer.Database}, schema: {schema}, user: postgres }} }}",
            StringComparison.Ordinal));
        File.Delete(Path.Combine(world.Folder, "support.db"));
        await using var smtp = await world.StartSmtpAsync(ScorecardBurstTests.Delivery);

        var run = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        run.ExitCode.ShouldBe(0, run.Errors);
        var envelopes = smtp.Messages().Select(m => string.Join(",", m.Envelope)).Order(StringComparer.Ordinal).ToList();
        envelopes.ShouldBe(new[] { "lead@example.com", "two@elsewhere.example", "agent01@example.com", "agent03@example.com",
            "agent04@example.com", "agent05@example.com", "agent06@example.com" }.Order(StringComparer.Ordinal));
        run.Output.ShouldContain($"skipped scorecards [{ScorecardBurstTests.Name(7)}] October 2026 (due 2026-11-01T07:00Z): no address for agent " +
            $"'{ScorecardBurstTests.Name(7)}': add it under recipients: or to agents.email");
    }

    private static void UsePostgres(DeliveryWorld world, string host, int port, string schema, string options = "")
    {
        var report = Path.Combine(world.Folder, "monthly.yaml");
        File.WriteAllText(report, File.ReadAllText(report).Replace("source: { sqlite: support.db }",
            $"source: {{ postgres: {{ host: {host}, port: {port}, database: {PostgresServer.Database}, schema: {schema}, user: postgres{options} }} }}",
            StringComparison.Ordinal));
    }
}
