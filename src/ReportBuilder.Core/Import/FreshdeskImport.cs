using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Import;

/// <summary>
/// Freshdesk's API v2 responses (docs/import.md has the field mapping with the documentation it follows): tickets with
/// <c>include=stats</c>, their conversations, satisfaction ratings, agents, groups and companies.
/// </summary>
internal sealed class FreshdeskImport : VendorImport
{
    private const string Deleted = "deleted ticket (deleted: true; Freshdesk's reports leave trash out)";
    private const string Spam = "spam ticket (spam: true)";
    private const string NoCustomer = "ticket without a requester or a company";
    private const string PrivateNote = "private note (not a message)";
    private const string LeftTicket = "conversation or rating of a deleted or spam ticket";
    private const string UnknownTicket = "conversation or rating of a ticket in neither this import nor the target (import its tickets*.json too)";
    private const string Unanswered = "satisfaction rating without an answer";

    /// <summary>The first customer message of a ticket is its description, which the conversations endpoint leaves out: it
    /// is stored as a message of its own with this id plus the ticket's id.</summary>
    public const long DescriptionIdBase = OpeningMessageIdBase;

    private static readonly ImportEndpoint Agents = new("agents", "agents");
    private static readonly ImportEndpoint Groups = new("groups", "groups");
    private static readonly ImportEndpoint Companies = new("companies", "companies");
    private static readonly ImportEndpoint Tickets = new("tickets", "tickets", "results");
    private static readonly ImportEndpoint Conversations = new("conversations", "conversations");
    private static readonly ImportEndpoint Ratings = new("satisfaction_ratings", "satisfaction_ratings");

    /// <summary>Freshdesk's status codes (2 Open, 3 Pending, 4 Resolved, 5 Closed) and the two "waiting on" statuses most
    /// accounts have (6, 7), which wait as pending does.</summary>
    private static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["2"] = "open", ["3"] = "pending", ["4"] = "solved", ["5"] = "closed", ["6"] = "pending", ["7"] = "pending",
        ["open"] = "open", ["pending"] = "pending", ["resolved"] = "solved", ["closed"] = "closed",
        ["waiting on customer"] = "pending", ["waiting on third party"] = "pending",
    };

    private static readonly Dictionary<string, string> Priorities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = "low", ["2"] = "normal", ["3"] = "high", ["4"] = "urgent", ["low"] = "low", ["medium"] = "normal", ["high"] = "high", ["urgent"] = "urgent",
    };

    /// <summary>Freshdesk's source codes onto the catalog's channels.</summary>
    private static readonly Dictionary<string, string> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["1"] = "email", ["2"] = "web", ["3"] = "phone", ["4"] = "web", ["5"] = "social", ["6"] = "social", ["7"] = "chat",
        ["8"] = "web", ["9"] = "web", ["10"] = "email", ["11"] = "web", ["12"] = "chat", ["13"] = "social",
        ["email"] = "email", ["portal"] = "web", ["phone"] = "phone", ["forum"] = "web", ["twitter"] = "social", ["facebook"] = "social",
        ["chat"] = "chat", ["mobihelp"] = "web", ["feedback widget"] = "web", ["outbound email"] = "email", ["whatsapp"] = "social",
    };

    private StagingTable? _agents;
    private StagingTable? _groups;
    private StagingTable? _members;
    private StagingTable? _companies;
    private StagingTable? _tickets;
    private StagingTable? _tags;
    private StagingTable? _conversations;
    private StagingTable? _ratings;

    public override string Name => "Freshdesk";

    public override IReadOnlyList<ImportEndpoint> Endpoints { get; } = [Agents, Groups, Companies, Tickets, Conversations, Ratings];

    public override void Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        _agents = Table(connection, transaction, "f_agents", true, "id", "name", "email");
        _groups = Table(connection, transaction, "f_groups", true, "id", "name");
        _members = Table(connection, transaction, "f_members", false, "group_id", "agent_id");
        _companies = Table(connection, transaction, "f_companies", true, "id", "name", "tier", "created_at");
        _tickets = Table(connection, transaction, "f_tickets", true, "id", "requester_id", "company_id", "responder_id", "channel", "priority",
            "status", "created_at", "first_responded_at", "resolved_at", "closed_at", "reopened_at", "outbound", "leave");
        _tags = Table(connection, transaction, "f_tags", false, "ticket_id", "tag");
        _conversations = Table(connection, transaction, "f_conversations", true, "id", "ticket_id", "user_id", "incoming", "private", "created_at");
        _ratings = Table(connection, transaction, "f_ratings", true, "id", "ticket_id", "agent_id", "rating", "created_at");
    }


    public override void Stage(ImportEndpoint endpoint, RecordFields record, ReadOnlyMemory<byte> raw, ImportSummary summary)
    {
        var updated = record.Time("updated_at");
        if (endpoint == Tickets)
        {
            StageTicket(record, raw.Span, updated, summary);
        }
        else if (endpoint == Conversations)
        {
            _conversations!.Stage(record, raw.Span, updated, summary, Required(record, "id"), Required(record, "ticket_id"), record.Id("user_id"),
                record.Bool("incoming") == true ? 1 : 0, record.Bool("private") == true ? 1 : 0,
                record.Time("created_at") ?? throw record.Fail("has no created_at: save the export unchanged"));
        }
        else if (endpoint == Ratings)
        {
            StageRating(record, raw.Span, updated, summary);
        }
        else if (endpoint == Agents)
        {
            _agents!.Stage(record, raw.Span, updated, summary, Required(record, "id"), record.Object("contact").Text("name") ?? record.Text("name"),
                record.Object("contact").Text("email") ?? record.Text("email"));
        }
        else if (endpoint == Groups)
        {
            var id = Required(record, "id");
            if (_groups!.Stage(record, raw.Span, updated, summary, id, record.Text("name")) == Staged.Skipped)
            {
                return;
            }

            _members!.DeleteWhere("group_id", id);
            if (record.Property("agent_ids") is { ValueKind: JsonValueKind.Array } agents)
            {
                foreach (var agent in agents.EnumerateArray())
                {
                    if (agent.ValueKind == JsonValueKind.Number && agent.TryGetInt64(out var agentId))
                    {
                        _members!.Add(id, agentId);
                    }
                }
            }
        }
        else
        {
            var tier = record.Object("custom_fields").Text("tier")?.Trim().ToLowerInvariant() is "premium" ? "premium" : "standard";
            _companies!.Stage(record, raw.Span, updated, summary, Required(record, "id"), record.Text("name"), tier, record.Time("created_at"));
        }
    }


    private void StageTicket(RecordFields record, ReadOnlySpan<byte> raw, string? updated, ImportSummary summary)
    {
        RefuseForeign(record);
        var id = Required(record, "id");
        var statusText = record.Text("status") ?? throw record.Fail("has no status: a Freshdesk ticket's status is 2 (Open), 3 (Pending), 4 (Resolved) or 5 (Closed)");
        if (!Statuses.TryGetValue(statusText.Trim(), out var status))
        {
            throw record.Fail($"status {statusText} is not one of Freshdesk's statuses (2 Open, 3 Pending, 4 Resolved, 5 Closed, 6 and 7 waiting): " +
                "a custom status of this account cannot be mapped; change those tickets' status or leave them out of the export");
        }

        string? leave = record.Bool("deleted") == true ? Deleted : record.Bool("spam") == true ? Spam : null;
        var sourceText = record.Text("source");
        var channel = Mapped(Channels, sourceText, "web", "web", "source (Freshdesk's source codes)", summary);
        var priority = Mapped(Priorities, record.Text("priority"), "normal", "normal", "priority (1–4: Low, Medium, High, Urgent)", summary);

        var stats = record.Object("stats");
        var staged = _tickets!.Stage(record, raw, updated, summary, id, record.Id("requester_id"), record.Id("company_id"), record.Id("responder_id"),
            channel, priority, status, record.Time("created_at") ?? throw record.Fail("has no created_at: save the export unchanged"),
            stats.Time("first_responded_at"), stats.Time("resolved_at"), stats.Time("closed_at"), stats.Time("reopened_at"),
            sourceText?.Trim() == "10" ? 1 : 0, leave);
        StagedWithTags(staged, _tags!, id, record.Strings("tags"));
    }

    private void StageRating(RecordFields record, ReadOnlySpan<byte> raw, string? updated, ImportSummary summary)
    {
        var ratings = record.Object("ratings");
        var answer = ratings.Text("default_question") ?? record.Text("rating")
            ?? (ratings.Value.ValueKind == JsonValueKind.Object ? ratings.Value.EnumerateObject().Select(p => p.Value.ToString()).FirstOrDefault() : null);
        int? rating = null;
        if (answer is not null)
        {
            try
            {
                rating = CsatScale.Freshdesk.Rating(answer);
            }
            catch (FormatException)
            {
                summary.Skip($"satisfaction rating {answer} not one of Freshdesk's codes (103 … -103)");
                return;
            }
        }

        _ratings!.Stage(record, raw, updated, summary, Required(record, "id"), Required(record, "ticket_id"), record.Id("agent_id"), rating,
            record.Time("created_at") ?? throw record.Fail("has no created_at: save the export unchanged"));
    }

    public override void Build(CanonicalMerge merge, ImportSummary summary)
    {
        merge.Execute("""
            CREATE INDEX temp.fx_conversations ON f_conversations(ticket_id);
            CREATE INDEX temp.fx_tags ON f_tags(ticket_id);
            CREATE INDEX temp.fx_responder ON f_tickets(responder_id);
            """);
        AgentIds(merge, "f_agent_ids", "SELECT id FROM temp.f_agents", "SELECT responder_id FROM temp.f_tickets",
            "SELECT user_id FROM temp.f_conversations WHERE incoming = 0");
        merge.Upsert("agents", $"""
            SELECT a.id AS id, coalesce(nullif(trim(f.name), ''), 'Agent ' || a.id) AS name,
                   coalesce((SELECT g.name FROM temp.f_members m JOIN temp.f_groups g ON g.id = m.group_id WHERE m.agent_id = a.id ORDER BY g.id LIMIT 1),
                            (SELECT x.team FROM main.agents x WHERE x.id = a.id), 'unassigned') AS team,
                   {AgentEmail("f", "a.id")}
            FROM temp.f_agent_ids a LEFT JOIN temp.f_agents f ON f.id = a.id
            WHERE f.id IS NOT NULL OR a.id NOT IN (SELECT id FROM main.agents)
            """);

        foreach (var reason in new[] { Deleted, Spam })
        {
            summary.Skip(reason, merge.Scalar($"SELECT count(*) FROM temp.f_tickets WHERE leave = '{reason.Replace("'", "''", StringComparison.Ordinal)}'"));
        }

        summary.Skip(NoCustomer, merge.Scalar("SELECT count(*) FROM temp.f_tickets WHERE leave IS NULL AND company_id IS NULL AND requester_id IS NULL"));
        merge.Execute("CREATE TEMP TABLE f_kept AS SELECT * FROM temp.f_tickets WHERE leave IS NULL AND coalesce(company_id, requester_id) IS NOT NULL; " +
            "CREATE INDEX temp.fx_kept_company ON f_kept(company_id)");
        merge.Upsert("customers", CompanyCustomers("f_companies", "Company", "id", "f_kept", "company_id") + """
            UNION ALL
            SELECT t.customer, CASE WHEN t.company IS NULL THEN 'Requester ' ELSE 'Company ' END || t.customer, 'standard', min(t.created_at), NULL
            FROM (SELECT coalesce(company_id, requester_id) AS customer, company_id AS company, created_at FROM temp.f_kept) t
            WHERE t.customer NOT IN (SELECT id FROM temp.f_companies) AND t.customer NOT IN (SELECT id FROM main.customers)
            GROUP BY t.customer
            """);

        summary.Skip(PrivateNote, merge.Scalar("SELECT count(*) FROM temp.f_conversations WHERE private = 1"));
        summary.Skip(LeftTicket, merge.Scalar("""
            SELECT (SELECT count(*) FROM temp.f_conversations c JOIN temp.f_tickets t ON t.id = c.ticket_id WHERE t.leave IS NOT NULL)
                 + (SELECT count(*) FROM temp.f_ratings r JOIN temp.f_tickets t ON t.id = r.ticket_id WHERE t.leave IS NOT NULL)
            """));
        summary.Skip(UnknownTicket, Orphans(merge, "f_conversations", "f_tickets") + Orphans(merge, "f_ratings", "f_tickets"));
        // Incoming conversations are the customer's; the others, replies and public notes alike, are the agents' (Freshdesk
        // counts a public note as a response). The description is the customer's first message, but of an outbound email.
        merge.Upsert("messages", $"""
            SELECT c.id AS id, c.ticket_id AS ticket_id, CASE WHEN c.incoming = 1 THEN 'customer' ELSE 'agent' END AS author,
                   CASE WHEN c.incoming = 1 THEN NULL ELSE c.user_id END AS agent_id, c.created_at AS created_at
            FROM temp.f_conversations c LEFT JOIN temp.f_tickets t ON t.id = c.ticket_id LEFT JOIN main.tickets m ON m.id = c.ticket_id
            WHERE c.private = 0 AND {KnownTicket}
            UNION ALL
            SELECT {DescriptionIdBase} + t.id, t.id, 'customer', NULL, t.created_at FROM temp.f_kept t WHERE t.outbound = 0
            """);

        merge.AgentReplies("temp.f_kept");
        merge.Upsert("tickets", """
            SELECT t.id AS id, coalesce(t.company_id, t.requester_id) AS customer_id, t.responder_id AS agent_id, t.channel AS channel,
                   t.priority AS priority, t.status AS status, t.created_at AS created_at,
                   coalesce(t.first_responded_at, ar.first_at) AS first_reply_at,
                   CASE WHEN t.status IN ('solved', 'closed') THEN coalesce(t.resolved_at, t.closed_at) END AS solved_at,
                   CASE WHEN t.reopened_at IS NOT NULL THEN 1 ELSE 0 END AS reopens,
                   coalesce(ar.replies, 0) AS replies
            FROM temp.f_kept t LEFT JOIN temp.n_agent_replies ar ON ar.ticket_id = t.id
            """);
        merge.ReplaceTags("SELECT g.ticket_id AS ticket_id, g.tag AS tag FROM temp.f_tags g WHERE g.ticket_id IN (SELECT id FROM temp.n_tickets)");

        summary.Skip(Unanswered, merge.Scalar("SELECT count(*) FROM temp.f_ratings WHERE rating IS NULL"));
        merge.Upsert("csat_responses", $"""
            SELECT r.id AS id, r.ticket_id AS ticket_id, coalesce(r.agent_id, t.responder_id, m.agent_id) AS agent_id, r.rating AS rating,
                   r.created_at AS created_at
            FROM temp.f_ratings r LEFT JOIN temp.f_tickets t ON t.id = r.ticket_id LEFT JOIN main.tickets m ON m.id = r.ticket_id
            WHERE r.rating IS NOT NULL AND {KnownTicket}
            """);

        var removed = merge.RemoveTickets("SELECT id FROM temp.f_tickets WHERE leave IS NOT NULL");
        merge.Add(new TableChange("tickets", 0, 0, 0, removed));
    }
}
