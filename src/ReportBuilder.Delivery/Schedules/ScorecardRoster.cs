using Microsoft.Data.Sqlite;
using MimeKit;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Rendering.Pipeline;
using ReportBuilder.Reports;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>Who gets a scorecard of one occurrence (<c>for_each: scorecard</c>): the members the report's data has in the period,
/// each with the addresses <c>recipients:</c> gives it, else those of the <c>address:</c> column; a member with neither has an
/// empty group, recorded as skipped. <see cref="Model"/> is the whole report, read once: each member's mail is rendered from
/// <see cref="ReportModel.ForMember"/> of it.</summary>
internal sealed record ScorecardRoster(ReportModel Model, IReadOnlyList<DeliveryGroup> Members)
{
    /// <summary>Reads the report's data for <paramref name="plan"/> (the roll-up's) and the address column, if any.</summary>
    public static async Task<ScorecardRoster> ReadAsync(ReportPipeline pipeline, ReportPlan plan, DeliveryDefinition delivery, CancellationToken ct)
    {
        var burst = delivery.Burst!;
        var model = await pipeline.ModelAsync(plan, ct);
        var keys = model.Scorecard?.Pages.Select(p => p.Key).ToList() ?? [];
        var column = burst.Address is { } address
            ? await AddressesAsync(plan.DatabasePath, pipeline.Environment.PostgresPassword, address, KeyColumn(model), ct)
            : [];
        var members = keys.Select(key => delivery.MemberGroup(key, burst.Recipients.TryGetValue(key, out var listed)
            ? listed.To
            : column.GetValueOrDefault(key) ?? [])).ToList();
        return new ScorecardRoster(model, members);
    }

    /// <summary>The column beside the address that holds the member's key: the agent's name, or the team.</summary>
    private static string KeyColumn(ReportModel model) => model.Scorecard?.Per == "team" ? "team" : "name";

    /// <summary>Each key's addresses in the column; a value that is not an address is left out, so that member is listed as
    /// having none.</summary>
    private static async Task<Dictionary<string, List<MailboxAddress>>> AddressesAsync(string database, string? password, AddressColumn address,
        string key, CancellationToken ct)
    {
        var pairs = PostgresLocation.IsUri(database)
            ? await PostgresSource.PairsAsync(database, password, address.Table, key, address.Column, ct)
            : DuckDbFile.IsFile(database) ? await DuckDbSource.PairsAsync(database, address.Table, key, address.Column, ct)
            : await SqlitePairsAsync(database, address, key, ct);
        var book = new Dictionary<string, List<MailboxAddress>>(StringComparer.Ordinal);
        foreach (var (member, text) in pairs)
        {
            if (MailboxAddress.TryParse(text.Trim(), out var mailbox) && mailbox.Address.Contains('@'))
            {
                var list = book.TryGetValue(member, out var known) ? known : book[member] = [];
                if (!list.Any(m => m.Address.Equals(mailbox.Address, StringComparison.OrdinalIgnoreCase)))
                {
                    list.Add(mailbox);
                }
            }
        }

        return book;
    }

    private static async Task<IReadOnlyList<(string, string)>> SqlitePairsAsync(string database, AddressColumn address, string key, CancellationToken ct)
    {
        await using var connection = SqliteSource.Open(database);
        await using var command = connection.CreateCommand();
        // Table and column were checked to be plain names when the file was loaded.
        command.CommandText = $"SELECT CAST(\"{key}\" AS TEXT), CAST(\"{address.Column}\" AS TEXT) FROM \"{address.Table}\" WHERE \"{address.Column}\" IS NOT NULL";
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            return await KeyValueRows.ReadAsync(reader, ct);
        }
        catch (SqliteException ex)
        {
            throw new DataSourceException($"the members' addresses cannot be read from {address.Table}.{key} and {address.Text} in {database}: " +
                $"{ex.Message}; name a column of the table that holds the scorecard's members in address:, or list them under recipients:", ex);
        }
    }
}
