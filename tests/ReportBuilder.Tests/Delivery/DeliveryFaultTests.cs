using Microsoft.Data.Sqlite;
using static ReportBuilder.Tests.Delivery.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary>Faults of the SMTP server, the clock and the ledger, against the real server (aiosmtpd) made to misbehave.</summary>
public sealed class DeliveryFaultTests
{
    private static string[] Events(DeliveryWorld world, string state)
    {
        using var connection = new SqliteConnection($"Data Source={world.State};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT detail FROM ledger_events WHERE state = $s ORDER BY rowid";
        command.Parameters.AddWithValue("$s", state);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return [.. result];
    }

    [Fact]
    public async Task RunDue_OneRecipientRejected_SendsToTheOthersRecordsTheRejectionAndExits4()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("to: [\"Manager <manager@example.com>\"]",
            "to: [head@example.com]\n    cc: [ops@example.com]\n    bcc: [archive@example.com]", StringComparison.Ordinal), reject: "ops@example.com");

        var first = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        var later = await world.RunDueAsync(Instant(2026, 11, 2, 7, 5));

        first.ExitCode.ShouldBe(4);
        first.Output.ShouldStartWith("partial monthly October 2026 (due 2026-11-01 07:00Z): accepted by 127.0.0.1:");
        first.Output.ShouldEndWith("; recipient ops@example.com rejected: 550 5.1.1 <ops@example.com>: mailbox unavailable\n");
        var (message, envelope) = smtp.Messages().ShouldHaveSingleItem();
        envelope.ShouldBe(["head@example.com", "archive@example.com"]);
        message.Cc.Mailboxes.Single().Address.ShouldBe("ops@example.com");
        Events(world, "rejected").ShouldBe(["recipient ops@example.com rejected: 550 5.1.1 <ops@example.com>: mailbox unavailable"]);
        later.Output.ShouldBe("nothing due\n", "the accepted recipients have their mail: it is not sent again");
    }
}
