using System.Text.Json;
using ReportBuilder.Data;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Reports;
using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Insights;

/// <summary>Streaks counted over every period the data has, not the trend window (issue 19, item 2), on both sources. One-touch
/// resolution, target ≥ 60%: a month whose one solved ticket had one reply passes (100%), two replies fail (0%). The report is
/// October 2026 with a four-month trend (July to October): the 32 months before it, November 2023 to June 2026, are read only
/// when the streak fills the trend.</summary>
public abstract class StreakTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : StreakTests(null);

    public sealed class OnDuckDb() : StreakTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : StreakTests(server);

    private static string Report(string locale = "en") =>
        TestReport.Definition("2026-10", "UTC", "previous_period", 4, "metric: one_touch_rate") + $"\nlocale: {locale}\n";

    // One solved ticket on the 2nd of each month from..to (inclusive), with the given replies.
    private static void Months(TestDatabase db, DateOnly from, DateOnly to, int replies)
    {
        for (var month = from; month <= to; month = month.AddMonths(1))
        {
            db.Solved($"{month:yyyy-MM}-02 09:00", $"{month:yyyy-MM}-02 10:00", replies: replies);
        }
    }

    private static DateOnly Month(int year, int month) => new(year, month, 1);

    [Fact]
    public async Task Streak_FailingEveryMonthSinceTheDataStarts_CountsPastTheTrend_AndNamesTheFirstMonth()
    {
        // March to October 2026 fail, nothing before: 8 months, the first with data March 2026 (the trend shows 4).
        using var db = Database();
        Months(db, Month(2026, 3), Month(2026, 10), replies: 2);

        var model = await db.RunAsync(Report());

        var streak = model.Metrics.Single().Insight.Streak!;
        streak.Status.ShouldBe(Status.Fail);
        streak.Periods.ShouldBe(8);
        streak.Bound.ShouldBe("data_start");
        streak.Since!.Label.ShouldBe("March 2026");
        streak.Since.Start.ShouldBe(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        model.Brief.Sentences[0].ShouldBe("One-touch resolution is 0.0% against a target of ≥\u00a060%: 60.0\u00a0pp below. " +
            "It has missed its target every month since the data starts, March 2026 (8 months).");

        using var json = JsonDocument.Parse(JsonReportWriter.Render(model));
        var written = json.RootElement.GetProperty("metrics")[0].GetProperty("insights").GetProperty("streak");
        written.GetProperty("status").GetString().ShouldBe("fail");
        written.GetProperty("periods").GetInt32().ShouldBe(8);
        written.GetProperty("bounded").GetString().ShouldBe("data_start");
        written.GetProperty("since").GetProperty("label").GetString().ShouldBe("March 2026");
        written.GetProperty("since").GetProperty("start").GetString().ShouldBe("2026-03-01T00:00:00Z");
    }

    [Fact]
    public async Task Streak_EndedByAPassBeforeTheTrend_CountsBackToIt_Unbounded()
    {
        // December 2025 and January 2026 pass, February to October 2026 fail: 9 months, ended by January's pass.
        using var db = Database();
        Months(db, Month(2025, 12), Month(2026, 1), replies: 1);
        Months(db, Month(2026, 2), Month(2026, 10), replies: 2);

        var model = await db.RunAsync(Report());

        model.Metrics.Single().Insight.Streak.ShouldBe(new Streak(Status.Fail, 9));
        model.Brief.Sentences[0].ShouldEndWith("60.0\u00a0pp below. It has missed its target 9 months running.");
    }

    [Fact]
    public async Task Streak_AMonthWithoutRowsInside_EndsIt_ItIsNotTheStartOfTheData()
    {
        // January 2026 fails, February has no ticket, March to October fail: the streak is March to October, 8 months, and
        // the data started before it (January), so it is not bounded.
        using var db = Database();
        Months(db, Month(2026, 1), Month(2026, 1), replies: 2);
        Months(db, Month(2026, 3), Month(2026, 10), replies: 2);

        var model = await db.RunAsync(Report());

        model.Metrics.Single().Insight.Streak.ShouldBe(new Streak(Status.Fail, 8));
        model.Brief.Sentences[0].ShouldEndWith("It has missed its target 8 months running.");
    }

    [Fact]
    public async Task Streak_FailingLongerThanTheLimit_StopsAt36_AndSaysAtLeast()
    {
        // Every month from January 2023 to October 2026 fails (46 months): counted back to November 2023, 36 months.
        using var db = Database();
        Months(db, Month(2023, 1), Month(2026, 10), replies: 2);

        var model = await db.RunAsync(Report());

        var streak = model.Metrics.Single().Insight.Streak!;
        streak.ShouldBe(new Streak(Status.Fail, 36) { Bound = "limit" });
        model.Brief.Sentences[0].ShouldEndWith("60.0\u00a0pp below. It has missed its target at least 36 months running.");
    }

    [Fact]
    public async Task Streak_EndingInsideTheTrend_ReadsNoEarlierPeriods()
    {
        // June fails, July passes, August to October fail: 3 months, as the trend says; the periods before it are not read.
        using var db = Database();
        Months(db, Month(2026, 6), Month(2026, 6), replies: 2);
        Months(db, Month(2026, 7), Month(2026, 7), replies: 1);
        Months(db, Month(2026, 8), Month(2026, 10), replies: 2);
        var plan = TestReport.Plan(Report(), await db.SourceAsync());
        var stages = new List<string>();

        var (results, _, _) = await ReportData.ReadAsync(plan, CancellationToken.None, stages: new Collect(stages));

        plan.History!.Periods.Count.ShouldBe(32);
        plan.History.Periods[0].Label(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("November 2023");
        plan.History.Periods[^1].Label(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("June 2026");
        stages.ShouldNotContain(ReportData.HistoryStage);
        results["one_touch_rate"].HistoryRead.ShouldBeFalse();
        (await db.RunAsync(Report())).Metrics.Single().Insight.Streak.ShouldBe(new Streak(Status.Fail, 3));
    }

    [Fact]
    public async Task Streak_PassingThroughTheWholeTrend_ReadsNoEarlierPeriods_AndSaysItIsCountedOverTheTrend()
    {
        // Every month from January to October 2026 passes: the four of the trend, bounded by it (a pass is not worth a statement).
        using var db = Database();
        Months(db, Month(2026, 1), Month(2026, 10), replies: 1);
        var plan = TestReport.Plan(Report(), await db.SourceAsync());
        var stages = new List<string>();

        await ReportData.ReadAsync(plan, CancellationToken.None, stages: new Collect(stages));

        stages.ShouldNotContain(ReportData.HistoryStage);
        (await db.RunAsync(Report())).Metrics.Single().Insight.Streak.ShouldBe(new Streak(Status.Pass, 4) { Bound = "trend" });
    }

    [Theory]
    [InlineData("de", "Das Ziel wird seit Beginn der Daten (März 2026) verfehlt: 8 Monate in Folge.")]
    [InlineData("fr", "L'objectif est manqué depuis le début des données (mars 2026), soit 8 mois de suite.")]
    [InlineData("pl", "Cel nie jest osiągany od początku danych (marzec 2026), czyli od 8 miesięcy.")]
    [InlineData("ru", "Цель не достигается с самого начала данных (март 2026\u202Fг.): 8 месяцев подряд.")]
    [InlineData("ko", "데이터가 시작된 2026년 3월부터 8개월 연속 목표에 미달했습니다.")]
    public async Task Sentence_SinceTheDataStarts_InEachLanguage(string locale, string expected)
    {
        using var db = Database();
        Months(db, Month(2026, 3), Month(2026, 10), replies: 2);

        var model = await db.RunAsync(Report(locale));

        model.Brief.Sentences[0].ShouldEndWith(" " + expected);
    }

    [Theory]
    [InlineData("de", "Das Ziel wird seit mindestens 36 Monaten verfehlt.")]
    [InlineData("fr", "L'objectif est manqué depuis au moins 36 mois.")]
    [InlineData("pl", "Cel nie jest osiągany od co najmniej 36 miesięcy.")]
    [InlineData("ru", "Цель не достигается не менее 36 месяцев подряд.")]
    [InlineData("ko", "최소 36개월 연속 목표에 미달했습니다.")]
    public async Task Sentence_AtTheLimit_InEachLanguage(string locale, string expected)
    {
        using var db = Database();
        Months(db, Month(2023, 1), Month(2026, 10), replies: 2);

        var model = await db.RunAsync(Report(locale));

        model.Brief.Sentences[0].ShouldEndWith(" " + expected);
    }

    private sealed class Collect(List<string> stages) : IProgress<string>
    {
        public void Report(string value) => stages.Add(value);
    }
}
