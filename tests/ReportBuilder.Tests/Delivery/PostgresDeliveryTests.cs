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

    private static void UsePostgres(DeliveryWorld world, string host, int port, string schema)
    {
        var report = Path.Combine(world.Folder, "monthly.yaml");
        File.WriteAllText(report, File.ReadAllText(report).Replace("source: { sqlite: support.db }",
            $"source: {{ postgres: {{ host: {host}, port: {port}, database: {PostgresServer.Database}, schema: {schema}, user: postgres }} }}",
            StringComparison.Ordinal));
    }
}
