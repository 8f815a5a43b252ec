using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Import;

/// <summary>
/// Intercom's REST API responses (docs/import.md has the field mapping with the documentation it follows): conversations
/// with their parts, statistics and rating, admins, teams, companies and contacts. A conversation is a ticket.
/// </summary>
internal sealed class IntercomImport : VendorImport
{
    private const string NoCustomer = "conversation without a contact (no contacts, no user or lead as the source's author)";
    private const string Note = "note (private, not a message)";
    private const string BotReply = "bot reply (Fin and other bots: not an agent reply, as Intercom's reports leave them out of first response and replies)";

    private static readonly ImportEndpoint Admins = new("admins", "admins");
    private static readonly ImportEndpoint Teams = new("teams", "teams");
    private static readonly ImportEndpoint Companies = new("companies", "data", "companies");
    private static readonly ImportEndpoint Contacts = new("contacts", "data", "contacts");
    private static readonly ImportEndpoint Conversations = new("conversations", "conversations");

    /// <summary>A conversation's <c>state</c>: closed is solved (a teammate closed it; Intercom has no customer-confirmed
    /// state), snoozed waits as pending does.</summary>
    private static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["open"] = "open", ["snoozed"] = "pending", ["closed"] = "solved",
    };

    /// <summary><c>source.type</c> onto the catalog's channels; <c>conversation</c> is the Messenger.</summary>
    private static readonly Dictionary<string, string> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["conversation"] = "chat", ["chat"] = "chat", ["email"] = "email", ["phone_call"] = "phone", ["phone_switch"] = "phone", ["phone"] = "phone",
        ["facebook"] = "social", ["twitter"] = "social", ["instagram"] = "social", ["whatsapp"] = "social", ["sms"] = "social",
        ["push"] = "web", ["api"] = "web",
    };

    /// <summary>Who a part's or a source's <c>author.type</c> is: a teammate, the customer, or a bot.</summary>
    private static readonly Dictionary<string, string> Authors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = "agent", ["user"] = "customer", ["lead"] = "customer", ["contact"] = "customer", ["bot"] = "bot",
    };

    private StagingTable? _admins;
    private StagingTable? _teams;
    private StagingTable? _members;
    private StagingTable? _companies;
    private StagingTable? _contacts;
    private StagingTable? _conversations;
    private StagingTable? _tags;
    private StagingTable? _parts;

    public override string Name => "Intercom";

    public override IReadOnlyList<ImportEndpoint> Endpoints { get; } = [Admins, Teams, Companies, Contacts, Conversations];

    public override void Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        _admins = Table(connection, transaction, "i_admins", true, "id", "name", "email");
        _teams = Table(connection, transaction, "i_teams", true, "id", "name");
        _members = Table(connection, transaction, "i_members", false, "team_id", "admin_id");
        _companies = Table(connection, transaction, "i_companies", true, "id", "ref", "name", "tier", "created_at");
        _contacts = Table(connection, transaction, "i_contacts", true, "id", "name", "company_id", "company_ref", "created_at");
        _conversations = Table(connection, transaction, "i_conversations", true, "id", "contact_id", "contact_ref", "admin_id", "team_id", "channel",
            "priority", "status", "created_at", "opening", "first_admin_reply_at", "last_close_at", "count_reopens", "rating", "rating_at", "rating_admin",
            "first_contact_reply_at", "time_to_admin_reply", "time_to_last_close");
        _tags = Table(connection, transaction, "i_tags", false, "ticket_id", "tag");
        _parts = Table(connection, transaction, "i_parts", true, "id", "ticket_id", "part_type", "kind", "author", "author_id", "created_at");
    }

    public override void Stage(ImportEndpoint endpoint, RecordFields record, ReadOnlyMemory<byte> raw, ImportSummary summary)
    {
        var updated = record.Time("updated_at");
        if (endpoint == Conversations)
        {
            StageConversation(record, raw.Span, updated, summary);
        }
        else if (endpoint == Admins)
        {
            var id = Required(record, "id");
            if (_admins!.Stage(record, raw.Span, updated, summary, id, record.Text("name") ?? record.Text("email"), record.Text("email")) != Staged.Skipped)
            {
                Members(record, "team_ids", team => (team, id));
            }
        }
        else if (endpoint == Teams)
        {
            var id = Required(record, "id");
            if (_teams!.Stage(record, raw.Span, updated, summary, id, record.Text("name")) != Staged.Skipped)
            {
                Members(record, "admin_ids", admin => (id, admin));
            }
        }
        else if (endpoint == Companies)
        {
            RefuseForeign(record);
            var key = record.Text("id") ?? throw record.Fail("has no id: this is not an Intercom company; check the file's name");
            _companies!.Stage(record, raw.Span, updated, summary, record.AnyId("id"), key, record.Text("name"),
                Tier(record.Object("custom_attributes").Text("tier"), record.Object("tags").Object("tags").Strings("name")),
                record.Time("created_at") ?? record.Time("remote_created_at"));
        }
        else
        {
            RefuseForeign(record);
            var key = record.Text("id") ?? throw record.Fail("has no id: this is not an Intercom contact; check the file's name");
            var company = record.Object("companies").First("data");
            _contacts!.Stage(record, raw.Span, updated, summary, record.AnyId("id"), record.Text("name") ?? record.Text("email") ?? "Contact " + key,
                company.AnyId("id"), company.Text("id"), record.Time("created_at"));
        }
    }

    /// <summary>Team memberships, from either side: a team's <c>admin_ids</c> or an admin's <c>team_ids</c>.</summary>
    private void Members(RecordFields record, string field, Func<long, (long Team, long Admin)> pair)
    {
        if (record.Property(field) is not { ValueKind: JsonValueKind.Array } ids)
        {
            return;
        }

        foreach (var item in ids.EnumerateArray())
        {
            if (long.TryParse(item.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var other))
            {
                var (team, admin) = pair(other);
                _members!.Add(team, admin);
            }
        }
    }

    private void StageConversation(RecordFields record, ReadOnlySpan<byte> raw, string? updated, ImportSummary summary)
    {
        RefuseForeign(record);
        var id = Required(record, "id");
        var stateText = record.Text("state") ?? (record.Bool("open") is { } open ? open ? "open" : "closed" : null)
            ?? throw record.Fail("has no state: an Intercom conversation's state is open, snoozed or closed");
        if (!Statuses.TryGetValue(stateText.Trim(), out var status))
        {
            throw record.Fail($"state '{stateText}' is not an Intercom conversation state (open, snoozed, closed): check that this is an Intercom export");
        }

        var source = record.Object("source");
        var channel = Mapped(Channels, source.Text("type"), "chat", "web", "source.type (Intercom's source types)", summary);

        // The customer: the first contact, else the source's author when a user or lead wrote it.
        var sourceAuthor = source.Object("author");
        var opening = Authors.GetValueOrDefault(sourceAuthor.Text("type") ?? "");
        var contact = record.Object("contacts").First("contacts");
        if (!contact.Has("id"))
        {
            contact = opening == "customer" ? sourceAuthor : record.First("customers");
        }

        var statistics = record.Object("statistics");
        var rating = record.Object("conversation_rating");
        int? ratingValue = null;
        if (rating.Text("rating") is { } answer)
        {
            try
            {
                ratingValue = CsatScale.FivePoint.Rating(answer);
            }
            catch (FormatException)
            {
                summary.Skip($"conversation rating '{answer}' not on Intercom's 1–5 scale");
            }
        }

        var staged = _conversations!.Stage(record, raw, updated, summary, id, contact.AnyId("id"), contact.Text("id"), record.Id("admin_assignee_id"),
            record.Id("team_assignee_id"), channel, record.Text("priority") == "priority" ? "high" : "normal", status,
            record.Time("created_at") ?? throw record.Fail("has no created_at: save the export unchanged"),
            source.Has("body") || source.Has("id") ? opening : null, statistics.Time("first_admin_reply_at"), statistics.Time("last_close_at"),
            statistics.Int("count_reopens"), ratingValue, rating.Time("created_at"), rating.Object("teammate").Id("id"),
            statistics.Time("first_contact_reply_at"), statistics.Int("time_to_admin_reply"), statistics.Int("time_to_last_close"));
        if (!StagedWithTags(staged, _tags!, id, record.Object("tags").Strings("tags", "name")))
        {
            return;
        }

        if (staged == Staged.Replaced)
        {
            _parts!.DeleteWhere("ticket_id", id);
        }

        if (record.Object("conversation_parts").Property("conversation_parts") is not { ValueKind: JsonValueKind.Array } parts)
        {
            return;
        }

        foreach (var item in parts.EnumerateArray())
        {
            var part = new RecordFields(item, record.File, record.Location);
            var type = part.Text("part_type") ?? "";
            var author = part.Object("author");
            // A comment is a message; so is a close, open or assignment that carries a reply ("reply and close").
            var kind = type == "note" ? "note"
                : type == "comment" || (part.Text("body") is { Length: > 0 } && !part.Bool("redacted").GetValueOrDefault()) ? "message"
                : "event";
            _parts!.Stage(part, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(item), part.Time("updated_at"), summary,
                Required(part, "id"), id, type, kind, Authors.GetValueOrDefault(author.Text("type") ?? ""), author.AnyId("id"),
                part.Time("created_at") ?? throw part.Fail($"part {part.Text("id")} has no created_at: save the export unchanged"));
        }
    }

    public override void Build(CanonicalMerge merge, ImportSummary summary)
    {
        merge.Execute("""
            CREATE INDEX temp.ix_parts ON i_parts(ticket_id, created_at);
            CREATE INDEX temp.ix_tags ON i_tags(ticket_id);
            CREATE INDEX temp.ix_admin ON i_conversations(admin_id);
            """);
        AgentIds(merge, "i_agent_ids", "SELECT id FROM temp.i_admins", "SELECT admin_id FROM temp.i_conversations",
            "SELECT rating_admin FROM temp.i_conversations", "SELECT author_id FROM temp.i_parts WHERE author = 'agent'");
        // Team: the admin's first team by id; else the team of the conversations assigned to them.
        merge.Upsert("agents", $"""
            SELECT a.id AS id, coalesce(nullif(trim(f.name), ''), 'Agent ' || a.id) AS name,
                   coalesce((SELECT coalesce(g.name, 'Team ' || m.team_id) FROM temp.i_members m LEFT JOIN temp.i_teams g ON g.id = m.team_id
                             WHERE m.admin_id = +a.id ORDER BY m.team_id LIMIT 1),
                            (SELECT coalesce(g.name, 'Team ' || c.team_id) FROM temp.i_conversations c LEFT JOIN temp.i_teams g ON g.id = c.team_id
                             WHERE c.admin_id = +a.id AND c.team_id IS NOT NULL ORDER BY c.team_id LIMIT 1),
                            (SELECT x.team FROM main.agents x WHERE x.id = a.id), 'unassigned') AS team,
                   {AgentEmail("f", "a.id")}
            FROM temp.i_agent_ids a LEFT JOIN temp.i_admins f ON f.id = a.id
            WHERE f.id IS NOT NULL OR a.id NOT IN (SELECT id FROM main.agents)
            """);

        summary.Skip(NoCustomer, merge.Scalar("SELECT count(*) FROM temp.i_conversations WHERE contact_id IS NULL"));
        // The customer is the contact's first company, else the contact.
        merge.Execute("""
            CREATE TEMP TABLE i_kept AS
              SELECT c.*, coalesce(k.company_id, c.contact_id) AS customer_id, k.company_id AS company_id, k.company_ref AS company_ref
              FROM temp.i_conversations c LEFT JOIN temp.i_contacts k ON k.id = c.contact_id WHERE c.contact_id IS NOT NULL;
            CREATE INDEX temp.ix_kept_customer ON i_kept(customer_id)
            """);
        merge.Upsert("customers", CompanyCustomers("i_companies", "Company", "ref", "i_kept", "customer_id") + """
            UNION ALL
            SELECT t.customer_id, coalesce(nullif(trim(k.name), ''), 'Contact ' || t.contact_ref),
                   coalesce((SELECT m.tier FROM main.customers m WHERE m.id = t.customer_id), 'standard'), coalesce(k.created_at, min(t.created_at)),
                   (SELECT m.churned_at FROM main.customers m WHERE m.id = t.customer_id)
            FROM temp.i_kept t LEFT JOIN temp.i_contacts k ON k.id = t.contact_id
            WHERE t.company_id IS NULL AND (k.id IS NOT NULL OR t.customer_id NOT IN (SELECT id FROM main.customers))
            GROUP BY t.customer_id
            UNION ALL
            SELECT t.company_id, 'Company ' || t.company_ref, 'standard', min(t.created_at), NULL
            FROM temp.i_kept t WHERE t.company_id IS NOT NULL AND t.company_id NOT IN (SELECT id FROM temp.i_companies)
              AND t.company_id NOT IN (SELECT id FROM main.customers)
            GROUP BY t.company_id
            """);

        summary.Skip(Note, merge.Scalar("SELECT count(*) FROM temp.i_parts WHERE kind = 'note'"));
        summary.Skip(BotReply, merge.Scalar("SELECT count(*) FROM temp.i_parts WHERE kind = 'message' AND author = 'bot'"));
        // The opening message is the customer's first, but of a conversation a teammate or a bot started (outbound).
        merge.Upsert("messages", $"""
            SELECT p.id AS id, p.ticket_id AS ticket_id, p.author AS author, CASE WHEN p.author = 'agent' THEN p.author_id END AS agent_id,
                   p.created_at AS created_at
            FROM temp.i_parts p WHERE p.kind = 'message' AND p.author IN ('agent', 'customer') AND p.ticket_id IN (SELECT id FROM temp.i_kept)
            UNION ALL
            SELECT {OpeningMessageIdBase} + t.id, t.id, 'customer', NULL, t.created_at FROM temp.i_kept t WHERE t.opening = 'customer'
            """);

        // A staged column has no type: a lookup compares it with +t.id (no affinity either), else SQLite cannot use its index.
        // Reopens from the statistics; without them, the closes followed by an open or a customer's message.
        merge.Execute("""
            CREATE TEMP TABLE i_reopens AS
              SELECT CAST(ticket_id AS INTEGER) AS ticket_id, count(*) AS n FROM (
                SELECT ticket_id, part_type, lag(part_type) OVER (PARTITION BY ticket_id ORDER BY created_at, id) AS before
                FROM temp.i_parts WHERE part_type IN ('close', 'open') OR (kind = 'message' AND author = 'customer'))
              WHERE part_type <> 'close' AND before = 'close' GROUP BY ticket_id;
            CREATE INDEX temp.ix_reopens ON i_reopens(ticket_id)
            """);
        merge.AgentReplies("temp.i_kept");
        merge.Upsert("tickets", """
            SELECT t.id AS id, t.customer_id AS customer_id, t.admin_id AS agent_id, t.channel AS channel, t.priority AS priority, t.status AS status,
                   t.created_at AS created_at,
                   coalesce(ar.first_at, t.first_admin_reply_at) AS first_reply_at,
                   CASE WHEN t.status = 'solved' THEN coalesce(t.last_close_at,
                        (SELECT max(p.created_at) FROM temp.i_parts p WHERE p.ticket_id = +t.id AND p.part_type = 'close')) END AS solved_at,
                   coalesce(t.count_reopens, (SELECT r.n FROM temp.i_reopens r WHERE r.ticket_id = t.id), 0) AS reopens,
                   coalesce(ar.replies, 0) AS replies,
                   -- Intercom's own durations (conversation statistics): calendar from the contact's first message, working
                   -- time as Intercom counts it (office hours subtracted), seconds to minutes; resolution for closed ones only
                   (strftime('%s', t.first_admin_reply_at) - strftime('%s', t.first_contact_reply_at)) / 60.0 AS vendor_first_reply_minutes,
                   t.time_to_admin_reply / 60.0 AS vendor_first_reply_business_minutes,
                   CASE WHEN t.status = 'solved' THEN (strftime('%s', t.last_close_at) - strftime('%s', t.first_contact_reply_at)) / 60.0 END
                     AS vendor_resolution_minutes,
                   CASE WHEN t.status = 'solved' THEN t.time_to_last_close / 60.0 END AS vendor_resolution_business_minutes
            FROM temp.i_kept t LEFT JOIN temp.n_agent_replies ar ON ar.ticket_id = t.id
            """);
        merge.ReplaceTags("SELECT g.ticket_id AS ticket_id, g.tag AS tag FROM temp.i_tags g WHERE g.ticket_id IN (SELECT id FROM temp.n_tickets)");

        // A conversation has one rating: its id is the conversation's.
        merge.Upsert("csat_responses", """
            SELECT t.id AS id, t.id AS ticket_id, coalesce(t.rating_admin, t.admin_id) AS agent_id, t.rating AS rating,
                   coalesce(t.rating_at, t.last_close_at, t.created_at) AS created_at
            FROM temp.i_kept t WHERE t.rating IS NOT NULL
            """);
    }
}
