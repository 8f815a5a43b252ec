using Microsoft.Data.Sqlite;

namespace ReportBuilder.Import;

/// <summary>
/// Help Scout's Mailbox API 2.0 responses (docs/import.md has the field mapping with the documentation it follows):
/// conversations with their threads embedded, users, mailboxes (a mailbox is the team) and satisfaction ratings.
/// </summary>
internal sealed class HelpScoutImport : VendorImport
{
    private const string Spam = "spam conversation (status spam: Help Scout's reports leave spam out)";
    private const string Deleted = "deleted conversation (state deleted)";
    private const string Draft = "draft conversation (state draft: never sent)";
    private const string NoCustomer = "conversation without a customer (no primaryCustomer, no customer, not created by a customer)";
    private const string Note = "note (private, not a message)";
    private const string DraftThread = "draft or held thread (state not published: never sent)";
    private const string OtherThread = "thread that is no message (line items, forwards): counted for status changes only";
    private const string Opening = "teammate's message opening a conversation a teammate started, before the customer wrote (not a reply)";
    private const string LeftTicket = "rating of a spam, deleted or draft conversation";
    private const string UnknownTicket = "rating of a conversation in neither this import nor the target (import its conversations*.json too)";

    private static readonly ImportEndpoint Users = new("users", "users");
    private static readonly ImportEndpoint Mailboxes = new("mailboxes", "mailboxes");
    private static readonly ImportEndpoint Conversations = new("conversations", "conversations");
    private static readonly ImportEndpoint Ratings = new("ratings", "ratings");

    /// <summary>A conversation's <c>status</c>: active is open, closed is solved (a teammate closed it).</summary>
    private static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["active"] = "open", ["open"] = "open", ["pending"] = "pending", ["closed"] = "solved", ["spam"] = "spam",
    };

    /// <summary>A conversation's <c>type</c> (email, chat, phone), else its <c>source.type</c>, onto the catalog's channels.</summary>
    private static readonly Dictionary<string, string> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = "email", ["emailfwd"] = "email", ["chat"] = "chat", ["beacon"] = "chat", ["phone"] = "phone",
        ["web"] = "web", ["api"] = "web", ["coreapi"] = "web", ["mobile"] = "web", ["docs"] = "web", ["workflows"] = "web", ["manual"] = "web",
        ["channel"] = "social", ["heymarket"] = "social",
    };

    private StagingTable? _users;
    private StagingTable? _mailboxes;
    private StagingTable? _conversations;
    private StagingTable? _tags;
    private StagingTable? _threads;
    private StagingTable? _ratings;

    public override string Name => "Help Scout";

    public override IReadOnlyList<ImportEndpoint> Endpoints { get; } = [Users, Mailboxes, Conversations, Ratings];

    public override void Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        _users = Table(connection, transaction, "h_users", true, "id", "name", "email");
        _mailboxes = Table(connection, transaction, "h_mailboxes", true, "id", "name");
        _conversations = Table(connection, transaction, "h_conversations", true, "id", "customer_id", "customer_name", "assignee_id", "mailbox_id",
            "channel", "status", "created_at", "closed_at", "outbound", "leave");
        _tags = Table(connection, transaction, "h_tags", false, "ticket_id", "tag");
        _threads = Table(connection, transaction, "h_threads", true, "id", "ticket_id", "kind", "author", "author_id", "status", "created_at");
        _ratings = Table(connection, transaction, "h_ratings", true, "id", "ticket_id", "user_id", "rating", "created_at");
    }

    public override void Stage(ImportEndpoint endpoint, RecordFields record, ReadOnlyMemory<byte> raw, ImportSummary summary)
    {
        // The ratings endpoint documents its times as UTC and shows them without a zone.
        var updated = endpoint == Ratings ? record.Time("modifiedAt", documentedUtc: true)
            : record.Time("userUpdatedAt") ?? record.Time("modifiedAt") ?? record.Time("updatedAt");
        if (endpoint == Conversations)
        {
            StageConversation(record, raw.Span, updated, summary);
        }
        else if (endpoint == Users)
        {
            _users!.Stage(record, raw.Span, updated, summary, Required(record, "id"), Person(record), record.Text("email"));
        }
        else if (endpoint == Mailboxes)
        {
            _mailboxes!.Stage(record, raw.Span, updated, summary, Required(record, "id"), record.Text("name"));
        }
        else
        {
            StageRating(record, raw.Span, updated, summary);
        }
    }

    /// <summary>A person's name: first and last (v2 writes <c>first</c>/<c>last</c> or <c>firstName</c>/<c>lastName</c>), else the email.</summary>
    private static string? Person(RecordFields person)
    {
        var name = $"{person.Text("first") ?? person.Text("firstName")} {person.Text("last") ?? person.Text("lastName")}".Trim();
        return name.Length > 0 ? name : person.Text("email");
    }

    private void StageConversation(RecordFields record, ReadOnlySpan<byte> raw, string? updated, ImportSummary summary)
    {
        RefuseForeign(record);
        var id = Required(record, "id");
        var statusText = record.Text("status") ?? throw record.Fail("has no status: a Help Scout conversation's status is active, pending, closed or spam");
        if (!Statuses.TryGetValue(statusText.Trim(), out var status))
        {
            throw record.Fail($"status '{statusText}' is not a Help Scout conversation status (active, pending, closed, spam): check that this is a Help Scout export");
        }

        var state = record.Text("state")?.Trim().ToLowerInvariant();
        var leave = status == "spam" ? Spam : state == "deleted" ? Deleted : state == "draft" ? Draft : null;
        var createdBy = record.Object("createdBy");
        var customer = record.Object("primaryCustomer");
        if (!customer.Has("id"))
        {
            customer = record.Object("customer").Has("id") ? record.Object("customer") : createdBy.Text("type") == "customer" ? createdBy : customer;
        }

        var source = record.Object("source");
        var channel = Mapped(Channels, record.Text("type") ?? source.Text("type"), "email", "web", "type or source.type (Help Scout's conversation types)", summary);
        var outbound = source.Text("via") == "user" || (source.Text("via") is null && createdBy.Text("type") == "user");
        var staged = _conversations!.Stage(record, raw, updated, summary, id, customer.Id("id"), Person(customer), record.Object("assignee").Id("id"),
            record.Id("mailboxId") ?? record.Object("mailbox").Id("id"), channel, leave is null ? status : null,
            record.Time("createdAt") ?? throw record.Fail("has no createdAt: save the export unchanged"), record.Time("closedAt"), outbound ? 1 : 0, leave);
        if (!StagedWithTags(staged, _tags!, id, record.Strings("tags", "tag")))
        {
            return;
        }

        if (staged == Staged.Replaced)
        {
            _threads!.DeleteWhere("ticket_id", id);
        }

        if (record.Object("_embedded").Property("threads") is not { ValueKind: System.Text.Json.JsonValueKind.Array } threads)
        {
            return;
        }

        foreach (var item in threads.EnumerateArray())
        {
            var thread = new RecordFields(item, record.File, record.Location);
            var type = thread.Text("type")?.ToLowerInvariant();
            var by = thread.Object("createdBy");
            var threadState = thread.Text("state")?.ToLowerInvariant();
            // customer: the customer's; message: a teammate's reply; chat and phone: whoever wrote or logged it.
            var kind = threadState is not (null or "published") ? "draft"
                : type == "note" ? "note"
                : type is "customer" or "message" or "chat" or "phone" ? "message"
                : "other";
            var author = type == "customer" ? "customer" : type == "message" ? "agent"
                : by.Text("type") switch { "customer" => "customer", "user" => "agent", _ => null };
            _threads!.Stage(thread, System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(item), null, summary, Required(thread, "id"), id, kind,
                author, author == "agent" ? by.Id("id") : null, thread.Text("status")?.ToLowerInvariant(),
                thread.Time("createdAt") ?? throw thread.Fail($"thread {thread.Text("id")} has no createdAt: save the export unchanged"));
        }
    }

    private void StageRating(RecordFields record, ReadOnlySpan<byte> raw, string? updated, ImportSummary summary)
    {
        var answer = record.Text("rating") ?? "";
        int? rating;
        try
        {
            rating = CsatScale.ThreePoint.Rating(answer);
        }
        catch (FormatException)
        {
            summary.Skip($"rating '{answer}' not one of Help Scout's (great, okay, not good)");
            return;
        }

        if (rating is null)
        {
            summary.Skip("rating without an answer (unknown)");
            return;
        }

        var ticket = record.Id("conversationId") ?? record.Id("ticketId") ?? Required(record, "conversationId");
        _ratings!.Stage(record, raw, updated, summary, Required(record, "id"), ticket, record.Object("user").Id("id") ?? record.Id("userId"), rating,
            record.Time("createdAt", documentedUtc: true) ?? throw record.Fail("has no createdAt: save the export unchanged"));
    }

    public override void Build(CanonicalMerge merge, ImportSummary summary)
    {
        merge.Execute("""
            CREATE INDEX temp.hx_threads ON h_threads(ticket_id, created_at);
            CREATE INDEX temp.hx_tags ON h_tags(ticket_id);
            """);
        AgentIds(merge, "h_agent_ids", "SELECT id FROM temp.h_users", "SELECT assignee_id FROM temp.h_conversations",
            "SELECT user_id FROM temp.h_ratings", "SELECT author_id FROM temp.h_threads WHERE author = 'agent'");
        // Team: the mailbox of most of the conversations the user is assigned or answered (the lower id on a tie).
        merge.Execute("""
            CREATE TEMP TABLE h_agent_boxes AS
              SELECT x.agent AS agent, c.mailbox_id AS mailbox_id, count(*) AS n
              FROM (SELECT assignee_id AS agent, id AS ticket FROM temp.h_conversations WHERE assignee_id IS NOT NULL
                    UNION SELECT author_id, ticket_id FROM temp.h_threads WHERE kind = 'message' AND author = 'agent' AND author_id IS NOT NULL) x
              JOIN temp.h_conversations c ON c.id = x.ticket WHERE c.mailbox_id IS NOT NULL GROUP BY x.agent, c.mailbox_id;
            CREATE INDEX temp.hx_agent_boxes ON h_agent_boxes(agent)
            """);
        merge.Upsert("agents", $"""
            SELECT a.id AS id, coalesce(nullif(trim(u.name), ''), 'Agent ' || a.id) AS name,
                   coalesce((SELECT coalesce(b.name, 'Mailbox ' || x.mailbox_id) FROM temp.h_agent_boxes x LEFT JOIN temp.h_mailboxes b ON b.id = x.mailbox_id
                             WHERE x.agent = a.id ORDER BY x.n DESC, x.mailbox_id LIMIT 1),
                            (SELECT m.team FROM main.agents m WHERE m.id = a.id), 'unassigned') AS team,
                   {AgentEmail("u", "a.id")}
            FROM temp.h_agent_ids a LEFT JOIN temp.h_users u ON u.id = a.id
            WHERE u.id IS NOT NULL OR a.id NOT IN (SELECT id FROM main.agents)
            """);

        foreach (var reason in new[] { Spam, Deleted, Draft })
        {
            summary.Skip(reason, merge.Scalar($"SELECT count(*) FROM temp.h_conversations WHERE leave = '{reason.Replace("'", "''", StringComparison.Ordinal)}'"));
        }

        summary.Skip(NoCustomer, merge.Scalar("SELECT count(*) FROM temp.h_conversations WHERE leave IS NULL AND customer_id IS NULL"));
        merge.Execute("CREATE TEMP TABLE h_kept AS SELECT * FROM temp.h_conversations WHERE leave IS NULL AND customer_id IS NOT NULL");
        merge.Upsert("customers", """
            SELECT t.customer_id AS id, coalesce(nullif(trim(max(t.customer_name)), ''), 'Customer ' || t.customer_id) AS name,
                   coalesce((SELECT m.tier FROM main.customers m WHERE m.id = t.customer_id), 'standard') AS tier,
                   coalesce((SELECT m.created_at FROM main.customers m WHERE m.id = t.customer_id), min(t.created_at)) AS created_at,
                   (SELECT m.churned_at FROM main.customers m WHERE m.id = t.customer_id) AS churned_at
            FROM temp.h_kept t GROUP BY t.customer_id
            """);

        // A teammate's messages in a conversation a teammate started are not replies until the customer has written.
        merge.Execute("""
            UPDATE temp.h_threads SET kind = 'opening'
            WHERE kind = 'message' AND author = 'agent' AND ticket_id IN (SELECT id FROM temp.h_kept WHERE outbound = 1)
              AND created_at <= coalesce((SELECT min(c.created_at) FROM temp.h_threads c
                                          WHERE c.ticket_id = h_threads.ticket_id AND c.kind = 'message' AND c.author = 'customer'), '9999')
            """);
        foreach (var (reason, kind) in new[] { (Note, "note"), (DraftThread, "draft"), (OtherThread, "other"), (Opening, "opening") })
        {
            summary.Skip(reason, merge.Scalar($"SELECT count(*) FROM temp.h_threads WHERE kind = '{kind}' AND ticket_id IN (SELECT id FROM temp.h_kept)"));
        }

        merge.Upsert("messages", """
            SELECT s.id AS id, s.ticket_id AS ticket_id, s.author AS author, s.author_id AS agent_id, s.created_at AS created_at
            FROM temp.h_threads s WHERE s.kind = 'message' AND s.author IS NOT NULL AND s.ticket_id IN (SELECT id FROM temp.h_kept)
            """);

        // A staged column has no type: a lookup compares it with +t.id (no affinity either), else SQLite cannot use its index.
        // Reopens: threads that set the conversation active or pending after one that closed it (nochange threads skipped).
        merge.Execute("""
            CREATE TEMP TABLE h_reopens AS
              SELECT CAST(ticket_id AS INTEGER) AS ticket_id, count(*) AS n FROM (
                SELECT ticket_id, status, lag(status) OVER (PARTITION BY ticket_id ORDER BY created_at, id) AS before
                FROM temp.h_threads WHERE status IN ('active', 'pending', 'closed'))
              WHERE status IN ('active', 'pending') AND before = 'closed' GROUP BY ticket_id;
            CREATE INDEX temp.hx_reopens ON h_reopens(ticket_id)
            """);
        merge.AgentReplies("temp.h_kept");
        merge.Upsert("tickets", """
            SELECT t.id AS id, t.customer_id AS customer_id, t.assignee_id AS agent_id, t.channel AS channel, 'normal' AS priority, t.status AS status,
                   t.created_at AS created_at,
                   ar.first_at AS first_reply_at,
                   CASE WHEN t.status = 'solved' THEN coalesce(t.closed_at,
                        (SELECT max(s.created_at) FROM temp.h_threads s WHERE s.ticket_id = +t.id AND s.status = 'closed')) END AS solved_at,
                   coalesce((SELECT r.n FROM temp.h_reopens r WHERE r.ticket_id = t.id), 0) AS reopens,
                   coalesce(ar.replies, 0) AS replies
            FROM temp.h_kept t LEFT JOIN temp.n_agent_replies ar ON ar.ticket_id = t.id
            """);
        merge.ReplaceTags("SELECT g.ticket_id AS ticket_id, g.tag AS tag FROM temp.h_tags g WHERE g.ticket_id IN (SELECT id FROM temp.n_tickets)");

        summary.Skip(LeftTicket, merge.Scalar("SELECT count(*) FROM temp.h_ratings r JOIN temp.h_conversations t ON t.id = r.ticket_id WHERE t.leave IS NOT NULL"));
        summary.Skip(UnknownTicket, Orphans(merge, "h_ratings", "h_conversations"));
        merge.Upsert("csat_responses", $"""
            SELECT r.id AS id, r.ticket_id AS ticket_id, coalesce(r.user_id, t.assignee_id, m.agent_id) AS agent_id, r.rating AS rating, r.created_at AS created_at
            FROM temp.h_ratings r LEFT JOIN temp.h_conversations t ON t.id = r.ticket_id LEFT JOIN main.tickets m ON m.id = r.ticket_id
            WHERE {KnownTicket}
            """);

        var removed = merge.RemoveTickets("SELECT id FROM temp.h_conversations WHERE leave IS NOT NULL");
        merge.Add(new TableChange("tickets", 0, 0, 0, removed));
    }
}
