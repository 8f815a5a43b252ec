using Microsoft.Data.Sqlite;

namespace ReportBuilder.Import;

/// <summary>One endpoint of a vendor's API: its files are named after it (<c>tickets*.json</c>) and a page object holds
/// its records under one of <paramref name="Keys"/>.</summary>
internal sealed record ImportEndpoint(string Name, params string[] Keys);

/// <summary>
/// A help desk's export mapped onto the canonical tables: it stages each record of its endpoints in temporary tables,
/// then builds the canonical rows from them with SQL (so records may come in any order and in any file) and hands them to
/// <see cref="CanonicalMerge"/>.
/// </summary>
internal abstract class VendorImport
{
    /// <summary>Every vendor's page keys, to name the vendor of a file given to another one.</summary>
    private static readonly Dictionary<string, string> VendorKeys = new(StringComparer.Ordinal)
    {
        ["conversations"] = "an Intercom or Help Scout export (conversations)",
        ["conversation_parts"] = "an Intercom export",
        ["_embedded"] = "a Help Scout export",
        ["ticket_events"] = "a Zendesk export (ticket_events)",
        ["ticket_metrics"] = "a Zendesk export (ticket_metrics)",
    };

    /// <summary>A ticket's first customer message that the vendor keeps apart from the replies (Freshdesk's description,
    /// Intercom's source) is stored with this id plus the ticket's id.</summary>
    public const long OpeningMessageIdBase = 1L << 61;

    /// <summary>A customer's tier: its tier field when it says premium or standard, else premium with a <c>premium</c> tag,
    /// else standard.</summary>
    protected static string Tier(string? field, IEnumerable<string> tags)
    {
        var value = field?.Trim().ToLowerInvariant();
        if (value is "premium" or "standard")
        {
            return value;
        }

        return tags.Any(t => t.Equals("premium", StringComparison.OrdinalIgnoreCase)) ? "premium" : "standard";
    }

    /// <summary>A vendor's code or name mapped onto the catalog's: <paramref name="missing"/> when the record has none; a
    /// value the map lacks is stored as <paramref name="fallback"/> with a note in the summary (<paramref name="field"/>
    /// says which field and what the map holds).</summary>
    protected static string Mapped(IReadOnlyDictionary<string, string> map, string? text, string missing, string fallback, string field, ImportSummary summary)
    {
        if (text is null)
        {
            return missing;
        }

        if (map.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        summary.Note($"{field} '{text}' is none we map: stored as {fallback}");
        return fallback;
    }

    /// <summary>After staging a ticket: false when it was an older or repeated copy (nothing more to stage); else its tags
    /// are staged, replacing those of the copy it replaced.</summary>
    protected static bool StagedWithTags(Staged staged, StagingTable tags, long id, IEnumerable<string> names)
    {
        if (staged == Staged.Skipped)
        {
            return false;
        }

        if (staged == Staged.Replaced)
        {
            tags.DeleteWhere("ticket_id", id);
        }

        foreach (var tag in names.Distinct(StringComparer.Ordinal))
        {
            tags.Add(id, tag);
        }

        return true;
    }

    /// <summary>The canonical customers of a staged table of companies (id, name, tier, created_at): a company without a
    /// name is <paramref name="label"/> and its <paramref name="key"/>; without created_at, its first ticket's in
    /// <paramref name="kept"/> (by <paramref name="customer"/>, an untyped column: compared with +o.id so that its index
    /// serves) or the target's; churned_at stays as the target had it.</summary>
    protected static string CompanyCustomers(string companies, string label, string key, string kept, string customer) => $"""
        SELECT o.id AS id, coalesce(nullif(trim(o.name), ''), '{label} ' || o.{key}) AS name, o.tier AS tier,
               coalesce(o.created_at, (SELECT min(t.created_at) FROM temp.{kept} t WHERE t.{customer} = +o.id),
                        (SELECT m.created_at FROM main.customers m WHERE m.id = o.id), '1970-01-01 00:00:00') AS created_at,
               (SELECT m.churned_at FROM main.customers m WHERE m.id = o.id) AS churned_at
        FROM temp.{companies} o
        """ + "\n";

    /// <summary>Where a child row (a comment, a rating) is joined to its staged ticket <c>t</c> and the target's <c>m</c>: its
    /// ticket is in this import and kept, or only in the target.</summary>
    protected const string KnownTicket = "((t.id IS NOT NULL AND t.leave IS NULL) OR (t.id IS NULL AND m.id IS NOT NULL))";

    /// <summary>The staged child rows whose ticket is in neither this import's <paramref name="tickets"/> nor the target.</summary>
    protected static long Orphans(CanonicalMerge merge, string children, string tickets) => merge.Scalar(
        $"SELECT count(*) FROM temp.{children} c WHERE c.ticket_id NOT IN (SELECT id FROM temp.{tickets}) AND c.ticket_id NOT IN (SELECT id FROM main.tickets)");

    /// <summary>Creates <c>temp.{table}</c>, the ids of everyone who is an agent: the target's agents and the ids the
    /// <paramref name="selects"/> (one column each: the vendor's teammates, assignees, authors of agent messages) return.</summary>
    protected static void AgentIds(CanonicalMerge merge, string table, params string[] selects) => merge.Execute(
        $"CREATE TEMP TABLE {table} AS SELECT id FROM (SELECT id FROM main.agents UNION {string.Join(" UNION ", selects)}) WHERE id IS NOT NULL");

    /// <summary>The vendor's name in messages (Zendesk).</summary>
    public abstract string Name { get; }

    /// <summary>"a Zendesk", "an Intercom": the vendor's name with its article, for messages.</summary>
    public string AName => WithArticle(Name);

    private static string WithArticle(string name) => ("AEIOUaeiou".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

    /// <summary>The name on the command line (zendesk).</summary>
    public string Command => Name.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The endpoints in the order their files are read; a file belongs to the longest name it starts with.</summary>
    public abstract IReadOnlyList<ImportEndpoint> Endpoints { get; }

    /// <summary>The files of the command line's paths with their endpoints, in the order they are read.</summary>
    public virtual IReadOnlyList<ImportFile> Files(IEnumerable<string> paths, ImportSummary summary) => ImportRunner.Files(this, paths, summary);

    /// <summary>A file's records, one at a time: the record and its bytes (a second copy of an id is told by them).</summary>
    public virtual IEnumerable<(RecordFields Record, ReadOnlyMemory<byte> Raw)> Records(ImportFile file) => ImportRunner.JsonRecords(this, file);

    /// <summary>Creates the staging tables.</summary>
    public abstract void Begin(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Stages one record of an endpoint.</summary>
    public abstract void Stage(ImportEndpoint endpoint, RecordFields record, ReadOnlyMemory<byte> raw, ImportSummary summary);

    /// <summary>Builds the canonical rows from the staged records and merges them into the target.</summary>
    public abstract void Build(CanonicalMerge merge, ImportSummary summary);

    /// <summary>The staging tables <see cref="Begin"/> created, disposed by <see cref="End"/>.</summary>
    protected List<StagingTable> Staging { get; } = [];

    /// <summary>Disposes the staging commands.</summary>
    public void End()
    {
        foreach (var table in Staging)
        {
            table.Dispose();
        }

        Staging.Clear();
    }

    /// <summary>An agent's address for <c>agents.email</c>: the export's, else the one the target already holds (an export
    /// without addresses does not erase them).</summary>
    /// <param name="staged">The alias of the staged agents table, with an <c>email</c> column.</param>
    /// <param name="id">The agent's id in the statement.</param>
    protected static string AgentEmail(string staged, string id) =>
        $"coalesce(nullif(trim({staged}.email), ''), (SELECT x.email FROM main.agents x WHERE x.id = {id})) AS email";

    /// <summary>Creates one staging table and keeps it for <see cref="End"/>.</summary>
    protected StagingTable Table(SqliteConnection connection, SqliteTransaction transaction, string table, bool keyed, params string[] columns)
    {
        var staging = new StagingTable(connection, transaction, table, keyed, columns);
        Staging.Add(staging);
        return staging;
    }

    /// <summary>An id the record cannot do without; a record of another vendor is named as such.</summary>
    protected long Required(RecordFields record, string name)
    {
        if (record.Id(name) is { } id)
        {
            return id;
        }

        RefuseForeign(record);
        throw record.Fail($"has no {name}: this is not {AName} record of this endpoint; check the file's name ({string.Join(", ", Endpoints.Select(e => e.Name + "*.json"))})");
    }

    /// <summary>What to say when a page holds an array under <paramref name="key"/> instead of <paramref name="endpoint"/>'s
    /// keys: another endpoint's page (rename the file) or another vendor's; null for a side-loaded list.</summary>
    public string? ForeignKey(ImportEndpoint endpoint, string key)
    {
        if (Endpoints.FirstOrDefault(e => e != endpoint && e.Keys.Contains(key)) is { } other)
        {
            return $"the page holds {key}, not {endpoint.Name}: name the file {other.Name}*.json";
        }

        return VendorKeys.TryGetValue(key, out var vendor) && !Endpoints.Any(e => e.Keys.Contains(key))
            ? $"this is {vendor}, not {Name}'s: run reportbuilder import with that vendor"
            : null;
    }

    /// <summary>Fails when a record is plainly another vendor's (checked when a record lacks what this vendor's has).</summary>
    public void RefuseForeign(RecordFields record)
    {
        string? vendor =
            record.Text("type") is "conversation" || record.Has("conversation_parts") ? "intercom"
            : record.Has("mailboxId") || record.Object("_embedded").Has("threads") ? "helpscout"
            : record.Has("fr_due_by") || record.Has("responder_id") || record.Property("status")?.ValueKind == System.Text.Json.JsonValueKind.Number ? "freshdesk"
            : record.Has("via") && record.Has("requester_id") ? "zendesk"
            : null;
        if (vendor is not null && vendor != Command)
        {
            throw record.Fail($"this looks like {WithArticle(vendor)} record, not {AName} one: run reportbuilder import {vendor} with this file");
        }
    }
}
