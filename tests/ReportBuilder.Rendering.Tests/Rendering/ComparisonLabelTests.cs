using AngleSharp.Html.Parser;
using ReportBuilder.Rendering.Html;

namespace ReportBuilder.Tests.Rendering;

/// <summary>The comparison period inside a phrase, on the page's eyebrow, the card's change line and the mail: a month written in
/// lower case where the language writes it so ("comparé à septembre 2026"), as the brief's sentences already do; English and
/// German keep the capital.</summary>
public sealed class ComparisonLabelTests
{
    [Theory]
    [InlineData("en", "compared with September 2026", "in September 2026")]
    [InlineData("de", "verglichen mit September 2026", "im September 2026")]
    [InlineData("fr", "comparé à septembre 2026", "en septembre 2026")]
    [InlineData("pl", "okres porównawczy: wrzesień 2026", "(wrzesień 2026)")]
    [InlineData("ru", "период сравнения: сентябрь 2026 г.", "(сентябрь 2026 г.)")]
    public async Task TheComparisonPeriod_InsideAPhrase_IsWrittenAsTheLanguageWritesAMonthThere(string locale, string eyebrow, string card)
    {
        using var db = new TestDatabase();
        db.Customer(1).Ticket("2026-09-03 09:00").Ticket("2026-10-03 09:00").Ticket("2026-10-04 09:00");
        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 0, "metric: ticket_volume, target: { pass: \"< 2\" }") + $"\nlocale: {locale}\n");
        var renderer = TestEnvironment.Html(TestEnvironment.Templates);

        foreach (var template in new[] { HtmlReportRenderer.ReportTemplate, "email.html.sbn" })
        {
            var page = new HtmlParser().ParseDocument(await renderer.RenderAsync(template, model, false, CancellationToken.None));
            Normal(page.QuerySelector(".eyebrow")!.TextContent).ShouldContain(eyebrow, Case.Sensitive, template);
            if (template == HtmlReportRenderer.ReportTemplate)
            {
                // The failing metric's card: its change line names the comparison period.
                page.QuerySelectorAll("p.change").Select(p => Normal(p.TextContent)).ShouldContain(t => t.Contains(card, StringComparison.Ordinal));
            }
        }

        char.IsUpper(model.Comparison!.Label[0]).ShouldBeTrue("standing alone (the JSON, a heading), the label keeps its capital");
    }

    // No-break spaces and runs of white space as one space.
    private static string Normal(string text) => System.Text.RegularExpressions.Regex.Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), @"\s+", " ");
}
