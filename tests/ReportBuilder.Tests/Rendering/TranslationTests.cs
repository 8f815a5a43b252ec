using ReportBuilder.Rendering.Html;
using ReportBuilder.Rendering.Localization;

namespace ReportBuilder.Tests.Rendering;

public sealed class TranslationTests
{
    private static readonly string Templates = HtmlReportRenderer.DefaultTemplateDirectory;

    public static TheoryData<string> Languages() => new(Translations.Available(Templates));

    [Fact]
    public void Available_AreTheSixReportLanguages() =>
        Translations.Available(Templates).ShouldBe(["de", "en", "fr", "ko", "pl", "ru"]);

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguageFile_HasEveryKeyOfEnglish_AndNoOther(string locale)
    {
        var english = Translations.ReadFile(Path.Combine(Templates, Translations.Folder, "en.yaml"));
        var own = Translations.ReadFile(Path.Combine(Templates, Translations.Folder, $"{locale}.yaml"));

        own.Keys.ShouldBe(Translations.Sections, ignoreOrder: true);
        foreach (var section in Translations.Sections)
        {
            own[section].Keys.Except(english[section].Keys).ShouldBeEmpty($"{locale}.yaml {section}: keys English lacks");
            english[section].Keys.Except(own[section].Keys).ShouldBeEmpty($"{locale}.yaml {section}: keys without a translation");
        }
    }

    [Fact]
    public void Load_UnknownLanguage_FallsBackToEnglish()
    {
        var words = Translations.Load(Templates, "xx");

        words.Locale.ShouldBe("en");
        words.Labels["target"].ShouldBe("Target");
    }

    [Fact]
    public void Load_RegionalCulture_ReadsItsLanguage()
    {
        var words = Translations.Load(Templates, "de-AT");

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
