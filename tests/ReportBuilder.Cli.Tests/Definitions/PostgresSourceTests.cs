using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Tests.Definitions;

/// <summary><c>source: { postgres: … }</c> and <c>--db postgres://…</c>: where the server is, never its password.</summary>
public sealed class PostgresSourceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-pg-def-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Validate_PasswordKeyInSource_IsRefusedWithoutEchoingIt()
    {
        var report = Write("""
            id: pg
            title: PostgreSQL
            source:
              postgres: { host: db.example.com, database: support, password: Hunter2-secret }
            timezone: UTC
            period: "2026-10"
            metrics:
              - metric: ticket_volume
            """);

        var outcome = await CliHarness.RunAsync("validate", report);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain(":4:56: error: passwords never go in YAML: set REPORTBUILDER_PG_PASSWORD or PGPASSWORD, or use a ~/.pgpass file");
        outcome.Errors.ShouldNotContain("Hunter2-secret");
    }

    [Theory]
    [InlineData("postgres://reader:Hunter2-secret@db.example.com/support")]
    [InlineData("postgres://reader@db.example.com/support?password=Hunter2-secret")]
    public async Task Run_PasswordInTheAddress_IsRefusedWithoutEchoingIt(string address)
    {
        var report = Write(TicketVolumeReport);

        var outcome = await CliHarness.RunAsync("run", report, "--db", address);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain("--db: error: the address holds a password: passwords never go in a definition or on the command line");
        outcome.Errors.ShouldNotContain("Hunter2-secret");
    }

    [Fact]
    public void Parse_Address_ReadsEveryPartWithDefaults()
    {
        var location = PostgresLocation.Parse("postgres://reader@db.example.com/support", SourceLocation.Option("--db"));

        location.ShouldBe(new PostgresLocation("db.example.com", 5432, "support", "public", "reader", "prefer", TimeSpan.FromMinutes(5)));
        location.ToString().ShouldBe("postgres://reader@db.example.com:5432/support?schema=public");
        var full = PostgresLocation.Parse("postgresql://db:6543/support?schema=helpdesk&sslmode=require&timeout=30s", SourceLocation.Option("--db"));
        full.ShouldBe(new PostgresLocation("db", 6543, "support", "helpdesk", null, "require", TimeSpan.FromSeconds(30)));
        full.ToString().ShouldBe("postgres://db:6543/support?schema=helpdesk&sslmode=require&timeout=30s");
    }

    [Theory]
    [InlineData("postgres://db.example.com/", "the address names no database")]
    [InlineData("postgres://db.example.com/support?sslmode=sometimes", "unknown sslmode 'sometimes'")]
    [InlineData("postgres://db.example.com/support?timeout=soon", "timeout 'soon' is not a duration")]
    [InlineData("postgres://db.example.com/support?scheme=x", "unknown address option 'scheme'")]
    public void Parse_WrongAddress_SaysWhatToFix(string address, string message)
    {
        Should.Throw<DefinitionException>(() => PostgresLocation.Parse(address, SourceLocation.Option("--db"))).Message.ShouldContain(message);
    }

    [Fact]
    public void Load_PostgresSource_PlansWithThePostgresDialect()
    {
        var definition = ReportBuilder.Definitions.ReportDefinitionLoader.Parse("pg.yaml", TicketVolumeReport.Replace("source: { sqlite: x.db }",
            "source: { postgres: { host: 10.0.0.5, port: 5433, database: support, schema: helpdesk, user: reports, timeout: 2m } }",
            StringComparison.Ordinal), TestReport.Catalog, new DiagnosticBag())!;

        var plan = ReportCompiler.Plan(definition, TestReport.Catalog, new Planning.RunOptions(), TestReport.AsOf);

        plan.DatabasePath.ShouldBe("postgres://reports@10.0.0.5:5433/support?schema=helpdesk&timeout=120s");
        plan.Queries.ShouldAllBe(q => q.Sql.Contains("CAST(@p1 AS timestamptz)"));
    }

    private const string TicketVolumeReport = """
        id: pg
        title: PostgreSQL
        source: { sqlite: x.db }
        timezone: UTC
        period: "2026-10"
        metrics:
          - metric: ticket_volume
        """;

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "pg.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
