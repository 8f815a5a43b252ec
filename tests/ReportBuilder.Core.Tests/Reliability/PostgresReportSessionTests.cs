using System.Data;
using Npgsql;
using ReportBuilder.Data;
using ReportBuilder.Definitions;

namespace ReportBuilder.Tests.Reliability;

/// <summary>The report's transaction on PostgreSQL (<see cref="PostgresSource.SetUpAsync"/>): read only unless derived tables are
/// stored first, statements bounded by the source's timeout, the server's JIT compilation off and parallel plans dearer to
/// start; all for that transaction only, so the session (and a pooled connection's next user) keeps the server's own
/// settings.</summary>
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
        (await ShowAsync(connection, "parallel_setup_cost")).ShouldBe("1000");
        var timeout = await ShowAsync(connection, "statement_timeout");

        await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead))
        {
            await PostgresSource.SetUpAsync(connection, transaction, location, readOnly, CancellationToken.None);

            (await ShowAsync(connection, "jit", transaction)).ShouldBe("off");
            (await ShowAsync(connection, "parallel_setup_cost", transaction)).ShouldBe("10000");
            (await ShowAsync(connection, "statement_timeout", transaction)).ShouldBe("42s");
            (await ShowAsync(connection, "transaction_read_only", transaction)).ShouldBe(readOnly ? "on" : "off");
            await transaction.CommitAsync();
        }

        (await ShowAsync(connection, "jit")).ShouldBe("on");
        (await ShowAsync(connection, "parallel_setup_cost")).ShouldBe("1000");
        (await ShowAsync(connection, "statement_timeout")).ShouldBe(timeout);
    }

    /// <summary>A server (or role, or session) that makes parallel plans dearer still keeps its own cost.</summary>
    [Fact]
    public async Task TheReportsTransaction_KeepsAHigherParallelSetupCost()
    {
        var location = PostgresLocation.Parse(server.Address(server.NewSchema()), Diagnostics.SourceLocation.Option("--db"));
        await using var connection = await server.ConnectAsync();
        await using (var set = new NpgsqlCommand("SET parallel_setup_cost = 50000", connection))
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        await PostgresSource.SetUpAsync(connection, transaction, location, readOnly: true, CancellationToken.None);

        (await ShowAsync(connection, "parallel_setup_cost", transaction)).ShouldBe("50000");
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection, transaction);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
