using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ReportBuilder.Tests.Definitions.Warehouse;

/// <summary>The shipped model of Fivetran's Zendesk tables (configs/models/fivetran-zendesk.yaml) over those tables as the
/// connector writes them (fivetran-zendesk.sql: its column names and types, soft-deleted rows, a history table), on SQLite and
/// on PostgreSQL, against numbers worked out by hand from the rows.</summary>
public sealed class WarehouseModelTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rb-warehouse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Every catalog metric the connectors' tables can feed, for October 2026 against September.</summary>
    private static string Report(bool tags) => $$"""
        id: warehouse
        title: Warehouse tables
        timezone: UTC
        period: 2026-10
        compare: previous_period
        metrics:
          - metric: ticket_volume
            breakdown: [channel{{(tags ? ", tag" : "")}}]
          - metric: replies_per_ticket
            breakdown: [agent, team]
          - metric: one_touch_rate
          - metric: reopen_rate
          - metric: resolution_time
          - metric: resolution_time
            stat: median
            name: resolution_median
          - metric: first_response_time
          - metric: first_response_time
            stat: median
            name: first_response_median
          - metric: resolution_rate
          - metric: confirmed_resolution_rate
          - metric: csat
          - metric: csat
            stat: mean
            name: csat_mean
          - metric: avg_response_time
        output: { formats: [json], dir: out }
        """;

    [Theory]
    [InlineData("fivetran-zendesk")]
    [InlineData("fivetran-intercom")]
    [InlineData("airbyte-zendesk")]
    public async Task Run_ConnectorTablesOnSqlite_GiveTheHandComputedNumbers(string model)
    {
        await RunAndCheckAsync(model, await SqliteWarehouseAsync(Tables(model, "text", "text"), "warehouse.db"), _dir);
    }

    [Fact]
    public async Task Run_ZendeskProfileOverAirbytesTables_ReadsZendesksOwnDurations()
    {
        await RunZendeskProfileAndCheckAsync(await SqliteWarehouseAsync(Tables("airbyte-zendesk", "text", "text"), "warehouse.db"), _dir);
    }

    /// <summary><c>profile: zendesk</c> over Airbyte's tables reads ticket_metrics' own minutes: business first replies 45, 20,
    /// 15 (tickets 1–3 opened in October; 4 has none), full resolution 180, 2880, 5760 calendar and 120, 960, 1920 business
    /// minutes (1, 2, 7 solved in October).</summary>
    internal static async Task RunZendeskProfileAndCheckAsync(string database, string dir)
    {
        var report = Path.Combine(dir, "profile.yaml");
        await File.WriteAllTextAsync(report, """
            id: profiled
            title: Zendesk's own durations
            timezone: UTC
            period: 2026-10
            compare: none
            profile: zendesk
            metrics:
              - { metric: first_response_time_business, stat: median, name: reply_business_median }
              - { metric: first_response_time_business, stat: mean, name: reply_business_mean }
              - { metric: resolution_time, stat: median, name: resolution_median }
              - { metric: resolution_time_business, stat: median, name: resolution_business_median }
              - { metric: resolution_time_business, stat: mean, name: resolution_business_mean }
            output: { formats: [json], dir: out }
            """);
        var outcome = await CliHarness.RunAsync("run", report, "--db", database, "--model", "airbyte-zendesk", "--out", dir, "--format", "json");

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "profiled.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        Value(metrics, "reply_business_median").ShouldBe(20 / 60.0, 1e-9);
        Value(metrics, "reply_business_mean").ShouldBe((45 + 20 + 15) / 3.0 / 60, 1e-9);
        Value(metrics, "resolution_median").ShouldBe(48, 1e-9);
        Value(metrics, "resolution_business_median").ShouldBe(16, 1e-9);
        Value(metrics, "resolution_business_mean").ShouldBe((120 + 960 + 1920) / 3.0 / 60, 1e-9);
    }

    [Fact]
    public async Task Run_UnknownShippedModel_SuggestsTheClosestAndExits2()
    {
        var report = Path.Combine(_dir, "report.yaml");
        await File.WriteAllTextAsync(report, Report(tags: true));

        var outcome = await CliHarness.RunAsync("run", report, "--db", Path.Combine(_dir, "none.db"), "--model", "fivetran-zendsk");

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain("--model: error: 'fivetran-zendsk' is not a shipped model; did you mean 'fivetran-zendesk'?");
    }

    [Fact]
    public async Task Validate_DatabaseWithoutATableTheQueryReads_NamesItAtTheMappingAndExits3()
    {
        var database = await SqliteWarehouseAsync(Tables("fivetran-zendesk", "text", "text")
            .Replace("CREATE TABLE ticket_field_history", "CREATE TABLE ticket_history", StringComparison.Ordinal)
            .Replace("INSERT INTO ticket_field_history", "INSERT INTO ticket_history", StringComparison.Ordinal), "partial.db");

        var report = Path.Combine(_dir, "report.yaml");
        await File.WriteAllTextAsync(report, Report(tags: true));

        var outcome = await CliHarness.RunAsync("validate", report, "--db", database, "--model", "fivetran-zendesk");

        outcome.ExitCode.ShouldBe(3);
        var model = RepositoryFiles.PathOf("configs", "models", "fivetran-zendesk.yaml");
        outcome.Errors.ShouldContain("the database has no table 'ticket_field_history' (mapped to tickets): fix 'query:' in the mapping");
        outcome.Errors.ShouldContain("fivetran-zendesk.yaml:");
        File.Exists(model).ShouldBeTrue();
    }

    /// <summary>A SQLite file in the test's folder holding the tables <paramref name="sql"/> makes.</summary>
    private async Task<string> SqliteWarehouseAsync(string sql, string name)
    {
        var database = Path.Combine(_dir, name);
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>The connector's tables (<paramref name="model"/>.sql) with <paramref name="timestamp"/> as the timestamp type
    /// and <paramref name="json"/> as the JSON type.</summary>
    internal static string Tables(string model, string timestamp, string json) =>
        File.ReadAllText(RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Definitions", "Warehouse", model + ".sql"))
            .Replace("{ts}", timestamp, StringComparison.Ordinal).Replace("{json}", json, StringComparison.Ordinal);

    /// <summary>Runs the report over <paramref name="database"/> through the shipped model and checks every number.</summary>
    internal static async Task RunAndCheckAsync(string model, string database, string dir)
    {
        var report = Path.Combine(dir, "report.yaml");
        await File.WriteAllTextAsync(report, Report(tags: model != "airbyte-zendesk"));
        var outcome = await CliHarness.RunAsync("run", report, "--db", database, "--model", model, "--out", dir, "--format", "json");

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "warehouse.json")));
        var metrics = json.RootElement.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!);
        switch (model)
        {
            case "fivetran-zendesk":
                FivetranZendesk(metrics);
                break;
            case "fivetran-intercom":
                FivetranIntercom(metrics);
                break;
            default:
                AirbyteZendesk(metrics);
                break;
        }
    }

    private static double Value(Dictionary<string, JsonElement> metrics, string name) => metrics[name].GetProperty("value").GetDouble();

    private static double Previous(Dictionary<string, JsonElement> metrics, string name) =>
        metrics[name].GetProperty("previous").GetProperty("value").GetDouble();

    /// <summary>The solved cohort every data set has for October: three tickets of 2, 1 and 1 replies, the second reopened
    /// once, solved 3 h, 48 h (10-02 08:00 → 10-04 08:00) and 96 h (09-28 10:00 → 10-02 10:00) after creation.</summary>
    private static void SolvedInOctober(Dictionary<string, JsonElement> metrics)
    {
        Value(metrics, "replies_per_ticket").ShouldBe(4.0 / 3, 1e-9);
        Value(metrics, "one_touch_rate").ShouldBe(2.0 / 3, 1e-9);
        Value(metrics, "reopen_rate").ShouldBe(1.0 / 3, 1e-9);
        Value(metrics, "resolution_time").ShouldBe(49);
        Value(metrics, "resolution_median").ShouldBe(48);
    }

    /// <summary>First replies of October's tickets 1 h, 0.5 h and 0.25 h after creation, one ticket unanswered; September's
    /// one after 4 h.</summary>
    private static void FirstRepliesOfOctober(Dictionary<string, JsonElement> metrics)
    {
        Value(metrics, "first_response_time").ShouldBe(1.75 / 3, 1e-9);
        Value(metrics, "first_response_median").ShouldBe(0.5);
        Previous(metrics, "first_response_time").ShouldBe(4);
    }

    private static void FivetranZendesk(Dictionary<string, JsonElement> metrics)
    {
        // Opened in October: 1, 2, 3, 4, 9 (5 is soft-deleted, 6 has status deleted); in September 7 and 8.
        Value(metrics, "ticket_volume").ShouldBe(5);
        Previous(metrics, "ticket_volume").ShouldBe(2);
        // via_channel: email (1), voice → phone (2), chat (3), web (4), native_messaging → chat (9).
        Breakdown(metrics["ticket_volume"], "channel").ShouldBe(new Dictionary<string, double> { ["chat"] = 2, ["email"] = 1, ["phone"] = 1, ["web"] = 1 });
        Breakdown(metrics["ticket_volume"], "tag").ShouldBe(new Dictionary<string, double>
            { ["billing"] = 1, ["bug"] = 2, ["feature_request"] = 1, ["(none)"] = 2 });

        // Solved in October (the last time the status became solved): 1 (10-01, 2 replies), 2 (10-04, 1 reply, reopened
        // once), 7 (10-02, 1 reply: the second was deleted). 5 is soft-deleted. September: 8 (1 reply).
        SolvedInOctober(metrics);
        Previous(metrics, "replies_per_ticket").ShouldBe(1);
        Breakdown(metrics["replies_per_ticket"], "agent").ShouldBe(new Dictionary<string, double> { ["Ada"] = 2, ["Grace"] = 1 });
        Previous(metrics, "resolution_time").ShouldBe(2);

        // First public agent reply after the opening comment: 1 h, 0.5 h, 0.25 h, 2 h (ticket 9: the agent's own opening
        // comment is no reply); ticket 4 has none. September: 4 h and 0.5 h.
        Value(metrics, "first_response_time").ShouldBe(3.75 / 4);
        Value(metrics, "first_response_median").ShouldBe(0.75);
        Previous(metrics, "first_response_time").ShouldBe(2.25);

        // Opened in October and solved before November: 1 and 2 of 5; only 2 is closed. September: 8 of 7 and 8.
        Value(metrics, "resolution_rate").ShouldBe(0.4);
        Previous(metrics, "resolution_rate").ShouldBe(0.5);
        Value(metrics, "confirmed_resolution_rate").ShouldBe(0.2);

        // Ratings given in October: good (1), bad (2), offered (3: no answer), good (7), good (9) → 3 of 4; good 5, bad 1.
        Value(metrics, "csat").ShouldBe(0.75);
        Value(metrics, "csat_mean").ShouldBe(4);

        // Agent answers to a waiting customer, in October: ticket 1 twice (1 h, 1 h), 2 (0.5 h), 3 (0.25 h), 9 (1 h: the
        // agent's opening comment answers nobody); the private note and the soft-deleted ticket 5 are no messages.
        Value(metrics, "avg_response_time").ShouldBe(0.75);
    }

    private static void FivetranIntercom(Dictionary<string, JsonElement> metrics)
    {
        // Each conversation's latest version: opened in October 1–4, in September 5.
        Value(metrics, "ticket_volume").ShouldBe(4);
        Previous(metrics, "ticket_volume").ShouldBe(1);
        Breakdown(metrics["ticket_volume"], "channel").ShouldBe(new Dictionary<string, double> { ["chat"] = 2, ["email"] = 2 });
        // Conversation 1's latest tags are bug alone.
        Breakdown(metrics["ticket_volume"], "tag").ShouldBe(new Dictionary<string, double> { ["billing"] = 1, ["bug"] = 1, ["(none)"] = 2 });

        // Closed (solved) in October, at the last close: 1 (2 admin comments; the note is none), 2 (1: the bot's is none;
        // reopened once), 5 (1).
        SolvedInOctober(metrics);
        Breakdown(metrics["replies_per_ticket"], "agent").ShouldBe(new Dictionary<string, double> { ["Ada"] = 2, ["Grace"] = 1 });
        // Ada is in Billing and Tech: the first by name; Grace in Tech.
        Breakdown(metrics["replies_per_ticket"], "team").ShouldBe(new Dictionary<string, double> { ["Billing"] = 2, ["Tech"] = 1 });

        // First admin comment: 1 h, 0.5 h (after the bot's), 0.25 h (one part, two versions); 4 has none. September: 4 h.
        FirstRepliesOfOctober(metrics);

        // Opened in October and closed before November: 1 and 2 of 4. Intercom has no closed after solved.
        Value(metrics, "resolution_rate").ShouldBe(0.5);
        Value(metrics, "confirmed_resolution_rate").ShouldBe(0);

        // Ratings of October's conversations: 5 and 2 → 1 of 2, mean 3.5 (5's rating of 4 is September's).
        Value(metrics, "csat").ShouldBe(0.5);
        Value(metrics, "csat_mean").ShouldBe(3.5);

        // Admin answers to the waiting contact: 1 twice (1 h, 1 h), 2 (0.5 h from the opening message), 3 (0.25 h).
        Value(metrics, "avg_response_time").ShouldBe(2.75 / 4);
    }

    private static void AirbyteZendesk(Dictionary<string, JsonElement> metrics)
    {
        // Opened in October: 1–4 (6 has status deleted); in September 7. via.channel from the jsonb.
        Value(metrics, "ticket_volume").ShouldBe(4);
        Previous(metrics, "ticket_volume").ShouldBe(1);
        Breakdown(metrics["ticket_volume"], "channel").ShouldBe(new Dictionary<string, double> { ["chat"] = 1, ["email"] = 1, ["phone"] = 1, ["web"] = 1 });

        // Solved in October by ticket_metrics.solved_at: 1 (2 replies), 2 (1, reopened once), 7 (1): Zendesk's own counts.
        SolvedInOctober(metrics);
        // The team is the agent's default group: Ada Billing, Grace Tech.
        Breakdown(metrics["replies_per_ticket"], "team").ShouldBe(new Dictionary<string, double> { ["Billing"] = 2, ["Tech"] = 1 });

        // First public agent comment after the opening one: 1 h, 0.5 h, 0.25 h; 4 has none. September: 4 h.
        FirstRepliesOfOctober(metrics);

        // Opened in October and solved before November: 1 and 2 of 4; 2 is closed.
        Value(metrics, "resolution_rate").ShouldBe(0.5);
        Value(metrics, "confirmed_resolution_rate").ShouldBe(0.25);

        // good, bad, offered (no answer), good → 2 of 3; mean (5 + 1 + 5) / 3.
        Value(metrics, "csat").ShouldBe(2.0 / 3, 1e-9);
        Value(metrics, "csat_mean").ShouldBe(11.0 / 3, 1e-9);

        // 1 twice (1 h, 1 h), 2 (0.5 h), 3 (0.25 h); the deleted ticket 6's comments are none.
        Value(metrics, "avg_response_time").ShouldBe(2.75 / 4);
    }

    private static Dictionary<string, double> Breakdown(JsonElement metric, string dimension) =>
        metric.GetProperty("breakdowns").GetProperty(dimension).EnumerateArray()
            .ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("value").GetDouble());
}

/// <summary>The same tables and numbers on PostgreSQL, in a schema of their own named by <c>?schema=</c>, with the connectors'
/// PostgreSQL types (timestamp with time zone, bigint, boolean, jsonb).</summary>
[Collection(PostgresServer.Collection)]
[Trait(TestCategory.Name, TestCategory.Postgres)]
public sealed class WarehouseModelPostgresTests(PostgresServer server) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rb-warehouse-pg-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("fivetran-zendesk")]
    [InlineData("fivetran-intercom")]
    [InlineData("airbyte-zendesk")]
    public async Task Run_ConnectorTablesOnPostgres_GiveTheHandComputedNumbers(string model)
    {
        var schema = "warehouse_" + server.NewSchema();
        await server.ExecuteAsync($"CREATE SCHEMA {schema}; SET search_path TO {schema};\n" +
            WarehouseModelTests.Tables(model, "timestamp with time zone", "jsonb"));

        await WarehouseModelTests.RunAndCheckAsync(model, server.Address(schema), _dir);
    }

    [Fact]
    public async Task Run_ZendeskProfileOverAirbytesTablesOnPostgres_ReadsZendesksOwnDurations()
    {
        var schema = "warehouse_" + server.NewSchema();
        await server.ExecuteAsync($"CREATE SCHEMA {schema}; SET search_path TO {schema};\n" +
            WarehouseModelTests.Tables("airbyte-zendesk", "timestamp with time zone", "jsonb"));

        await WarehouseModelTests.RunZendeskProfileAndCheckAsync(server.Address(schema), _dir);
    }
}
