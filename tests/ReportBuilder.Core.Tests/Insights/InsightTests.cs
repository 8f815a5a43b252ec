using ReportBuilder.Rules;
using static ReportBuilder.Testing.InsightData;

namespace ReportBuilder.Tests.Insights;

/// <summary>Insights computed on hand-built data, each expected value worked out here by hand.</summary>
public sealed class InsightTests
{
    [Fact]
    public async Task Drivers_ShareByChannel_RateAndMixEffectsWorkedByHand_SumToTheChange()
    {
        using var db = OneTouchByChannel();

        var metric = await db.MetricAsync("metric: one_touch_rate, breakdown: [channel], min_sample: 1");

        // The change: 0.5 − 0.875 = −0.375. Weights: September email ½, chat ½; October email ¾, chat ¼. Mean of the totals 0.6875.
        // email: rate (1/3 − 3/4)·(½ + ¾)/2 = −0.2604167;  mix (¾ − ½)·((1/3 + 3/4)/2 − 0.6875) = −0.0364583
        // chat:  rate (1 − 1)·(½ + ¼)/2 = 0;               mix (¼ − ½)·((1 + 1)/2 − 0.6875) = −0.078125
        var drivers = metric.Insight.Drivers.Single();
        drivers.Dimension.ShouldBe("channel");
        drivers.Exact.ShouldBeTrue();
        drivers.Change.ShouldBe(-0.375, 1e-12);
        var chat = drivers.Parts.Single(p => p.Key == "chat");
        var email = drivers.Parts.Single(p => p.Key == "email");
        email.RateEffect.ShouldBe((1.0 / 3 - 0.75) * (0.5 + 0.75) / 2, 1e-9);
        email.MixEffect.ShouldBe(0.25 * ((1.0 / 3 + 0.75) / 2 - 0.6875), 1e-9);
        chat.RateEffect.ShouldBe(0, 1e-12);
        chat.MixEffect.ShouldBe(-0.078125, 1e-12);
        (email.Total + chat.Total).ShouldBe(-0.375, 1e-12);
        (email.Share, email.PreviousShare, chat.Share, chat.PreviousShare).ShouldBe((0.75, 0.5, 0.25, 0.5));
        email.DisplayTotal.ShouldBe("−29.7\u00a0pp");   // −0.296875
        chat.DisplayTotal.ShouldBe("−7.8\u00a0pp");     // −0.078125
        drivers.Top.Select(p => p.Key).ShouldBe(["email", "chat"]);
    }

    [Fact]
    public async Task Drivers_GroupUnderTheMinimumSample_IsShownButNeverATopDriver()
    {
        using var db = OneTouchByChannel();

        // chat has 2 rows in October: under min_sample 3. Its part is still there, so the parts still sum to the change.
        var metric = await db.MetricAsync("metric: one_touch_rate, breakdown: [channel], min_sample: 3");

        var drivers = metric.Insight.Drivers.Single();
        drivers.Parts.Single(p => p.Key == "chat").InsufficientData.ShouldBeTrue();
        drivers.Parts.Single(p => p.Key == "email").InsufficientData.ShouldBeFalse();
        drivers.Parts.Sum(p => p.Total).ShouldBe(-0.375, 1e-12);
        drivers.Top.Select(p => p.Key).ShouldBe(["email"]);
    }

    [Fact]
    public async Task Drivers_WithoutMinSample_UseTheDefaultOf30Rows()
    {
        using var db = OneTouchByChannel();

        var metric = await db.MetricAsync("metric: one_touch_rate, breakdown: [channel]");

        metric.Insight.Drivers.Single().Parts.ShouldAllBe(p => p.InsufficientData);
        metric.Insight.Drivers.Single().Top.ShouldBeEmpty();
    }

    [Fact]
    public async Task Drivers_CountByChannel_EachPartIsTheGroupsOwnChange()
    {
        using var db = new TestDatabase()
            .Ticket("2026-09-02 10:00", channel: "email").Ticket("2026-09-03 10:00", channel: "chat")
            .Ticket("2026-10-02 10:00", channel: "email").Ticket("2026-10-03 10:00", channel: "email")
            .Ticket("2026-10-04 10:00", channel: "email").Ticket("2026-10-05 10:00", channel: "web");

        var volume = await db.MetricAsync("metric: ticket_volume, breakdown: [channel], min_sample: 1");

        // 2 → 4: email 1 → 3 (+2), web 0 → 1 (+1), chat 1 → 0 (−1); a group gone in October is part of the change too.
        var drivers = volume.Insight.Drivers.Single();
        drivers.Exact.ShouldBeTrue();
        drivers.Parts.Select(p => (p.Key, p.Total)).ShouldBe([("chat", -1.0), ("email", 2.0), ("web", 1.0)]);
        drivers.Top.Select(p => p.Key).ShouldBe(["email", "web"]);
    }

    [Fact]
    public async Task Drivers_Median_IsNotExact_PartsAreEachGroupsOwnChange()
    {
        using var db = new TestDatabase()
            .Ticket("2026-09-02 10:00", firstReply: "2026-09-02 11:00", channel: "email")
            .Ticket("2026-09-02 10:00", firstReply: "2026-09-02 12:00", channel: "chat")
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 14:00", channel: "email")
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 12:00", channel: "chat");

        var median = await db.MetricAsync("metric: first_response_time, stat: median, breakdown: [channel], min_sample: 1");

        var drivers = median.Insight.Drivers.Single();
        drivers.Exact.ShouldBeFalse();
        drivers.Change.ShouldBe(1.5);   // 1.5 h → 3 h
        drivers.Parts.Select(p => (p.Key, p.Total)).ShouldBe([("chat", 0.0), ("email", 3.0)]);
        drivers.Top.Select(p => p.Key).ShouldBe(["email"]);
    }

    [Fact]
    public async Task Streak_FailingThreeMonthsRunning_IsThree_AndNotNew()
    {
        using var db = FailingSinceAugust();

        var metric = await db.MetricAsync("metric: one_touch_rate", trend: 4);

        metric.Insight.Streak.ShouldBe(new ReportBuilder.Reports.Streak(Status.Fail, 3));
        metric.Insight.Transition.ShouldBeNull();
        metric.Insight.Distance!.Value.ShouldBe(-0.6, 1e-12);
        metric.Insight.Distance.Side.ShouldBe("below");
        metric.Insight.Distance.Display.ShouldBe("60.0\u00a0pp below");
    }

    [Fact]
    public async Task Transition_PassThenFail_IsNewlyFailing_FailThenPass_IsRecovered()
    {
        using var failing = new TestDatabase()
            .Solved("2026-09-02 09:00", "2026-09-02 10:00", replies: 1)
            .Solved("2026-10-02 09:00", "2026-10-02 10:00", replies: 2);
        using var recovering = new TestDatabase()
            .Solved("2026-09-02 09:00", "2026-09-02 10:00", replies: 2)
            .Solved("2026-10-02 09:00", "2026-10-02 10:00", replies: 1);

        (await failing.MetricAsync("metric: one_touch_rate")).Insight.Transition.ShouldBe("newly_failing");
        (await recovering.MetricAsync("metric: one_touch_rate")).Insight.Transition.ShouldBe("recovered");
    }

    [Fact]
    public async Task MoverScore_IsTheChangeOverTheMedianEarlierMovement()
    {
        // Tickets per month May … October: 10, 12, 10, 12, 10, 20. Earlier moves ±2 (median 2); this month's +10: score 5.
        using var db = new TestDatabase();
        foreach (var (month, count) in new[] { (5, 10), (6, 12), (7, 10), (8, 12), (9, 10), (10, 20) })
        {
            for (var i = 0; i < count; i++)
            {
                db.Ticket($"2026-{month:00}-{i + 1:00} 12:00");
            }
        }

        var volume = await db.MetricAsync("metric: ticket_volume", trend: 6);

        volume.Insight.MoverScore.ShouldBe(5);
    }
}
