namespace ReportBuilder.Tests.EndToEnd;

/// <summary>A report's own template through the command line: checked before any SQL, bounded while it renders, and a failing
/// format never stops the others.</summary>
public sealed class TemplateRunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-template-run-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Report => Path.Combine(_directory, "report.yaml");

    private string Template => Path.Combine(_directory, "mine.html.sbn");

    private async Task WriteAsync(string template, string source = "support.db")
    {
        await File.WriteAllTextAsync(Template, template);
        await File.WriteAllTextAsync(Report, $"""
            id: mine
            title: Mine
            source: {"{"} sqlite: {source} {"}"}
            timezone: UTC
            period: 2026-10
            metrics:
              - metric: ticket_volume
            template: mine.html.sbn
            """);
    }

    private async Task DemoAsync() =>
        (await CliHarness.RunAsync("demo-data", "--out", Path.Combine(_directory, "support.db"), "--tickets", "300", "--months", "2",
            "--end", "2026-11-01")).ExitCode.ShouldBe(0);

    [Fact]
    public async Task Validate_OwnTemplateWithASyntaxError_NamesFileLineAndColumn()
    {
        await WriteAsync("<h1>{{ report.title }}</h1>\n<p>{{ for m in }}</p>\n");

        var outcome = await CliHarness.RunAsync("validate", Report);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{Template}:2:16: error: ");
    }

    [Fact]
    public async Task Run_OwnTemplateWithASyntaxError_FailsBeforeAnySql()
    {
        // The database does not exist: the template's error comes first.
        await WriteAsync("{{ if }}", source: "missing.db");

        var outcome = await CliHarness.RunAsync("run", Report, "--format", "html", "--db", Path.Combine(_directory, "nothing-here.db"));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{Template}:1:");
    }

    [Fact]
    public async Task Run_EndlessLoopInTheTemplate_ExitTwoAtItsLine_AndTheJsonIsStillWritten()
    {
        await DemoAsync();
        await WriteAsync("<p>{{ report.title }}</p>\n  {{ while true; end }}\n");
        var outDir = Path.Combine(_directory, "out");

        var outcome = await CliHarness.RunAsync("run", Report, "--format", "html,json", "--out", outDir);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{Template}:2:6: error: ");
        outcome.Output.ShouldContain($"wrote {Path.Combine(outDir, "mine.json")}");
        File.Exists(Path.Combine(outDir, "mine.json")).ShouldBeTrue();
        File.Exists(Path.Combine(outDir, "mine.html")).ShouldBeFalse();
    }
}
