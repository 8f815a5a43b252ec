namespace ReportBuilder.Tests.Reliability;

/// <summary>Exit codes that tell the truth: a wrong definition or argument is 2 at its position, never 1.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-exit-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<(CliHarness.Outcome Outcome, string File)> RunAsync(string yaml, params string[] extra) => RunAsync(yaml, _ => { }, extra);

    private async Task<(CliHarness.Outcome Outcome, string File)> RunAsync(string yaml, Action<TestDatabase> data, params string[] extra)
    {
        using (var db = new TestDatabase())
        {
            data(db);
            File.Copy(db.Path, Path.Combine(_directory, "support.db"), overwrite: true);
        }

        var file = Path.Combine(_directory, "report.yaml");
        await File.WriteAllTextAsync(file, yaml);
        return (await CliHarness.RunAsync(["run", file, "--format", "json", .. extra]), file);
    }

    [Theory]
    [InlineData("0001-01")]
    [InlineData("9999-12")]
    [InlineData("2026-10-01..9999-12-31")]
    [InlineData("0001")]
    public async Task Run_APeriodAtTheEdgeOfTime_IsADefinitionErrorAtThePeriod(string period)
    {
        var (outcome, file) = await RunAsync($"id: t\ntitle: T\nsource: {{ sqlite: support.db }}\nperiod: \"{period}\"\ncompare: previous_period\ntrend: 12\n" +
            "metrics:\n  - metric: ticket_volume\n");

        outcome.ExitCode.ShouldBe(2, outcome.Errors);
        outcome.Errors.ShouldStartWith($"{file}:4:9: error: '{period}' names a year outside 1900 to 2999: report on a period of your data");
    }

    [Theory]
    [InlineData("last_3660_days")]
    [InlineData("1900-01")]
    [InlineData("2999-12")]
    public void TryParse_PeriodsInsideTheRange_StillParse(string period) =>
        ReportBuilder.Periods.PeriodParser.TryParse(period, NodaTime.DateTimeZone.Utc, NodaTime.Instant.FromUtc(2026, 11, 5, 0, 0)).ShouldNotBeNull();

    [Fact]
    public async Task Run_OutputDirIsDevNull_IsAClearDefinitionError()
    {
        var (outcome, _) = await RunAsync("id: t\ntitle: T\nsource: { sqlite: support.db }\nperiod: 2026-10\nmetrics:\n  - metric: ticket_volume\n" +
            "output: { dir: /dev/null }\n");

        outcome.ExitCode.ShouldBe(2, outcome.Errors);
        outcome.Errors.ShouldStartWith("output.dir: error: /dev/null is not a folder: name a folder for the report's files (output.dir, or --out)");
    }

    [Fact]
    public async Task Validate_MoreMetricsThanOneReportHolds_IsRefusedAtTheList()
    {
        var metrics = string.Concat(Enumerable.Range(1, 201).Select(i => $"  - {{ metric: ticket_volume, name: m{i} }}\n"));
        var file = Path.Combine(_directory, "big.yaml");
        await File.WriteAllTextAsync(file, $"id: t\ntitle: T\nmetrics:\n{metrics}");

        var outcome = await CliHarness.RunAsync("validate", file);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{file}:4:3: error: the report lists 201 metrics: a report holds at most 200; split it into several reports");
    }

    [Fact]
    public async Task Run_TheMostMetricsAReportHolds_RunsWithTrendAndComparison()
    {
        var metrics = string.Concat(Enumerable.Range(1, 200).Select(i =>
            $"  - {{ metric: {(i % 2 == 0 ? "ticket_volume" : "resolution_time")}, name: m{i} }}\n"));
        var (outcome, _) = await RunAsync($"id: t\ntitle: T\nsource: {{ sqlite: support.db }}\nperiod: 2026-10\ncompare: previous_period\ntrend: 12\n" +
            $"metrics:\n{metrics}output: {{ dir: out }}\n",
            db => db.Ticket("2026-10-05 10:00", solved: "2026-10-05 12:00", status: "solved"));   // data, or the run says "no data" (exit 6)

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
    }

    [Fact]
    public async Task Run_DatabaseDamagedPastItsSchema_ExitsWith3NamingTheFile()
    {
        var db = Path.Combine(_directory, "support.db");
        using (var source = new TestDatabase())
        {
            for (var i = 0; i < 3000; i++)
            {
                source.Ticket($"2026-10-{1 + (i % 28):00} 10:00", solved: $"2026-10-{1 + (i % 28):00} 12:00", status: "solved", replies: i % 5);
            }

            File.Copy(source.Path, db);
        }

        // The first pages (header and schema) stay whole, so the file opens; the rows after them are overwritten.
        using (var file = new FileStream(db, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2;
            file.Write(Enumerable.Repeat((byte)0xA5, (int)(file.Length - file.Position)).ToArray());
        }

        var report = Path.Combine(_directory, "damaged.yaml");
        await File.WriteAllTextAsync(report, "id: t\ntitle: T\nsource: { sqlite: support.db }\nperiod: 2026-10\n" +
            "metrics:\n  - metric: ticket_volume\n  - metric: replies_per_ticket\n  - metric: resolution_time\n");

        var outcome = await CliHarness.RunAsync("run", report, "--format", "json");

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldStartWith($"error: {db} is damaged (SQLite: ");
    }
}
