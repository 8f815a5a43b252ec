using System.Globalization;
using System.Text.Json;
using ReportBuilder.Definitions;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Insights;

/// <summary>The brief's headline and generated sentences, asserted word for word.</summary>
public sealed class BriefTests
{
    private static string Report(string locale) => $"""
        id: brief
        title: Brief
        timezone: UTC
        period: "2026-10"
        compare: previous_period
        locale: {locale}
        metrics:
          - {"{"} metric: one_touch_rate, breakdown: [channel], min_sample: 1 {"}"}
        """;

    [Fact]
    public async Task Sentences_English_WhatFailedByHowMuch_ItIsNew_WhatDroveIt()
    {
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(Report("en"));

        model.Brief.Kind.ShouldBe("verdict");
        model.Brief.Headline.ShouldBe("0 of 1 targets met — missed: One-touch resolution");
        model.Brief.Sentences.ShouldBe([
            "One-touch resolution is 50.0% against a target of ≥\u00a060%: 10.0\u00a0pp below. It met its target the period before: this miss is new.",
            "Channel: of the change (−37.5\u00a0pp), email (−29.7\u00a0pp) and chat (−7.8\u00a0pp) contributed most.",
        ]);
    }

    [Fact]
    public async Task Sentences_German_InGermanWordsAndNumbers()
    {
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(Report("de"));

        model.Brief.Headline.ShouldBe("0 von 1 Zielen erreicht — verfehlt: Lösung mit einer Antwort");
        model.Brief.Sentences.ShouldBe([
            "Lösung mit einer Antwort: 50,0\u00a0% bei einem Ziel von ≥\u00a060\u00a0%, also 10,0\u00a0Pp. darunter. In der Vorperiode war das Ziel erreicht: Die Verfehlung ist neu.",
            // The catalog's channels in German (configs/i18n/de.yaml values): E-Mail, Chat.
            "Kanal: Größter Beitrag zur Veränderung (−37,5\u00a0Pp.): E-Mail (−29,7\u00a0Pp.) und Chat (−7,8\u00a0Pp.).",
        ]);
        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["Chat", "E-Mail"]);
    }

    [Fact]
    public async Task Sentences_StreakOfThreeMonths_IsSaid()
    {
        using var db = InsightData.FailingSinceAugust();

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 4, "metric: one_touch_rate"));

        model.Brief.Sentences[0].ShouldBe("One-touch resolution is 0.0% against a target of ≥\u00a060%: 60.0\u00a0pp below. It has missed its target 3 months running.");
    }

    [Fact]
    public async Task Sentences_NewlyFailingFirst_ThenTheLargestMiss_ThenUnusualMovesOfMetricsWithTargets()
    {
        // One-touch resolution passed in September (87.5%) and fails in October (50.0%, 10 pp under ≥ 60%: a sixth of the
        // target). The median first response is 3 h in both months against ≤ 1 h: 2 h over, twice the target, a larger miss
        // relative to its target, but not new. Ticket volume has no target: it moves (5 → 8 tickets, +60%) but is not said.
        using var db = InsightData.OneTouchByChannel();
        db.Ticket("2026-09-10 10:00", firstReply: "2026-09-10 13:00").Ticket("2026-10-10 10:00", firstReply: "2026-10-10 13:00");

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 0,
            "metric: first_response_time, stat: median", "metric: one_touch_rate, breakdown: [channel], min_sample: 1",
            "metric: ticket_volume"));

        model.Brief.Sentences.ShouldBe([
            "One-touch resolution is 50.0% against a target of ≥\u00a060%: 10.0\u00a0pp below. It met its target the period before: this miss is new.",
            "Channel: of the change (−37.5\u00a0pp), email (−29.7\u00a0pp) and chat (−7.8\u00a0pp) contributed most.",
            "First response time is 3.0\u00a0h against a target of ≤\u00a01\u00a0h: 2.0\u00a0h above.",
        ]);
    }

    [Fact]
    public async Task Verdict_CountsOnlyMetricsWithDataAndATarget()
    {
        // One-touch resolution has data and fails; CSAT has a target and no ratings at all: not among the targets, counted as
        // without data; ticket volume has data and no target.
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 0,
            "metric: one_touch_rate", "metric: csat", "metric: ticket_volume"));

        (model.Verdict.Targets, model.Verdict.Failed, model.Verdict.NoData).ShouldBe((1, 1, 1));
        model.Verdict.Headline.ShouldBe("0 of 1 targets met — missed: One-touch resolution");
        model.Verdict.NoDataAtAll.ShouldBeFalse();
    }

    [Fact]
    public async Task Run_FilterThatMatchesNothing_SaysNoDataAndExits5()
    {
        var folder = Directory.CreateTempSubdirectory("rb-nodata-").FullName;
        try
        {
            using var db = InsightData.OneTouchByChannel();
            var report = Path.Combine(folder, "report.yaml");
            File.WriteAllText(report, """
                id: nodata
                title: Team report
                timezone: UTC
                period: "2026-10"
                compare: previous_period
                params: { team: support }
                where: agent.team = param.team
                metrics:
                  - metric: one_touch_rate
                  - metric: reopen_rate
                output: { formats: [json] }
                """);

            var outcome = await CliHarness.RunAsync("run", report, "--db", db.Path, "--set", "team=nonexistent", "--out", folder);

            outcome.ExitCode.ShouldBe(6);
            outcome.Errors.ShouldBe("warning: no data: no metric has rows in October 2026; check the period, the filters and the params in force (team = nonexistent)\n");
            outcome.Output.ShouldContain("No data for October 2026");
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "nodata.json")));
            var verdict = json.RootElement.GetProperty("verdict");
            verdict.GetProperty("targets").GetInt32().ShouldBe(0);
            verdict.GetProperty("no_data_at_all").GetBoolean().ShouldBeTrue();
            verdict.GetProperty("headline").GetString().ShouldBe("No data for October 2026");
            json.RootElement.GetProperty("brief").GetProperty("kind").GetString().ShouldBe("no_data");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Themes_InTheReportsOrder_ComplementOnItsMetricsCard_DistributionShowsItsLargestGroup()
    {
        // Four customers active on 1 October, one churns on the 15th: churn 25%, retention 75% (its exact complement).
        // October's tickets: 3 by email, 1 by chat: the largest channel is email with 75%.
        using var db = new TestDatabase()
            .Customer(1).Customer(2).Customer(3).Customer(4, churned: "2026-10-15 00:00")
            .Ticket("2026-10-02 10:00", channel: "email").Ticket("2026-10-03 10:00", channel: "email")
            .Ticket("2026-10-04 10:00", channel: "email").Ticket("2026-10-05 10:00", channel: "chat");

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 0,
            "metric: channel_mix", "metric: customer_retention_rate", "metric: churn_rate") + "\nthemes: [load]\n");

        // Churn misses its target (25% against ≤ 2%): a card above the themes, retention on it, the two one target.
        model.Brief.Attention.Select(m => m.Name).ShouldBe(["churn_rate"]);
        model.Brief.Attention[0].Value.ShouldBe(0.25);
        model.Brief.Attention[0].Companion!.Name.ShouldBe("customer_retention_rate");
        model.Brief.Attention[0].Companion!.Value.ShouldBe(0.75);
        (model.Verdict.Targets, model.Verdict.Failed, model.Verdict.Summary).ShouldBe((1, 1, "1 target missed"));
        model.Brief.Themes.Select(g => (g.Theme, g.Label)).ShouldBe([("load", "Load")]);
        var mix = model.Brief.Themes[0].Rows.Single();
        (mix.Shape!.Key, mix.Shape.Share, mix.Shape.DisplayShare, mix.Shape.Percent).ShouldBe(("email", 0.75, "75.0%", 75));
    }

    [Theory]
    [InlineData("en", "No data for October 2026")]
    [InlineData("de", "Keine Daten für Oktober 2026")]
    [InlineData("pl", "Brak danych za październik 2026")]
    [InlineData("ru", "Нет данных за октябрь 2026\u202Fг.")]
    public async Task Headline_NoDataAtAll_NamesThePeriodAsTheSentenceNeedsIt(string locale, string headline)
    {
        using var db = new TestDatabase().Ticket("2026-08-02 10:00");

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 0, "metric: one_touch_rate") + $"\nlocale: {locale}\n");

        model.Brief.Kind.ShouldBe("no_data");
        model.Verdict.Headline.ShouldBe(headline);
        model.Verdict.NoDataAtAll.ShouldBeTrue();
    }

    [Fact]
    public async Task Json_HoldsTheInsights_SchemaVersion2()
    {
        using var db = InsightData.OneTouchByChannel();
        var model = await db.RunAsync(Report("en"));

        using var json = JsonDocument.Parse(JsonReportWriter.Render(model));

        json.RootElement.GetProperty("schema_version").GetInt32().ShouldBe(2);
        json.RootElement.GetProperty("brief").GetProperty("sentences").GetArrayLength().ShouldBe(2);
        var metric = json.RootElement.GetProperty("metrics")[0];
        metric.GetProperty("theme").GetString().ShouldBe("quality");
        var insights = metric.GetProperty("insights");
        insights.GetProperty("distance").GetProperty("value").GetDouble().ShouldBe(-0.1, 1e-12);
        insights.GetProperty("transition").GetString().ShouldBe("newly_failing");
        var channel = insights.GetProperty("drivers").GetProperty("channel");
        channel.GetProperty("exact").GetBoolean().ShouldBeTrue();
        channel.GetProperty("top")[0].GetString().ShouldBe("email");
        channel.GetProperty("parts").EnumerateArray().Sum(p => p.GetProperty("total").GetDouble()).ShouldBe(-0.375, 1e-12);
    }
}

/// <summary>Numbers that agree with their status, and plural forms by the CLDR rules.</summary>
public sealed class NumberWordsTests
{
    private static readonly ValueFormatter English = new(CultureInfo.GetCultureInfo("en-US"));

    [Theory]
    [InlineData(1.03, MetricUnit.Hours, 1.0, "62\u00a0min")]          // over "≤ 1h": never "1.0 h"
    [InlineData(0.99, MetricUnit.Hours, 1.0, "59\u00a0min")]
    [InlineData(24.04, MetricUnit.Hours, 24.0, "24.04\u00a0h")]
    [InlineData(0.9004, MetricUnit.Percent, 0.9, "90.04%")]      // just over "≥ 90%"
    [InlineData(0.89996, MetricUnit.Percent, 0.9, "89.996%")]    // just under it
    [InlineData(2.004, MetricUnit.Ratio, 2.0, "2.004")]
    [InlineData(0.75, MetricUnit.Percent, 0.9, "75.0%")]         // far from the bound: the usual precision
    public void Format_ValueNearItsBound_ShowsEnoughDigitsToSitOnItsSide(double value, MetricUnit unit, double bound, string expected) =>
        English.Format(value, unit, bound).ShouldBe(expected);

    [Fact]
    public async Task Card_MedianJustOverAnHour_ReadsInMinutesAndFails()
    {
        // Medians of 1 h and 1.06 h: the median first response is 1.03 h, over "≤ 1h".
        using var db = new TestDatabase()
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 11:00:00")
            .Ticket("2026-10-02 10:00", firstReply: "2026-10-02 11:03:36");

        var median = await db.MetricAsync("metric: first_response_time, stat: median");

        median.Value.ShouldBe(1.03);
        median.Status.ShouldBe(Status.Fail);
        median.DisplayValue.ShouldBe("62\u00a0min");
        median.Target.ShouldBe("≤\u00a01\u00a0h");
    }

    [Fact]
    public void Change_ThatRoundsToZero_ReadsNoChange()
    {
        English.Change(0.5, 0.49996, MetricUnit.Percent).Display.ShouldBe("no change");
        English.Change(100, 100.02, MetricUnit.Count).Display.ShouldBe("no change");
        English.Change(0.5, 0.45, MetricUnit.Percent).Display.ShouldBe("+5.0\u00a0pp");
    }

    [Fact]
    public void Rule_InTheReportsCulture()
    {
        var french = new ValueFormatter(CultureInfo.GetCultureInfo("fr"));
        var german = new ValueFormatter(CultureInfo.GetCultureInfo("de")) { Units = new Dictionary<string, string> { ["h"] = "Std." } };

        german.Rule("≤ 1h").ShouldBe("≤\u00a01\u00a0Std.");
        german.Rule("≥ 90%").ShouldBe("≥\u00a090\u00a0%");
        french.Rule("< 2.5").ShouldBe("<\u00a02,5");
        french.Format(4792, MetricUnit.Count).ShouldBe("4\u202F792");   // a narrow no-break space groups the thousands
        german.Rule("value <= previous * 1.1").ShouldBe("value <= previous * 1.1");
    }

    [Theory]
    [InlineData("pl", 0, "0 ostrzeżeń")]
    [InlineData("pl", 1, "1 ostrzeżenie")]
    [InlineData("pl", 2, "2 ostrzeżenia")]
    [InlineData("pl", 5, "5 ostrzeżeń")]
    [InlineData("pl", 22, "22 ostrzeżenia")]
    [InlineData("ru", 0, "0 предупреждений")]
    [InlineData("ru", 1, "1 предупреждение")]
    [InlineData("ru", 2, "2 предупреждения")]
    [InlineData("ru", 5, "5 предупреждений")]
    [InlineData("ru", 22, "22 предупреждения")]
    [InlineData("de", 1, "1 Warnung")]
    [InlineData("de", 2, "2 Warnungen")]
    [InlineData("en", 1, "1 warning")]
    [InlineData("en", 0, "0 warnings")]
    public void Plural_WarningsByTheLanguagesRules(string locale, int count, string expected)
    {
        var words = TestEnvironment.Words(locale).Words;

        words.Plural(ValueFormatter.CultureFor(locale), "warnings", count).ShouldBe(expected);
    }

    [Theory]
    [InlineData("pl", 11, "many")]
    [InlineData("pl", 12, "many")]
    [InlineData("pl", 112, "many")]
    [InlineData("pl", 21, "many")]
    [InlineData("pl", 24, "few")]
    [InlineData("ru", 11, "many")]
    [InlineData("ru", 21, "one")]
    [InlineData("ru", 111, "many")]
    [InlineData("ru", 104, "few")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 2, "other")]
    [InlineData("ko", 1, "other")]
    public void PluralRules_CldrCategories(string language, long n, string category) =>
        PluralRules.Category(language, n).ShouldBe(category);
}
