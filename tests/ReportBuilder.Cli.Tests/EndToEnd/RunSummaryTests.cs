namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The table <c>run</c> prints on the terminal is in the report's language: its columns, each status and each stat,
/// as the report's files are (the values by hand in <see cref="InsightData.OneTouchByChannel"/>).</summary>
public sealed class RunSummaryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-summary-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<string> RunAsync(string locale)
    {
        using var db = InsightData.OneTouchByChannel();
        var report = Path.Combine(_directory, $"{locale}.yaml");
        await File.WriteAllTextAsync(report, $"""
            id: summary-{locale}
            title: Support
            timezone: UTC
            period: "2026-10"
            compare: previous_period
            locale: {locale}
            metrics:
              - metric: one_touch_rate          # October 4 of 8 (50%), September 7 of 8 (87.5%): fails ≥ 60%
              - metric: resolution_time
                stat: median                    # every ticket solved in one hour
              - metric: ticket_volume           # no target
            output: {"{"} formats: [json] {"}"}
            """);
        var run = await CliHarness.RunAsync("run", report, "--db", db.Path, "--out", _directory);
        run.ExitCode.ShouldBe(0, run.Errors);
        return run.Output;
    }

    [Fact]
    public async Task TheTable_InGerman_NamesItsColumnsStatusesAndStatsInGerman()
    {
        var output = await RunAsync("de");

        foreach (var heading in new[] { "Kennzahl", "Wert", "Ziel", "Status", "Vorperiode", "Änderung" })
        {
            output.ShouldContain(heading);
        }

        output.ShouldContain("Verfehlt");                       // one-touch resolution, 50% against ≥ 60%
        output.ShouldContain("(Median)");                       // the resolution time's stat
        output.ShouldContain("50,0");                           // October, September and the change, as the report writes them
        output.ShouldContain("87,5");
        output.ShouldContain("−37,5");
        output.ShouldNotContain("fail");
        output.ShouldNotContain("metric");
        output.ShouldNotContain("none");                        // a metric without a target shows a dash
    }

    [Fact]
    public async Task TheTable_InEnglish_KeepsTheEnglishWords()
    {
        var output = await RunAsync("en");

        foreach (var heading in new[] { "Metric", "Value", "Target", "Status", "Previous", "Change" })
        {
            output.ShouldContain(heading);
        }

        output.ShouldContain("Fail");
        output.ShouldContain("(median)");
        output.ShouldContain("50.0%");
        output.ShouldContain("−37.5");
    }
}
