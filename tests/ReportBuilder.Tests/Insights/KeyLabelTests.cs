namespace ReportBuilder.Tests.Insights;

/// <summary><c>labels:</c> gives breakdown keys the names readers know, per language, in sentences and tables; the JSON keeps
/// the key as stored in <c>code</c>.</summary>
public sealed class KeyLabelTests
{
    private static string Report(string locale) => $$"""
        id: labelled
        title: Labelled
        timezone: UTC
        period: "2026-10"
        compare: previous_period
        locale: {{locale}}
        metrics:
          - { metric: one_touch_rate, breakdown: [channel], min_sample: 1 }
        labels:
          channel:
            email: { en: Email inbox, de: E-Mail-Postfach }
            chat: Live chat
        """;

    [Fact]
    public async Task Labels_NameTheGroups_InTheSentenceAndTheTable_KeepingTheStoredKey()
    {
        using var db = InsightTests.OneTouchByChannel();

        var model = await db.RunAsync(Report("en"));

        // The same figures as BriefTests' English sentence, with the report's names for the two channels.
        model.Brief.Sentences[1].ShouldBe("Channel: of the change (−37.5\u00a0pp), Email inbox (−29.7\u00a0pp) and Live chat (−7.8\u00a0pp) contributed most.");
        var rows = model.Metrics.Single().Breakdowns.Single().Rows;
        rows.Select(r => (r.Key, r.Code)).ShouldBe([("Email inbox", "email"), ("Live chat", "chat")], ignoreOrder: true);
    }

    [Fact]
    public async Task Labels_PerLanguage_TakeTheReportsLanguage_AndOneTextServesEveryLanguage()
    {
        using var db = InsightTests.OneTouchByChannel();

        var model = await db.RunAsync(Report("de"));

        model.Brief.Sentences[1].ShouldBe("Kanal: Größter Beitrag zur Veränderung (−37,5\u00a0Pp.): E-Mail-Postfach (−29,7\u00a0Pp.) und Live chat (−7,8\u00a0Pp.).");
        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["E-Mail-Postfach", "Live chat"], ignoreOrder: true);
    }

    [Fact]
    public async Task Labels_InALanguageTheReportIsNot_FallBackToEnglish_ThenToTheKey()
    {
        using var db = InsightTests.OneTouchByChannel();

        var model = await db.RunAsync(Report("pl").Replace("{ en: Email inbox, de: E-Mail-Postfach }", "{ de: E-Mail-Postfach }")
            .Replace("chat: Live chat", "chat: { en: Live chat }"));

        // pl has neither: email falls back to the catalog's Polish word for the channel, chat to the English label.
        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["e-mail", "Live chat"], ignoreOrder: true);
    }
}
