using AngleSharp.Html.Parser;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Insights;

/// <summary><c>labels:</c> gives breakdown keys the names readers know, per language, in sentences and tables; the JSON keeps
/// the key as stored in <c>code</c>. The data model's <c>labels:</c> (model.yaml) do the same for every report, a report's
/// label of a key winning over the model's.</summary>
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
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(Report("en"));

        // The same figures as BriefTests' English sentence, with the report's names for the two channels.
        model.Brief.Sentences[1].ShouldBe("Channel: of the change (−37.5\u00a0pp), Email inbox (−29.7\u00a0pp) and Live chat (−7.8\u00a0pp) contributed most.");
        var rows = model.Metrics.Single().Breakdowns.Single().Rows;
        rows.Select(r => (r.Key, r.Code)).ShouldBe([("Email inbox", "email"), ("Live chat", "chat")], ignoreOrder: true);
    }

    [Fact]
    public async Task Labels_PerLanguage_TakeTheReportsLanguage_AndOneTextServesEveryLanguage()
    {
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(Report("de"));

        model.Brief.Sentences[1].ShouldBe("Kanal: Größter Beitrag zur Veränderung (−37,5\u00a0Pp.): E-Mail-Postfach (−29,7\u00a0Pp.) und Live chat (−7,8\u00a0Pp.).");
        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["E-Mail-Postfach", "Live chat"], ignoreOrder: true);
    }

    [Fact]
    public async Task Labels_InALanguageTheReportIsNot_FallBackToEnglish_ThenToTheKey()
    {
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(Report("pl").Replace("{ en: Email inbox, de: E-Mail-Postfach }", "{ de: E-Mail-Postfach }")
            .Replace("chat: Live chat", "chat: { en: Live chat }"));

        // pl has neither: email falls back to the catalog's Polish word for the channel, chat to the English label.
        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["e-mail", "Live chat"], ignoreOrder: true);
    }

    // The shipped catalog with labels: in its model file.
    private static Catalog ModelLabelled(string labels)
    {
        var folder = Directory.CreateTempSubdirectory("rb-model-labels-").FullName;
        try
        {
            foreach (var file in new[] { "metrics.yaml", "calendars.yaml" })
            {
                File.Copy(Path.Combine(TestEnvironment.Configs, file), Path.Combine(folder, file));
            }

            File.WriteAllText(Path.Combine(folder, "model.yaml"), File.ReadAllText(Path.Combine(TestEnvironment.Configs, "model.yaml")) + labels);
            return Catalog.Load(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string ModelLabels = """

        labels:
          channel:
            email: { en: Email inbox, de: E-Mail-Postfach }
            chat: Live chat
        """;

    private static string Unlabelled(string locale) => Report(locale)[..Report(locale).IndexOf("labels:", StringComparison.Ordinal)];

    [Fact]
    public async Task ModelLabels_NameTheGroups_InTheSentenceTheTableAndTheCharts()
    {
        using var db = InsightData.OneTouchByChannel();

        var model = await db.RunAsync(Unlabelled("en"), catalog: ModelLabelled(ModelLabels));

        // The figures of the report-labels test above, with the names from the model.
        model.Brief.Sentences[1].ShouldBe("Channel: of the change (−37.5\u00a0pp), Email inbox (−29.7\u00a0pp) and Live chat (−7.8\u00a0pp) contributed most.");
        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => (r.Key, r.Code)).ShouldBe([("Email inbox", "email"), ("Live chat", "chat")], ignoreOrder: true);
        // October is 4 / 8 = 50%, 10 pp under ≥ 60%: email ¾ · (60 − 33.3) = +20.0 pp, chat ¼ · (60 − 100) = −10.0 pp, on
        // the card's gap chart by the model's names; the breakdown chart names them too.
        var html = TestEnvironment.Html();
        var page = new HtmlParser().ParseDocument(await html.RenderAsync(model, print: false, CancellationToken.None));
        page.QuerySelectorAll("figure.gap-chart tr").Select(r => (r.QuerySelector(".gap-label")!.TextContent, r.QuerySelector(".gap-value")!.TextContent))
            .ShouldBe([("Email inbox", "+20.0\u00a0pp"), ("Live chat", "−10.0\u00a0pp")]);
        var chart = html.DrawCharts(model, CancellationToken.None).Single(c => c.Kind == "breakdown");
        chart.AltText.ShouldContain("Email inbox");
        chart.AltText.ShouldContain("Live chat");
        chart.AltText.Contains("email", StringComparison.Ordinal).ShouldBeFalse(chart.AltText);
    }

    /// <summary>A report mapping the model onto its own tables (<c>model:</c>) keeps the model's labels.</summary>
    [Fact]
    public async Task ModelLabels_SurviveAReportsMappingOntoItsOwnTables()
    {
        using var db = InsightData.OneTouchByChannel();
        db.Execute("CREATE TABLE helpdesk AS SELECT id AS ref, channel AS source, status AS state, created_at AS opened, solved_at AS closed, replies AS answers FROM tickets");
        var mapped = Unlabelled("en") + """
            model:
              tickets:
                table: helpdesk
                columns: { id: ref, channel: source, status: state, created_at: opened, solved_at: closed, replies: answers }
            """;

        var model = await db.RunAsync(mapped, catalog: ModelLabelled(ModelLabels));

        model.Metrics.Single().Breakdowns.Single().Rows.Select(r => (r.Key, r.Code)).ShouldBe([("Email inbox", "email"), ("Live chat", "chat")], ignoreOrder: true);
        model.Brief.Sentences[1].ShouldBe("Channel: of the change (−37.5\u00a0pp), Email inbox (−29.7\u00a0pp) and Live chat (−7.8\u00a0pp) contributed most.");
    }

    [Fact]
    public async Task ModelLabels_InTheReportsLanguage_AndTheReportsLabelOfAKeyWins()
    {
        using var db = InsightData.OneTouchByChannel();
        var catalog = ModelLabelled(ModelLabels);

        var german = await db.RunAsync(Unlabelled("de"), catalog: catalog);
        // The report names email its own way: that wins; chat keeps the model's name.
        var own = await db.RunAsync(Unlabelled("en") + "labels:\n  channel: { email: Support inbox }\n", catalog: catalog);

        german.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["E-Mail-Postfach", "Live chat"], ignoreOrder: true);
        own.Brief.Sentences[1].ShouldBe("Channel: of the change (−37.5\u00a0pp), Support inbox (−29.7\u00a0pp) and Live chat (−7.8\u00a0pp) contributed most.");
        own.Metrics.Single().Breakdowns.Single().Rows.Select(r => r.Key).ShouldBe(["Support inbox", "Live chat"], ignoreOrder: true);
    }

    [Fact]
    public void ModelLabels_OfADimensionTheModelLacks_AreAnErrorAtTheirPosition()
    {
        var diagnostics = new DiagnosticBag();

        CatalogLoader.LoadModel("m.yaml", "tables:\n  t:\n    dimensions: { channel: {} }\nlabels:\n  chanel: { email: Inbox }\n", diagnostics);

        diagnostics.Select(d => d.ToString()).ShouldBe(["m.yaml:5:3: error: labels: 'chanel' is not a dimension of the data model; did you mean 'channel'?"]);
    }
}
