using ReportBuilder.Cli.Hosting;

namespace ReportBuilder.Tests.Periods;

/// <summary><c>--as-of</c> resolves relative periods as of a date (midnight in the report's zone) or an instant.</summary>
public sealed class AsOfTests : IDisposable
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly string _report = Path.Combine(Path.GetTempPath(), $"rb-asof-{Guid.NewGuid():N}.yaml");

    public AsOfTests() => File.WriteAllText(_report, """
        id: asof
        source: { sqlite: support.db }
        timezone: Europe/Warsaw
        period: last_month
        metrics:
          - metric: ticket_volume
        """);

    public void Dispose() => File.Delete(_report);

    // The first line `explain` prints: the report's period with its UTC bounds.
    private async Task<(int Code, string Output)> ExplainAsync(params string[] extra)
    {
        var outcome = await CliHarness.RunAsync(Clock, ["explain", _report, .. extra]);
        return (outcome.ExitCode, outcome.Output + outcome.Errors);
    }

    [Theory]
    [InlineData("2026-11-01", "-- period 0: October 2026 [2026-09-30 22:00:00Z, 2026-10-31 23:00:00Z)")]
    [InlineData("2026-10-31", "-- period 0: September 2026 [2026-08-31 22:00:00Z, 2026-09-30 22:00:00Z)")]
    [InlineData("2026-10-31T23:30:00Z", "-- period 0: October 2026 [2026-09-30 22:00:00Z, 2026-10-31 23:00:00Z)")]   // 00:30 on 1 November in Warsaw
    [InlineData("2026-10-31T22:30:00Z", "-- period 0: September 2026 [2026-08-31 22:00:00Z, 2026-09-30 22:00:00Z)")]  // still 31 October in Warsaw
    [InlineData("2026-11-01T00:30:00", "-- period 0: October 2026 [2026-09-30 22:00:00Z, 2026-10-31 23:00:00Z)")]    // local time in Warsaw
    public async Task Explain_AsOf_ResolvesLastMonthInTheReportZone(string asOf, string firstLine)
    {
        var (code, output) = await ExplainAsync("--as-of", asOf);

        code.ShouldBe(ExitCodes.Success);
        output.Split('\n')[0].ShouldBe(firstLine);
    }

    [Fact]
    public async Task Explain_NoAsOf_UsesTheClock()
    {
        var (_, output) = await ExplainAsync();

        output.Split('\n')[0].ShouldBe("-- period 0: October 2026 [2026-09-30 22:00:00Z, 2026-10-31 23:00:00Z)");
    }

    [Fact]
    public async Task Explain_AsOfNotADate_IsADefinitionError()
    {
        var (code, output) = await ExplainAsync("--as-of", "soon");

        code.ShouldBe(ExitCodes.Definition);
        output.Split('\n')[0].ShouldBe("--as-of: error: 'soon' is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or an instant with Z");
    }
}
