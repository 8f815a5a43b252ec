using System.Globalization;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

public abstract class TicketVolumeTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : TicketVolumeTests(null);

    public sealed class OnDuckDb() : TicketVolumeTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : TicketVolumeTests(server);

    [Fact]
    public async Task TicketVolume_TicketsOnPeriodBoundaries_CountsStartAndExcludesEnd()
    {
        using var db = Database()
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

    [Fact]
    public async Task TicketVolume_EmptyPeriod_IsNoDataNotZero()
    {
        using var db = Database().Ticket("2026-09-10 10:00");

        var volume = await db.MetricAsync("metric: ticket_volume");

        volume.ShouldBeNoData();
        volume.Previous!.Value.ShouldBe(1);
    }

    [Fact]
    public async Task TicketVolume_WarsawTicketLateOnOctober31Utc_BelongsToNovember()
    {
        using var db = Database()
            .Ticket("2026-09-30 22:00")      // 2026-10-01 00:00 CEST: October
            .Ticket("2026-10-31 22:59:59")   // 23:59:59 CET: October
            .Ticket("2026-10-31 23:30");     // 2026-11-01 00:30 CET: November

        var october = await db.MetricAsync("metric: ticket_volume", timezone: "Europe/Warsaw");
        var november = await db.MetricAsync("metric: ticket_volume", period: "2026-11", timezone: "Europe/Warsaw");

        october.Value.ShouldBe(2);
        november.Value.ShouldBe(1);
    }

    [Theory]
    [InlineData("2026-03", "2026-03-01 05:00", "2026-04-01 03:59:59")]   // midnight EST … 23:59:59 EDT
    [InlineData("2026-11", "2026-11-01 04:00", "2026-12-01 04:59:59")]   // midnight EDT … 23:59:59 EST
    public async Task TicketVolume_NewYorkDstMonth_CountsExactlyTheLocalMonth(string period, string first, string last)
    {
        using var db = Database()
            .Ticket(first)
            .Ticket(last)
            .Ticket(Shift(first, -1))   // the month before
            .Ticket(Shift(last, 1));    // the month after

        var volume = await db.MetricAsync("metric: ticket_volume", period: period, timezone: "America/New_York");

        volume.Value.ShouldBe(2);
        volume.Previous!.Value.ShouldBe(1);
    }

    [Theory]
    [InlineData("Europe/Warsaw", "2026-03", "2026-03-29 00:30", "2026-03-29 01:30", "01:00 03:00")]      // 01:30 CET, then 03:30 CEST
    [InlineData("America/New_York", "2026-11", "2026-11-01 05:30", "2026-11-01 06:30", "01:00 01:00")]   // 01:30 EDT, then 01:30 EST
    public async Task VolumeByHour_OnTheDstChangeDay_GroupsByTheLocalHourOfEachInstant(string zone, string period, string first, string second,
        string hours)
    {
        using var db = Database().Ticket(first).Ticket(second);

        var byHour = await db.MetricAsync("metric: volume_by_hour", period: period, timezone: zone);

        byHour.Value.ShouldBe(2);
        byHour.Rows().ShouldBe(hours.Split(" ").GroupBy(h => h).Select(g => (g.Key, (double?)g.Count())).ToArray());
    }

    [Fact]
    public async Task VolumeByHour_WarsawAcrossTheDstChange_GroupsByLocalHour()
    {
        using var db = Database()
            .Ticket("2026-10-05 07:30")      // 09:30 CEST
            .Ticket("2026-10-26 08:30")      // 09:30 CET, after the clocks went back
            .Ticket("2026-10-26 22:15");     // 23:15 CET

        var byHour = await db.MetricAsync("metric: volume_by_hour", timezone: "Europe/Warsaw");

        byHour.Value.ShouldBe(3);
        byHour.Rows().ShouldBe([("09:00", 2.0), ("23:00", 1.0)]);
    }

    [Fact]
    public async Task VolumeByWeekday_TicketLateSundayUtc_IsMondayInWarsaw()
    {
        using var db = Database()
            .Ticket("2026-10-04 23:30")      // Sunday in UTC, Monday 01:30 in Warsaw
            .Ticket("2026-10-05 12:00")      // Monday
            .Ticket("2026-10-10 12:00");     // Saturday

        var byWeekday = await db.MetricAsync("metric: volume_by_weekday", timezone: "Europe/Warsaw");

        byWeekday.Rows().ShouldBe([("Monday", 2.0), ("Saturday", 1.0)]);
    }

    [Fact]
    public async Task ChannelMix_ThreeChannels_ValueIsVolumeAndRowsAreShares()
    {
        using var db = Database()
            .Ticket("2026-10-01 10:00", channel: "email")
            .Ticket("2026-10-02 10:00", channel: "email")
            .Ticket("2026-10-03 10:00", channel: "chat")
            .Ticket("2026-10-04 10:00", channel: "phone")
            .Ticket("2026-09-04 10:00", channel: "social");   // September: not in the mix

        var mix = await db.MetricAsync("metric: channel_mix");

        mix.Value.ShouldBe(4);
        // email 2 of 4, chat 1 of 4, phone 1 of 4
        mix.Rows().ShouldBe([("chat", 0.25), ("email", 0.5), ("phone", 0.25)]);
        mix.Breakdowns.Single().Rows.Select(r => r.DisplayValue).ShouldBe(["25.0%", "50.0%", "25.0%"]);
    }

    [Fact]
    public async Task TicketVolume_BreakdownByTag_CountsATicketUnderEachTagAndUntaggedAsNone()
    {
        using var db = Database()
            .Ticket("2026-10-01 10:00", tags: ["bug", "billing"])
            .Ticket("2026-10-02 10:00", tags: ["bug"])
            .Ticket("2026-10-03 10:00");

        var volume = await db.MetricAsync("metric: ticket_volume, breakdown: [tag]");

        volume.Value.ShouldBe(3);
        volume.Rows().ShouldBe([("billing", 1.0), ("bug", 2.0), ("(none)", 1.0)]);
    }

    [Fact]
    public async Task TicketVolume_BreakdownByTier_FollowsTheCustomer()
    {
        using var db = Database()
            .Customer(1, tier: "standard")
            .Customer(2, tier: "premium")
            .Ticket("2026-10-01 10:00", customer: 1)
            .Ticket("2026-10-02 10:00", customer: 2)
            .Ticket("2026-10-03 10:00", customer: 2);

        var volume = await db.MetricAsync("metric: ticket_volume, breakdown: [tier]");

        volume.Rows().ShouldBe([("premium", 2.0), ("standard", 1.0)]);
    }

    private static string Shift(string timestamp, int seconds) =>
        DateTime.Parse(timestamp, CultureInfo.InvariantCulture).AddSeconds(seconds).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
