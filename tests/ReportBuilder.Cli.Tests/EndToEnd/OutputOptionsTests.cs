using UglyToad.PdfPig;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary><c>output: { paper }</c> and <c>template:</c>, through the command line.</summary>
public sealed class OutputOptionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-output-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<CliHarness.Outcome> RunAsync(string extra, string formats)
    {
        var db = Path.Combine(_directory, "support.db");
        if (!File.Exists(db))
        {
            (await CliHarness.RunAsync("demo-data", "--out", db, "--tickets", "500", "--months", "2", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        }

        var yaml = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(yaml, $"""
            id: options
            title: Options
            source: {"{"} sqlite: support.db {"}"}
            timezone: Europe/Warsaw
            period: 2026-10
            metrics:
              - metric: replies_per_ticket
                target: "< 2"
            {extra}
            """);
        return await CliHarness.RunAsync("run", yaml, "--format", formats, "--out", Path.Combine(_directory, "out"));
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Run_WithLetterPaper_PrintsOnLetter()
    {
        InstalledChromium.Require();

        var run = await RunAsync("output: { paper: letter }", "pdf");

        run.ExitCode.ShouldBe(0, run.Errors);
        using var pdf = PdfDocument.Open(Path.Combine(_directory, "out", "options.pdf"));
        pdf.GetPages().ShouldAllBe(p => Math.Abs(p.Width - 612) < 1 && Math.Abs(p.Height - 792) < 1);
    }

    [Fact]
    public async Task Run_WithUnknownPaper_NamesTheSizesThereAre()
    {
        var run = await RunAsync("output: { paper: a3 }", "html");

        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain("report.yaml:9:18: error: unknown paper size 'a3': use a4, letter");
    }

    [Fact]
    public async Task Run_WithOwnTemplate_RendersTheModelThroughIt_AndMayIncludeTheBuiltInPartials()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "mine.html.sbn"),
            "{{ include 'partials/words.sbn' }}<h1>{{ report.title }}</h1>{{ for m in metrics }}<p>{{ m.label }}: {{ status_word (status_key m.status) }}</p>{{ end }}");

        var run = await RunAsync("template: mine.html.sbn", "html");

        run.ExitCode.ShouldBe(0, run.Errors);
        var html = await File.ReadAllTextAsync(Path.Combine(_directory, "out", "options.html"));
        html.ShouldMatch("^<h1>Options</h1><p>Replies per ticket: (Pass|Fail)</p>$");
    }

    [Fact]
    public async Task Run_WithAWrongOwnTemplate_NamesItsFileLineAndColumn()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "mine.html.sbn"), "<h1>{{ report.title }}</h1>\n<p>{{ verdikt }}</p>\n");

        var run = await RunAsync("template: mine.html.sbn", "html");

        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldStartWith($"{Path.Combine(_directory, "mine.html.sbn")}:2:7: error: ");
        run.Errors.ShouldContain("verdikt");
    }

    [Fact]
    public async Task Run_WithAMissingOwnTemplate_SaysWhereItLooked()
    {
        var run = await RunAsync("template: missing.html.sbn", "html");

        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldContain($"report.yaml:9:11: error: template not found: {Path.Combine(_directory, "missing.html.sbn")}");
    }
}
