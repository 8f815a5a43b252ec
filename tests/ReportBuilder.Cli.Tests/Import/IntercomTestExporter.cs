using System.Globalization;
using System.Text.Json;
using static ReportBuilder.Tests.Import.TestExport;

namespace ReportBuilder.Tests.Import;

/// <summary>Writes a canonical database out as Intercom's REST API responses would hold the same support history (the
/// shapes of docs/import.md): one conversation object a line, as <c>GET /conversations/{id}</c> answers, with its parts,
/// statistics and rating; admins, teams, companies and contacts as list pages. Each conversation's first customer message
/// is its <c>source</c>; bot replies and notes are added that an import must leave out of the messages.</summary>
internal static class IntercomTestExporter
{
    /// <summary>Every <see cref="BotEvery"/>th conversation gets a bot's answer, every <see cref="NoteEvery"/>th a note.</summary>
    public const int BotEvery = 7;

    public const int NoteEvery = 11;

    /// <summary>The ids of the parts added (bot replies, notes, closes) start at multiples of this, above the messages' ids.</summary>
    private const long PartIds = 1_000_000_000;

    private static readonly Dictionary<string, string> Sources = new()
    {
        // Intercom has no web form: a conversation started on the website is a Messenger conversation.
        ["email"] = "email", ["chat"] = "conversation", ["web"] = "conversation", ["phone"] = "phone_call", ["social"] = "twitter",
    };

    private static readonly Dictionary<string, string> States = new()
    {
        ["new"] = "open", ["open"] = "open", ["pending"] = "snoozed", ["solved"] = "closed", ["closed"] = "closed",
    };

    /// <summary>Intercom's contact and company ids are 24 hex digits, not numbers.</summary>
    public static string Contact(long customer) => "5f" + customer.ToString("x22", CultureInfo.InvariantCulture);

    public static string Company(long customer) => "6a" + customer.ToString("x22", CultureInfo.InvariantCulture);

    public static void Export(string database, string folder)
    {
        Directory.CreateDirectory(folder);
        using var db = Open(database);
        var teams = Rows(db, "SELECT DISTINCT team FROM agents ORDER BY team").Select((r, i) => (Name: (string)r[0]!, Id: 10L + i)).ToList();
        var agents = Rows(db, "SELECT id, name, email, team FROM agents ORDER BY id");
        long TeamOf(object? agent) => teams.Single(t => t.Name == (string)agents.Single(a => (long)a[0]! == (long)agent!)[3]!).Id;
        Page(folder, "teams.json", "team.list", "teams", teams, (w, t) =>
        {
            w.WriteString("type", "team");
            w.WriteString("id", t.Id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("name", t.Name);
            w.WriteStartArray("admin_ids");
            foreach (var a in agents.Where(a => (string)a[3]! == t.Name))
            {
                w.WriteNumberValue((long)a[0]!);
            }

            w.WriteEndArray();
        });
        Page(folder, "admins.json", "admin.list", "admins", agents, (w, a) =>
        {
            w.WriteString("type", "admin");
            w.WriteString("id", ((long)a[0]!).ToString(CultureInfo.InvariantCulture));
            w.WriteString("name", (string)a[1]!);
            w.WriteString("email", (string?)a[2]);
            w.WriteBoolean("away_mode_enabled", false);
        });

        var customers = Rows(db, "SELECT id, name, tier, created_at FROM customers ORDER BY id");
        Page(folder, "companies.json", "list", "data", customers, (w, c) =>
        {
            w.WriteString("type", "company");
            w.WriteString("id", Company((long)c[0]!));
            w.WriteString("company_id", ((long)c[0]!).ToString(CultureInfo.InvariantCulture));
            w.WriteString("name", (string)c[1]!);
            w.WriteNumber("created_at", Unix(c[3]));
            w.WriteStartObject("custom_attributes");
            w.WriteString("tier", (string)c[2]!);
            w.WriteEndObject();
        });
        Page(folder, "contacts.json", "list", "data", customers, (w, c) =>
        {
            w.WriteString("type", "contact");
            w.WriteString("id", Contact((long)c[0]!));
            w.WriteString("role", "user");
            w.WriteString("name", "Contact of " + (string)c[1]!);
            w.WriteNumber("created_at", Unix(c[3]));
            w.WriteStartObject("companies");
            w.WriteString("type", "list");
            w.WriteStartArray("data");
            w.WriteStartObject();
            w.WriteString("type", "company");
            w.WriteString("id", Company((long)c[0]!));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

        var tags = Rows(db, "SELECT ticket_id, tag FROM ticket_tags").ToLookup(r => (long)r[0]!, r => (string)r[1]!);
        var messages = Rows(db, "SELECT ticket_id, author, agent_id, created_at, id FROM messages ORDER BY ticket_id, created_at, id").ToLookup(r => (long)r[0]!);
        var ratings = Rows(db, "SELECT ticket_id, agent_id, rating, created_at FROM csat_responses").ToDictionary(r => (long)r[0]!);
        var tickets = Rows(db, "SELECT id, customer_id, agent_id, channel, priority, status, created_at, first_reply_at, solved_at, reopens FROM tickets ORDER BY id");
        Lines(folder, "conversations.ndjson", tickets, (w, t) =>
        {
            var id = (long)t[0]!;
            var contact = Contact((long)t[1]!);
            var status = (string)t[5]!;
            w.WriteString("type", "conversation");
            w.WriteString("id", id.ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("created_at", Unix(t[6]));
            w.WriteNumber("updated_at", Unix(t[8] ?? t[6]));
            w.WriteString("state", States[status]);
            w.WriteBoolean("open", States[status] != "closed");
            w.WriteString("priority", (string)t[4]! is "high" or "urgent" ? "priority" : "not_priority");
            NumberOrNull(w, "admin_assignee_id", t[2]);
            NumberOrNull(w, "team_assignee_id", t[2] is null ? null : TeamOf(t[2]));

            // The customer's first message, at created_at, is the conversation's source.
            var thread = messages[id].ToList();
            w.WriteStartObject("source");
            w.WriteString("type", Sources[(string)t[3]!]);
            w.WriteString("id", "src" + id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("delivered_as", "customer_initiated");
            w.WriteString("body", "<p>Help, please</p>");
            Author(w, "user", contact);
            w.WriteEndObject();
            w.WriteStartObject("contacts");
            w.WriteString("type", "contact.list");
            w.WriteStartArray("contacts");
            w.WriteStartObject();
            w.WriteString("type", "contact");
            w.WriteString("id", contact);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("tags");
            w.WriteString("type", "tag.list");
            Objects(w, "tags", tags[id], (w, tag) =>
            {
                w.WriteString("type", "tag");
                w.WriteString("name", tag);
            });
            w.WriteEndObject();
            w.WriteStartObject("statistics");
            w.WriteString("type", "conversation_statistics");
            if (t[7] is not null)
            {
                w.WriteNumber("first_admin_reply_at", Unix(t[7]));
            }

            if (t[8] is not null)
            {
                w.WriteNumber("last_close_at", Unix(t[8]));
            }

            w.WriteNumber("count_reopens", (long)t[9]!);
            w.WriteEndObject();
            if (ratings.TryGetValue(id, out var rating))
            {
                w.WriteStartObject("conversation_rating");
                w.WriteNumber("rating", (long)rating[2]!);
                w.WriteString("remark", "");
                w.WriteNumber("created_at", Unix(rating[3]));
                w.WriteStartObject("contact");
                w.WriteString("type", "contact");
                w.WriteString("id", contact);
                w.WriteEndObject();
                w.WriteStartObject("teammate");
                w.WriteString("type", "admin");
                w.WriteString("id", ((long)rating[1]!).ToString(CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("conversation_rating");
            }

            var parts = new List<(long Id, string Type, string? Body, string Author, string AuthorId, long At)>();
            foreach (var m in thread.Skip(1))
            {
                var agent = (string)m[1]! == "agent";
                parts.Add(((long)m[4]!, "comment", "<p>…</p>", agent ? "admin" : "user", agent ? ((long)m[2]!).ToString(CultureInfo.InvariantCulture) : contact, Unix(m[3])));
            }

            var created = Unix(t[6]);
            if (id % BotEvery == 0)
            {
                parts.Add((PartIds + id, "comment", "<p>Fin here: have you tried the help center?</p>", "bot", "8", created + 1));
            }

            if (id % NoteEvery == 0 && t[2] is long noter)
            {
                parts.Add((2 * PartIds + id, "note", "<p>internal</p>", "admin", noter.ToString(CultureInfo.InvariantCulture), created + 2));
            }

            if (t[8] is not null)
            {
                parts.Add((3 * PartIds + id, "close", null, "admin", ((long)t[2]!).ToString(CultureInfo.InvariantCulture), Unix(t[8]) + 1));
            }

            w.WriteStartObject("conversation_parts");
            w.WriteString("type", "conversation_part.list");
            Objects(w, "conversation_parts", parts.OrderBy(p => p.At), (w, p) =>
            {
                w.WriteString("type", "conversation_part");
                w.WriteString("id", p.Id.ToString(CultureInfo.InvariantCulture));
                w.WriteString("part_type", p.Type);
                if (p.Body is null)
                {
                    w.WriteNull("body");
                }
                else
                {
                    w.WriteString("body", p.Body);
                }

                w.WriteNumber("created_at", p.At);
                w.WriteNumber("updated_at", p.At);
                Author(w, p.Author, p.AuthorId);
            });
            w.WriteNumber("total_count", parts.Count);
            w.WriteEndObject();
        });
    }

    /// <summary>A list endpoint's page: <c>{"type": "admin.list", "admins": [...]}</c>.</summary>
    private static void Page<T>(string folder, string file, string type, string key, IEnumerable<T> rows, Action<Utf8JsonWriter, T> write) =>
        Json(folder, file, w =>
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            Objects(w, key, rows, write);
            w.WriteEndObject();
        });

    private static void Author(Utf8JsonWriter w, string type, string id)
    {
        w.WriteStartObject("author");
        w.WriteString("type", type);
        w.WriteString("id", id);
        w.WriteEndObject();
    }
}
