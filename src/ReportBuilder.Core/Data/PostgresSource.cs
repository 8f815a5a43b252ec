using System.Data;
using System.Globalization;
using Npgsql;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Data;

/// <summary>Reads a report from a PostgreSQL server: one REPEATABLE READ transaction per report, read-only once its derived tables
/// are stored, each statement bounded by the source's timeout, a lost connection retried once.</summary>
internal static class PostgresSource
{
    /// <summary>How long to wait before the one retry after a lost connection.</summary>
    public static TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Runs the plan's statements on the server in one snapshot; throws <see cref="DataSourceException"/> when the server
    /// cannot be reached (twice), refuses the login, lacks a table or column, or a statement runs past the timeout.</summary>
    public static async Task<(IReadOnlyDictionary<string, MetricSeries> Results, DateTimeOffset? DataThrough, IReadOnlyList<DataQualityFinding> Quality)> ReadAsync(ReportPlan plan, CancellationToken ct,
        IProgress<MetricQuery>? statements = null, IProgress<string>? stages = null, string? password = null)
    {
        var location = PostgresLocation.Parse(plan.DatabasePath, SourceLocation.Option("--db"));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReadOnceAsync(plan, location, password, ct, statements, stages);
            }
            catch (DataSourceException)
            {
                // Said already, and final: a refused login, a connection that never opened (no answer within the connect
                // timeout), a missing table. Neither retried nor named again as a statement's stall.
                throw;
            }
            catch (Exception ex) when (IsStalled(ex))
            {
                // Not retried: a server that stalls once is likely to stall again, and the run must end.
                throw Stalled(location, ex);
            }
            catch (Exception ex) when (attempt == 1 && IsConnectionLost(ex))
            {
                await Task.Delay(RetryDelay, ct);
            }
            catch (Exception ex) when (IsConnectionLost(ex))
            {
                throw new DataSourceException($"lost the connection to {location.Describe()}, and again on the retry: {ex.Message}", ex);
            }
        }
    }

    /// <summary>The client's deadline ended a statement's wait: the server or the network to it is stalled.</summary>
    private static DataSourceException Stalled(PostgresLocation location, Exception ex) =>
        new($"{location.Describe()} did not answer within {Seconds(location.ClientDeadline)} s (the source's " +
            $"timeout, {Seconds(location.Timeout)} s, and {Seconds(PostgresLocation.ClientMargin)} s more): the server or the network " +
            "to it is stalled; the statement was cancelled and the connection closed", ex);

    /// <summary>Opens a connection; a refused login or an unknown database becomes a <see cref="DataSourceException"/>.</summary>
    /// <param name="password">The password given to the process (<see cref="PostgresLocation.PasswordVariable"/>), if any.</param>
    public static async Task<NpgsqlConnection> OpenAsync(PostgresLocation location, string? password, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(location.ConnectionString(password));
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch (Exception ex) when (IsStalled(ex))
        {
            await connection.DisposeAsync();
            throw new DataSourceException($"cannot open {location.Describe()}: no answer within {Seconds(PostgresLocation.ConnectTimeout)} s " +
                "(the server or the network to it is stalled)", ex);
        }
        catch (Exception ex) when (ex is NpgsqlException && !IsConnectionLost(ex))
        {
            await connection.DisposeAsync();
            throw new DataSourceException($"cannot open {location.Describe()}: {ex.Message}" + (ex is PostgresException { SqlState: "28P01" or "28000" }
                ? $" — the password comes from {PostgresLocation.PasswordVariable}, PGPASSWORD or ~/.pgpass"
                : ""), ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every table and column the plan reads that the server's schema lacks.</summary>
    public static async Task<IReadOnlyList<DataSourceException>> SchemaGapsAsync(ReportPlan plan, string? password, CancellationToken ct)
    {
        var location = PostgresLocation.Parse(plan.DatabasePath, SourceLocation.Option("--db"));
        try
        {
            await using var connection = await OpenAsync(location, password, ct);
            return MetricEngine.SchemaGaps(plan, await SchemaAsync(connection, location.Schema, ct));
        }
        catch (NpgsqlException ex)
        {
            throw new DataSourceException($"cannot reach {location.Describe()}: {ex.Message}", ex);
        }
    }

    /// <summary>The columns of each table and view of the location's schema that the login may see.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> SchemaAsync(NpgsqlConnection connection, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = @schema ORDER BY table_name, ordinal_position",
            connection);
        command.Parameters.AddWithValue("schema", schema);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await TableColumns.ReadAsync(reader, ct);
    }

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="column"/> is at or after <paramref name="end"/> (the data-ready gate).</summary>
    /// <remarks>The table and column are plain names checked by the caller; the instant is a parameter.</remarks>
    public static Task<long> CountSinceAsync(string database, string? password, string table, string column, DateTimeOffset end, CancellationToken ct) =>
        ReadOneAsync(database, password, $"{table}.{column}", async (connection, dialect) =>
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*) FROM {dialect.StoredTable(table)} WHERE {dialect.Quote(column)} >= {dialect.TimestampParameter("@end")}", connection);
            command.Parameters.AddWithValue("end", Timestamps.ToText(end));
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }, ct);

    /// <summary>Every row's <paramref name="key"/> and <paramref name="value"/> of <paramref name="table"/> where the value is set
    /// (a scorecard member's address: agents.name and agents.email); the names were checked to be plain identifiers.</summary>
    public static Task<IReadOnlyList<(string Key, string Value)>> PairsAsync(string database, string? password, string table, string key,
        string value, CancellationToken ct) =>
        ReadOneAsync(database, password, $"{table}.{key} and {table}.{value}", async (connection, dialect) =>
        {
            await using var command = new NpgsqlCommand($"SELECT {dialect.Quote(key)}::text, {dialect.Quote(value)}::text FROM {dialect.StoredTable(table)} " +
                $"WHERE {dialect.Quote(value)} IS NOT NULL", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await KeyValueRows.ReadAsync(reader, ct);
        }, ct);

    /// <summary>One read outside a report's plan on its own connection: a stall named as <see cref="ReadAsync"/> names it, any
    /// other server error as "cannot read <paramref name="what"/> on" the server.</summary>
    private static async Task<T> ReadOneAsync<T>(string database, string? password, string what,
        Func<NpgsqlConnection, PostgresDialect, Task<T>> read, CancellationToken ct)
    {
        var location = PostgresLocation.Parse(database, SourceLocation.Option("--db"));
        try
        {
            await using var connection = await OpenAsync(location, password, ct);
            return await read(connection, new PostgresDialect(location.Schema));
        }
        catch (Exception ex) when (ex is not DataSourceException && IsStalled(ex))
        {
            throw Stalled(location, ex);
        }
        catch (NpgsqlException ex)
        {
            throw new DataSourceException($"cannot read {what} on {location.Describe()}: {ex.Message}", ex);
        }
    }

    /// <summary>True when the client's own deadline ended the wait for the server (<see cref="PostgresLocation.ClientDeadline"/> or
    /// <see cref="PostgresLocation.ConnectTimeout"/>): the server is there but does not answer.</summary>
    public static bool IsStalled(Exception ex) => ex is TimeoutException || (ex.InnerException is { } inner && IsStalled(inner));

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the server went away (a network error, a shutdown, a terminated session) rather than refused the work.</summary>
    public static bool IsConnectionLost(Exception ex) => ex switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException => true,
        _ => ex.InnerException is { } inner && IsConnectionLost(inner),
    };

    private static async Task<(IReadOnlyDictionary<string, MetricSeries>, DateTimeOffset?, IReadOnlyList<DataQualityFinding>)> ReadOnceAsync(ReportPlan plan, PostgresLocation location,
        string? password, CancellationToken ct, IProgress<MetricQuery>? statements, IProgress<string>? stages)
    {
        await using var connection = await OpenAsync(location, password, ct);
        // One snapshot for every statement of the report, READ ONLY for them, so a report can never change the data. Read-write
        // only while the derived tables are stored, as temporary tables (StoreDerivedAsync).
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var stores = plan.Queries.Any(q => q.Prepares);
        await SetUpAsync(connection, transaction, location, readOnly: !stores, ct);
        var read = await ReportData.ReadOpenAsync(plan, connection, token => SchemaAsync(connection, location.Schema, token), statements, stages, ct,
            stores ? (checkedPlan, token) => StoreDerivedAsync(checkedPlan, connection, statements, token) : null);
        await transaction.CommitAsync(ct);
        return read;
    }

    private const string ReadOnly = "SET TRANSACTION READ ONLY";

    /// <summary>The least cost the report's transaction gives the start of a parallel plan: ten times PostgreSQL's default of
    /// 1,000. The core report at 1 M tickets: 3.33–3.58 s of the server's CPU with the default, 3.13–3.17 s with this, the
    /// same wall time (docs/performance.md, "Parallel plans on PostgreSQL").</summary>
    internal const int ParallelSetupCost = 10_000;

    /// <summary>
    /// The report's transaction: READ ONLY from the start unless derived tables are stored first, statements bounded by the
    /// source's timeout, and the server's JIT compilation off. A report's statements have many expressions (each period a
    /// <c>UNION ALL</c> branch with its aggregates), so the JIT compiled 250 functions for a 13-month cohort, 0.17 s each
    /// time, and the compiled statement ran no faster: without it the created cohort at 1 M tickets took 1.05 s of server
    /// CPU instead of 1.34 s (docs/performance.md, "JIT off on PostgreSQL"). A parallel plan costs ten times the server's
    /// default to start (<c>parallel_setup_cost</c> at least <see cref="ParallelSetupCost"/>): the planner chose one for
    /// statements over two months of a table, whose workers (each a process of its own) cost more CPU than they saved, and
    /// keeps one for the statements where it saves that much. The settings end with the transaction; a server without one
    /// of them (a PostgreSQL-speaking database; <c>jit</c> before PostgreSQL 11), or with a higher setup cost of its own, is
    /// left as it is.
    /// </summary>
    internal static async Task SetUpAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresLocation location, bool readOnly,
        CancellationToken ct)
    {
        await using var setup = new NpgsqlCommand((readOnly ? ReadOnly + "; " : "") + "SELECT set_config('statement_timeout', @timeout, true); " +
            "SELECT set_config(name, 'off', true) FROM pg_settings WHERE name = 'jit'; " +
            "SELECT set_config(name, @setup, true) FROM pg_settings WHERE name = 'parallel_setup_cost' AND CAST(setting AS double precision) < @cost",
            connection, transaction);
        setup.Parameters.AddWithValue("timeout", ((long)location.Timeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        setup.Parameters.AddWithValue("setup", ParallelSetupCost.ToString(CultureInfo.InvariantCulture));
        setup.Parameters.AddWithValue("cost", (double)ParallelSetupCost);
        await setup.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Stores the plan's derived tables and makes the transaction READ ONLY, which PostgreSQL allows at any point of it;
    /// gives the plan's other statements, which read the stored tables on the same snapshot. Each table is created empty
    /// and indexed (<c>CREATE TEMP TABLE … ON COMMIT DROP … WITH NO DATA</c>) while the transaction may write, and filled
    /// with its query's rows and analysed once it is READ ONLY (<see cref="PostgresDialect.FilledReadOnly"/>): no query of
    /// the report, a model's derived table included, runs while it could change the data. A server or role that may not
    /// create temporary tables (no TEMP privilege, a hot standby, <c>default_transaction_read_only</c>, a
    /// PostgreSQL-speaking database without them) gets the plan that runs each derived table's query inside the statements
    /// that read it (<see cref="ReportPlan.WithoutStores"/>).
    /// </summary>
    internal static async Task<ReportPlan> StoreDerivedAsync(ReportPlan plan, NpgsqlConnection connection, IProgress<MetricQuery>? statements,
        CancellationToken ct)
    {
        var stores = plan.Queries.Where(q => q.Prepares).ToList();
        var parts = stores.Select(q => q.Sql.Split("\n" + PostgresDialect.FilledReadOnly + "\n")).ToList();
        if (parts.Any(p => p.Length != 2))
        {
            throw new InvalidOperationException("a stored table's statements lack the line that parts their creation from their filling");
        }

        await ExecuteAsync(connection, "SAVEPOINT rb_store", ct);
        try
        {
            await MetricEngine.StoreAsync(stores.Select((q, i) => q with { Sql = parts[i][0] }), connection, ct, progress: null);
        }
        catch (PostgresException ex) when (RefusesTemporaryTables(ex))
        {
            await ExecuteAsync(connection, "ROLLBACK TO SAVEPOINT rb_store; " + ReadOnly, ct);
            return plan.WithoutStores!.Value;
        }

        await ExecuteAsync(connection, "RELEASE SAVEPOINT rb_store; " + ReadOnly, ct);
        await MetricEngine.StoreAsync(stores.Select((q, i) => q with { Sql = parts[i][1] }), connection, ct, statements);
        return plan with { Queries = [.. plan.Queries.Where(q => !q.Prepares)] };
    }

    /// <summary>True when the server refused to create a temporary table: a read-only transaction (25006: a hot standby,
    /// <c>default_transaction_read_only</c>), no TEMP privilege (42501), or no temporary tables at all (0A000).</summary>
    internal static bool RefusesTemporaryTables(PostgresException ex) => ex.SqlState is "25006" or "42501" or "0A000";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
