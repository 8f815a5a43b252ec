using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ReportBuilder.Import;
using static ReportBuilder.Tests.Import.RecordedApi;

namespace ReportBuilder.Tests.Import;

/// <summary>The pulls from Freshdesk, Intercom and Help Scout against a local server playing back the committed fixtures
/// in each API's documented pages (Freshdesk's Link header, Intercom's <c>pages.next.starting_after</c> and scroll,
/// Help Scout's <c>_links.next</c>), with a fault each. The oracle: the file import of the very records served, and the
/// read counts of the fixtures by hand.</summary>
public sealed class VendorPullTests : IAsyncLifetime
{
    private const string Token = "pull-SECRET-token-9";

    private static readonly string[] Tables = ["agents", "customers", "tickets", "messages", "ticket_tags", "csat_responses"];

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-vendor-pull-").FullName;
    private RecordedApi _api = null!;
    private int _files;

    private string Target => Path.Combine(_directory, "pulled.db");

    private string Files => Path.Combine(_directory, "pages");

    public async Task InitializeAsync()
    {
        _api = await StartAsync();
        Directory.CreateDirectory(Files);
        await File.WriteAllTextAsync(Path.Combine(_directory, "token"), Token);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static List<JsonNode> Load(string vendor, string key, params string[] files) =>
        [.. files.SelectMany(f => Records(RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", vendor, f), key))];

    private async Task<CliHarness.Outcome> Pull(string vendor, params string[] extra)
    {
        var outcome = await CliHarness.RunAsync(["import", vendor, "--api-url", _api.Address.ToString(), "--token-file", Path.Combine(_directory, "token"),
            "--since", "2026-10-01", "--to", Target, .. extra]);
        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        (outcome.Output + outcome.Errors).ShouldNotContain("SECRET");
        return outcome;
    }

    /// <summary>Every canonical table of the pull equals the file import of the records the server served.</summary>
    private void SameAsFileImport(VendorImport vendor)
    {
        var oracle = Path.Combine(_directory, "files.db");
        ImportRunner.Import(vendor, [Files], oracle, null, CancellationToken.None);
        foreach (var table in Tables)
        {
            CanonicalRows.Of(Target, table).ShouldBe(CanonicalRows.Of(oracle, table), table);
        }

        CanonicalRows.Of(Target, "tickets").ShouldNotBeEmpty();
    }

    /// <summary>Keeps what was served as a file of the endpoint, for the file import.</summary>
    private void Keep(string endpoint, JsonNode page) => File.WriteAllText(Path.Combine(Files, $"{endpoint}-{++_files}.json"), page.ToJsonString());

    [Fact]
    public async Task Freshdesk_follows_the_link_header_fetches_each_tickets_conversations_and_gives_the_file_imports_rows()
    {
        // Lists of two records a page, the next page in the Link header.
        void List(string endpoint, string first, List<JsonNode> records)
        {
            var pages = records.Chunk(2).ToList();
            for (var p = 0; p < pages.Count; p++)
            {
                var page = new JsonArray([.. pages[p]]);
                _api.Page(p == 0 ? first : $"{first}&page={p + 1}", page, p + 1 < pages.Count ? $"{first}&page={p + 2}" : null);
                Keep(endpoint, page);
            }
        }

        List("agents", "/api/v2/agents?per_page=100", Load("freshdesk", "agents", "agents.json"));
        List("groups", "/api/v2/groups?per_page=100", Load("freshdesk", "groups", "groups.json"));
        List("companies", "/api/v2/companies?per_page=100", Load("freshdesk", "companies", "companies.json"));
        var tickets = Load("freshdesk", "tickets", "tickets.json");
        List("tickets", "/api/v2/tickets?include=stats&updated_since=2026-10-01T00:00:00Z&order_by=updated_at&order_type=asc&per_page=100", tickets);
        var conversations = Load("freshdesk", "conversations", "conversations.ndjson");
        foreach (var id in tickets.Select(t => (long)t["id"]!))
        {
            List("conversations", $"/api/v2/tickets/{id}/conversations?per_page=100", [.. conversations.Where(c => (long)c["ticket_id"]! == id)]);
            if (!conversations.Any(c => (long)c["ticket_id"]! == id))
            {
                _api.Page($"/api/v2/tickets/{id}/conversations?per_page=100", new JsonArray());
            }
        }

        List("satisfaction_ratings", "/api/v2/surveys/satisfaction_ratings?created_since=2026-10-01T00:00:00Z&per_page=100", Load("freshdesk", "satisfaction_ratings", "satisfaction_ratings.json"));
        _api.Fail("/api/v2/tickets/11/conversations?per_page=100", Fault.DropMidBody);

        var outcome = await Pull("freshdesk", "--domain", "acme");

        // Pages by hand: agents 1, groups 1, companies 1, tickets 5 → 3, conversations of ticket 11 (4 → 2) and of 12, 13, 14, 15
        // (one page each), ratings 3 → 2: 14.
        outcome.Output.ShouldContain("read 14 page(s): agents 2, groups 2, companies 2, tickets 5, conversations 6, satisfaction_ratings 3");
        outcome.Output.ShouldContain("the connection failed");
        _api.Authorizations.ShouldAllBe(a => a == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Token + ":X")));
        SameAsFileImport(new FreshdeskImport());
        CanonicalRows.Of(Target, "import_cursors").ShouldBe([
            $"freshdesk|acme|satisfaction_ratings|{Now}|2026-11-05 08:00:00",
            $"freshdesk|acme|tickets|{Now}|2026-11-05 08:00:00",
        ]);
    }

    [Fact]
    public async Task Intercom_follows_starting_after_and_the_scroll_and_fetches_each_conversation_with_its_parts()
    {
        _api.Page("/admins", new JsonObject { ["type"] = "admin.list", ["admins"] = new JsonArray([.. Load("intercom", "admins", "admins.json")]) });
        _api.Page("/teams", new JsonObject { ["type"] = "team.list", ["teams"] = new JsonArray([.. Load("intercom", "teams", "teams.json")]) });
        _api.Page("/companies/scroll", new JsonObject { ["type"] = "list", ["data"] = new JsonArray([.. Load("intercom", "data", "companies.json")]), ["scroll_param"] = "s-1" });
        _api.Page("/companies/scroll?scroll_param=s-1", new JsonObject { ["type"] = "list", ["data"] = new JsonArray(), ["scroll_param"] = "s-1" });
        var contacts = Load("intercom", "data", "contacts.ndjson");
        _api.Page("/contacts?per_page=150", new JsonObject
        {
            ["type"] = "list", ["data"] = new JsonArray(contacts[0].DeepClone()),
            ["pages"] = new JsonObject { ["type"] = "pages", ["next"] = new JsonObject { ["starting_after"] = "c-1" } },
        });
        _api.Page("/contacts?per_page=150&starting_after=c-1", new JsonObject
        {
            ["type"] = "list", ["data"] = new JsonArray(contacts[1].DeepClone()), ["pages"] = new JsonObject { ["type"] = "pages", ["next"] = null },
        });
        foreach (var (file, endpoint) in new[] { ("admins.json", "admins"), ("teams.json", "teams"), ("companies.json", "companies"), ("contacts.ndjson", "contacts") })
        {
            File.Copy(RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "intercom", file), Path.Combine(Files, $"{endpoint}-fixture{Path.GetExtension(file)}"));
        }

        // The list leaves the parts out (here: every field but id and updated_at); each conversation is fetched on its own.
        var conversations = Load("intercom", "conversations", "conversations.json", "conversations_2.ndjson");
        var pages = conversations.Chunk(4).ToList();
        for (var p = 0; p < pages.Count; p++)
        {
            _api.Page(p == 0 ? "/conversations?per_page=150" : "/conversations?per_page=150&starting_after=v-1", new JsonObject
            {
                ["type"] = "conversation.list",
                ["conversations"] = new JsonArray([.. pages[p].Select(c => new JsonObject { ["type"] = "conversation", ["id"] = c["id"]!.DeepClone(), ["updated_at"] = c["updated_at"]!.DeepClone() })]),
                ["pages"] = new JsonObject { ["type"] = "pages", ["next"] = p == 0 ? new JsonObject { ["starting_after"] = "v-1" } : null },
            });
        }

        foreach (var conversation in conversations)
        {
            _api.Page($"/conversations/{conversation["id"]}", conversation);
            Keep("conversations", conversation);
        }

        _api.Fail("/conversations/1003", Fault.TooManyRequests);

        var outcome = await Pull("intercom");

        // Pages by hand: admins 1, teams 1, companies 2 (the scroll's empty end), contacts 2, the list 2, 6 conversations: 14.
        outcome.Output.ShouldContain("read 14 page(s): admins 2, teams 2, companies 1, contacts 2, conversations 6");
        outcome.Output.ShouldContain("429 Too Many Requests (rate limit) from GET /conversations/1003: retry 1 of 5 in 1 s");
        _api.Authorizations.ShouldAllBe(a => a == "Bearer " + Token);
        SameAsFileImport(new IntercomImport());
        var account = _api.Address.GetLeftPart(UriPartial.Authority);
        CanonicalRows.Of(Target, "import_cursors").ShouldBe([$"intercom|{account}|conversation_list|{Now}|2026-11-05 08:00:00"]);
    }

    [Fact]
    public async Task Help_Scout_follows_the_links_next_href_of_its_pages()
    {
        void Hal(string endpoint, string first, List<JsonNode> records)
        {
            var pages = records.Chunk(4).ToList();
            for (var p = 0; p < pages.Count; p++)
            {
                var path = p == 0 ? first : Numbered(first, p + 1);
                var page = new JsonObject
                {
                    ["_embedded"] = new JsonObject { [endpoint] = new JsonArray([.. pages[p]]) },
                    ["_links"] = p + 1 < pages.Count ? new JsonObject { ["next"] = new JsonObject { ["href"] = _api.Url(Numbered(first, p + 2)) } } : new JsonObject(),
                    ["page"] = new JsonObject { ["size"] = 4, ["number"] = p + 1, ["totalPages"] = pages.Count },
                };
                _api.Page(path, page);
                Keep(endpoint, page);
            }
        }

        static string Numbered(string first, int page) => first + (first.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "page=" + page;

        Hal("users", "/v2/users", Load("helpscout", "users", "users.json"));
        Hal("mailboxes", "/v2/mailboxes", Load("helpscout", "mailboxes", "mailboxes.json"));
        Hal("conversations", "/v2/conversations?status=all&embed=threads&sortField=modifiedAt&sortOrder=asc&modifiedSince=2026-10-01T00:00:00Z",
            Load("helpscout", "conversations", "conversations.json", "conversations_2.ndjson"));
        _api.Fail("/v2/conversations?status=all&embed=threads&sortField=modifiedAt&sortOrder=asc&modifiedSince=2026-10-01T00:00:00Z&page=2", Fault.ServerError);

        var outcome = await Pull("helpscout");

        // Pages by hand: users 1, mailboxes 1, conversations 6 → 2: 4. Ratings have no list endpoint: not pulled.
        outcome.Output.ShouldContain("read 4 page(s): users 2, mailboxes 2, conversations 6");
        outcome.Output.ShouldContain("500 Internal Server Error from GET /v2/conversations: retry 1 of 5 in 1 s");
        SameAsFileImport(new HelpScoutImport());
    }
}
