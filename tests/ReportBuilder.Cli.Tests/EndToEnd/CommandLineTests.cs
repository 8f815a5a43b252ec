using ReportBuilder.Cli;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Rendering.Pipeline;
using Spectre.Console;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The command line as people meet it: help with examples, plain messages for mistakes, progress only on a
/// terminal, and output that is never wrapped for a pipe.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task NoArguments_PrintsTheHelp()
    {
        var outcome = await CliHarness.RunAsync();

        outcome.ExitCode.ShouldBe(0);
        outcome.Errors.ShouldBe("");
        outcome.Output.ShouldContain("Usage:");
        outcome.Output.ShouldContain("  run <report>");
        outcome.Output.ShouldContain("Examples:\n  reportbuilder demo-data --out support.db\n");
    }

    public static TheoryData<string> Commands() => [.. CommandNames()];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryCommandsHelp_ShowsAnExample(string command)
    {
        var outcome = await CliHarness.RunAsync(command, "--help");

        outcome.ExitCode.ShouldBe(0);
        outcome.Errors.ShouldBe("");
        outcome.Output.ShouldContain($" {command}", Case.Sensitive);
        outcome.Output.ShouldContain("Usage:\n");
        outcome.Output.ShouldContain($"Examples:\n  reportbuilder {command} ");
    }

    [Fact]
    public async Task UnknownOption_IsNamedWithTheClosestAndTheCommandsHelp()
    {
        var outcome = await CliHarness.RunAsync("demo-data", "--out", "x.db", "--tickts", "5");

        outcome.ExitCode.ShouldBe(2);
        outcome.Output.ShouldBe("");
        outcome.Errors.ShouldStartWith("error: Unrecognized command or argument '--tickts'.\n");
        outcome.Errors.ShouldContain("'--tickts': did you mean '--tickets'?\n");
        outcome.Errors.ShouldContain(" demo-data [options]\n");
        outcome.Errors.ShouldMatch(@"--tickets <tickets>\s+How many tickets");   // the column is as wide as the longest option
    }

    [Fact]
    public async Task UnknownCommand_SuggestsTheClosest()
    {
        var outcome = await CliHarness.RunAsync("valdate", "x.yaml");

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain("'valdate': did you mean 'validate'?");
    }

    [Fact]
    public async Task WrongTypeOfValue_IsSaidInWordsNotDotNetTypes()
    {
        var outcome = await CliHarness.RunAsync("demo-data", "--out", "x.db", "--tickets", "many");

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith("error: Cannot parse argument 'many' for option '--tickets' as a whole number.\n");
        outcome.Errors.ShouldNotContain("System.");
    }

    [Fact]
    public async Task HelpAfterAnIncompleteCommand_IsHelpNotAMistake()
    {
        var outcome = await CliHarness.RunAsync("run", "--help");

        outcome.ExitCode.ShouldBe(0);
        outcome.Errors.ShouldBe("");
    }

    [Theory]
    [InlineData(true, null, false, true)]
    [InlineData(true, "", false, true)]
    [InlineData(true, "1", false, false)]
    [InlineData(true, null, true, false)]
    [InlineData(false, null, false, false)]
    public void Progress_ShowsOnlyOnATerminalWithoutNoColorOrQuiet(bool terminal, string? noColor, bool quiet, bool shows) =>
        ProgressDisplay.Shows(terminal, noColor, quiet).ShouldBe(shows);

    [Fact]
    public async Task Progress_ReportsEachStageAndStatementOfARun()
    {
        var report = await WriteReportAsync(Path.Combine(_directory, "support.db"));
        var pipeline = new ReportPipeline(TestEnvironment.For(Clock));
        var plan = pipeline.Plan(new ReportRequest(report, new ReportBuilder.Planning.RunOptions(null), At: TestReport.AsOf.ToDateTimeOffset()));
        var stages = new List<string>();

        await pipeline.RunAsync(plan, CancellationToken.None, new ProgressSink(stages.Add));

        stages.ShouldBe([
            "checking the database's tables and columns",
            "statement 1 of 2: tickets (ticket_volume)",
            "statement 2 of 2: tickets by channel (ticket_volume)",
            "reading how fresh the data is",
            "checking the data's timestamps, durations and counts",
            "writing json",
        ]);
    }

    [Fact]
    public async Task Progress_OnATerminal_DrawsAStatusLine()
    {
        var report = await WriteReportAsync(Path.Combine(_directory, "support.db"));
        var terminal = new StringWriter();
        var display = Terminal(terminal);

        var code = await CliApp.RunAsync(["run", report], TestEnvironment.Process(Clock), CancellationToken.None, Console(new StringWriter()), new StringWriter(), display);

        code.ShouldBe(0);
        terminal.ToString().ShouldContain("⠋");
    }

    [Fact]
    public async Task Progress_QuietOnATerminal_ShowsNothing()
    {
        var db = Path.Combine(_directory, "support.db");
        var report = await WriteReportAsync(db);
        var terminal = new StringWriter();
        var display = Terminal(terminal);

        var code = await CliApp.RunAsync(["run", report, "--quiet"], TestEnvironment.Process(Clock), CancellationToken.None, Console(new StringWriter()), new StringWriter(), display);

        code.ShouldBe(0);
        terminal.ToString().ShouldBe("");
    }

    [Trait(TestCategory.Name, TestCategory.Process)]
    [Fact]
    public async Task Progress_StandardErrorPiped_ShowsNothing()
    {
        var outcome = await CliProcess.RunAsync("demo-data", "--out", Path.Combine(_directory, "piped.db"), "--tickets", "300", "--months", "2", "--end", "2026-11-01");

        outcome.ExitCode.ShouldBe(0);
        outcome.Errors.ShouldBe("");
    }

    [Fact]
    public async Task Tables_WhenPiped_AreNotWrapped()
    {
        var outcome = await CliHarness.RunAsync("deliveries", RepositoryFiles.PathOf("examples", "deliveries.yml"), "--as-of", "2026-11-05T08:00:00Z");

        outcome.ExitCode.ShouldBe(0);
        var lines = outcome.Output.Split('\n');
        lines.ShouldContain(l => l.Contains("│ delivery ") && l.Contains(" next run (UTC) ") && l.Contains(" recipients "));
        lines.ShouldContain(l => l.Contains("team-support") && l.Contains("for_each team: 2 groups"));
        lines.Max(l => l.Length).ShouldBeGreaterThan(80);
    }

    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A progress display on a console that behaves as an interactive ANSI terminal.</summary>
    private static ProgressDisplay Terminal(StringWriter terminal) => new(AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(terminal),
        Ansi = AnsiSupport.Yes,
        Interactive = InteractionSupport.Yes,
    }));

    private static IAnsiConsole Console(StringWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });

    private async Task<string> WriteReportAsync(string db)
    {
        (await CliHarness.RunAsync("demo-data", "--out", db, "--tickets", "200", "--months", "2", "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        var report = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(report, $"""
            id: progress
            title: Progress
            source: {'{'} sqlite: {db} {'}'}
            period: 2026-10
            metrics:
              - metric: ticket_volume
                breakdown: [channel]
            output: {'{'} formats: [json], dir: out {'}'}
            """);
        return report;
    }

    /// <summary>Every command the root's help lists, so a command added later needs an example too.</summary>
    private static IEnumerable<string> CommandNames() =>
        CliHarness.RunAsync("--help").GetAwaiter().GetResult().Output.Split('\n')
            .SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Trim().Split(' ')[0]);
}
