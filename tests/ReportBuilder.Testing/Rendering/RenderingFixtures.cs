using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Testing;

/// <summary>Report models built by hand, so every expected text in a rendering test is visible here.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset October = new(2026, 9, 30, 22, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset November = new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero);

    /// <summary>Two metrics with targets (one fails, one passes), one without; an agent breakdown with the given agent name.</summary>
    public static ReportModel Monthly(string agentName = "Ada Lovelace", int agentRows = 2)
    {
        var agents = Enumerable.Range(0, agentRows)
            .Select(i => i == 0
                ? new BreakdownRow(agentName, 3.5, "3.50", Status.Fail, 10)
                : new BreakdownRow($"Agent {i:D4}", 1.5, "1.50", Status.Pass, 20))
            .ToList();
        var replies = new MetricView("replies_per_ticket", "replies_per_ticket", "Replies per ticket", "Replies a ticket needs",
            "value", ReportBuilder.Definitions.MetricUnit.Ratio, ReportBuilder.Definitions.MetricDirection.Lower, 3.25, "3.25", Status.Fail, "< 2 (warn ≤ 3)", 40,
            new ComparisonView(2.5, "2.50", Status.Warn, 0.3, "+30.0%", "worse"),
            [new BreakdownView("agent", "Agent", agents)],
            [Point(5, 2.0), Point(6, 2.5), Point(7, null), Point(8, 2.2), Point(9, 2.5), Point(10, 3.25)]);
        var rate = new MetricView("resolution_rate", "resolution_rate", "Resolution rate", "Share of tickets solved",
            "value", ReportBuilder.Definitions.MetricUnit.Percent, ReportBuilder.Definitions.MetricDirection.Higher, 0.95, "95.0%", Status.Pass, "≥ 90% (warn ≥ 80%)", 200,
            new ComparisonView(0.93, "93.0%", Status.Pass, 0.02, "+2.0 pp", "better"),
            [new BreakdownView("channel", "Channel", [new BreakdownRow("email", 0.96, "96.0%", Status.Pass, 120), new BreakdownRow("chat", 0.85, "85.0%", Status.Warn, 80)])],
            []);
        var volume = new MetricView("ticket_volume", "ticket_volume", "Ticket volume", "Tickets created",
            "value", ReportBuilder.Definitions.MetricUnit.Count, ReportBuilder.Definitions.MetricDirection.None, 1588, "1,588", Status.None, null, 1588, null, [], []);

        return new ReportModel(
            new ReportHeader("monthly-support", "Monthly support report", "Europe/Warsaw", "en"),
            new PeriodView(October, November, "October 2026"),
            new PeriodView(October.AddMonths(-1), October, "September 2026"),
            new Verdict(2, 1, 0, 1, 0, ["Replies per ticket"], [], "1 of 2 targets met — missed: Replies per ticket"),
            [replies, rate, volume],
            new ReportFooter(new DateTimeOffset(2026, 11, 5, 12, 0, 0, TimeSpan.Zero),
                "2026-10-01 00:00 – 2026-11-01 00:00 Europe/Warsaw", "3f2a9c0d11e4b7aa", "support.db"));
    }

    private static TrendPoint Point(int month, double? value) =>
        new(new DateTimeOffset(2026, month, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, month + 1, 1, 0, 0, 0, TimeSpan.Zero),
            new DateTime(2026, month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), value);
}

/// <summary>The PDF tests need the system Chromium (scripts/setup.sh installs it); they fail, never skip, without it.</summary>
internal static class InstalledChromium
{
    public static ReportBuilder.Rendering.Pdf.ChromiumOptions Require()
    {
        var options = ReportBuilder.Rendering.Pdf.ChromiumOptions.From(Environment.GetEnvironmentVariable(ReportBuilder.Rendering.Pdf.ChromiumOptions.PathVariable));
        File.Exists(options.ExecutablePath).ShouldBeTrue(
            $"Chromium is missing at {options.ExecutablePath}: run scripts/setup.sh (or set REPORTBUILDER_CHROMIUM) before the tests");
        return options;
    }
}
