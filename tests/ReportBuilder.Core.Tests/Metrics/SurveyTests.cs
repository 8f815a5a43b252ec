using ReportBuilder.Rules;

namespace ReportBuilder.Tests.Metrics;

/// <summary>CSAT, QA score and NPS: responses placed in the period by their own created_at.</summary>
public abstract class SurveyTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : SurveyTests(null);

    public sealed class OnDuckDb() : SurveyTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : SurveyTests(server);

    [Fact]
    public async Task Csat_RatingsInThePeriod_ShareOfFourAndFiveAndMeanRating()
    {
        using var db = Database()
            .Csat(5, "2026-10-01 00:00")
            .Csat(4, "2026-10-02 10:00")
            .Csat(4, "2026-10-03 10:00")
            .Csat(3, "2026-10-04 10:00")
            .Csat(1, "2026-10-31 23:59:59")
            .Csat(5, "2026-09-30 23:59:59")   // September
            .Csat(1, "2026-11-01 00:00");     // November

        var share = await db.MetricAsync("metric: csat");
        var mean = await db.MetricAsync("metric: csat, stat: mean");

        share.Value.ShouldBe(0.6);            // 5, 4, 4 of 5 ratings
        share.Status.ShouldBe(Status.Fail);   // below 85%
        share.Previous!.Value.ShouldBe(1.0);
        share.Previous.DisplayChange.ShouldBe("−40.0\u00a0pp");
        share.Previous.Trend.ShouldBe("worse");
        mean.Value.ShouldBe(3.4);             // (5 + 4 + 4 + 3 + 1) / 5
        mean.Unit.ShouldBe(ReportBuilder.Definitions.MetricUnit.Score);          // a rating, not a share: never "340.0%"
        mean.DisplayValue.ShouldBe("3.4");
        share.Unit.ShouldBe(ReportBuilder.Definitions.MetricUnit.Percent);
    }

    [Fact]
    public async Task Csat_BreakdownByAgent_FlagsEachAgent()
    {
        using var db = Database()
            .Agent(1, "Ann")
            .Agent(2, "Bob")
            .Csat(5, "2026-10-02 10:00", agent: 1)
            .Csat(4, "2026-10-03 10:00", agent: 1)
            .Csat(5, "2026-10-04 10:00", agent: 2)
            .Csat(2, "2026-10-05 10:00", agent: 2);

        var csat = await db.MetricAsync("metric: csat, breakdown: [agent]");

        csat.Rows().ShouldBe([("Ann", 1.0), ("Bob", 0.5)]);
        csat.RowStatuses().ShouldBe([("Ann", Status.Pass), ("Bob", Status.Fail)]);
    }

    [Fact]
    public async Task QaScore_Reviews_MeanScoreAgainstEighty()
    {
        using var db = Database()
            .Agent(1, "Ann")
            .Agent(2, "Bob")
            .Qa(90, "2026-10-02 10:00", agent: 1)
            .Qa(70, "2026-10-03 10:00", agent: 1)
            .Qa(60.5, "2026-10-04 10:00", agent: 2);

        var qa = await db.MetricAsync("metric: qa_score, breakdown: [agent]");

        qa.Value!.Value.ShouldBe((90 + 70 + 60.5) / 3, 1e-9);
        qa.Status.ShouldBe(Status.Fail);
        qa.Rows().ShouldBe([("Ann", 80.0), ("Bob", 60.5)]);
        qa.RowStatuses().ShouldBe([("Ann", Status.Pass), ("Bob", Status.Fail)]);   // 80 meets ">= 80"
    }

    [Fact]
    public async Task QaScore_ScoresWhoseFloatSumDependsOnTheOrder_IsTheExactMean()
    {
        // Added one after another as doubles, 1e16 + 1 is 1e16 (the nearest double), so the sum comes out 1, not 2: on DuckDB,
        // which adds doubles in parallel in no fixed order, a sum's last bits changed from run to run. Every source must give
        // the exact mean (DuckDB through DECIMAL, SQLite by its compensated sum, PostgreSQL's copy stores numeric).
        using var db = Database()
            .Qa(1e16, "2026-10-02 10:00")
            .Qa(1, "2026-10-03 10:00")
            .Qa(-1e16, "2026-10-04 10:00")
            .Qa(1, "2026-10-05 10:00");

        var qa = await db.MetricAsync("metric: qa_score");

        qa.Value.ShouldBe(0.5);   // (1e16 + 1 − 1e16 + 1) / 4
    }

    [Fact]
    public async Task Nps_SeedExample_45PercentPromoters30PercentDetractors_Is15Points()
    {
        // 20 answers: 9 promoters (45%), 5 passives (25%), 6 detractors (30%) → 45 − 30 = 15
        int[] scores = [9, 10, 9, 10, 9, 10, 9, 10, 9, 7, 8, 7, 8, 7, 6, 0, 3, 5, 6, 1];
        using var db = Database();
        for (var i = 0; i < scores.Length; i++)
        {
            db.Nps(scores[i], $"2026-10-{i + 1:00} 12:00");
        }

        var nps = await db.MetricAsync("metric: nps");

        scores.Count(s => s >= 9).ShouldBe(9);
        scores.Count(s => s <= 6).ShouldBe(6);
        nps.Value.ShouldBe(15);
        nps.DisplayValue.ShouldBe("15.0");
        nps.Status.ShouldBe(Status.Fail);     // below 30
    }

    [Fact]
    public async Task Nps_ExactlyOnTheTarget_Passes()
    {
        // 3 promoters and 2 detractors of 5: 60% − 40% = 20 points; 0.6 − 0.4 in floating point is 0.19999999999999996
        using var db = Database()
            .Nps(10, "2026-10-01 12:00").Nps(9, "2026-10-02 12:00").Nps(9, "2026-10-03 12:00")
            .Nps(6, "2026-10-04 12:00").Nps(0, "2026-10-05 12:00");

        var nps = await db.MetricAsync("""metric: nps, target: { pass: ">= 20" }""");

        nps.Value.ShouldBe(20);
        nps.Status.ShouldBe(Status.Pass);
    }

    [Fact]
    public async Task Nps_OnlyPassives_IsZeroPointsNotNoData()
    {
        using var db = Database().Nps(7, "2026-10-02 12:00").Nps(8, "2026-10-03 12:00");

        var nps = await db.MetricAsync("metric: nps");

        nps.Value.ShouldBe(0);
        nps.Status.ShouldBe(Status.Fail);
    }

    [Fact]
    public async Task Nps_NoAnswers_IsNoData()
    {
        using var db = Database().Nps(10, "2026-09-02 12:00");

        var nps = await db.MetricAsync("metric: nps");

        nps.ShouldBeNoData();
        nps.Previous!.Value.ShouldBe(100);
        nps.Previous.Change.ShouldBeNull();
    }
}
