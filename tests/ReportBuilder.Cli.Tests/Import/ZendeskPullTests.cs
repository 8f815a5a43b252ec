using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ReportBuilder.Import;
using static ReportBuilder.Tests.Import.RecordedApi;

namespace ReportBuilder.Tests.Import;

/// <summary><c>reportbuilder import zendesk --subdomain NAME --since DATE</c> against a local server that plays back the
/// committed Zendesk fixtures cut into pages of two records in the API's documented shapes (cursor and time-based
/// incremental exports, cursor-paginated lists). The oracle: the file import of the very pages served, and the rows and
/// counts worked out by hand for the fixtures (ZendeskImportTests). Into a SQLite file and into a PostgreSQL schema, whose
/// cursors the next pull resumes from alike.</summary>
public abstract class ZendeskPullTests(PostgresServer? server) : IAsyncLifetime
{
    public sealed class OnSqlite() : ZendeskPullTests(null);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : ZendeskPullTests(server);

    private const string Token = "agent@example.com/token:Zk9-pull-SECRET-42";

    private static readonly string Fixture = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Import", "Fixtures", "zendesk");

    private static readonly string[] Tables = ["agents", "customers", "tickets", "messages", "ticket_tags", "csat_responses"];

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-pull-").FullName;
    private RecordedApi _api = null!;

    private readonly string _schema = server?.NewSchema() ?? "";

    private string Target => server is null ? Path.Combine(_directory, "pulled.db") : server.Address(_schema);

    private Task<List<string>> RowsAsync(string table) =>
        server is null ? Task.FromResult(CanonicalRows.Of(Target, table)) : PostgresRows.OfAsync(server, _schema, table);

    /// <summary>A pull that failed wrote nothing: no file, or no table in the schema.</summary>
    private async Task NothingWrittenAsync()
    {
        if (server is null)
        {
            File.Exists(Target).ShouldBeFalse();
        }
        else
        {
            (await PostgresRows.TablesAsync(server, _schema)).ShouldBe(0);
        }
    }

    private string Pages => Path.Combine(_directory, "pages");

    private string TokenFile => Path.Combine(_directory, "token");

    public async Task InitializeAsync()
    {
        _api = await StartAsync();
        Directory.CreateDirectory(Pages);
        await File.WriteAllTextAsync(TokenFile, Token + "\n");
        ServeFixtures();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Task<CliHarness.Outcome> Pull(params string[] extra) => CliHarness.RunAsync(
        ["import", "zendesk", "--subdomain", "acme", "--api-url", _api.Address.ToString(), "--token-file", TokenFile, "--to", Target, .. extra]);

    [Fact]
    public async Task The_pull_gives_the_rows_the_file_import_of_the_same_pages_gives_through_a_429_a_500_and_a_dropped_connection()
    {
        _api.Fail("/api/v2/incremental/tickets/cursor.json?cursor=tickets-1", Fault.TooManyRequests);
        _api.Fail($"/api/v2/incremental/ticket_events.json?include=comment_events&start_time={Since}", Fault.ServerError);
        _api.Fail("/api/v2/ticket_metrics.json?page[size]=100", Fault.DropMidBody);

        var outcome = await Pull("--since", "2026-10-01");

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        // 16 pages by hand: users 4 records → 2 pages, groups 2 → 1, organizations 3 → 2, tickets 6 → 3, ticket_metrics 2 → 1,
        // ticket_events 9 → 5, satisfaction_ratings 3 → 2; each fault costs one request more.
        outcome.Output.ShouldContain("read 16 page(s): users 4, groups 2, organizations 3, tickets 6, ticket_metrics 2, ticket_events 9, satisfaction_ratings 3");
        _api.Requests.Count.ShouldBe(19);
        outcome.Output.ShouldContain("429 Too Many Requests (rate limit) from GET /api/v2/incremental/tickets/cursor.json: retry 1 of 5 in 1 s");
        outcome.Output.ShouldContain("500 Internal Server Error from GET /api/v2/incremental/ticket_events.json: retry 1 of 5 in 1 s");
        outcome.Output.ShouldContain("the connection failed");
        _api.Authorizations.ShouldAllBe(a => a == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)));
        (outcome.Output + outcome.Errors).ShouldNotContain("SECRET");

        var oracle = Path.Combine(_directory, "files.db");
        ImportRunner.Import(new ZendeskImport(), [Pages], oracle, null, CancellationToken.None);
        foreach (var table in Tables)
        {
            (await RowsAsync(table)).ShouldBe(CanonicalRows.Of(oracle, table), table);
        }

        // The tickets ZendeskImportTests works out by hand from the same fixtures (1004 deleted and 1005 merged left out).
        (await RowsAsync("tickets")).ShouldBe([
            "1001|501|101|email|high|solved|2026-10-01 08:00:00|2026-10-01 08:30:00|2026-10-01 12:00:00|1|2|31|12|240|95",
            "1002|201|102|chat|normal|open|2026-10-02 09:00:00|||0|0||||",
            "1003|502||web|urgent|pending|2026-10-03 08:00:00|2026-10-03 09:00:00||0|1||||",
            "1006|503|101|phone|low|closed|2026-10-05 07:00:00|2026-10-05 08:30:00|2026-10-05 10:00:00|0|1|90|||",
        ]);
        (await RowsAsync("import_cursors")).ShouldBe([
            "zendesk|acme|organizations|" + (Since + 2000) + "|2026-11-05 08:00:00",
            "zendesk|acme|satisfaction_ratings|" + Now + "|2026-11-05 08:00:00",
            "zendesk|acme|ticket_events|" + (Since + 5000) + "|2026-11-05 08:00:00",
            "zendesk|acme|tickets|tickets-3|2026-11-05 08:00:00",
            "zendesk|acme|users|users-2|2026-11-05 08:00:00",
        ]);
    }

    [Fact]
    public async Task A_second_pull_resumes_from_the_stored_cursors_and_duplicates_nothing()
    {
        (await Pull("--since", "2026-10-01")).ExitCode.ShouldBe(0);
        var before = _api.Requests.Count;
        // What changed since: ticket 1002 solved, a new ticket 1007 with its first comment; nothing else.
        _api.Page("/api/v2/incremental/tickets/cursor.json?cursor=tickets-3", new JsonObject
        {
            ["tickets"] = new JsonArray(
                JsonNode.Parse("""{"id": 1002, "created_at": "2026-10-02T09:00:00Z", "updated_at": "2026-11-01T10:00:00Z", "status": "solved", "priority": "low", "via": {"channel": "chat"}, "assignee_id": 102, "organization_id": null, "requester_id": 201, "tags": []}"""),
                JsonNode.Parse("""{"id": 1007, "created_at": "2026-11-02T08:00:00Z", "updated_at": "2026-11-02T08:00:00Z", "status": "new", "priority": "normal", "via": {"channel": "email"}, "organization_id": 501, "requester_id": 202, "tags": []}""")),
            ["after_cursor"] = "tickets-4", ["before_cursor"] = "tickets-3", ["end_of_stream"] = true,
        });
        _api.Page("/api/v2/incremental/users/cursor.json?cursor=users-2", new JsonObject { ["users"] = new JsonArray(), ["after_cursor"] = "users-2", ["end_of_stream"] = true });
        _api.Page($"/api/v2/incremental/organizations.json?start_time={Since + 2000}", new JsonObject { ["organizations"] = new JsonArray(), ["end_time"] = Since + 2000, ["end_of_stream"] = true });
        _api.Page($"/api/v2/incremental/ticket_events.json?include=comment_events&start_time={Since + 5000}", new JsonObject
        {
            ["ticket_events"] = new JsonArray(JsonNode.Parse("""{"id": 20, "ticket_id": 1007, "created_at": "2026-11-02T08:00:00Z", "updater_id": 202, "child_events": [{"id": 7070, "event_type": "Comment", "public": true, "author_id": 202}]}""")),
            ["end_time"] = Since + 6000, ["next_page"] = _api.Url($"/api/v2/incremental/ticket_events.json?include=comment_events&start_time={Since + 6000}"), ["end_of_stream"] = true,
        });
        _api.Page($"/api/v2/satisfaction_ratings.json?page[size]=100&start_time={Now}", new JsonObject { ["satisfaction_ratings"] = new JsonArray(), ["meta"] = new JsonObject { ["has_more"] = false } });

        var outcome = await Pull();

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var second = _api.Requests.Skip(before).ToList();
        second.ShouldContain("/api/v2/incremental/tickets/cursor.json?cursor=tickets-3");
        second.ShouldNotContain(r => r.Contains("start_time=" + Since + "", StringComparison.Ordinal) && !r.Contains("page[size]", StringComparison.Ordinal));
        // Only what the second pull read is counted: the rows of the first stay as they were, none doubled.
        outcome.Output.ShouldContain("read 7 page(s): groups 2, tickets 2, ticket_metrics 2, ticket_events 1");
        outcome.Output.ShouldContain("tickets: 1 inserted, 1 updated, 0 unchanged");
        outcome.Output.ShouldContain("messages: 1 inserted, 0 updated, 0 unchanged");
        (await RowsAsync("messages")).Count.ShouldBe(7);
        (await RowsAsync("tickets")).Count.ShouldBe(5);
        (await RowsAsync("tickets")).ShouldContain("1007|501||email|normal|new|2026-11-02 08:00:00|||0|0||||");
        (await RowsAsync("tickets")).ShouldContain("1002|201|102|chat|low|solved|2026-10-02 09:00:00|||0|0||||");
        (await RowsAsync("import_cursors")).ShouldContain("zendesk|acme|tickets|tickets-4|2026-11-05 08:00:00");
        (await RowsAsync("import_cursors")).ShouldContain("zendesk|acme|ticket_events|" + (Since + 6000) + "|2026-11-05 08:00:00");
    }

    [Fact]
    public async Task A_server_that_keeps_failing_stops_the_pull_naming_the_url_and_writes_nothing()
    {
        _api.Fail($"/api/v2/incremental/users/cursor.json?start_time={Since}", Fault.ServerError, Fault.ServerError);

        var outcome = await Pull("--since", "2026-10-01", "--retries", "1");

        outcome.ExitCode.ShouldBe(3);
        outcome.Errors.ShouldContain($"GET {_api.Address}api/v2/incremental/users/cursor.json?start_time={Since}: 500 Internal Server Error, and again after 1 retries");
        await NothingWrittenAsync();
        (outcome.Output + outcome.Errors).ShouldNotContain("SECRET");
    }

    [Fact]
    public async Task The_first_pull_needs_since_and_a_token_file_must_hold_a_token()
    {
        var noSince = await Pull();
        noSince.ExitCode.ShouldBe(2);
        noSince.Errors.ShouldContain("holds no cursor of a pull from acme to resume from: the first pull needs --since DATE");

        await File.WriteAllTextAsync(TokenFile, "\n");
        var empty = await Pull("--since", "2026-10-01");
        empty.ExitCode.ShouldBe(2);
        empty.Errors.ShouldContain("is empty: it must hold the API token");
        _api.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_next_page_on_another_server_is_refused_so_the_token_goes_nowhere_else()
    {
        _api.Page($"/api/v2/incremental/users/cursor.json?start_time={Since}", new JsonObject
        {
            ["users"] = new JsonArray(), ["after_cursor"] = "u-1", ["after_url"] = "https://collector.example/api/v2/incremental/users/cursor.json?cursor=u-1",
            ["end_of_stream"] = false,
        });

        var outcome = await Pull("--since", "2026-10-01");

        outcome.ExitCode.ShouldBe(3);
        outcome.Errors.ShouldContain("https://collector.example/api/v2/incremental/users/cursor.json: the API sent a next-page address on another server than");
        _api.Requests.Count.ShouldBe(1);
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task Plain_http_off_this_machine_and_files_with_pull_options_are_refused_before_any_request()
    {
        var remote = await CliHarness.RunAsync("import", "zendesk", "--api-url", "http://zendesk.example", "--token-file", TokenFile, "--since", "2026-10-01", "--to", Target);
        remote.ExitCode.ShouldBe(2);
        remote.Errors.ShouldContain("plain http is allowed only on this machine (127.0.0.1, localhost); use https");

        var both = await CliHarness.RunAsync("import", "zendesk", Fixture, "--subdomain", "acme", "--to", Target);
        both.ExitCode.ShouldBe(2);
        both.Errors.ShouldContain("--subdomain is for a pull from the API, which reads no files");
        var retries = await CliHarness.RunAsync("import", "zendesk", Fixture, "--retries", "2", "--to", Target);
        retries.ExitCode.ShouldBe(2);
        retries.Errors.ShouldContain("--retries is for a pull from the API, which reads no files");
        await NothingWrittenAsync();
    }

    /// <summary>Serves the fixtures' records in pages of two, and writes every page served into <see cref="Pages"/> for the
    /// file import to read.</summary>
    private void ServeFixtures()
    {
        CursorExport("users", Load("users", "users.json"));
        List("groups", "/api/v2/groups.json?page[size]=100", Load("groups", "groups.json"));
        TimeExport("organizations", "/api/v2/incremental/organizations.json?", Load("organizations", "organizations.ndjson"));
        CursorExport("tickets", Load("tickets", "tickets.json"));
        List("ticket_metrics", "/api/v2/ticket_metrics.json?page[size]=100", Load("ticket_metrics", "ticket_metrics.json"));
        TimeExport("ticket_events", "/api/v2/incremental/ticket_events.json?include=comment_events&",
            [.. Load("ticket_events", "ticket_events.ndjson"), .. Load("ticket_events", "ticket_events_2.json.gz")]);
        List("satisfaction_ratings", $"/api/v2/satisfaction_ratings.json?page[size]=100&start_time={Since}", Load("satisfaction_ratings", "satisfaction_ratings.json"));
    }

    private static List<JsonNode> Load(string key, string file) => Records(Path.Combine(Fixture, file), key);

    private static List<JsonNode[]> InPages(List<JsonNode> records) => [.. records.Chunk(2)];

    /// <summary>The cursor-based incremental export: after_cursor and after_url until end_of_stream.</summary>
    private void CursorExport(string name, List<JsonNode> records)
    {
        var pages = InPages(records);
        for (var p = 1; p <= pages.Count; p++)
        {
            var path = $"/api/v2/incremental/{name}/cursor.json?" + (p == 1 ? $"start_time={Since}" : $"cursor={name}-{p - 1}");
            Serve(name, p, path, new JsonObject
            {
                [name] = new JsonArray(pages[p - 1]), ["after_cursor"] = $"{name}-{p}",
                ["after_url"] = _api.Url($"/api/v2/incremental/{name}/cursor.json?cursor={name}-{p}"), ["before_cursor"] = null, ["end_of_stream"] = p == pages.Count,
            });
        }
    }

    /// <summary>The time-based incremental export: next_page and end_time, until end_of_stream.</summary>
    private void TimeExport(string name, string path, List<JsonNode> records)
    {
        var pages = InPages(records);
        for (var p = 1; p <= pages.Count; p++)
        {
            var end = Since + 1000 * p;
            Serve(name, p, path + "start_time=" + (Since + 1000 * (p - 1)), new JsonObject
            {
                [name] = new JsonArray(pages[p - 1]), ["next_page"] = _api.Url(path + "start_time=" + end), ["end_time"] = end,
                ["count"] = pages[p - 1].Length, ["end_of_stream"] = p == pages.Count,
            });
        }
    }

    /// <summary>A list with cursor pagination: links.next while meta.has_more.</summary>
    private void List(string name, string first, List<JsonNode> records)
    {
        var pages = InPages(records);
        for (var p = 1; p <= pages.Count; p++)
        {
            var more = p < pages.Count;
            Serve(name, p, p == 1 ? first : $"{first}&page[after]={name}-{p - 1}", new JsonObject
            {
                [name] = new JsonArray(pages[p - 1]),
                ["meta"] = new JsonObject { ["has_more"] = more, ["after_cursor"] = $"{name}-{p}", ["before_cursor"] = null },
                ["links"] = new JsonObject { ["next"] = more ? _api.Url($"{first}&page[after]={name}-{p}") : null, ["prev"] = null },
            });
        }
    }

    private void Serve(string name, int page, string path, JsonObject body)
    {
        _api.Page(path, body);
        File.WriteAllText(Path.Combine(Pages, $"{name}-{page}.json"), body.ToJsonString());
    }
}
