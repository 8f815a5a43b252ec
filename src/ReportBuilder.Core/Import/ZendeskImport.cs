using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Import;

/// <summary>
/// Zendesk Support's API responses (docs/import.md has the field mapping with the documentation it follows): the
/// incremental ticket export, ticket metrics, incremental ticket events with comment child events, users, groups,
/// organizations and satisfaction ratings.
/// </summary>
internal sealed class ZendeskImport : VendorImport
{
    internal const string Deleted = "deleted ticket (status deleted: Zendesk's reports leave deleted and spam tickets out)";
    internal const string Merged = "ticket merged into another (tag closed_by_merge)";
    internal const string NoCustomer = "ticket without a requester or an organization";
    private const string Unanswered = "satisfaction survey offered but not answered";
    private const string PrivateComment = "private comment (an internal note is not a message)";
    private const string LeftTicketComment = "comment of a deleted or merged ticket";
    private const string UnknownTicket = "event or rating of a ticket in neither this import nor the target (import its tickets*.json too)";
    private const string NoSolveTime = "solved or closed ticket without a solve time (no ticket_metrics solved_at, no status event): solved_at left empty, so it is in no solved cohort";

    private static readonly ImportEndpoint Users = new("users", "users");
    private static readonly ImportEndpoint Groups = new("groups", "groups");
    private static readonly ImportEndpoint Organizations = new("organizations", "organizations");
    private static readonly ImportEndpoint Tickets = new("tickets", "tickets", "results");
    private static readonly ImportEndpoint Metrics = new("ticket_metrics", "ticket_metrics");
    private static readonly ImportEndpoint Events = new("ticket_events", "ticket_events", "audits");
    private static readonly ImportEndpoint Ratings = new("satisfaction_ratings", "satisfaction_ratings");

    /// <summary>Zendesk's ticket statuses and the catalog's: on-hold waits like pending.</summary>
    internal static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["new"] = "new", ["open"] = "open", ["pending"] = "pending", ["hold"] = "pending", ["solved"] = "solved", ["closed"] = "closed",
    };

    internal static readonly Dictionary<string, string> Priorities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["low"] = "low", ["normal"] = "normal", ["high"] = "high", ["urgent"] = "urgent",
    };

    /// <summary>via.channel values (Zendesk's "Via types") onto the catalog's channels.</summary>
    internal static readonly Dictionary<string, string> Channels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["email"] = "email", ["mail"] = "email",
        ["web"] = "web", ["web_form"] = "web", ["web_widget"] = "web", ["mobile"] = "web", ["mobile_sdk"] = "web", ["api"] = "web",
        ["web_service"] = "web", ["help_center"] = "web", ["rule"] = "web", ["sample_ticket"] = "web", ["side_conversation"] = "web",
        ["chat"] = "chat", ["chat_transcript"] = "chat", ["native_messaging"] = "chat", ["messaging"] = "chat", ["sunshine_conversations"] = "chat",
        ["voice"] = "phone", ["phone"] = "phone", ["phone_call_inbound"] = "phone", ["phone_call_outbound"] = "phone", ["voicemail"] = "phone",
        ["twitter"] = "social", ["facebook"] = "social", ["instagram_dm"] = "social", ["whatsapp"] = "social", ["line"] = "social",
        ["wechat"] = "social", ["sms"] = "social", ["any_channel"] = "social", ["apple_business_chat"] = "social", ["google_rcs"] = "social",
    };

    private StagingTable? _users;
    private StagingTable? _groups;
    private StagingTable? _organizations;
    private StagingTable? _tickets;
    private StagingTable? _tags;
    private StagingTable? _metrics;
    private StagingTable? _comments;
    private StagingTable? _changes;
    private StagingTable? _ratings;

    public override string Name => "Zendesk";

    public override IReadOnlyList<ImportEndpoint> Endpoints { get; } = [Users, Groups, Organizations, Tickets, Metrics, Events, Ratings];

    public override void Begin(SqliteConnection connection, SqliteTransaction transaction)
    {
        _users = Table(connection, transaction, "z_users", true, "id", "role", "name", "default_group_id", "created_at", "email");
        _groups = Table(connection, transaction, "z_groups", true, "id", "name");
        _organizations = Table(connection, transaction, "z_orgs", true, "id", "name", "tier", "created_at");
        _tickets = Table(connection, transaction, "z_tickets", true, "id", "requester_id", "organization_id", "assignee_id", "group_id",
            "channel", "priority", "status", "created_at", "rating_id", "rating", "leave");
        _tags = Table(connection, transaction, "z_tags", false, "ticket_id", "tag");
        _metrics = Table(connection, transaction, "z_metrics", true, "ticket_id", "solved_at", "replies", "reopens", "reply_minutes",
            "reply_business_minutes", "resolution_minutes", "resolution_business_minutes");
        _comments = Table(connection, transaction, "z_comments", true, "id", "ticket_id", "author_id", "public", "created_at");
        _changes = Table(connection, transaction, "z_changes", true, "id", "ticket_id", "previous", "status", "created_at");
        _ratings = Table(connection, transaction, "z_ratings", true, "id", "ticket_id", "assignee_id", "rating", "created_at");
    }


    public override void Stage(ImportEndpoint endpoint, RecordFields record, ReadOnlyMemory<byte> raw, ImportSummary summary)
    {
        if (endpoint == Tickets)
        {
            StageTicket(record, raw.Span, summary);
        }
        else if (endpoint == Events)
        {
            StageEvent(record, summary);
        }
        else if (endpoint == Metrics)
        {
            var id = Required(record, "ticket_id");
            var reply = record.Object("reply_time_in_minutes");
            var resolution = record.Object("full_resolution_time_in_minutes");
            _metrics!.Stage(record, raw.Span, record.Time("updated_at"), summary, id, record.Time("solved_at"), record.Int("replies"),
                record.Int("reopens"), record.Property("reply_time_in_minutes")?.ValueKind == JsonValueKind.Number
                    ? record.Int("reply_time_in_minutes") : reply.Int("calendar"),
                reply.Int("business"), resolution.Int("calendar"), resolution.Int("business"));
        }
        else if (endpoint == Users)
        {
            _users!.Stage(record, raw.Span, record.Time("updated_at"), summary, Required(record, "id"), record.Text("role")?.ToLowerInvariant(),
                record.Text("name"), record.Id("default_group_id"), record.Time("created_at"), record.Text("email"));
        }
        else if (endpoint == Groups)
        {
            _groups!.Stage(record, raw.Span, record.Time("updated_at"), summary, Required(record, "id"), record.Text("name"));
        }
        else if (endpoint == Organizations)
        {
            _organizations!.Stage(record, raw.Span, record.Time("updated_at"), summary, Required(record, "id"), record.Text("name"),
                Tier(record.Object("organization_fields").Text("tier"), record.Strings("tags")), record.Time("created_at"));
        }
        else
        {
            StageRating(record, raw.Span, summary);
        }
    }


    private void StageTicket(RecordFields record, ReadOnlySpan<byte> raw, ImportSummary summary)
    {
        var id = Required(record, "id");
        if (record.Property("status") is not { ValueKind: JsonValueKind.String } statusValue)
        {
            RefuseForeign(record);
            throw record.Fail("has no status: a Zendesk ticket's status is new, open, pending, hold, solved, closed or deleted");
        }

        var raw0 = statusValue.GetString()!;
        var tags = record.Strings("tags").ToList();
        string? leave = null;
        string? status = null;
        if (raw0.Equals("deleted", StringComparison.OrdinalIgnoreCase))
        {
            leave = Deleted;
        }
        else if (!Statuses.TryGetValue(raw0, out status))
        {
            throw record.Fail($"status '{raw0}' is not a Zendesk ticket status (new, open, pending, hold, solved, closed, deleted): " +
                "check that this is a Zendesk export; a status Zendesk added since cannot be mapped and needs a newer reportbuilder");
        }
        else if (tags.Contains("closed_by_merge", StringComparer.OrdinalIgnoreCase))
        {
            leave = Merged;
        }

        var created = record.Time("created_at") ?? throw record.Fail("has no created_at: a Zendesk ticket always has one; save the export unchanged");
        var channelText = record.Property("via") is { ValueKind: JsonValueKind.String } via
            ? via.GetString()!.Trim().ToLowerInvariant().Replace(' ', '_')
            : record.Object("via").Text("channel");
        var channel = Mapped(Channels, channelText, "web", "web", "via.channel (Zendesk's via types)", summary);
        var priority = Mapped(Priorities, record.Text("priority"), "normal", "normal", "priority (low, normal, high, urgent)", summary);

        var rating = record.Object("satisfaction_rating");
        var score = rating.Text("score");
        int? ratingValue = null;
        if (score is not null)
        {
            try
            {
                ratingValue = CsatScale.Binary.Rating(score);
            }
            catch (FormatException)
            {
                summary.Skip($"satisfaction score '{score}' not on Zendesk's good/bad scale");
            }
        }

        var staged = _tickets!.Stage(record, raw, record.Time("updated_at"), summary, id, record.Id("requester_id"), record.Id("organization_id"),
            record.Id("assignee_id"), record.Id("group_id"), channel, priority, status, created, rating.Id("id"), ratingValue, leave);
        StagedWithTags(staged, _tags!, id, tags);
    }

    private void StageEvent(RecordFields record, ImportSummary summary)
    {
        var ticket = Required(record, "ticket_id");
        var at = record.Time("created_at") ?? record.Time("timestamp");
        var updater = record.Id("updater_id");
        if (record.Property("child_events") is { ValueKind: JsonValueKind.Array } children)
        {
            var index = 0;
            foreach (var child in children.EnumerateArray())
            {
                StageChild(new RecordFields(child, record.File, record.Location), ticket, at, updater, index++, summary);
            }
        }
        else
        {
            // A flat event: the record itself is the comment or the change.
            StageChild(record, ticket, at, updater, 0, summary, record.Id("id"));
        }
    }

    private void StageChild(RecordFields child, long ticket, string? parentAt, long? updater, int index, ImportSummary summary, long? flatId = null)
    {
        var type = child.Text("event_type") ?? child.Text("type");
        var isComment = type is not null && type.EndsWith("Comment", StringComparison.OrdinalIgnoreCase);
        var status = isComment ? null : child.Text("field_name") == "status" ? child.Text("value") : child.Text("status");
        if (!isComment && status is null)
        {
            return;
        }

        var at = child.Time("created_at") ?? parentAt ?? throw child.Fail("an event without created_at or timestamp: save the export unchanged");
        var id = flatId ?? child.Id("id") ?? SyntheticId(ticket, at, child.Id("author_id") ?? updater, index);
        var raw = JsonMarshal.GetRawUtf8Value(child.Value);
        if (isComment)
        {
            var isPublic = child.Bool("public") ?? child.Bool("comment_public") ?? true;
            _comments!.Stage(child, raw, null, summary, id, ticket, child.Id("author_id") ?? updater, isPublic ? 1 : 0, at);
        }
        else
        {
            _changes!.Stage(child, raw, null, summary, id, ticket, child.Text("previous_value")?.ToLowerInvariant(), status!.ToLowerInvariant(), at);
        }
    }

    /// <summary>The id of a child event the export gives none: stable across imports of the same event (its ticket, time,
    /// author and place in the event), positive and far above Zendesk's ids.</summary>
    private static long SyntheticId(long ticket, string at, long? author, int index) =>
        RecordFields.StableId(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ticket}|{at}|{author}|{index}"));

    private void StageRating(RecordFields record, ReadOnlySpan<byte> raw, ImportSummary summary)
    {
        var id = Required(record, "id");
        var score = record.Text("score") ?? "";
        int? rating;
        try
        {
            rating = CsatScale.Binary.Rating(score);
        }
        catch (FormatException)
        {
            summary.Skip($"satisfaction score '{score}' not on Zendesk's good/bad scale");
            return;
        }

        _ratings!.Stage(record, raw, record.Time("updated_at"), summary, id, Required(record, "ticket_id"), record.Id("assignee_id"), rating,
            record.Time("created_at") ?? throw record.Fail("has no created_at: save the export unchanged"));
    }

    public override void Build(CanonicalMerge merge, ImportSummary summary)
    {
        _tags!.Index("ticket_id");
        merge.Execute("""
            CREATE INDEX temp.zx_changes ON z_changes(ticket_id);
            CREATE INDEX temp.zx_ratings ON z_ratings(ticket_id);
            CREATE INDEX temp.zx_assignee ON z_tickets(assignee_id);
            """);
        var noUsers = merge.Scalar("SELECT count(*) FROM temp.z_users") == 0;

        // Who is an agent: agents and admins, agents already in the target, and assignees the users file lacks; without
        // a users file also every comment author who is not the ticket's requester.
        merge.Execute($"""
            CREATE TEMP TABLE z_agent_ids AS
              SELECT id FROM temp.z_users WHERE role IN ('agent', 'admin')
              UNION SELECT id FROM main.agents WHERE id NOT IN (SELECT id FROM temp.z_users)
              UNION SELECT assignee_id FROM temp.z_tickets WHERE assignee_id IS NOT NULL AND assignee_id NOT IN (SELECT id FROM temp.z_users)
              UNION SELECT c.author_id FROM temp.z_comments c LEFT JOIN temp.z_tickets t ON t.id = c.ticket_id
                WHERE {(noUsers ? 1 : 0)} = 1 AND c.author_id IS NOT NULL AND c.author_id IS NOT t.requester_id
                  AND c.author_id IS NOT (SELECT customer_id FROM main.tickets m WHERE m.id = c.ticket_id)
            """);
        merge.Upsert("agents", $"""
            SELECT u.id AS id, coalesce(nullif(trim(u.name), ''), 'Agent ' || u.id) AS name,
                   coalesce(g.name, CASE WHEN u.default_group_id IS NULL THEN 'unassigned' ELSE 'group ' || u.default_group_id END) AS team,
                   {AgentEmail("u", "u.id")}
            FROM temp.z_users u LEFT JOIN temp.z_groups g ON g.id = u.default_group_id WHERE u.role IN ('agent', 'admin')
            UNION ALL
            SELECT a.id, 'Agent ' || a.id,
                   coalesce((SELECT g.name FROM temp.z_groups g WHERE g.id = (SELECT min(t.group_id) FROM temp.z_tickets t WHERE t.assignee_id = a.id)), 'unassigned'), NULL
            FROM temp.z_agent_ids a WHERE a.id NOT IN (SELECT id FROM temp.z_users) AND a.id NOT IN (SELECT id FROM main.agents)
            """);

        foreach (var (reason, count) in Rows(merge, "SELECT leave, count(*) FROM temp.z_tickets WHERE leave IS NOT NULL GROUP BY leave ORDER BY leave"))
        {
            summary.Skip(reason, count);
        }

        summary.Skip(NoCustomer, merge.Scalar("SELECT count(*) FROM temp.z_tickets WHERE leave IS NULL AND organization_id IS NULL AND requester_id IS NULL"));
        merge.Execute("CREATE TEMP VIEW z_kept AS SELECT * FROM temp.z_tickets WHERE leave IS NULL AND coalesce(organization_id, requester_id) IS NOT NULL; " +
            "CREATE INDEX temp.zx_org ON z_tickets(organization_id)");
        merge.Upsert("customers", CompanyCustomers("z_orgs", "Organization", "id", "z_kept", "organization_id") + """
            UNION ALL
            SELECT r.id, coalesce(nullif(trim(u.name), ''), 'Requester ' || r.id), coalesce((SELECT m.tier FROM main.customers m WHERE m.id = r.id), 'standard'),
                   coalesce(u.created_at, r.first), (SELECT m.churned_at FROM main.customers m WHERE m.id = r.id)
            FROM (SELECT requester_id AS id, min(created_at) AS first FROM temp.z_kept WHERE organization_id IS NULL GROUP BY requester_id) r
            LEFT JOIN temp.z_users u ON u.id = r.id
            WHERE r.id NOT IN (SELECT id FROM temp.z_orgs) AND (u.id IS NOT NULL OR r.id NOT IN (SELECT id FROM main.customers))
            UNION ALL
            SELECT t.organization_id, 'Organization ' || t.organization_id, 'standard', min(t.created_at), NULL
            FROM temp.z_kept t WHERE t.organization_id IS NOT NULL AND t.organization_id NOT IN (SELECT id FROM temp.z_orgs)
              AND t.organization_id NOT IN (SELECT id FROM main.customers)
            GROUP BY t.organization_id
            """);

        // The comments left out, counted in one pass: private ones, those of a deleted or merged ticket, and those of a
        // ticket in neither this import nor the target.
        var comments = merge.Scalars("""
            SELECT count(CASE WHEN c.public = 0 THEN 1 END), count(CASE WHEN t.leave IS NOT NULL THEN 1 END),
                   count(CASE WHEN t.id IS NULL AND m.id IS NULL THEN 1 END)
            FROM temp.z_comments c LEFT JOIN temp.z_tickets t ON t.id = c.ticket_id LEFT JOIN main.tickets m ON m.id = c.ticket_id
            """);
        summary.Skip(PrivateComment, comments[0]);
        summary.Skip(LeftTicketComment, comments[1]);
        summary.Skip(UnknownTicket, comments[2] + Orphans(merge, "z_ratings", "z_tickets"));
        merge.Upsert("messages", $"""
            SELECT c.id AS id, c.ticket_id AS ticket_id, CASE WHEN a.id IS NULL THEN 'customer' ELSE 'agent' END AS author,
                   a.id AS agent_id, c.created_at AS created_at
            FROM temp.z_comments c LEFT JOIN temp.z_tickets t ON t.id = c.ticket_id LEFT JOIN main.tickets m ON m.id = c.ticket_id
            LEFT JOIN temp.z_agent_ids a ON a.id = c.author_id
            WHERE c.public = 1 AND {KnownTicket}
            """);

        merge.AgentReplies("temp.z_kept");
        merge.Upsert("tickets", """
            SELECT t.id AS id, coalesce(t.organization_id, t.requester_id) AS customer_id, t.assignee_id AS agent_id, t.channel AS channel,
                   t.priority AS priority, t.status AS status, t.created_at AS created_at,
                   coalesce(ar.first_at,
                            CASE WHEN x.reply_minutes IS NOT NULL THEN strftime('%Y-%m-%d %H:%M:%S', t.created_at, '+' || x.reply_minutes || ' minutes') END)
                     AS first_reply_at,
                   CASE WHEN t.status IN ('solved', 'closed') THEN coalesce(x.solved_at,
                        (SELECT max(s.created_at) FROM temp.z_changes s WHERE s.ticket_id = t.id AND s.status = 'solved'),
                        (SELECT max(s.created_at) FROM temp.z_changes s WHERE s.ticket_id = t.id AND s.status = 'closed'),
                        (SELECT m.solved_at FROM main.tickets m WHERE m.id = t.id)) END AS solved_at,
                   coalesce(x.reopens,
                        CASE WHEN EXISTS (SELECT 1 FROM temp.z_changes s WHERE s.ticket_id = t.id) THEN
                          (SELECT count(*) FROM temp.z_changes s WHERE s.ticket_id = t.id AND s.previous IN ('solved', 'closed')
                             AND s.status IN ('new', 'open', 'pending', 'hold')) END,
                        (SELECT m.reopens FROM main.tickets m WHERE m.id = t.id), 0) AS reopens,
                   coalesce(x.replies, ar.replies, 0) AS replies,
                   -- Zendesk's own durations (ticket metrics), kept as stored when this export has none for the ticket
                   coalesce(x.reply_minutes, m.vendor_first_reply_minutes) AS vendor_first_reply_minutes,
                   coalesce(x.reply_business_minutes, m.vendor_first_reply_business_minutes) AS vendor_first_reply_business_minutes,
                   CASE WHEN t.status IN ('solved', 'closed') THEN coalesce(x.resolution_minutes, m.vendor_resolution_minutes) END
                     AS vendor_resolution_minutes,
                   CASE WHEN t.status IN ('solved', 'closed') THEN coalesce(x.resolution_business_minutes, m.vendor_resolution_business_minutes) END
                     AS vendor_resolution_business_minutes
            FROM temp.z_kept t LEFT JOIN temp.z_metrics x ON x.ticket_id = t.id LEFT JOIN main.tickets m ON m.id = t.id LEFT JOIN temp.n_agent_replies ar ON ar.ticket_id = t.id
            """);
        summary.Note(NoSolveTime, merge.Scalar("SELECT count(*) FROM temp.n_tickets WHERE status IN ('solved', 'closed') AND solved_at IS NULL"));
        merge.ReplaceTags("SELECT g.ticket_id AS ticket_id, g.tag AS tag FROM temp.z_tags g WHERE g.ticket_id IN (SELECT id FROM temp.n_tickets)");

        summary.Skip(Unanswered, merge.Scalar("SELECT count(*) FROM temp.z_ratings WHERE rating IS NULL"));
        merge.Upsert("csat_responses", $"""
            SELECT r.id AS id, r.ticket_id AS ticket_id, coalesce(r.assignee_id, t.assignee_id, m.agent_id) AS agent_id, r.rating AS rating,
                   coalesce(r.updated_at, r.created_at) AS created_at
            FROM temp.z_ratings r LEFT JOIN temp.z_tickets t ON t.id = r.ticket_id LEFT JOIN main.tickets m ON m.id = r.ticket_id
            WHERE r.rating IS NOT NULL AND {KnownTicket}
            UNION ALL
            SELECT t.rating_id, t.id, t.assignee_id, t.rating, coalesce(t.updated_at, t.created_at)
            FROM temp.z_kept t WHERE t.rating IS NOT NULL AND t.rating_id IS NOT NULL AND t.rating_id NOT IN (SELECT id FROM temp.z_ratings)
            """);

        var removed = merge.RemoveTickets("SELECT id FROM temp.z_tickets WHERE leave IS NOT NULL");
        merge.Add(new TableChange("tickets", 0, 0, 0, removed));
    }

    private static List<(string, long)> Rows(CanonicalMerge merge, string sql)
    {
        using var command = merge.Connection.CreateCommand();
        command.Transaction = merge.Transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }
}
