using ReportBuilder.Rendering.Localization;
using ReportBuilder.Reports;

namespace ReportBuilder.Tests.Rendering;

public sealed class TranslationTests
{
    private static readonly string Shipped = TestEnvironment.Configs;

    public static TheoryData<string> Languages() => new(Translations.Available(Shipped));

    [Fact]
    public void Available_AreTheSixReportLanguages() =>
        Translations.Available(Shipped).ShouldBe(["de", "en", "fr", "ko", "pl", "ru"]);

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguageFile_HasEveryKeyOfEnglish_AndNoOther(string locale)
    {
        var english = Translations.ReadFile(Path.Combine(Shipped, Translations.Folder, "en.yaml"));
        var own = Translations.ReadFile(Path.Combine(Shipped, Translations.Folder, $"{locale}.yaml"));

        own.Keys.ShouldBe(Translations.Sections, ignoreOrder: true);
        foreach (var section in Translations.Sections)
        {
            var expected = Expected(english[section].Keys, locale).ToList();
            if (section == "brief" && locale != "en")
            {
                // The catalog's definitions: English reads them from configs/metrics.yaml, every other language translates them.
                expected.AddRange(TestReport.Catalog.Metrics.Keys.Select(id => "description_" + id));
                expected.AddRange(ProfileDescriptions());
            }

            own[section].Keys.Except(expected).ShouldBeEmpty($"{locale}.yaml {section}: keys English lacks");
            expected.Except(own[section].Keys).ShouldBeEmpty($"{locale}.yaml {section}: keys without a translation");
        }
    }

    // A definition profile's own definitions (configs/profiles/), translated as description_METRIC_PROFILE.
    private static IEnumerable<string> ProfileDescriptions() => ReportBuilder.Definitions.ReportDefinitionLoader.Profiles.SelectMany(profile =>
        ReportBuilder.Definitions.ReportDefinitionLoader.Parse("r.yaml", $"id: r\nprofile: {profile}\nmetrics:\n  - metric: csat\n", TestReport.Catalog)
            .ProfileMetrics.Keys.Select(id => $"description_{id}_{profile}"));

    // A plural phrase (key.one, key.other in English) needs the CLDR categories of each language: one/few/many in Polish.
    private static IEnumerable<string> Expected(IEnumerable<string> englishKeys, string locale) =>
        englishKeys.SelectMany(key => key.EndsWith(".other", StringComparison.Ordinal)
                ? Enumerable.Range(0, 200).Select(n => ReportBuilder.Reports.PluralRules.Category(locale, n)).Distinct()
                    .Select(category => key[..^"other".Length] + category)
                : key.EndsWith(".one", StringComparison.Ordinal) ? [] : [key])
            .Distinct();

    [Fact]
    public void Load_UnknownLanguage_FallsBackToEnglish()
    {
        var words = Translations.Load(Shipped, "xx");

        words.Locale.ShouldBe("en");
        words.Labels["target"].ShouldBe("Target");
    }

    [Fact]
    public void Load_RegionalCulture_ReadsItsLanguage()
    {
        var words = Translations.Load(Shipped, "de-AT");

        words.Labels["target"].ShouldBe("Ziel");
        words.Charts["hours"].ShouldBe("Stunden");
        words.Words.MetricLabels["replies_per_ticket"].ShouldBe("Antworten pro Ticket");
    }

    [Fact]
    public void Load_KeyMissingFromALanguage_StaysEnglish()
    {
        var directory = Directory.CreateTempSubdirectory("rb-i18n-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(directory, Translations.Folder));
            File.WriteAllText(Path.Combine(directory, Translations.Folder, "en.yaml"), "labels:\n  target: Target\n  value: Value\n");
            File.WriteAllText(Path.Combine(directory, Translations.Folder, "de.yaml"), "labels:\n  target: Ziel\n");

            var words = Translations.Load(directory, "de");

            words.Labels["target"].ShouldBe("Ziel");
            words.Labels["value"].ShouldBe("Value");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
