using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using global::CsvHelper;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace ReportBuilder.Import;

/// <summary>One ticket of a help desk's UI CSV export, in the catalog's terms (<see cref="CsvTicketImport"/>).</summary>
internal sealed record CsvTicket(long Id, long? CustomerId, string? CustomerName, long? AgentId, string? AgentName, string? Team,
    string Channel, string Priority, string? Status, string CreatedAt, string? UpdatedAt, string? FirstReplyAt, string? SolvedAt,
    long Replies, long Reopens, int? Rating, IReadOnlyList<string> Tags, string? Leave);

/// <summary>
/// A help desk's UI CSV export of tickets (docs/import.md, "CSV exports"): per-ticket totals, no messages. Each row becomes a
/// ticket with its first reply, solve time, replies and reopens from the export's own columns; agents and customers come
/// from their names and ids, tags and a satisfaction answer where the export has them. The export writes the account's
/// local time without an offset, so the account's time zone is required (<c>--time-zone</c>). Rows are staged and merged as
/// the API imports' are: upserted by the ticket's id, one transaction; the messages table gets nothing, so the metrics that
/// read messages report no data with that reason (docs/import.md).
/// </summary>
internal abstract partial class CsvTicketImport(DateTimeZone? zone) : VendorImport
{
    /// <summary>What the summary says about messages.</summary>
    public const string NoMessages = "a CSV export has per-ticket totals and no messages: the metrics that read messages report no data (import the API export for them)";

    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly ImportEndpoint Tickets = new("tickets");

    private StagingTable? _tickets;
    private StagingTable? _tags;

    /// <summary>The account's time zone the export's times are in; null when none was given.</summary>
    public DateTimeZone? Zone { get; } = zone;

    /// <summary>The header columns a row cannot do without (the catalog's ticket metrics read them), as the export writes them.</summary>
    public abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Where the vendor documents the export, for messages.</summary>
    public abstract string ExportName { get; }

    public override IReadOnlyList<ImportEndpoint> Endpoints { get; } = [Tickets];

    /// <summary>The reasons <see cref="Ticket"/> leaves a ticket out for (<see cref="CsvTicket.Leave"/>), in summary order.</summary>
    protected abstract IReadOnlyList<string> LeaveReasons { get; }

    /// <summary>Reads one row (its fields by header, lowercase) as a ticket; null when the row is skipped (counted).</summary>
    protected abstract CsvTicket? Ticket(RecordFields row, ImportSummary summary);

    /// <summary>The CSV files named on the command line (FILE.csv), read in the order given.</summary>
    public override IReadOnlyList<ImportFile> Files(IEnumerable<string> paths, ImportSummary summary) =>
        [.. paths.Select(path => File.Exists(path) ? new ImportFile(Path.GetFullPath(path), path, Tickets) : throw new ImportInputException(path, null, "no such file"))];

    /// <summary>The rows of a CSV file as records of their fields by lowercase header; the header must hold every required column.</summary>
    public override IEnumerable<(RecordFields Record, ReadOnlyMemory<byte> Raw)> Records(ImportFile file)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',', HasHeader = true, TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw, FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var csv = CsvReader.FromFile(file.Path, options);
        if (!Next(csv, file, header: true) || csv.Headers.Count == 0)
        {
            throw new ImportInputException(file.Shown, null, $"the file is empty: expected {ExportName} with its header line");
        }

        var header = csv.Headers.Select(h => h.Trim()).ToArray();
        var names = header.Select(h => h.ToLowerInvariant()).ToArray();
        foreach (var column in RequiredColumns)
        {
            if (!names.Contains(column.ToLowerInvariant()))
            {
                var line = string.Join(",", header);
                throw new ImportInputException(file.Shown, "line 1 (the header)",
                    $"no column '{column}' in the header '{(line.Length > 200 ? line[..200] + "…" : line)}': this is not {ExportName}, or the " +
                    $"export's columns changed; export it again with the columns {string.Join(", ", RequiredColumns)} (others may follow), " +
                    "or rename the column in the header to the name above");
            }
        }

        while (Next(csv, file, header: false))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                for (var i = 0; i < names.Length; i++)
                {
                    json.WriteString(names[i], csv.GetString(i));
                }

                json.WriteEndObject();
            }

            var bytes = buffer.WrittenMemory.ToArray();
            using var document = JsonDocument.Parse(bytes);
            yield return (new RecordFields(document.RootElement.Clone(), file.Shown, new RecordPlace(csv.LineNumber)), bytes);
        }
    }

    /// <summary>The next record (or the header); a record whose quoting or field count is wrong stops the import with its line.</summary>
    private bool Next(CsvReader csv, ImportFile file, bool header)
    {
        try
        {
            if (header)
            {
                csv.ReadHeader();
                return true;
            }

            return csv.Read();
        }
        catch (CsvFormatException ex)
        {
            throw new ImportInputException(file.Shown, ex.LineNumber > 0 ? $"line {ex.LineNumber}" : null,
                $"not a well-formed CSV record ({ex.Message.Split('\n')[0].TrimEnd('.')}): the file was cut or edited; export {ExportName} again", ex);
        }
    }

    public override void Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        _tickets = Table(connection, transaction, "c_tickets", true, "id", "customer_id", "customer_name", "agent_id", "agent_name", "team",
            "channel", "priority", "status", "created_at", "updated", "first_reply_at", "solved_at", "replies", "reopens", "rating", "leave");
        _tags = Table(connection, transaction, "c_tags", false, "ticket_id", "tag");
    }

    public override void Stage(ImportEndpoint endpoint, RecordFields record, ReadOnlyMemory<byte> raw, ImportSummary summary)
    {
        if (Ticket(record, summary) is not { } t)
        {
            return;
        }

        var staged = _tickets!.Stage(record, raw.Span, t.UpdatedAt, summary, t.Id, t.CustomerId, t.CustomerName, t.AgentId, t.AgentName, t.Team,
            t.Channel, t.Priority, t.Status, t.CreatedAt, t.UpdatedAt, t.FirstReplyAt, t.SolvedAt, t.Replies, t.Reopens, t.Rating, t.Leave);
        StagedWithTags(staged, _tags!, t.Id, t.Tags);
    }

    public override void Build(CanonicalMerge merge, ImportSummary summary)
    {
        summary.Skip(ZendeskImport.NoCustomer, merge.Scalar("SELECT count(*) FROM temp.c_tickets WHERE leave IS NULL AND customer_id IS NULL"));
        foreach (var reason in LeaveReasons)
        {
            summary.Skip(reason, merge.Scalar($"SELECT count(*) FROM temp.c_tickets WHERE leave = '{reason.Replace("'", "''", StringComparison.Ordinal)}'"));
        }

        merge.Execute("CREATE TEMP TABLE c_kept AS SELECT * FROM temp.c_tickets WHERE leave IS NULL AND customer_id IS NOT NULL");
        // An agent's team is the group of the latest ticket assigned to them (the export has no agent list).
        merge.Upsert("agents", """
            SELECT a.agent_id AS id, a.agent_name AS name,
                   coalesce(nullif(trim(a.team), ''), (SELECT x.team FROM main.agents x WHERE x.id = a.agent_id), 'unassigned') AS team,
                   (SELECT x.email FROM main.agents x WHERE x.id = a.agent_id) AS email
            FROM (SELECT agent_id, agent_name, team, row_number() OVER (PARTITION BY agent_id ORDER BY created_at DESC, id DESC) AS n
                  FROM temp.c_kept WHERE agent_id IS NOT NULL) a
            WHERE a.n = 1
            """);
        merge.Upsert("customers", """
            SELECT c.customer_id AS id, c.customer_name AS name, coalesce(m.tier, 'standard') AS tier,
                   CASE WHEN m.created_at IS NOT NULL AND m.created_at < c.first THEN m.created_at ELSE c.first END AS created_at,
                   m.churned_at AS churned_at
            FROM (SELECT customer_id, customer_name, min(created_at) AS first FROM temp.c_kept GROUP BY customer_id) c
            LEFT JOIN main.customers m ON m.id = c.customer_id
            """);
        merge.Upsert("tickets", """
            SELECT id, customer_id, agent_id, channel, priority, status, created_at, first_reply_at,
                   CASE WHEN status IN ('solved', 'closed') THEN solved_at END AS solved_at, reopens, replies
            FROM temp.c_kept
            """);
        merge.ReplaceTags("SELECT g.ticket_id AS ticket_id, g.tag AS tag FROM temp.c_tags g WHERE g.ticket_id IN (SELECT id FROM temp.n_tickets)");
        // One answer per ticket, stored with the ticket's id; when it was given is not exported: the solve time, else the last update.
        merge.Upsert("csat_responses", """
            SELECT id, id AS ticket_id, agent_id, rating, coalesce(solved_at, updated, created_at) AS created_at FROM temp.c_kept WHERE rating IS NOT NULL
            """);
        var withdrawn = merge.Scalar("SELECT count(*) FROM main.csat_responses WHERE id IN (SELECT id FROM temp.c_kept WHERE rating IS NULL)");
        merge.Execute("DELETE FROM main.csat_responses WHERE id IN (SELECT id FROM temp.c_kept WHERE rating IS NULL)");
        merge.Add(new TableChange("csat_responses", 0, 0, 0, withdrawn));
        merge.Add(new TableChange("tickets", 0, 0, 0, merge.RemoveTickets("SELECT id FROM temp.c_tickets WHERE leave IS NOT NULL")));
        summary.Note(NoMessages, merge.Scalar("SELECT count(*) FROM temp.c_kept"));
    }

    /// <summary>A column's text, trimmed; null when empty or a dash (the UI's "none").</summary>
    protected static string? Field(RecordFields row, string column) =>
        row.Text(column.ToLowerInvariant())?.Trim() is { Length: > 0 } text && text != "-" ? text : null;

    /// <summary>A whole number of a column (replies, reopens); 0 when empty.</summary>
    protected static long Count(RecordFields row, string column)
    {
        var text = Field(row, column);
        return text is null ? 0
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= 0 ? count
            : throw row.Fail($"column {column}: '{text}' is not a count: export the column unchanged (a whole number)");
    }

    /// <summary>A number of minutes or hours (a first reply time); null when empty.</summary>
    protected static double? Number(RecordFields row, string column)
    {
        var text = Field(row, column);
        return text is null ? null
            : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 ? number
            : throw row.Fail($"column {column}: '{text}' is not a number: export the column unchanged");
    }

    /// <summary>An integer id of a column; null when empty.</summary>
    protected static long? Id(RecordFields row, string column)
    {
        var text = Field(row, column);
        return text is null ? null
            : long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id
            : throw row.Fail($"column {column}: '{text}' is not an id: export the column unchanged");
    }

    /// <summary>A timestamp of a column as canonical UTC text; null when empty. A time with an offset (or Z, or UTC) is read
    /// as it says; a local time, as the UI exports write it, is read in <see cref="Zone"/> (a time the clock skipped is moved
    /// forward, a repeated one is the earlier), and without a zone it is an error.</summary>
    protected string? Time(RecordFields row, string column)
    {
        if (Field(row, column) is not { } text)
        {
            return null;
        }

        if (Offset().IsMatch(text))
        {
            return DateTimeOffset.TryParse(text.EndsWith("UTC", StringComparison.Ordinal) ? text[..^3].Trim() + "Z" : text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var instant)
                ? RecordFields.Canonical(instant)
                : throw row.Fail($"column {column}: '{text}' is not a timestamp: export the column unchanged (2026-10-01 08:30:00)");
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw row.Fail($"column {column}: '{text}' is not a timestamp: the export writes 2026-10-01 08:30:00 (year first); " +
                "a spreadsheet that saved the file again may have rewritten the dates: export it again and import it unchanged");
        }

        if (Zone is null)
        {
            throw row.Fail($"column {column}: '{text}' has no time zone: {Name}'s CSV export writes the account's local time; " +
                "pass the account's time zone, e.g. --time-zone Europe/Berlin (an IANA name, as in the account's settings)");
        }

        return RecordFields.Canonical(LocalDateTime.FromDateTime(local).InZoneLeniently(Zone).ToDateTimeOffset());
    }

    [GeneratedRegex(@"(Z|z|UTC|[+-]\d{2}:?\d{2})$")]
    private static partial Regex Offset();
}
