using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Delivery;

/// <summary>Which occurrences a ledger with nothing recorded yet sends: the latest, unless it is more than a year old.</summary>
public sealed class DueOccurrenceTests
{
    private static DeliveryDefinition Delivery(string schedule)
    {
        var diagnostics = new DiagnosticBag();
        var config = DeliveryConfigLoader.Parse("d.yaml", $$"""
            smtp: { host: 127.0.0.1, port: 25, security: none, from: reports@example.com }
            deliveries:
              - id: d
                report: monthly.yaml
                schedule: "{{schedule}}"
                timezone: UTC
                to: [ok@example.com]
            """, diagnostics);
        diagnostics.HasErrors.ShouldBeFalse(string.Join("\n", diagnostics.InFileOrder()));
        return config!.Deliveries.Single();
    }

    [Fact]
    public void FirstRun_ALeapDaySchedule_InAYearWithout_SendsNothing_AndWaitsForTheNextLeapDay()
    {
        var leap = Delivery("0 0 29 2 *");

        // December 2026: the latest 29 February is in 2024, 21 months ago: January 2024's report is no one's news.
        DueOccurrences.Since(leap, null, new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero)).ShouldBeEmpty();
        DueOccurrences.Next(leap, new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero))
            .ShouldBe(new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.Zero));
        // In March 2028 the 29th of February two days before is due.
        DueOccurrences.Since(leap, null, new DateTimeOffset(2028, 3, 2, 9, 0, 0, TimeSpan.Zero))
            .ShouldBe([new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.Zero)]);
    }

    [Fact]
    public void FirstRun_MonthlyAndYearlySchedules_SendTheirLatestOccurrenceOnly()
    {
        var asOf = new DateTimeOffset(2026, 12, 5, 16, 0, 0, TimeSpan.Zero);

        DueOccurrences.Since(Delivery("0 7 1 * *"), null, asOf).ShouldBe([new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero)]);
        // A yearly schedule's latest is at most a year old: still due on a first run.
        DueOccurrences.Since(Delivery("0 7 10 12 *"), null, asOf).ShouldBe([new DateTimeOffset(2025, 12, 10, 7, 0, 0, TimeSpan.Zero)]);
    }

    [Fact]
    public void LaterRuns_CatchUpFromTheLastRecorded_WhateverItsAge()
    {
        var leap = Delivery("0 0 29 2 *");
        var asOf = new DateTimeOffset(2032, 3, 1, 0, 0, 0, TimeSpan.Zero);

        DueOccurrences.Since(leap, new DateTimeOffset(2024, 2, 29, 0, 0, 0, TimeSpan.Zero), asOf).ShouldBe([
            new DateTimeOffset(2028, 2, 29, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2032, 2, 29, 0, 0, 0, TimeSpan.Zero)]);
    }
}
