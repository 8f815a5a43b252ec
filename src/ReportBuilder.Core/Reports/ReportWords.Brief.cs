using System.Globalization;

namespace ReportBuilder.Reports;

/// <summary>The brief's words: generated sentences, plural forms and the name of rows without a key.</summary>
internal sealed partial record ReportWords
{
    /// <summary>The brief's phrases (section <c>brief</c> of the translation files); a plural phrase has one key per CLDR
    /// category, e.g. <c>streak_fail_month.one</c>, <c>.few</c>, <c>.many</c>, <c>.other</c>.</summary>
    public IReadOnlyDictionary<string, string> Brief { get; init; } = new Dictionary<string, string>();

    /// <summary>The language the words are in, for plural rules.</summary>
    public string Language { get; init; } = "en";

    // A period label inside a sentence: "za październik 2026", not "za Październik 2026", in languages that write months in
    // lower case (labels start with a capital where they stand alone, as headings).
    public static string MidSentence(string label, CultureInfo culture) =>
        label.Length > 0 && char.IsLower(culture.DateTimeFormat.GetMonthName(1)[0])
            ? culture.TextInfo.ToLower(label[0]) + label[1..]
            : label;

    /// <summary>A phrase with its blanks filled; the key itself when no file has it.</summary>
    public string Phrase(CultureInfo culture, string key, params object?[] args) =>
        string.Format(culture, Brief.GetValueOrDefault(key, key), args);

    /// <summary>The phrase for <paramref name="count"/> in the plural form its language needs ({0} is the count, written in
    /// the culture).</summary>
    public string Plural(CultureInfo culture, string key, long count, params object?[] args)
    {
        var category = PluralRules.Category(Language, count);
        var text = Brief.GetValueOrDefault($"{key}.{category}") ?? Brief.GetValueOrDefault($"{key}.other") ?? key;
        return string.Format(culture, text, [count.ToString("N0", culture), .. args]);
    }

    /// <summary>The name of a breakdown row without a key (unassigned tickets).</summary>
    public string NoKey => Brief.GetValueOrDefault("none_key", DimensionKeys.None);
}
