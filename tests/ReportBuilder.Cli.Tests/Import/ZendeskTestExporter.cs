using System.Globalization;
using System.Text.Json;
using static ReportBuilder.Tests.Import.TestExport;

namespace ReportBuilder.Tests.Import;

/// <summary>Writes a canonical database out as Zendesk's API responses would hold the same support history (the shapes of
/// docs/import.md), with a deleted and a merged ticket added that an import must leave out.</summary>
internal static class ZendeskTestExporter
{
    private static readonly Dictionary<string, string> Channels = new()
    {
        ["email"] = "email", ["chat"] = "chat", ["phone"] = "voice", ["social"] = "twitter", ["web"] = "web_form",
    };

    public static void Export(string database, string folder)
    {
        Directory.CreateDirectory(folder);
        using var db = TestExport.Open(database);
        var teams = Rows(db, "SELECT DISTINCT team FROM agents ORDER BY team").Select((r, i) => (Name: (string)r[0]!, Id: 10L + i)).ToList();
        Page(folder, "groups.json", "groups", teams, (w, t) =>
        {
            w.WriteNumber("id", t.Id);
            w.WriteString("name", t.Name);
        });
        var users = Rows(db, "SELECT id, name, team, email FROM agents ORDER BY id")
            .Select(r => (Id: (long)r[0]!, Name: (string)r[1]!, Email: (string?)r[3], Role: "agent", Group: (long?)teams.Single(t => t.Name == (string)r[2]!).Id))
            .Concat(Rows(db, "SELECT id, name FROM customers ORDER BY id").Select(r => (Id: (long)r[0]! + RequesterOffset, Name: (string)r[1]!, Email: (string?)null, Role: "end-user", Group: (long?)null)))
            .ToList();
        Page(folder, "users.json", "users", users, (w, u) =>
        {
            w.WriteNumber("id", u.Id);
            w.WriteString("name", u.Name);
            if (u.Email is { } email)
            {
                w.WriteString("email", email);
            }

            w.WriteString("role", u.Role);
            if (u.Group is { } group)
            {
                w.WriteNumber("default_group_id", group);
            }
            else
            {
                w.WriteNull("default_group_id");
            }

            w.WriteString("created_at", "2020-01-01T00:00:00Z");
        });
        Page(folder, "organizations.json", "organizations", Rows(db, "SELECT id, name, tier, created_at FROM customers ORDER BY id"), (w, r) =>
        {
            w.WriteNumber("id", (long)r[0]!);
            w.WriteString("name", (string)r[1]!);
            w.WriteString("created_at", Zulu(r[3]));
            w.WriteStartObject("organization_fields");
            w.WriteString("tier", (string)r[2]!);
            w.WriteEndObject();
        });

        var tags = Rows(db, "SELECT ticket_id, tag FROM ticket_tags").ToLookup(r => (long)r[0]!, r => (string)r[1]!);
        var tickets = Rows(db, "SELECT id, customer_id, agent_id, channel, priority, status, created_at, solved_at, reopens, replies FROM tickets ORDER BY id");
        var last = tickets.Max(t => (long)t[0]!);
        object?[] deleted = [last + 1, tickets[0][1], tickets[0][2], "email", "normal", "deleted", tickets[0][6], null, 0L, 0L];
        object?[] merged = [last + 2, tickets[0][1], tickets[0][2], "email", "normal", "closed", tickets[0][6], tickets[0][6], 0L, 0L];
        var all = tickets.Append(deleted).Append(merged).ToList();
        Page(folder, "tickets.json", "tickets", all, (w, t) =>
        {
            w.WriteNumber("id", (long)t[0]!);
            w.WriteString("created_at", Zulu(t[6]));
            w.WriteString("updated_at", Zulu(t[7] ?? t[6]));
            w.WriteString("status", (string)t[5]!);
            w.WriteString("priority", (string)t[4]!);
            w.WriteStartObject("via");
            w.WriteString("channel", Channels[(string)t[3]!]);
            w.WriteEndObject();
            if (t[2] is long agent)
            {
                w.WriteNumber("assignee_id", agent);
            }
            else
            {
                w.WriteNull("assignee_id");
            }

            w.WriteNumber("organization_id", (long)t[1]!);
            w.WriteNumber("requester_id", (long)t[1]! + RequesterOffset);
            w.WriteStartArray("tags");
            foreach (var tag in (long)t[0]! == last + 2 ? ["closed_by_merge"] : tags[(long)t[0]!])
            {
                w.WriteStringValue(tag);
            }

            w.WriteEndArray();
        });
        Page(folder, "ticket_metrics.json", "ticket_metrics", tickets, (w, t) =>
        {
            w.WriteNumber("ticket_id", (long)t[0]!);
            if (t[7] is string solved)
            {
                w.WriteString("solved_at", Zulu(solved));
            }
            else
            {
                w.WriteNull("solved_at");
            }

            w.WriteNumber("replies", (long)t[9]!);
            w.WriteNumber("reopens", (long)t[8]!);
        });

        // Comment events as NDJSON, newest first (an export need not be in order), with a comment on the deleted ticket.
        using (var events = new StreamWriter(Path.Combine(folder, "ticket_events.ndjson")))
        {
            var messages = Rows(db, """
                SELECT m.id, m.ticket_id, m.author, m.agent_id, m.created_at, t.customer_id FROM messages m JOIN tickets t ON t.id = m.ticket_id
                ORDER BY m.id DESC
                """).Append([999_999_999L, last + 1, "customer", null, tickets[0][6], tickets[0][1]]);
            foreach (var m in messages)
            {
                var author = (string)m[2]! == "agent" ? (long)m[3]! : (long)m[5]! + RequesterOffset;
                events.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $$"""{"ticket_id": {{m[1]}}, "created_at": "{{Zulu(m[4])}}", "updater_id": {{author}}, "child_events": [{"id": {{m[0]}}, "event_type": "Comment", "public": true, "author_id": {{author}}}]}"""));
            }
        }

        Page(folder, "satisfaction_ratings.json", "satisfaction_ratings", Rows(db, "SELECT id, ticket_id, agent_id, rating, created_at FROM csat_responses ORDER BY id"), (w, r) =>
        {
            w.WriteNumber("id", (long)r[0]!);
            w.WriteNumber("ticket_id", (long)r[1]!);
            w.WriteNumber("assignee_id", (long)r[2]!);
            w.WriteString("score", (long)r[3]! >= 4 ? "good" : "bad");
            w.WriteString("created_at", Zulu(r[4]));
            w.WriteString("updated_at", Zulu(r[4]));
        });
    }

    private static void Page<T>(string folder, string file, string key, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write) =>
        TestExport.Json(folder, file, w =>
        {
            w.WriteStartObject();
            TestExport.Objects(w, key, rows, write);
            w.WriteBoolean("end_of_stream", true);
            w.WriteEndObject();
        });
}
