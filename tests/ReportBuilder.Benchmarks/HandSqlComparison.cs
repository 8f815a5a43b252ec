using System.Globalization;
using NodaTime;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Benchmarks;

/// <summary>
/// A report beside the hand-written SQL for the same numbers (reports/NAME.yaml and reports/NAME.sql, or
/// examples/NAME.yaml): both run on the same database, their values are checked equal, and the harness times them
/// interleaved, the hand SQL as the baseline, so the report's ratio is what the compiler's SQL costs over the floor.
/// </summary>
/// <remarks>
/// The hand SQL is a file of SELECT statements. Each returns a column <c>month</c> (yyyy-MM of the period's start),
/// optionally one column named after a dimension of the report (then its rows are that breakdown, for the report's
/// period and its comparison period), and one column per metric, named as the report names it. Statements that return
/// no columns (a temporary table built once) may come between them.
/// </remarks>
public sealed class HandSqlComparison(string name, string reportPath, string sqlPath, string database, Catalog catalog, Instant asOf)
{
    private readonly ReportPlan _plan = ReportCompiler.Plan(ReportDefinitionLoader.Load(reportPath, catalog), catalog,
        new RunOptions(Database: database), asOf);

    private readonly string _sql = File.ReadAllText(sqlPath);

    /// <summary>The hand SQL first (the baseline), then the report.</summary>
    public IReadOnlyList<BenchmarkCase> Cases =>
    [
        new($"{name}: hand-written SQL", () => Task.FromResult<object>(RunHandSql())),
        new($"{name}: report", async () => await RunReportAsync()),
    ];

    /// <summary>Runs both once and throws when a value differs (compared to 12 significant digits, as the engine keeps).</summary>
    public async Task<int> CheckEqualAsync()
    {
        var report = await RunReportAsync();
        var hand = RunHandSql();
        var missing = report.Keys.Except(hand.Keys).Concat(hand.Keys.Except(report.Keys)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{name}: values only one side has: {string.Join("; ", missing.Take(10))}");
        }

        foreach (var (key, value) in report)
        {
            if (Significant(value) != Significant(hand[key]))
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"{name}: {key} is {value:R} in the report but {hand[key]:R} by hand"));
            }
        }

        return report.Count;
    }

    /// <summary>The report's values by "metric month [dimension=key]": plan, schema check and every statement.</summary>
    public async Task<Dictionary<string, double>> RunReportAsync()
    {
        IReadOnlyDictionary<string, MetricSeries> results;
        await using (var connection = SqliteSource.Open(_plan.DatabasePath))
        {
            MetricEngine.CheckSchema(_plan, SqliteSource.Schema(connection));
            results = await MetricEngine.RunAsync(_plan, connection, CancellationToken.None);
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (metric, series) in results)
        {
            foreach (var (index, measurement) in series.Periods)
            {
                if (measurement.Value is { } v)
                {
                    values[Key(metric, Month(index), null, null)] = v;
                }
            }

            foreach (var (breakdowns, index) in new[] { (series.Breakdowns, 0), (series.ComparisonBreakdowns, _plan.ComparisonIndex ?? 0) })
            {
                foreach (var (dimension, rows) in breakdowns)
                {
                    foreach (var (key, measurement) in rows)
                    {
                        if (measurement.Value is { } v)
                        {
                            values[Key(metric, Month(index), dimension, key)] = v;
                        }
                    }
                }
            }
        }

        return values;
    }

    /// <summary>The hand SQL's values, keyed as <see cref="RunReportAsync"/> keys them.</summary>
    public Dictionary<string, double> RunHandSql()
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        using var connection = SqliteSource.Open(_plan.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        using var reader = command.ExecuteReader();
        do
        {
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var metrics = columns.Select((c, i) => (c, i)).Where(c => _plan.Metrics.Any(m => m.Name == c.c)).ToList();
            var dimension = columns.Skip(1).Where(c => metrics.All(m => m.c != c)).Select(c => c).SingleOrDefault();
            while (reader.Read())
            {
                var month = reader.GetString(0);
                var key = dimension is null || reader.IsDBNull(1) ? null : Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture);
                foreach (var (metric, i) in metrics.Where(m => !reader.IsDBNull(m.i)))
                {
                    values[Key(metric, month, dimension, key)] = reader.GetDouble(i);
                }
            }
        }
        while (reader.NextResult());

        return values;
    }

    private string Month(int index) => _plan.Periods[index].Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Key(string metric, string month, string? dimension, string? key) =>
        dimension is null ? $"{metric} {month}" : $"{metric} {month} {dimension}={key ?? "(none)"}";

    // The engine keeps twelve significant digits (MetricEngine.Significant): the hand SQL's raw doubles are rounded alike.
    private static double Significant(double value)
    {
        if (value == 0)
        {
            return value;
        }

        var decimals = 11 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return decimals is >= 0 and <= 15 ? Math.Round(value, decimals, MidpointRounding.AwayFromZero) : value;
    }
}
