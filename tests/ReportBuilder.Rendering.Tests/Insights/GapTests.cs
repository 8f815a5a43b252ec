using System.Text.Json;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Insights;

/// <summary>Where the gap to the target is: the distance split over a dimension's groups, every part worked out by hand.</summary>
public sealed class GapTests
{
    // One-touch resolution (target ≥ 60%) in October, by channel:
    //   email 10 solved, 3 with one reply (30%); web 8 solved, 2 (25%); chat 2 solved, 2 (100%, past the target)
    //   → 7 / 20 = 35%, 25 pp below the target.
    private static TestDatabase ThreeChannels(int emailOneTouch = 3, int web = 8, int webOneTouch = 2, int chat = 2)
    {
        var db = new TestDatabase();
        foreach (var (channel, solved, oneTouch) in new[] { ("email", 10, emailOneTouch), ("web", web, webOneTouch), ("chat", chat, chat) })
        {
            for (var i = 0; i < solved; i++)
            {
                db.Solved($"2026-10-{i + 1:00} 09:00", $"2026-10-{i + 1:00} 10:00", replies: i < oneTouch ? 1 : 2, channel: channel);
            }
        }

        return db;
    }

    [Fact]
    public async Task Rate_ThreeChannelsOnePastTheTarget_EachPartIsItsShareTimesItsDistance_TheySumToTheGap()
    {
        using var db = ThreeChannels();

        var metric = await db.MetricAsync("metric: one_touch_rate, breakdown: [channel], min_sample: 1");

        // Shares of the 20 tickets: email ½, web 0.4, chat 0.1. Parts (the target − the group's value, times its share):
        //   email ½ · (0.60 − 0.30) = 0.15;  web 0.4 · (0.60 − 0.25) = 0.14;  chat 0.1 · (0.60 − 1.00) = −0.04 (past the target)
        //   0.15 + 0.14 − 0.04 = 0.25, the gap.
        metric.Value.ShouldBe(0.35);
        var gap = metric.Insight.Gap.Single();
        (gap.Dimension, gap.Exact).ShouldBe(("channel", true));
        gap.Gap.ShouldBe(0.25, 1e-12);
        gap.Parts.Select(p => p.Key).ShouldBe(["chat", "email", "web"]);
        Part(gap, "email").ShouldBe(0.15, 1e-12);
        Part(gap, "web").ShouldBe(0.14, 1e-12);
        Part(gap, "chat").ShouldBe(-0.04, 1e-12);
        gap.Parts.Sum(p => p.Part!.Value).ShouldBe(0.25, 1e-12);
        gap.Parts.Select(p => p.Share).ShouldBe([0.1, 0.5, 0.4]);
        gap.Parts.Single(p => p.Key == "chat").DisplayPart.ShouldBe("−4.0\u00a0pp");
        // email alone holds 0.15 of 0.25, under four fifths of it: web joins (0.29); chat, past the target, never does.
        gap.Top.Select(p => p.Key).ShouldBe(["email", "web"]);
    }

    [Fact]
    public async Task Rate_GroupUnderTheMinimumSample_IsPooledIntoOnePart_StillSummingToTheGap()
    {
        using var db = ThreeChannels();

        // chat has 2 tickets, under min_sample 3: its part (−0.04) stands as "other groups (too few rows)".
        var metric = await db.MetricAsync("metric: one_touch_rate, breakdown: [channel], min_sample: 3");

        var gap = metric.Insight.Gap.Single();
        gap.Parts.Select(p => (p.Key, p.Pooled)).ShouldBe([("email", 0), ("web", 0), ("other groups (too few rows)", 1)]);
        var pooled = gap.Parts[^1];
        pooled.Part!.Value.ShouldBe(-0.04, 1e-12);
        (pooled.Share, pooled.Value, pooled.Sample, pooled.InsufficientData).ShouldBe((0.1, 1.0, 2L, true));
        gap.Parts.Sum(p => p.Part!.Value).ShouldBe(0.25, 1e-12);
        gap.Top.Select(p => p.Key).ShouldBe(["email", "web"]);
    }

    [Fact]
    public async Task Rate_Sentence_NamesTheGroupsHoldingTheGap_AndTheOthersOwnValue()
    {
        // email 10 tickets, 2 with one reply (20%); web 5, 1 (20%); chat 5, 5 (100%) → 8 / 20 = 40%, 20 pp below ≥ 60%.
        // Parts: email ½ · 0.4 = 0.20 (the whole gap, with half the tickets); web ¼ · 0.4 = 0.10; chat ¼ · (−0.4) = −0.10.
        using var db = ThreeChannels(emailOneTouch: 2, web: 5, webOneTouch: 1, chat: 5);

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: one_touch_rate, breakdown: [channel], min_sample: 1"));

        // No comparison: nothing says the miss is new, so the gap is the why. The others (web and chat) are at
        // (1 + 5) / 10 = 60%.
        model.Brief.Sentences.ShouldBe([
            "One-touch resolution is 40.0% against a target of ≥\u00a060%: 20.0\u00a0pp below.",
            "Channel: email (20.0%) accounts for 20.0\u00a0pp of the 20.0\u00a0pp gap; the others are at 60.0%.",
        ]);
    }

    [Fact]
    public async Task Rate_GapEverywhereAlike_ListsEachGroupsOwnValue()
    {
        // email 10 tickets, 3 with one reply (30%); web 10, 3 (30%); chat 0: both hold the gap with all the tickets.
        using var db = ThreeChannels(emailOneTouch: 3, web: 10, webOneTouch: 3, chat: 0);

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: one_touch_rate, breakdown: [channel], min_sample: 1"));

        model.Brief.Sentences[1].ShouldBe("Channel: the gap is spread over every group: email 30.0% and web 30.0% against a target of ≥\u00a060%.");
    }

    [Fact]
    public async Task Mean_EachPartIsTheGroupsShareOfRowsTimesItsDistance()
    {
        // Mean first response (target ≤ 2 h): email 3 h and 5 h (mean 4 h), chat 1 h and 1 h → 10 h / 4 = 2.5 h, 0.5 h over.
        using var db = new TestDatabase()
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 13:00", channel: "email")
            .Ticket("2026-10-03 10:00", firstReply: "2026-10-03 15:00", channel: "email")
            .Ticket("2026-10-04 10:00", firstReply: "2026-10-04 11:00", channel: "chat")
            .Ticket("2026-10-05 10:00", firstReply: "2026-10-05 11:00", channel: "chat");

        var metric = await db.MetricAsync("metric: first_response_time, stat: mean, target: { pass: \"<= 2h\" }, breakdown: [channel], min_sample: 1");

        // email ½ · (4 − 2) = 1.0 h; chat ½ · (1 − 2) = −0.5 h; 1.0 − 0.5 = 0.5 h.
        metric.Status.ShouldBe(Status.Fail);
        var gap = metric.Insight.Gap.Single();
        gap.Exact.ShouldBeTrue();
        gap.Gap.ShouldBe(0.5, 1e-12);
        Part(gap, "email").ShouldBe(1.0, 1e-12);
        Part(gap, "chat").ShouldBe(-0.5, 1e-12);
        gap.Top.Select(p => p.Key).ShouldBe(["email"]);
    }

    [Fact]
    public async Task Count_TheTargetIsSplitByTheComparisonPeriodsMix()
    {
        // Ticket volume (target ≤ 3): September email 1, chat 1; October email 3, chat 1, web 1 → 5, 2 over.
        using var db = new TestDatabase()
            .Ticket("2026-09-02 10:00", channel: "email").Ticket("2026-09-03 10:00", channel: "chat")
            .Ticket("2026-10-02 10:00", channel: "email").Ticket("2026-10-03 10:00", channel: "email")
            .Ticket("2026-10-04 10:00", channel: "email").Ticket("2026-10-05 10:00", channel: "chat")
            .Ticket("2026-10-06 10:00", channel: "web");

        var metric = await db.MetricAsync("metric: ticket_volume, target: { pass: \"<= 3\" }, breakdown: [channel], min_sample: 1");

        // The target's 3 split by September's shares (email ½, chat ½, web 0): email 3 − 1.5 = 1.5; chat 1 − 1.5 = −0.5;
        // web 1 − 0 = 1; 1.5 − 0.5 + 1 = 2.
        var gap = metric.Insight.Gap.Single();
        gap.Exact.ShouldBeTrue();
        gap.Gap.ShouldBe(2);
        gap.Parts.Select(p => (p.Key, p.Share, p.Part)).ShouldBe([("chat", 0.5, -0.5), ("email", 0.5, 1.5), ("web", 0.0, 1.0)]);
        gap.Top.Select(p => p.Key).ShouldBe(["email", "web"]);
    }

    [Fact]
    public async Task Median_DoesNotSplit_EachGroupsOwnValueAgainstTheTarget()
    {
        // Median first response (≤ 1 h): email 3 h, chat 0.5 h; the median of the two is 1.75 h.
        using var db = new TestDatabase()
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 13:00", channel: "email")
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 10:30", channel: "chat");

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0,
            "metric: first_response_time, stat: median, breakdown: [channel], min_sample: 1"));

        var gap = model.Metrics.Single().Insight.Gap.Single();
        gap.Exact.ShouldBeFalse();
        gap.Parts.ShouldAllBe(p => p.Part == null);
        gap.Top.ShouldBeEmpty();
        model.Brief.Sentences[1].ShouldBe("Channel, group by group (a median does not split into parts): email 3.0\u00a0h and chat 30\u00a0min against a target of ≤\u00a01\u00a0h.");
    }

    [Fact]
    public async Task Json_CarriesTheGapPerDimension()
    {
        using var db = ThreeChannels();
        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "none", 0, "metric: one_touch_rate, breakdown: [channel], min_sample: 1"));

        using var json = JsonDocument.Parse(JsonReportWriter.Render(model));

        var channel = json.RootElement.GetProperty("metrics")[0].GetProperty("insights").GetProperty("gap").GetProperty("channel");
        channel.GetProperty("exact").GetBoolean().ShouldBeTrue();
        channel.GetProperty("gap").GetDouble().ShouldBe(0.25, 1e-12);
        channel.GetProperty("top").EnumerateArray().Select(k => k.GetString()).ShouldBe(["email", "web"]);
        channel.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("part").GetDouble()).ShouldBe(0.25, 1e-12);
    }

    private static double Part(GapSet set, string key) => set.Parts.Single(p => p.Key == key).Part!.Value;
}
