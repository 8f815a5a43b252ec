using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Delivery.Ledger;

/// <summary>The run ledger: a SQLite state file (never the data source) recording each mail as due → rendered → sent, so a
/// mail goes out once however often, and however many at once, <c>run-due</c> is called.</summary>
internal sealed partial class DeliveryLedger : IAsyncDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS ledger (
            delivery TEXT NOT NULL, occurrence TEXT NOT NULL, grp TEXT NOT NULL,
            state TEXT NOT NULL, period TEXT, attempts INTEGER NOT NULL DEFAULT 0, next_attempt TEXT,
            lease_owner TEXT, lease_until TEXT, detail TEXT, updated TEXT NOT NULL,
            PRIMARY KEY (delivery, occurrence, grp));
        CREATE TABLE IF NOT EXISTS ledger_events (
            delivery TEXT NOT NULL, occurrence TEXT NOT NULL, grp TEXT NOT NULL,
            state TEXT NOT NULL, detail TEXT, at TEXT NOT NULL);
        """;

    /// <summary>How long a claim keeps other processes off a mail; a process that died mid-run frees it when this passes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);

    private readonly SqliteConnection _connection;
    private readonly string _owner = Guid.NewGuid().ToString("N");

    private DeliveryLedger(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating when missing) the state file.</summary>
    public static async Task<DeliveryLedger> OpenAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            // Another process may be creating the file at the same moment: the busy timeout waits for it.
            await using (var busy = connection.CreateCommand())
            {
                busy.CommandText = "PRAGMA busy_timeout = 60000;";
                await busy.ExecuteNonQueryAsync(ct);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = Schema;
            await command.ExecuteNonQueryAsync(ct);
            return new DeliveryLedger(connection);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is NotADatabase or Corrupt)
        {
            await connection.DisposeAsync();
            throw new DefinitionException(SourceLocation.Option("--state"), $"the ledger {path} is damaged (SQLite: {ex.Message}): restore it " +
                "from a backup, or move it away and run once with --reset (mails of the occurrences it recorded may then be sent again)");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private const int Corrupt = 11, NotADatabase = 26;   // SQLITE_CORRUPT, SQLITE_NOTADB

    /// <summary>Whether the ledger holds no mail at all (a new file, or one emptied or with its table dropped).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct)
    {
        await using var command = Command("SELECT NOT EXISTS (SELECT 1 FROM ledger)");
        return Convert.ToBoolean(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>The latest occurrence recorded for a delivery.</summary>
    public async Task<DateTimeOffset?> LastOccurrenceAsync(string delivery, CancellationToken ct)
    {
        await using var command = Command("SELECT max(occurrence) FROM ledger WHERE delivery = $d", ("$d", delivery));
        return await command.ExecuteScalarAsync(ct) is string text ? Parse(text) : null;
    }

    /// <summary>Occurrences with a mail still to do whose retry time has come.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> PendingAsync(string delivery, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT DISTINCT occurrence FROM ledger WHERE delivery = $d AND state NOT IN ({LedgerStates.FinalSql})
            AND (next_attempt IS NULL OR next_attempt <= $now) ORDER BY occurrence
            """, ("$d", delivery), ("$now", Format(now)));
        var result = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(Parse(reader.GetString(0)));
        }

        return result;
    }

    /// <summary>The earliest retry time after <paramref name="now"/> of a mail still to do, for the daemon's next wake-up.</summary>
    public async Task<DateTimeOffset?> NextRetryAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Command($"""
            SELECT min(coalesce(next_attempt, lease_until)) FROM ledger
            WHERE state NOT IN ({LedgerStates.FinalSql}) AND coalesce(next_attempt, lease_until) > $now
            """, ("$now", Format(now)));
        return await command.ExecuteScalarAsync(ct) is string text ? Parse(text) : null;
    }

    /// <summary>The newest entries of a delivery, newest first.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> LatestAsync(string delivery, int count, CancellationToken ct)
    {
        await using var command = Command("""
            SELECT occurrence, grp, state, period, attempts, next_attempt, detail, updated FROM ledger
            WHERE delivery = $d ORDER BY occurrence DESC, grp LIMIT $n
            """, ("$d", delivery), ("$n", count));
        return await EntriesAsync(delivery, command, ct);
    }

    /// <summary>The mails of the delivery's latest occurrence that were not sent (a scorecard member without an address, a
    /// failure), however many mails it has.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> UnsentInLatestAsync(string delivery, CancellationToken ct)
    {
        await using var command = Command("""
            SELECT occurrence, grp, state, period, attempts, next_attempt, detail, updated FROM ledger
            WHERE delivery = $d AND state <> 'sent' AND occurrence = (SELECT max(occurrence) FROM ledger WHERE delivery = $d) ORDER BY grp
            """, ("$d", delivery));
        return await EntriesAsync(delivery, command, ct);
    }

    private static async Task<IReadOnlyList<LedgerEntry>> EntriesAsync(string delivery, SqliteCommand command, CancellationToken ct)
    {
        var result = new List<LedgerEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new LedgerEntry(new LedgerKey(delivery, Parse(reader.GetString(0)), reader.GetString(1)), LedgerStates.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : Parse(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6), Parse(reader.GetString(7))));
        }

        return result;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    // Fixed-width UTC text sorts in time order, so SQL compares instants as strings.
    private static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
