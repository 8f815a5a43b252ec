using NodaTime;

namespace ReportBuilder.Import;

/// <summary>
/// Zendesk's CSV export of tickets (Admin Center › Account › Tools › Reports › Export, "CSV export"; docs/import.md has the
/// columns and their mapping): one row per ticket with its metrics' totals (first reply time, replies, reopens), names for
/// the assignee, group and organization, and no comments.
/// </summary>
internal sealed class ZendeskCsvImport(DateTimeZone? zone) : CsvTicketImport(zone)
{
    private const string UnknownScore = "satisfaction score not on Zendesk's good/bad scale (the ticket is kept without a rating)";

    public override string Name => "Zendesk";

    public override string ExportName => "Zendesk's CSV export of tickets";

    public override IReadOnlyList<string> RequiredColumns { get; } =
        ["Id", "Requester id", "Status", "Priority", "Via", "Created at", "Solved at", "Replies", "Reopens", "First reply time in minutes"];

    protected override IReadOnlyList<string> LeaveReasons { get; } = [ZendeskImport.Deleted, ZendeskImport.Merged];

    protected override CsvTicket? Ticket(RecordFields row, ImportSummary summary)
    {
        var id = Id(row, "Id") ?? throw row.Fail("column Id: the row has no ticket id: export the tickets again unchanged");
        var statusText = Field(row, "Status") ?? throw row.Fail("column Status: the row has no status: export the tickets again unchanged");
        var key = statusText.ToLowerInvariant().Replace("on-hold", "hold", StringComparison.Ordinal).Replace("on hold", "hold", StringComparison.Ordinal);
        var tags = (Field(row, "Tags") ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? leave = null;
        string? status = null;
        if (key == "deleted")
        {
            leave = ZendeskImport.Deleted;
        }
        else if (!ZendeskImport.Statuses.TryGetValue(key, out status))
        {
            throw row.Fail($"column Status: '{statusText}' is not a Zendesk ticket status (New, Open, Pending, On-hold, Solved, Closed, Deleted): " +
                "a custom ticket status cannot be mapped onto the catalog's; export the tickets with the standard status column, or leave those tickets out of the export");
        }
        else if (tags.Contains("closed_by_merge", StringComparer.OrdinalIgnoreCase))
        {
            leave = ZendeskImport.Merged;
        }

        var created = Time(row, "Created at") ?? throw row.Fail("column Created at: the row has no creation time: export the tickets again unchanged");
        var firstReply = Number(row, "First reply time in minutes") is { } minutes
            ? RecordFields.Canonical(DateTimeOffset.Parse(created + "Z", System.Globalization.CultureInfo.InvariantCulture).AddSeconds(Math.Round(minutes * 60)))
            : null;
        var via = Field(row, "Via")?.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        var channel = Mapped(ZendeskImport.Channels, via, "web", "web", "Via (Zendesk's via types)", summary);
        var priority = Mapped(ZendeskImport.Priorities, Field(row, "Priority")?.ToLowerInvariant(), "normal", "normal", "Priority (Low, Normal, High, Urgent)", summary);

        // A ticket belongs to its organization (the export names it: its id is made from the name), else to its requester.
        var organization = Field(row, "Organization");
        var requester = Id(row, "Requester id");
        var customerId = organization is not null ? RecordFields.StableId("organization:" + organization) : requester;
        var customerName = organization ?? Field(row, "Requester") ?? (requester is { } r ? $"Requester {r}" : null);
        var assignee = Field(row, "Assignee");

        int? rating = null;
        if ((Field(row, "Satisfaction Score") ?? Field(row, "Satisfaction"))?.ToLowerInvariant().Replace(' ', '_') is { } score && score != "not_offered")
        {
            try
            {
                rating = CsatScale.Binary.Rating(score);
            }
            catch (FormatException)
            {
                summary.Skip(UnknownScore);
            }
        }

        return new CsvTicket(id, customerId, customerName, assignee is null ? null : RecordFields.StableId("agent:" + assignee), assignee,
            Field(row, "Group"), channel, priority, status, created, Time(row, "Updated at"), firstReply, Time(row, "Solved at"),
            Count(row, "Replies"), Count(row, "Reopens"), rating, tags, leave);
    }
}
