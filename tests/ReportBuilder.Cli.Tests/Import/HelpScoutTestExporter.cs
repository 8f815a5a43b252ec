using System.Globalization;
using System.Text.Json;
using static ReportBuilder.Tests.Import.TestExport;

namespace ReportBuilder.Tests.Import;

/// <summary>Writes a canonical database out as Help Scout's Mailbox API 2.0 responses would hold the same support history
/// (the shapes of docs/import.md): conversation pages with their threads embedded, a mailbox a team, users, and the
/// ratings one object a line (times without a zone, as the API shows them). Status changes are line-item threads (a reopen
/// is a closed one followed by an active one); a note, a spam conversation and a draft thread are added that an import must
/// leave out.</summary>
internal static class HelpScoutTestExporter
{
    public const int NoteEvery = 9;

    /// <summary>Help Scout's conversation types are email, chat and phone: a web-form or social conversation arrives as
    /// email (its <c>source.type</c> says web or email).</summary>
    private static readonly Dictionary<string, (string Type, string Source)> Types = new()
    {
        ["email"] = ("email", "email"), ["chat"] = ("chat", "beacon"), ["phone"] = ("phone", "phone"), ["web"] = ("email", "web"), ["social"] = ("email", "email"),
    };

    private static readonly Dictionary<string, string> Statuses = new()
    {
        ["new"] = "active", ["open"] = "active", ["pending"] = "pending", ["solved"] = "closed", ["closed"] = "closed",
    };

    /// <summary>The ids of the threads added (status changes, notes) start at multiples of this, above the messages' ids.</summary>
    private const long ThreadIds = 1_000_000_000;

    public static void Export(string database, string folder)
    {
        Directory.CreateDirectory(folder);
        using var db = Open(database);
        var agents = Rows(db, "SELECT id, name, email, team FROM agents ORDER BY id");
        var mailboxes = agents.Select(a => (string)a[3]!).Distinct().Order(StringComparer.Ordinal).Select((name, i) => (Name: name, Id: 10L + i)).ToList();
        var mailboxOf = agents.ToDictionary(a => (long)a[0]!, a => mailboxes.Single(m => m.Name == (string)a[3]!).Id);
        Page(folder, "mailboxes.json", "mailboxes", mailboxes, (w, m) =>
        {
            w.WriteNumber("id", m.Id);
            w.WriteString("name", m.Name);
            w.WriteString("email", m.Name.ToLowerInvariant().Replace(' ', '-') + "@example.com");
        });
        Page(folder, "users.json", "users", agents, (w, a) =>
        {
            var name = ((string)a[1]!).Split(' ', 2);
            w.WriteNumber("id", (long)a[0]!);
            w.WriteString("firstName", name[0]);
            w.WriteString("lastName", name.Length > 1 ? name[1] : "");
            w.WriteString("email", (string?)a[2]);
            w.WriteString("role", "user");
            w.WriteString("type", "user");
        });

        var customers = Rows(db, "SELECT id, name FROM customers").ToDictionary(r => (long)r[0]!, r => (string)r[1]!);
        var tags = Rows(db, "SELECT ticket_id, tag FROM ticket_tags").ToLookup(r => (long)r[0]!, r => (string)r[1]!);
        var messages = Rows(db, "SELECT ticket_id, author, agent_id, created_at, id FROM messages ORDER BY ticket_id, created_at, id").ToLookup(r => (long)r[0]!);
        var tickets = Rows(db, "SELECT id, customer_id, agent_id, channel, status, created_at, first_reply_at, solved_at, reopens FROM tickets ORDER BY id");
        var last = tickets.Max(t => (long)t[0]!);
        object?[] spam = [last + 1, tickets[0][1], null, "email", "spam", tickets[0][5], null, null, 0L];
        Page(folder, "conversations.json", "conversations", tickets.Append(spam), (w, t) =>
        {
            var id = (long)t[0]!;
            var customer = (long)t[1]!;
            var status = (string)t[4]!;
            var (type, source) = Types[(string)t[3]!];
            w.WriteNumber("id", id);
            w.WriteNumber("number", id);
            w.WriteString("type", type);
            w.WriteString("status", Statuses.GetValueOrDefault(status, status));
            w.WriteString("state", "published");
            w.WriteString("subject", "Conversation " + id);
            w.WriteNumber("mailboxId", t[2] is long assigned ? mailboxOf[assigned] : mailboxes[0].Id);
            if (t[2] is long assignee)
            {
                w.WriteStartObject("assignee");
                w.WriteNumber("id", assignee);
                w.WriteString("type", "user");
                w.WriteEndObject();
            }

            Person(w, "createdBy", customer, "customer");
            w.WriteString("createdAt", Zulu(t[5]));
            TimeOrNull(w, "closedAt", Statuses.GetValueOrDefault(status) == "closed" ? t[7] : null);
            w.WriteString("userUpdatedAt", Zulu(t[7] ?? t[5]));
            w.WriteStartObject("source");
            w.WriteString("type", source);
            w.WriteString("via", "customer");
            w.WriteEndObject();
            Objects(w, "tags", tags[id], (w, tag) =>
            {
                w.WriteNumber("id", tag.Length);
                w.WriteString("tag", tag);
            });
            w.WriteStartObject("primaryCustomer");
            w.WriteNumber("id", customer);
            w.WriteString("first", customers[customer]);
            w.WriteString("type", "customer");
            w.WriteEndObject();

            var threads = messages[id].Select(m => (Id: (long)m[4]!, Type: (string)m[1]! == "agent" ? "message" : "customer", Status: "nochange",
                State: "published", By: (string)m[1]! == "agent" ? (long)m[2]! : customer, ByType: (string)m[1]! == "agent" ? "user" : "customer",
                At: DateTime.Parse((string)m[3]!, CultureInfo.InvariantCulture))).ToList();
            var agent = t[2] as long? ?? agents.Select(a => (long)a[0]!).First();
            var created = DateTime.Parse((string)t[5]!, CultureInfo.InvariantCulture);
            if (t[6] is string replied)
            {
                // Each reopen: closed, then active again, a second apart after the first reply (before the last close).
                var at = DateTime.Parse(replied, CultureInfo.InvariantCulture);
                for (var r = 0; r < (long)t[8]!; r++)
                {
                    threads.Add((ThreadIds + (10 * id) + (2 * r), "lineitem", "closed", "published", agent, "user", at.AddSeconds((2 * r) + 1)));
                    threads.Add((ThreadIds + (10 * id) + (2 * r) + 1, "lineitem", "active", "published", agent, "user", at.AddSeconds((2 * r) + 2)));
                }
            }

            if (t[7] is string solved && Statuses[status] == "closed")
            {
                threads.Add((2 * ThreadIds + id, "lineitem", "closed", "published", agent, "user", DateTime.Parse(solved, CultureInfo.InvariantCulture).AddSeconds(1)));
            }

            if (id % NoteEvery == 0)
            {
                threads.Add((3 * ThreadIds + id, "note", "nochange", "published", agent, "user", created.AddSeconds(1)));
                threads.Add((4 * ThreadIds + id, "message", "nochange", "draft", agent, "user", created.AddSeconds(2)));
            }

            w.WriteStartObject("_embedded");
            Objects(w, "threads", threads.OrderByDescending(h => h.At), (w, h) =>
            {
                w.WriteNumber("id", h.Id);
                w.WriteString("type", h.Type);
                w.WriteString("status", h.Status);
                w.WriteString("state", h.State);
                Person(w, "createdBy", h.By, h.ByType);
                w.WriteString("createdAt", h.At.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            });
            w.WriteEndObject();
        });

        // GET /v2/ratings/{id}, one a line; Help Scout's three points: great, okay, not good.
        Lines(folder, "ratings.ndjson", Rows(db, "SELECT id, ticket_id, agent_id, rating, created_at FROM csat_responses ORDER BY id"), (w, r) =>
        {
            w.WriteNumber("id", (long)r[0]!);
            w.WriteNumber("conversationId", (long)r[1]!);
            w.WriteStartObject("user");
            NumberOrNull(w, "id", r[2]);
            w.WriteEndObject();
            w.WriteString("rating", (long)r[3]! switch { >= 4 => "great", 3 => "okay", _ => "not_good" });
            w.WriteString("comments", "");
            w.WriteString("createdAt", ((string)r[4]!).Replace(' ', 'T'));
            w.WriteString("modifiedAt", ((string)r[4]!).Replace(' ', 'T'));
        });
    }

    private static void Person(Utf8JsonWriter w, string name, long id, string type)
    {
        w.WriteStartObject(name);
        w.WriteNumber("id", id);
        w.WriteString("type", type);
        w.WriteEndObject();
    }

    private static void Page<T>(string folder, string file, string key, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write) =>
        Json(folder, file, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("_embedded");
            Objects(w, key, rows, write);
            w.WriteEndObject();
            w.WriteStartObject("page");
            w.WriteNumber("size", 50);
            w.WriteNumber("number", 1);
            w.WriteEndObject();
            w.WriteEndObject();
        });
}
