using ReportBuilder.Rendering.Charts;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Localization;

/// <summary>The charts' words of a language, from its <see cref="Translations"/>.</summary>
internal static class ChartWords
{
    extension(Translations translations)
    {
        /// <summary>The charts' words, keyed by the English word.</summary>
        public ChartLabels Charts => new(translations.Section("charts")) { Units = translations.Section("units"), Phrases = translations.Labels };
    }
}
