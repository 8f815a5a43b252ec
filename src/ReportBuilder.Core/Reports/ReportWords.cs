namespace ReportBuilder.Reports;

/// <summary>The words the report model writes in the report's language: the verdict headline and the catalog's labels.
/// They come from the translation files beside the templates; English is the default.</summary>
/// <param name="TargetsMet">The headline, with {0} the targets passed and {1} the targets set.</param>
/// <param name="Missed">Appended after " — " when targets failed, with {0} their labels.</param>
/// <param name="NoTargets">The headline of a report without targets.</param>
/// <param name="MetricLabels">Catalog metric id → label; metrics not listed keep their own label.</param>
/// <param name="DimensionLabels">Dimension name → label; dimensions not listed keep their own label.</param>
internal sealed partial record ReportWords(
    string TargetsMet,
    string Missed,
    string NoTargets,
    IReadOnlyDictionary<string, string> MetricLabels,
    IReadOnlyDictionary<string, string> DimensionLabels)
{
    /// <summary>The English words, with the catalog's labels as they are.</summary>
    public static readonly ReportWords English = new("{0} of {1} targets met", "missed: {0}", "No targets set",
        new Dictionary<string, string>(), new Dictionary<string, string>());

    /// <summary>A target with pass and warn rules: {0} the pass rule, {1} the warn rule.</summary>
    public string TargetWithWarn { get; init; } = "{0} (warn {1})";

    /// <summary>Unit words (min, h, pp, pts, new) keyed by the English word.</summary>
    public IReadOnlyDictionary<string, string> Units { get; init; } = new Dictionary<string, string>();

    /// <summary>Group keys as readers see them, keyed <c>dimension.key</c> (<c>channel.email</c> → "E-Mail"): the catalog's in
    /// the language, and a report's own (<c>labels:</c>); a key not listed is written as the data has it.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>These words with labels of breakdown keys (<c>labels:</c> of the data model or of a report) in
    /// <paramref name="locale"/> over the ones they have: the model's go over the catalog's, then the report's over both.</summary>
    public ReportWords WithLabels(IReadOnlyDictionary<string, Definitions.Shapes.Located<IReadOnlyDictionary<string, Definitions.KeyLabel>>> labels,
        string locale)
    {
        if (labels.Count == 0)
        {
            return this;
        }

        var values = new Dictionary<string, string>(Values, StringComparer.Ordinal);
        foreach (var (dimension, keys) in labels)
        {
            foreach (var (key, label) in keys.Value)
            {
                if (label.For(locale) is { } text)
                {
                    values[dimension + "." + key] = text;
                }
            }
        }

        return this with { Values = values };
    }

    /// <summary>A breakdown's group as readers see it: hours and weekdays in the culture, the catalog's keys in the language,
    /// the rest as stored; "(none)" in the language for no key.</summary>
    public string Group(string dimension, string? key, System.Globalization.CultureInfo culture) =>
        key is null ? NoKey : DimensionKeys.Display(dimension, key, culture, Values);

    /// <summary>What a card measured in working hours says: {0} the calendar ("Mon–Fri 09:00–18:00, Europe/Warsaw").</summary>
    public string WorkingHours { get; init; } = "working hours, {0}";

    /// <summary>A target with only a warn rule: {0} the rule.</summary>
    public string WarnOnly { get; init; } = "warn {0}";

    /// <summary>A target as readers see it, in these words.</summary>
    /// <param name="write">Writes one rule in the report's culture (<see cref="ValueFormatter.Rule"/>); as written when null.</param>
    public string? Target(Rules.TargetRule? rule, Func<string, string>? write = null)
    {
        write ??= text => text;
        return rule switch
        {
            null => null,
            { PassText: { } pass, WarnText: { } warn } => string.Format(System.Globalization.CultureInfo.InvariantCulture, TargetWithWarn, write(pass), write(warn)),
            { PassText: null, WarnText: { } warn } => string.Format(System.Globalization.CultureInfo.InvariantCulture, WarnOnly, write(warn)),
            { PassText: { } pass } => write(pass),
            _ => rule.Display,
        };
    }
}
