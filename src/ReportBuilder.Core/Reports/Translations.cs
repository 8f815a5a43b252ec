using System.Collections.Concurrent;
using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Reports;

/// <summary>The words of the report in one language — the model's (verdict, catalog labels, brief, units), the built-in
/// templates' and the charts' — read from <c>configs/i18n/LOCALE.yaml</c> over English: a key a language file lacks stays
/// English.</summary>
internal sealed class Translations
{
    /// <summary>The folder of the translation files, inside the configuration folder (<c>configs/</c>).</summary>
    public const string Folder = "i18n";

    /// <summary>The language every other one falls back to.</summary>
    public const string DefaultLocale = "en";

    /// <summary>The sections of a translation file.</summary>
    public static readonly IReadOnlyList<string> Sections = ["labels", "charts", "metrics", "dimensions", "brief", "units", "values"];

    private static readonly ConcurrentDictionary<(string, string), Translations> _cache = new();

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _sections;

    private Translations(string locale, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> sections)
    {
        Locale = locale;
        _sections = sections;
    }

    /// <summary>The language these words are in; English when the report's locale has no file.</summary>
    public string Locale { get; }

    /// <summary>The templates' words, by key (<c>t.verdict</c> in a template).</summary>
    public IReadOnlyDictionary<string, string> Labels => Section("labels");

    /// <summary>The words the report model is built with: the verdict headline and the catalog's labels.</summary>
    public ReportWords Words => new(Labels["headline_targets_met"], Labels["headline_missed"], Labels["headline_no_targets"],
        Section("metrics"), Section("dimensions"))
    {
        TargetWithWarn = Labels["target_with_warn"],
        WarnOnly = Labels["target_warn_only"],
        WorkingHours = Labels.GetValueOrDefault("working_hours", "working hours, {0}"),
        Units = Section("units"),
        Values = Section("values"),
        Brief = Section("brief"),
        Language = Locale,
    };

    /// <summary>One section of the file, e.g. <c>labels</c>.</summary>
    public IReadOnlyDictionary<string, string> Section(string name) => _sections.GetValueOrDefault(name) ?? new Dictionary<string, string>();

    /// <summary>The words for <paramref name="locale"/> (en, de, fr, pl, ru, ko, or a culture such as de-AT) from the translation
    /// files of <paramref name="directory"/>'s <see cref="Folder"/>.</summary>
    public static Translations Load(string directory, string locale) =>
        _cache.GetOrAdd((Path.GetFullPath(directory), locale), key => Read(key.Item1, key.Item2));

    /// <summary>The locales that have a translation file.</summary>
    public static IReadOnlyList<string> Available(string directory) =>
        Directory.EnumerateFiles(Path.Combine(directory, Folder), "*.yaml")
            .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The shape of a translation file: its sections, each words by key.</summary>
    private static readonly MapShape FileShape = new("The words of one language", [.. Sections.Select(section => new KeyShape(section,
        new DictionaryShape("Words by key", new TextShape("The words; {0} and {1} are blanks the template fills"))))]);

    /// <summary>One translation file as it is, without the English fallback; throws <see cref="Diagnostics.DefinitionException"/>
    /// naming each problem's line and column.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ReadFile(string path)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        var text = ReportBuilder.IO.BoundedFile.ReadText(path, YamlSource.MaxFileBytes) is { Text: { } read }
            ? read
            : throw new InvalidDataException($"{path}: not a regular translation file of at most 1 MB");
        var yaml = YamlSource.Load(path, text, diagnostics);
        var sections = yaml.Root is { } root
            ? yaml.Read(root, FileShape, "the translation file").Written.Where(s => s.Value is CheckedDictionary)
                .ToDictionary(s => s.Name, s => WordsOf(s.Value), StringComparer.Ordinal)
            : [];
        diagnostics.ThrowIfErrors();
        return sections;
    }

    private static IReadOnlyDictionary<string, string> WordsOf(Checked? section) => section is CheckedDictionary words
        ? words.Scalars.ToDictionary(w => w.Name, w => w.Value.Text, StringComparer.Ordinal)
        : new Dictionary<string, string>();

    private static Translations Read(string directory, string locale)
    {
        var folder = Path.Combine(directory, Folder);
        var english = ReadFile(Path.Combine(folder, $"{DefaultLocale}.yaml"));
        // de-AT reads de.yaml: the language is what the words depend on.
        var language = locale.Split('-', '_')[0].ToLowerInvariant();
        var path = Path.Combine(folder, $"{language}.yaml");
        if (language == DefaultLocale || !File.Exists(path))
        {
            return new Translations(File.Exists(path) ? language : DefaultLocale, english);
        }

        var own = ReadFile(path);
        var merged = english.ToDictionary(s => s.Key, s =>
        {
            var words = s.Value.ToDictionary();
            foreach (var (key, value) in own.GetValueOrDefault(s.Key) ?? new Dictionary<string, string>())
            {
                words[key] = value;
            }

            return (IReadOnlyDictionary<string, string>)words;
        });
        return new Translations(language, merged);
    }
}
