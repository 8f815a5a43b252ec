using NJsonSchema;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Delivery;

/// <summary>configs/deliveries.schema.json is generated from the shapes the deliveries loader reads its keys from, so an
/// editor and the loader agree on every key; validate checks deliveries files as run-due reads them.</summary>
public sealed class DeliverySchemaTests : IDisposable
{
    private static readonly string Committed = RepositoryFiles.PathOf("configs", "deliveries.schema.json");

    /// <summary>Every key the shapes allow, each with a value the loader accepts.</summary>
    internal const string EveryKey = """
        smtp:
          host: mail.example.com
          port: 465
          security: tls
          from: "Reports <reports@example.com>"
          username_env: MAIL_USER
          password_env: MAIL_PASSWORD
          credentials_file: smtp.credentials
          retry: { attempts: 2, delay_seconds: 1.5 }
          timeout_seconds: 30
        deliveries:
          - id: team-support
            report: report.yaml
            schedule: "30 7 1 * *"
            timezone: Europe/Warsaw
            period: last_month
            db: support.db
            to: [lead@example.com]
            cc: ops@example.com
            bcc: [archive@example.com]
            subject: "{title} for {team}"
            body: Attached.
            attach: [pdf, json]
            skip_if_empty: true
            send_when: not_all_pass
            ready: { table: tickets, column: solved_at }
            ready_when: "rows > 0 or hours_since_end >= 48"
            for_each: team
            recipients: { billing: [billing@example.com], technical: tech@example.com }
            catch_up: 3
          - id: agent-scorecards
            report: report.yaml
            schedule: "0 8 1 * *"
            for_each: scorecard
            address: agents.email
            to: [lead@example.com]
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-dschema-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task TheExampleDeliveries_MeetTheSchema_AndNameIt()
    {
        var example = RepositoryFiles.PathOf("examples", "deliveries.yml");
        var schema = await JsonSchema.FromFileAsync(Committed);

        schema.Validate(YamlText.AsJson(example)).Select(e => e.ToString()).ShouldBeEmpty();
        (await File.ReadAllLinesAsync(example))[0].ShouldBe("# yaml-language-server: $schema=../configs/deliveries.schema.json");
    }

    [Fact]
    public async Task AFileWithEveryKey_LoadsCleanAndMeetsTheSchema()
    {
        var file = Path.Combine(_directory, "deliveries.yml");
        await File.WriteAllTextAsync(file, EveryKey);
        var diagnostics = new DiagnosticBag();

        var config = DeliveryConfigLoader.Parse(file, EveryKey, diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        config.ShouldNotBeNull();
        var schema = await JsonSchema.FromFileAsync(Committed);
        schema.Validate(YamlText.AsJson(file)).Select(e => e.ToString()).ShouldBeEmpty();
        KeyPaths(DeliverySchema.File, "").Where(path => !Uses(EveryKey, path)).ShouldBeEmpty("the every-key file misses these keys of the shapes");
    }

    [Fact]
    public async Task Schema_RejectsAnUnknownKeyCredentialsAndAWrongEnum()
    {
        var schema = await JsonSchema.FromFileAsync(Committed);

        var errors = schema.Validate("""
            {"smtp": {"host": "h", "from": "a@b.c", "password": "x", "security": "ssl"},
             "deliveries": [{"id": "x", "report": "r.yaml", "schedule": "0 7 1 * *", "colour": "blue"}]}
            """);

        errors.Select(e => e.Property).Order().ShouldBe(["[0]", "password", "security"]);
        string.Join("\n", errors).ShouldContain("NoAdditionalPropertiesAllowed: #/deliveries[0].colour");
    }

    [Fact]
    public async Task Validate_ADeliveriesFile_IsCheckedLikeRunDueReadsIt()
    {
        var file = Path.Combine(_directory, "deliveries.yml");
        await File.WriteAllTextAsync(file, """
            smtp: { host: h, from: a@example.com, prot: 25 }
            deliveries:
              - id: monthly
                report: monthly.yaml
                schedule: "0 7 1 * *"
                to: [lead@example.com]
            """);

        var outcome = await CliHarness.RunAsync("validate", file);
        var example = await CliHarness.RunAsync("validate", RepositoryFiles.PathOf("examples", "deliveries.yml"));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{file}:1:39: error: unknown key 'prot' in smtp; did you mean 'port'?\n");
        example.ExitCode.ShouldBe(0, example.Errors);
        example.Output.ShouldEndWith("deliveries.yml: ok\n");
    }

    [Fact]
    public async Task Validate_ADeliveriesFileNamingABrokenReport_ReportsTheReportsProblem()
    {
        var file = Path.Combine(_directory, "deliveries.yml");
        await File.WriteAllTextAsync(Path.Combine(_directory, "monthly.yaml"), "id: monthly\ntitle: M\nmetrics:\n  - metric: ticket_volum\n");
        await File.WriteAllTextAsync(file, """
            smtp: { host: h, from: a@example.com }
            deliveries:
              - id: monthly
                report: monthly.yaml
                schedule: "0 7 1 * *"
                to: [lead@example.com]
            """);

        var outcome = await CliHarness.RunAsync("validate", file);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain("monthly.yaml:4:13: error: unknown metric 'ticket_volum'");
    }

    /// <summary>The dotted paths of every key a shape allows (list items add nothing; a dictionary's own keys are the user's).</summary>
    private static IEnumerable<string> KeyPaths(Shape shape, string prefix) => shape switch
    {
        MapShape map => map.Keys.SelectMany(k => KeyPaths(k.Shape, $"{prefix}{k.Name}.").Prepend($"{prefix}{k.Name}")),
        ListShape list => KeyPaths(list.Item, prefix),
        _ => [],
    };

    /// <summary>Whether the YAML holds the key path (its last key appears as a key in the text).</summary>
    private static bool Uses(string yaml, string path)
    {
        var key = path.Split('.')[^1];
        return yaml.Contains($" {key}:", StringComparison.Ordinal) || yaml.Contains($"\n{key}:", StringComparison.Ordinal) ||
               yaml.Contains($"{{ {key}:", StringComparison.Ordinal) || yaml.StartsWith($"{key}:", StringComparison.Ordinal);
    }
}
