using System.Data.Common;
using System.Globalization;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics;

/// <summary>A value and the number of rows it was computed from.</summary>
internal readonly record struct Measurement(double? Value, long Sample);

/// <summary>What the database returned for one metric: a value per period and breakdown rows for the report's period.</summary>
internal sealed class MetricSeries
{
    /// <summary>Values by period index of the plan.</summary>
    public Dictionary<int, Measurement> Periods { get; } = [];

    /// <summary>Rows by dimension name, in database order.</summary>
    public Dictionary<string, List<(string? Key, Measurement Value)>> Breakdowns { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows of the comparison period by dimension name (what drove the change, and targets that use <c>previous</c>).</summary>
    public Dictionary<string, List<(string? Key, Measurement Value)>> ComparisonBreakdowns { get; } = new(StringComparer.Ordinal);

    /// <summary>A scorecard metric's rows by period index: one per member (<see cref="Sql.MetricQuery.Members"/>).</summary>
    public Dictionary<int, List<(string? Key, Measurement Value)>> Members { get; } = [];

    /// <summary>The measurement of a period; no rows means no value.</summary>
    public Measurement At(int period) => Periods.GetValueOrDefault(period, new Measurement(null, 0));

    /// <summary>Values by index of the plan's <see cref="StreakHistory.Periods"/>, when <see cref="HistoryRead"/>.</summary>
    public Dictionary<int, Measurement> Earlier { get; } = [];

    /// <summary>True when the periods before the trend were read for this metric (its streak reached the trend's start).</summary>
    public bool HistoryRead { get; set; }

    /// <summary>Why the metric has no data in any period when the data cannot give it (the source has no messages); null
    /// when it was measured.</summary>
    public string? NoDataReason { get; private set; }

    /// <summary>Drops every value and row read, with the reason there is none.</summary>
    public void NoData(string reason)
    {
        Periods.Clear();
        Breakdowns.Clear();
        ComparisonBreakdowns.Clear();
        Members.Clear();
        Earlier.Clear();
        NoDataReason = reason;
    }

    /// <summary>The measurement of a period before the trend; no rows means no value.</summary>
    public Measurement EarlierAt(int period) => Earlier.GetValueOrDefault(period, new Measurement(null, 0));
}

/// <summary>Runs a plan's SQL on a connection; never loads raw rows, only one aggregated row per group.</summary>
internal static partial class MetricEngine
{
    /// <summary>The reason a metric that reads messages has no data when the source has none at all.</summary>
    public const string NoMessagesReason =
        "no data: the source has no messages (its messages table is empty, as after importing a help desk's CSV export, which " +
        "has per-ticket totals only); import the help desk's API export to measure it (docs/import.md)";

    /// <summary>
    /// A source whose <c>messages</c> table is empty as a whole has no messages to measure, not zero of them: each metric
    /// whose statement reads messages (<c>responses</c>, <c>first_responders</c>, a custom metric on messages) then has no
    /// data in any period, with <see cref="NoMessagesReason"/>: never a value, not even the 0% a share over tickets without a
    /// first responder would give. A period without messages in a source that has some is measured as usual.
    /// </summary>
    public static async Task WithoutMessagesAsync(ReportPlan plan, IReadOnlyDictionary<string, MetricSeries> results, DbConnection connection, CancellationToken ct)
    {
        const string Messages = "messages";
        var reading = plan.Queries.Where(q => q.Dimension is null && !q.Prepares && q.Reads.Any(r => r.Table == Messages)).ToList();
        if (reading.Count == 0)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT 1 FROM {Messages} LIMIT 1";
        if (await command.ExecuteScalarAsync(ct) is not (null or DBNull))
        {
            return;
        }

        foreach (var name in reading.SelectMany(q => q.Columns).Distinct(StringComparer.Ordinal))
        {
            if (results.TryGetValue(name, out var series))
            {
                series.NoData(NoMessagesReason);
            }
        }
    }

    /// <summary>The latest timestamp in the tables the report reads (its freshness), or null when they are empty.</summary>
    public static async Task<DateTimeOffset?> DataThroughAsync(ReportPlan plan, DbConnection connection, CancellationToken ct)
    {
        DateTimeOffset? latest = null;
        foreach (var query in plan.Freshness)
        {
            await using var command = Command(connection, query);
            // SQLite returns canonical text, PostgreSQL a UTC DateTime of a timestamptz.
            var value = await command.ExecuteScalarAsync(ct);
            var found = value is DateTime utc ? new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) : Sql.Timestamps.Parse(value as string);
            if (found is { } instant && (latest is null || instant > latest))
            {
                latest = instant;
            }
        }

        return latest;
    }

    /// <summary>Runs the plan's data-quality check: the findings with at least one row, in statement and column order.</summary>
    public static async Task<IReadOnlyList<DataQualityFinding>> DataQualityAsync(ReportPlan plan, DbConnection connection, CancellationToken ct)
    {
        var findings = new List<DataQualityFinding>();
        foreach (var query in plan.Quality)
        {
            await using var command = Command(connection, query);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                continue;
            }

            for (var i = 0; i < query.Columns.Count; i++)
            {
                var rows = Integer(reader.GetValue(i));
                if (rows > 0)
                {
                    findings.Add(DataQualityFinding.FromKey(query.Table, query.Columns[i], rows));
                }
            }
        }

        return findings;
    }

    /// <summary>Runs every query of the plan and collects the results by metric name; <paramref name="progress"/> hears
    /// each statement as it starts; a table of at least <paramref name="fullScanRows"/> rows may be read by one full scan or
    /// in table order (<see cref="Sql.AccessPath"/>; tests lower it to reach those forms on small data).</summary>
    public static async Task<IReadOnlyDictionary<string, MetricSeries>> RunAsync(ReportPlan plan, DbConnection connection, CancellationToken ct,
        IProgress<Sql.MetricQuery>? progress = null, long fullScanRows = Sql.AccessPath.FullScanRows)
    {
        var results = plan.Computed.ToDictionary(m => m.Name, _ => new MetricSeries(), StringComparer.Ordinal);
        await RunQueriesAsync(plan.Queries, results, earlier: false, connection, ct, progress, fullScanRows);
        return results;
    }

    /// <summary>Runs the statements that store derived tables for the run (<see cref="Sql.MetricQuery.Prepares"/>), on their own:
    /// PostgreSQL stores them before its transaction turns read-only.</summary>
    public static Task StoreAsync(IEnumerable<Sql.MetricQuery> stores, DbConnection connection, CancellationToken ct, IProgress<Sql.MetricQuery>? progress) =>
        RunQueriesAsync(stores, new Dictionary<string, MetricSeries>(), earlier: false, connection, ct, progress, Sql.AccessPath.FullScanRows);

    /// <summary>Reads the periods before the trend for the metrics whose streak fills the trend (<see cref="ReportPlan.History"/>):
    /// their statements only, and the working intervals and derived tables those read; nothing when no streak needs them.</summary>
    /// <param name="starting">Hears that the history is read (a stage of the run), only when it is.</param>
    public static async Task RunHistoryAsync(ReportPlan plan, IReadOnlyDictionary<string, MetricSeries> results, DbConnection connection,
        CancellationToken ct, Action? starting = null, long fullScanRows = Sql.AccessPath.FullScanRows)
    {
        var needed = plan.History is null ? [] : plan.Metrics
            .Where(m => StreakCount.Of(plan, m, results[m.Name]) is { NeedsHistory: true }).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (needed.Count == 0)
        {
            return;
        }

        var reads = plan.History!.Queries.Where(q => !q.Prepares && q.Columns.Any(needed.Contains)).ToList();
        var prepares = plan.History.Queries.Where(q => q.Prepares && (q.Table == "" || reads.Any(r => r.Table == q.Table)));
        starting?.Invoke();
        await RunQueriesAsync([.. prepares, .. reads], results, earlier: true, connection, ct, progress: null, fullScanRows);
        foreach (var name in needed)
        {
            results[name].HistoryRead = true;
        }
    }

    private static async Task RunQueriesAsync(IEnumerable<Sql.MetricQuery> queries, IReadOnlyDictionary<string, MetricSeries> results, bool earlier,
        DbConnection connection, CancellationToken ct, IProgress<Sql.MetricQuery>? progress, long fullScanRows)
    {
        // Each table and time column probed once: the breakdowns and totals over one table ask the same question.
        var probes = new Dictionary<string, Sql.AccessPath.Probed?>(StringComparer.Ordinal);
        foreach (var planned in queries)
        {
            progress?.Report(planned);
            var query = planned;
            try
            {
                // The index range, or for a big scattered table a full scan or the index range's rows in table order (AccessPath).
                if (planned.AccessPath is { } path)
                {
                    if (!probes.TryGetValue(path.ProbeSql, out var table))
                    {
                        probes[path.ProbeSql] = table = await path.ProbeAsync(connection, ct);
                    }

                    if (path.OtherForm(table, fullScanRows) is { } other)
                    {
                        query = planned with { Sql = other };
                    }
                }

                await using var command = Command(connection, query);
                if (query.Prepares)
                {
                    await command.ExecuteNonQueryAsync(ct);
                    continue;
                }

                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    Collect(query, reader, results, earlier);
                }
            }
            catch (DbException ex) when (ex.Message.Contains("no such", StringComparison.OrdinalIgnoreCase))
            {
                throw new DataSourceException($"the database does not match the model: {ex.Message}", ex);
            }
            catch (DbException ex) when (ex.SqlState == "57014")
            {
                // PostgreSQL's statement_timeout (source.postgres.timeout) stopped the statement.
                throw new DataSourceException($"the statement {(query.Prepares ? "that stores " + query.Table : "of " + string.Join(", ", query.Columns))} ran past the source's timeout and was " +
                    $"stopped by the server ({ex.Message}): raise source.postgres.timeout, or check the indexes (reportbuilder copy creates them)", ex);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, MetricQuery query)
    {
        var command = connection.CreateCommand();
        command.CommandText = query.Sql;
        foreach (var (name, value) in query.Parameters)
        {
            var parameter = command.CreateParameter();
            // DuckDB.NET binds $p0 by its bare name; Npgsql and Microsoft.Data.Sqlite take the name as printed.
            parameter.ParameterName = name.StartsWith('$') ? name[1..] : name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>A count or sum as a long: DuckDB returns a sum of integers as HUGEINT, a <see cref="System.Numerics.BigInteger"/>,
    /// which <see cref="Convert"/> cannot read.</summary>
    private static long Integer(object raw) =>
        raw is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(raw, CultureInfo.InvariantCulture);

    // Twelve significant digits: drops the floating-point noise of arithmetic on aggregates (an NPS of 60% − 40% came out as
    // 19.999999999999996 and failed ">= 20"), far below any precision a report shows.
    internal static double Significant(double value)
    {
        if (value == 0)
        {
            return value;
        }

        var decimals = 11 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return decimals is >= 0 and <= 15 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : value;
    }

    private static void Collect(MetricQuery query, DbDataReader reader, IReadOnlyDictionary<string, MetricSeries> results, bool earlier)
    {
        var period = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        var key = reader.IsDBNull(1) ? null : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture);
        var sample = Integer(reader.GetValue(2));
        if (sample == 0)
        {
            return;   // a period without rows in per-period totals (the pass OneAggregatePerPeriod): as if it had no group
        }

        for (var i = 0; i < query.Columns.Count; i++)
        {
            var raw = reader.GetValue(3 + i);
            double? value = raw switch
            {
                DBNull => null,
                System.Numerics.BigInteger big => (double)big,
                _ => Convert.ToDouble(raw, CultureInfo.InvariantCulture),
            };
            var own = query.SamplePerMetric ? Integer(reader.GetValue(3 + query.Columns.Count + i)) : sample;
            // No rows of its own in a shared statement is no data, as when the statement has no row for the period.
            var measurement = new Measurement(own > 0 && value is { } v && double.IsFinite(v) ? Significant(v) : null, own);
            if (own == 0 && query.Dimension is not null)
            {
                continue;   // a group only the other metrics of the statement have rows in
            }

            var series = results[query.Columns[i]];
            if (earlier)
            {
                series.Earlier[period] = measurement;
            }
            else if (query.Members)
            {
                if (!series.Members.TryGetValue(period, out var members))
                {
                    series.Members[period] = members = [];
                }

                members.Add((key, measurement));
            }
            else if (query.Dimension is null)
            {
                series.Periods[period] = measurement;
            }
            else
            {
                // Breakdown queries cover the report's period (0) and at most the comparison period.
                var byDimension = period == 0 ? series.Breakdowns : series.ComparisonBreakdowns;
                if (!byDimension.TryGetValue(query.Dimension, out var rows))
                {
                    byDimension[query.Dimension] = rows = [];
                }

                rows.Add((key, measurement));
            }
        }
    }
}
