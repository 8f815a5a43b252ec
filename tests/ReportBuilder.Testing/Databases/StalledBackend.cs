using System.Globalization;
using Npgsql;

namespace ReportBuilder.Testing;

/// <summary>
/// A slow statement on demand, then a frozen server: another session holds an exclusive lock on a table, so the tool's
/// statement waits for it; <see cref="StopAsync"/> then stops that backend with SIGSTOP, as a stopped VM or a network
/// partition without a reset would (the socket stays open, nothing answers, the server's own statement_timeout cannot fire).
/// Disposing continues the backend and ends the lock.
/// </summary>
public sealed class StalledBackend : IAsyncDisposable
{
    private readonly NpgsqlConnection _holder;
    private int? _stopped;

    private StalledBackend(NpgsqlConnection holder) => _holder = holder;

    /// <summary>Locks <paramref name="schema"/>.<paramref name="table"/> in a transaction of its own until disposed.</summary>
    public static async Task<StalledBackend> LockAsync(PostgresServer server, string schema, string table = "tickets")
    {
        var connection = await server.ConnectAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand($"LOCK TABLE {schema}.{table} IN ACCESS EXCLUSIVE MODE", connection, transaction);
        await command.ExecuteNonQueryAsync();
        return new StalledBackend(connection);
    }

    /// <summary>The backend of the tool's session (application name reportbuilder) once it waits for the lock.</summary>
    public async Task<int> WaitForBlockedAsync(Task run)
    {
        for (var attempt = 0; attempt < 600; attempt++)   // a minute: a cold CLI on a loaded machine is slow to get there
        {
            // The holder is inside its transaction, where pg_stat_activity keeps the snapshot of its first read: clear it each time.
            await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", _holder))
            {
                await clear.ExecuteNonQueryAsync();
            }

            await using var command = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'reportbuilder' AND wait_event_type = 'Lock'", _holder);
            if (await command.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            if (run.IsCompleted)
            {
                throw new InvalidOperationException("the tool ended before it reached the lock");
            }

            await Task.Delay(100);
        }

        await using var activity = new NpgsqlCommand(
            "SELECT string_agg(concat_ws(' ', pid, application_name, state, wait_event_type, wait_event, left(query, 60)), E'\\n') FROM pg_stat_activity",
            _holder);
        throw new TimeoutException("the tool never waited for the lock:\n" + await activity.ExecuteScalarAsync());
    }

    /// <summary>Stops the backend (SIGSTOP) until disposed.</summary>
    public async Task StopAsync(int pid)
    {
        await SignalAsync(pid, "STOP");
        _stopped = pid;
    }

    /// <summary>Ends the tool's session from the server (pg_terminate_backend), as an administrator would.</summary>
    public async Task TerminateAsync(int pid)
    {
        await using var kill = new NpgsqlCommand($"SELECT pg_terminate_backend({pid.ToString(CultureInfo.InvariantCulture)})", _holder);
        await kill.ExecuteNonQueryAsync();
    }

    /// <summary>Lets the lock go (the holder's transaction rolls back).</summary>
    public async Task ReleaseAsync()
    {
        await using var rollback = new NpgsqlCommand("ROLLBACK", _holder);
        await rollback.ExecuteNonQueryAsync();
    }

    private static async Task SignalAsync(int pid, string signal)
    {
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        kill.ExitCode.ShouldBe(0);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped is { } pid)
        {
            await SignalAsync(pid, "CONT");
        }

        await _holder.DisposeAsync();
    }
}
