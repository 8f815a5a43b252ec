using System.Xml.Linq;
using ReportBuilder.Rendering.Localization;

namespace ReportBuilder.Tests.Rendering;

/// <summary>Charts in the report's language: words from the translation files, numbers in its culture.</summary>
public sealed class ChartLocalizationTests
{
    [Fact]
    public void DrawCharts_InGerman_WritesTheWordsAndTheDecimalCommaOfGerman()
    {
        var model = SampleReports.Monthly() is var m
            ? m with { Report = m.Report with { Locale = "de" }, Metrics = [m.Metrics[0] with { PassBound = 2, WarnBound = 3 }] }
            : null!;

        var trend = TestEnvironment.Html().DrawCharts(model, CancellationToken.None).Single(c => c.Kind == "trend");

        var texts = XDocument.Parse(trend.ToSvg()).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        texts.ShouldContain("Replies per ticket");     // a ratio's axis title is the metric's name, never "Wert"
        texts.ShouldNotContain("Wert");
        texts.ShouldContain("3,25");                   // the last value at its point, with the decimal comma
        texts.ShouldContain("– – Ziel\u2003\u2003··· Warnung");     // the lines' names; the target itself is in the alt text and the table
        texts.ShouldContain("2,5");     // a tick of the value axis, with the decimal comma
        texts.ShouldNotContain("2.5");
        TestEnvironment.Words("de").Charts["value"].ShouldBe("Wert");
    }
}
