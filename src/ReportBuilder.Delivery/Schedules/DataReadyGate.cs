using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>The outcome of the data-ready gate: whether to build the report now, and why not.</summary>
internal sealed record GateResult(bool Ready, string Reason);

/// <summary>Holds a delivery until the data source holds rows past the period's end (or <c>ready_when</c> holds), so a report
/// is never built on half-synced data.</summary>
internal static class DataReadyGate
{
    /// <param name="postgresPassword">The password given to the process for a PostgreSQL source, if any.</param>
    public static async Task<GateResult> CheckAsync(ReportPlan plan, ReadyGate gate, DateTimeOffset asOf, string? postgresPassword, CancellationToken ct)
    {
        var end = plan.Periods[0].EndUtc;
        var rows = await RowsSinceAsync(plan.DatabasePath, postgresPassword, gate, end, ct);
        var hours = Math.Max(0, (asOf - end).TotalHours);
        var where = $"{gate.Table}.{gate.Column} at or after {end.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC";
        if (gate.When is null)
        {
            return rows > 0
                ? new GateResult(true, $"{rows} rows in {where}")
                : new GateResult(false, $"data not ready: no rows in {where} (the end of the period)");
        }

        var variables = new Dictionary<string, double?> { ["rows"] = rows, ["hours_since_end"] = Math.Round(hours, 2) };
        return ExpressionEvaluator.EvaluateCondition(gate.When, variables)
            ? new GateResult(true, $"ready_when '{gate.WhenText}' holds")
            : new GateResult(false, $"data not ready: ready_when '{gate.WhenText}' does not hold (rows = {rows} in {where}, " +
                $"hours_since_end = {hours.ToString("0.##", CultureInfo.InvariantCulture)})");
    }

    private static async Task<long> RowsSinceAsync(string database, string? postgresPassword, ReadyGate gate, DateTimeOffset end, CancellationToken ct)
    {
        if (PostgresLocation.IsUri(database))
        {
            return await PostgresSource.CountSinceAsync(database, postgresPassword, gate.Table, gate.Column, end, ct);   // an unreachable server holds the mail
        }

        if (DuckDbFile.IsFile(database))
        {
            return await DuckDbSource.CountSinceAsync(database, gate.Table, gate.Column, end, ct);
        }

        await using var connection = SqliteSource.Open(database);
        await using var command = connection.CreateCommand();
        // Table and column were checked to be plain names when the file was loaded.
        command.CommandText = $"SELECT count(*) FROM \"{gate.Table}\" WHERE \"{gate.Column}\" >= $end";
        command.Parameters.AddWithValue("$end", end.UtcDateTime.ToString(CanonicalSchema.TimestampFormat, CultureInfo.InvariantCulture));
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex)
        {
            throw new DataSourceException($"the data-ready gate cannot read {gate.Table}.{gate.Column} in {database}: {ex.Message}; " +
                "set ready: { table: TABLE, column: TIMESTAMP_COLUMN } in the delivery", ex);
        }
    }
}
