using System.Data;
using Npgsql;
using ReportBuilder.Data;
using ReportBuilder.Definitions;

namespace ReportBuilder.Tests.Reliability;

/// <summary>The report's transaction on PostgreSQL (<see cref="PostgresSource.SetUpAsync"/>): read only unless derived tables are
/// stored first, statements bounded by the source's timeout, and the server's JIT compilation off; all three for that
/// transaction only, so the session (and a pooled connection's next user) keeps the server's own settings.</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class PostgresReportSessionTests(PostgresServer server)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheReportsTransaction_HasJitOffTheTimeoutAndReadOnly_ThenTheServersSettingsAgain(bool readOnly)
    {
        var location = PostgresLocation.Parse(server.Address(server.NewSchema(), query: "&timeout=42s"), Diagnostics.SourceLocation.Option("--db"));
        await using var connection = await server.ConnectAsync();
        (await ShowAsync(connection, "jit")).ShouldBe("on");   // the server's default
        var timeout = await ShowAsync(connection, "statement_timeout");

        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead))
        {
            await PostgresSource.SetUpAsync(connection, transaction, location, readOnly, CancellationToken.None);

            (await ShowAsync(connection, "jit", transaction)).ShouldBe("off");
            (await ShowAsync(connection, "statement_timeout", transaction)).ShouldBe("42s");
            (await ShowAsync(connection, "transaction_read_only", transaction)).ShouldBe(readOnly ? "on" : "off");
            await transaction.CommitAsync();
        }

        (await ShowAsync(connection, "jit")).ShouldBe("on");
        (await ShowAsync(connection, "statement_timeout")).ShouldBe(timeout);
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection, transaction);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
