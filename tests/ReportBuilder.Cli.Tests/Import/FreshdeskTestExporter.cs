using static ReportBuilder.Tests.Import.TestExport;

namespace ReportBuilder.Tests.Import;

/// <summary>Writes a canonical database out as Freshdesk's API v2 responses would hold the same support history (the shapes
/// of docs/import.md: plain JSON arrays). A ticket's first customer message is its description, not a conversation; every
/// <see cref="PublicNoteEvery"/>th agent message is a public note (Freshdesk counts it as a response), and a private note,
/// a spam and a deleted ticket are added that an import must leave out.</summary>
internal static class FreshdeskTestExporter
{
    public const int PublicNoteEvery = 5;

    public const int PrivateNoteEvery = 13;

    private static readonly Dictionary<string, int> Statuses = new() { ["new"] = 2, ["open"] = 2, ["pending"] = 3, ["solved"] = 4, ["closed"] = 5 };

    private static readonly Dictionary<string, int> Priorities = new() { ["low"] = 1, ["normal"] = 2, ["high"] = 3, ["urgent"] = 4 };

    private static readonly Dictionary<string, int> Sources = new() { ["email"] = 1, ["web"] = 2, ["phone"] = 3, ["social"] = 5, ["chat"] = 7 };

    /// <summary>The rating codes of Freshdesk's 5-point survey: 103 extremely happy … -103 extremely unhappy.</summary>
    private static readonly Dictionary<long, int> Ratings = new() { [5] = 103, [4] = 102, [3] = 100, [2] = -102, [1] = -103 };

    public static void Export(string database, string folder)
    {
        Directory.CreateDirectory(folder);
        using var db = Open(database);
        var agents = Rows(db, "SELECT id, name, email, team FROM agents ORDER BY id");
        var teams = agents.Select(a => (string)a[3]!).Distinct().Order(StringComparer.Ordinal).Select((name, i) => (Name: name, Id: 10L + i)).ToList();
        Json(folder, "groups.json", w => Objects(w, null, teams, (w, t) =>
        {
            w.WriteNumber("id", t.Id);
            w.WriteString("name", t.Name);
            w.WriteStartArray("agent_ids");
            foreach (var a in agents.Where(a => (string)a[3]! == t.Name))
            {
                w.WriteNumberValue((long)a[0]!);
            }

            w.WriteEndArray();
        }));
        Json(folder, "agents.json", w => Objects(w, null, agents, (w, a) =>
        {
            w.WriteNumber("id", (long)a[0]!);
            w.WriteBoolean("available", true);
            w.WriteStartObject("contact");
            w.WriteString("name", (string)a[1]!);
            w.WriteString("email", (string?)a[2]);
            w.WriteEndObject();
        }));
        Json(folder, "companies.json", w => Objects(w, null, Rows(db, "SELECT id, name, tier, created_at FROM customers ORDER BY id"), (w, c) =>
        {
            w.WriteNumber("id", (long)c[0]!);
            w.WriteString("name", (string)c[1]!);
            w.WriteString("created_at", Zulu(c[3]));
            w.WriteString("updated_at", Zulu(c[3]));
            w.WriteStartObject("custom_fields");
            w.WriteString("tier", (string)c[2]!);
            w.WriteEndObject();
        }));

        var tags = Rows(db, "SELECT ticket_id, tag FROM ticket_tags").ToLookup(r => (long)r[0]!, r => (string)r[1]!);
        var tickets = Rows(db, "SELECT id, customer_id, agent_id, channel, priority, status, created_at, first_reply_at, solved_at, reopens FROM tickets ORDER BY id");
        var last = tickets.Max(t => (long)t[0]!);
        // A spam and a deleted ticket, each with a customer's reply, that the import leaves out.
        object?[] spam = [last + 1, tickets[0][1], null, "email", "normal", "open", tickets[0][6], null, null, 0L];
        object?[] deleted = [last + 2, tickets[0][1], null, "email", "normal", "open", tickets[0][6], null, null, 0L];
        Json(folder, "tickets.json", w => Objects(w, null, tickets.Append(spam).Append(deleted), (w, t) =>
        {
            var id = (long)t[0]!;
            w.WriteNumber("id", id);
            w.WriteString("subject", "Ticket " + id);
            w.WriteNumber("status", Statuses[(string)t[5]!]);
            w.WriteNumber("priority", Priorities[(string)t[4]!]);
            w.WriteNumber("source", Sources[(string)t[3]!]);
            w.WriteNumber("requester_id", (long)t[1]! + RequesterOffset);
            w.WriteNumber("company_id", (long)t[1]!);
            NumberOrNull(w, "responder_id", t[2]);
            w.WriteBoolean("spam", id == last + 1);
            if (id == last + 2)
            {
                w.WriteBoolean("deleted", true);
            }

            w.WriteString("created_at", Zulu(t[6]));
            w.WriteString("updated_at", Zulu(t[8] ?? t[6]));
            w.WriteStartArray("tags");
            foreach (var tag in tags[id])
            {
                w.WriteStringValue(tag);
            }

            w.WriteEndArray();
            w.WriteStartObject("stats");
            TimeOrNull(w, "first_responded_at", t[7]);
            TimeOrNull(w, "resolved_at", t[8]);
            TimeOrNull(w, "closed_at", (string)t[5]! == "closed" ? t[8] : null);
            // Freshdesk keeps the last reopening's time, not a count.
            TimeOrNull(w, "reopened_at", (long)t[9]! > 0 ? t[7] : null);
            w.WriteEndObject();
        }));

        // Every message but each ticket's first customer one (the description), newest first; the agents' every fifth as a
        // public note; a private note on every 13th ticket with an agent; a reply on the spam and the deleted ticket.
        var customerOf = tickets.ToDictionary(t => (long)t[0]!, t => (long)t[1]!);
        var conversations = new List<(long Id, long Ticket, long User, bool Incoming, bool Private, int Source, object? At)>();
        var agentMessages = 0;
        foreach (var ticket in Rows(db, "SELECT ticket_id, author, agent_id, created_at, id FROM messages ORDER BY ticket_id, created_at, id").GroupBy(m => (long)m[0]!))
        {
            foreach (var m in ticket.Skip(1))
            {
                var incoming = (string)m[1]! == "customer";
                var note = !incoming && ++agentMessages % PublicNoteEvery == 0;
                conversations.Add(((long)m[4]!, ticket.Key, incoming ? customerOf[ticket.Key] + RequesterOffset : (long)m[2]!,
                    incoming, false, note ? 2 : 0, m[3]));
            }
        }

        var noteId = 1_000_000_000L;
        foreach (var t in tickets.Where(t => (long)t[0]! % PrivateNoteEvery == 0 && t[2] is long))
        {
            conversations.Add((++noteId, (long)t[0]!, (long)t[2]!, false, true, 2, t[6]));
        }

        conversations.Add((++noteId, last + 1, (long)spam[1]! + RequesterOffset, true, false, 0, spam[6]));
        conversations.Add((++noteId, last + 2, (long)deleted[1]! + RequesterOffset, true, false, 0, deleted[6]));
        Json(folder, "conversations.json", w => Objects(w, null, conversations.OrderByDescending(c => c.Id), (w, c) =>
        {
            w.WriteNumber("id", c.Id);
            w.WriteNumber("ticket_id", c.Ticket);
            w.WriteNumber("user_id", c.User);
            w.WriteBoolean("incoming", c.Incoming);
            w.WriteBoolean("private", c.Private);
            w.WriteNumber("source", c.Source);
            w.WriteString("body_text", "…");
            w.WriteString("created_at", Zulu(c.At));
            w.WriteString("updated_at", Zulu(c.At));
        }));

        Json(folder, "satisfaction_ratings.json", w => Objects(w, null, Rows(db, "SELECT id, ticket_id, agent_id, rating, created_at FROM csat_responses ORDER BY id"), (w, r) =>
        {
            w.WriteNumber("id", (long)r[0]!);
            w.WriteNumber("survey_id", 1);
            w.WriteNumber("ticket_id", (long)r[1]!);
            NumberOrNull(w, "agent_id", r[2]);
            w.WriteStartObject("ratings");
            w.WriteNumber("default_question", Ratings[(long)r[3]!]);
            w.WriteEndObject();
            w.WriteString("created_at", Zulu(r[4]));
            w.WriteString("updated_at", Zulu(r[4]));
        }));
    }
}
