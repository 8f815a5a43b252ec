using System.Collections.Frozen;
using System.Text;

namespace ReportBuilder.IO;

/// <summary>The one place enums become text where text leaves the program — the JSON, the templates' members, the YAML a
/// user writes, the delivery ledger — and come back: a member's wire name is its name in snake case
/// (<c>Percent</c> → <c>percent</c>, <c>NoData</c> → <c>no_data</c>, <c>NotAllPass</c> → <c>not_all_pass</c>). Inside the program
/// the values stay enums.</summary>
public static class WireNames
{
    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string ToWire<T>(this T value) where T : struct, Enum => Names<T>.Of[value];

    /// <summary>Every member's wire name, in declaration order (the allowed values of a key in YAML and the JSON Schema).</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>The member whose wire name is <paramref name="wire"/> (exact, case-sensitive), or null.</summary>
    public static T? Parse<T>(string? wire) where T : struct, Enum =>
        wire is not null && Names<T>.ByWire.TryGetValue(wire, out var value) ? value : null;

    private static string Snake(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = [.. Enum.GetValues<T>().Select(v => Snake(v.ToString()))];

        public static readonly FrozenDictionary<T, string> Of = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => Snake(v.ToString()));

        public static readonly FrozenDictionary<string, T> ByWire = Enum.GetValues<T>().ToFrozenDictionary(v => Snake(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
