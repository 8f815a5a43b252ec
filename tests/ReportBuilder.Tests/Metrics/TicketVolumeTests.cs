using ReportBuilder.Reports;
using ReportBuilder.Tests.Support;

namespace ReportBuilder.Tests.Metrics;

public sealed class TicketVolumeTests
{
    [Fact]
    public async Task TicketVolume_TicketsOnPeriodBoundaries_CountsStartAndExcludesEnd()
    {
        using var db = new TestDatabase()
            .Ticket("2026-09-30 23:59:59")   // September
            .Ticket("2026-10-01 00:00")      // the first instant of October: in
            .Ticket("2026-10-15 12:00")
            .Ticket("2026-10-31 23:59:59")   // the last second of October: in
            .Ticket("2026-11-01 00:00");     // the end instant: out

        var volume = await db.MetricAsync("metric: ticket_volume");

        volume.Value.ShouldBe(3);
        volume.Sample.ShouldBe(3);
        volume.Previous!.Value.ShouldBe(1);
        volume.Status.ShouldBe(Status.None);
    }
}
