using System.Data.Common;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Data;

/// <summary>Reads a plan's metrics from its source: a PostgreSQL server (a postgres:// address), a DuckDB file (FILE.duckdb) or
/// a SQLite file (any other name).</summary>
internal static class ReportData
{
    /// <summary>The stages a read reports, around its statements.</summary>
    public const string CheckingStage = "checking the database's tables and columns", FreshnessStage = "reading how fresh the data is",
        QualityStage = "checking the data's timestamps, durations and counts",
        HistoryStage = "reading the periods before the trend, for streaks that fill it";

    /// <summary>Checks the schema, runs every statement and reads the data's freshness.</summary>
    public static async Task<(IReadOnlyDictionary<string, MetricSeries> Results, DateTimeOffset? DataThrough, IReadOnlyList<DataQualityFinding> Quality)> ReadAsync(ReportPlan plan, CancellationToken ct,
        IProgress<MetricQuery>? statements = null, IProgress<string>? stages = null, string? postgresPassword = null)
    {
        if (PostgresLocation.IsUri(plan.DatabasePath))
        {
            return await PostgresSource.ReadAsync(plan, ct, statements, stages, postgresPassword);
        }

        if (DuckDbFile.IsFile(plan.DatabasePath))
        {
            return await DuckDbSource.ReadAsync(plan, ct, statements, stages);
        }

        await using var connection = SqliteSource.Open(plan.DatabasePath);
        try
        {
            return await ReadOpenAsync(plan, connection, _ => Task.FromResult(SqliteSource.Schema(connection)), statements, stages, ct);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            throw SqliteFailures.Describe(ex, plan.DatabasePath);   // a lock or damage met mid-query names the file: exit 3
        }
    }

    /// <summary>The read on an open connection, the same for every source: the plan checked against the tables and columns
    /// <paramref name="schema"/> finds, every statement, then the data's freshness and quality.</summary>
    /// <param name="store">Runs after the check and before the statements, and gives the plan to run (PostgreSQL stores its
    /// derived tables there, then makes its transaction read-only).</param>
    /// <param name="running">Told each of the report's statements as it starts, and null once they have all run, so that a
    /// source's error can name the statement it stopped in.</param>
    internal static async Task<(IReadOnlyDictionary<string, MetricSeries> Results, DateTimeOffset? DataThrough, IReadOnlyList<DataQualityFinding> Quality)> ReadOpenAsync(
        ReportPlan plan, DbConnection connection, Func<CancellationToken, Task<IReadOnlyDictionary<string, IReadOnlySet<string>>>> schema,
        IProgress<MetricQuery>? statements, IProgress<string>? stages, CancellationToken ct, Func<ReportPlan, CancellationToken, Task<ReportPlan>>? store = null,
        Action<MetricQuery?>? running = null)
    {
        stages?.Report(CheckingStage);
        MetricEngine.CheckSchema(plan, await schema(ct));
        if (store is not null)
        {
            plan = await store(plan, ct);
        }

        var results = await MetricEngine.RunAsync(plan, connection, ct, running is null ? statements : new Running(statements, running));
        running?.Invoke(null);
        await MetricEngine.WithoutMessagesAsync(plan, results, connection, ct);
        await MetricEngine.RunHistoryAsync(plan, results, connection, ct, () => stages?.Report(HistoryStage));
        stages?.Report(FreshnessStage);
        var dataThrough = await MetricEngine.DataThroughAsync(plan, connection, ct);
        stages?.Report(QualityStage);
        return (results, dataThrough, await MetricEngine.DataQualityAsync(plan, connection, ct));
    }

    /// <summary>Every table and column the plan reads that the source lacks, without running it (<c>validate --db</c>); throws
    /// <see cref="Diagnostics.DataSourceException"/> only when the source itself cannot be read.</summary>
    public static IReadOnlyList<Diagnostics.DataSourceException> SchemaGaps(ReportPlan plan, string? postgresPassword)
    {
        if (PostgresLocation.IsUri(plan.DatabasePath))
        {
            return PostgresSource.SchemaGapsAsync(plan, postgresPassword, CancellationToken.None).GetAwaiter().GetResult();
        }

        if (DuckDbFile.IsFile(plan.DatabasePath))
        {
            using var duck = DuckDbSource.Open(plan.DatabasePath);
            return MetricEngine.SchemaGaps(plan, DuckDbSource.Schema(duck));
        }

        using var connection = SqliteSource.Open(plan.DatabasePath);
        return MetricEngine.SchemaGaps(plan, SqliteSource.Schema(connection));
    }

    /// <summary>Passes each statement to <paramref name="running"/> as it starts, then to the caller's progress.</summary>
    private sealed class Running(IProgress<MetricQuery>? statements, Action<MetricQuery?> running) : IProgress<MetricQuery>
    {
        public void Report(MetricQuery value)
        {
            running(value);
            statements?.Report(value);
        }
    }

    /// <summary>What a statement was doing, for an error that stopped it: " while storing responses" or " while computing
    /// top_issues_customers, top_issues_tickets" (empty for none).</summary>
    internal static string During(MetricQuery? statement) => statement switch
    {
        null => "",
        { Prepares: true } => $" while storing {statement.Table}",
        _ => $" while computing {string.Join(", ", statement.Columns)}",
    };
}
