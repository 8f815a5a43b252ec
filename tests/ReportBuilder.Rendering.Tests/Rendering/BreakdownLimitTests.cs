using ReportBuilder.Reports;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Json;
using ReportBuilder.Rendering.Pdf;
using UglyToad.PdfPig;

namespace ReportBuilder.Tests.Rendering;

/// <summary>A breakdown over thousands of agents: pages, PDF and email show the largest groups and "and N more"; JSON has every row.</summary>
public sealed class BreakdownLimitTests
{
    private static readonly HtmlReportRenderer Html = TestEnvironment.Html();

    // 5,000 agents: Ada (10 rows) and 4,999 others with 20 rows each, plus 3 with more rows than anyone, hidden in the middle.
    private static ReportModel Large()
    {
        var model = SampleReports.Monthly(agentRows: 5000);
        var replies = model.Metrics[0];
        var rows = replies.Breakdowns[0].Rows.Select(r => r.Key is "Agent 2500" or "Agent 4000" or "Agent 0007" ? r with { Sample = 90 } : r).ToList();
        return model with { Metrics = [replies with { Breakdowns = [replies.Breakdowns[0] with { Rows = rows }] }, .. model.Metrics.Skip(1)] };
    }

    [Fact]
    public void Apply_KeepsTheGroupsWithTheMostRows_InTheirOrder_AndCountsTheRest()
    {
        var shown = BreakdownLimit.Apply(Large(), 5);

        var agents = shown.Metrics[0].Breakdowns[0];
        // The three with 90 rows, then the first two with 20 rows (ties keep the breakdown's order); Ada has only 10.
        agents.Rows.Select(r => r.Key).ShouldBe(["Agent 0001", "Agent 0002", "Agent 0007", "Agent 2500", "Agent 4000"]);
        agents.More.ShouldBe(4995);
        agents.DisplayMore.ShouldBe("4,995");
        shown.Metrics[1].Breakdowns[0].Rows.Count.ShouldBe(2);
        shown.Metrics[1].Breakdowns[0].More.ShouldBe(0);
    }

    [Fact]
    public void Apply_ShortBreakdowns_ReturnsTheSameModel()
    {
        var model = SampleReports.Monthly(agentRows: 25);

        BreakdownLimit.Apply(model, 25).ShouldBeSameAs(model);
    }

    [Theory]
    [InlineData("de", "4.995")]
    [InlineData("fr", "4\u202f995")]
    [InlineData("ru", "4\u00a0995")]
    public void Apply_WritesTheCountInTheReportsLanguage(string locale, string expected)
    {
        var model = Large() with { Report = Large().Report with { Locale = locale } };

        BreakdownLimit.Apply(model, 5).Metrics[0].Breakdowns[0].DisplayMore.ShouldBe(expected);
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task Render_HtmlPdfAndEmail_ShowTheTop25AndTheRest_JsonKeepsEveryRow()
    {
        var model = Large();
        var shown = BreakdownLimit.Apply(model, 25);

        var page = await Html.RenderAsync(shown, print: false, CancellationToken.None);
        var pdf = await new PdfReportRenderer(Html, InstalledChromium.Require()).RenderAsync(shown, CancellationToken.None);
        var mail = await new EmailReportBuilder(Html).RenderBodyAsync(shown, TestEnvironment.Html().DrawCharts(shown, CancellationToken.None), CancellationToken.None);
        var json = System.Text.Json.JsonDocument.Parse(JsonReportWriter.Render(model));

        page.ShouldContain("and 4,975 more");
        page.ShouldContain("Agent 4000");
        page.ShouldNotContain("Agent 0030");
        using (var document = PdfDocument.Open(pdf))
        {
            var words = string.Join(' ', document.GetPages().Select(PdfText.Words));
            words.ShouldContain("and 4,975 more");
            document.NumberOfPages.ShouldBeLessThan(10);
        }

        mail.Html.ShouldContain("and 4,975 more");
        json.RootElement.GetProperty("metrics")[0].GetProperty("breakdowns").GetProperty("agent").GetArrayLength().ShouldBe(5000);
    }
}
