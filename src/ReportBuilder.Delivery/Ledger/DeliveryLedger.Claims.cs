using ReportBuilder.IO;

namespace ReportBuilder.Delivery.Ledger;

internal sealed partial class DeliveryLedger
{
    /// <summary>Claims a mail for this process in one write transaction (BEGIN IMMEDIATE), so of two processes racing for the
    /// same mail exactly one gets it; null when it is final, claimed by another live process, or not due for a retry yet.</summary>
    public async Task<LedgerClaim?> TryClaimAsync(LedgerKey key, string period, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        await using var select = Command("""
            SELECT state, attempts, next_attempt, lease_owner, lease_until FROM ledger
            WHERE delivery = $d AND occurrence = $o AND grp = $g
            """, Key(key));
        select.Transaction = transaction;
        var attempts = 0;
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                var leased = !reader.IsDBNull(3) && reader.GetString(3) != _owner && !reader.IsDBNull(4) && Parse(reader.GetString(4)) > now;
                var waiting = !reader.IsDBNull(2) && Parse(reader.GetString(2)) > now;
                if (LedgerStates.Final.Contains(LedgerStates.Parse(reader.GetString(0))) || leased || waiting)
                {
                    return null;
                }

                attempts = reader.GetInt32(1);
            }
        }

        var until = now + Lease;
        await using var upsert = Command("""
            INSERT INTO ledger (delivery, occurrence, grp, state, period, attempts, lease_owner, lease_until, updated)
            VALUES ($d, $o, $g, $due, $p, 0, $owner, $until, $now)
            ON CONFLICT (delivery, occurrence, grp) DO UPDATE SET lease_owner = $owner, lease_until = $until, updated = $now
            """, [.. Key(key), ("$due", LedgerState.Due.ToWire()), ("$p", period), ("$owner", _owner), ("$until", Format(until)), ("$now", Format(now))]);
        upsert.Transaction = transaction;
        await upsert.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
        return new LedgerClaim(key, attempts, until);
    }

    /// <summary>Records a mail's new state, releases the claim unless <paramref name="keepClaim"/>, and logs the event.</summary>
    public async Task RecordAsync(LedgerKey key, LedgerState state, string? detail, DateTimeOffset now, int attempts = -1,
        DateTimeOffset? nextAttempt = null, bool keepClaim = false, CancellationToken ct = default)
    {
        await using var transaction = _connection.BeginTransaction(deferred: false);
        await using var update = Command($"""
            UPDATE ledger SET state = $s, detail = $detail, updated = $now, next_attempt = $next,
            attempts = CASE WHEN $attempts < 0 THEN attempts ELSE $attempts END
            {(keepClaim ? "" : ", lease_owner = NULL, lease_until = NULL")}
            WHERE delivery = $d AND occurrence = $o AND grp = $g;
            INSERT INTO ledger_events (delivery, occurrence, grp, state, detail, at) VALUES ($d, $o, $g, $s, $detail, $now);
            """, [.. Key(key), ("$s", state.ToWire()), ("$detail", detail), ("$now", Format(now)),
            ("$next", nextAttempt is { } next ? Format(next) : null), ("$attempts", attempts)]);
        update.Transaction = transaction;
        await update.ExecuteNonQueryAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>Gives up this process's claim on a mail without changing its state, so another run may take it now.</summary>
    public async Task ReleaseAsync(LedgerKey key, CancellationToken ct)
    {
        await using var update = Command("""
            UPDATE ledger SET lease_owner = NULL, lease_until = NULL
            WHERE delivery = $d AND occurrence = $o AND grp = $g AND lease_owner = $owner
            """, [.. Key(key), ("$owner", _owner)]);
        await update.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Logs one event of a mail without changing its state (e.g. a recipient the server refused).</summary>
    public async Task EventAsync(LedgerKey key, LedgerState eventName, string detail, DateTimeOffset now, CancellationToken ct)
    {
        await using var insert = Command("INSERT INTO ledger_events (delivery, occurrence, grp, state, detail, at) VALUES ($d, $o, $g, $s, $detail, $now)",
            [.. Key(key), ("$s", eventName.ToWire()), ("$detail", detail), ("$now", Format(now))]);
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static (string, object?)[] Key(LedgerKey key) => [("$d", key.Delivery), ("$o", Format(key.Occurrence)), ("$g", key.Group)];
}
