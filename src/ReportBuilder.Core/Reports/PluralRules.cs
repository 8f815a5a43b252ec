namespace ReportBuilder.Reports;

/// <summary>The CLDR plural category of a whole number in the report's languages (unicode.org/cldr, plurals.xml, integers).</summary>
internal static class PluralRules
{
    /// <summary><c>one</c>, <c>few</c>, <c>many</c> or <c>other</c> for <paramref name="n"/> in <paramref name="language"/>
    /// (en, de, fr, pl, ru, ko, or a culture such as de-AT); unknown languages follow English.</summary>
    public static string Category(string language, long n)
    {
        var abs = Math.Abs(n);
        var mod10 = abs % 10;
        var mod100 = abs % 100;
        return language.Split('-', '_')[0].ToLowerInvariant() switch
        {
            "ko" or "ja" or "zh" => "other",
            "fr" => abs is 0 or 1 ? "one" : abs != 0 && abs % 1_000_000 == 0 ? "many" : "other",
            "pl" => abs == 1 ? "one" : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few" : "many",
            "ru" or "uk" => mod10 == 1 && mod100 != 11 ? "one" : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few" : "many",
            _ => abs == 1 ? "one" : "other",
        };
    }
}
