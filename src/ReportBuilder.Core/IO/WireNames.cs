using System.Text;

namespace ReportBuilder.IO;

/// <summary>The one place enums become text where text leaves the program — the JSON, the templates' members, the YAML a
/// user writes, the delivery ledger — and come back: a member's wire name is its name in snake case
/// (<c>Percent</c> → <c>percent</c>, <c>NoData</c> → <c>no_data</c>, <c>NotAllPass</c> → <c>not_all_pass</c>). Inside the program
/// the values stay enums.</summary>
public static class WireNames
{
    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string ToWire<T>(this T value) where T : struct, Enum
    {
        // A handful of members: a scan costs less than building (and compiling) a dictionary per enum at start-up, which
        // was 0.08 s of a validate's CPU.
        for (var i = 0; i < Names<T>.Values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(Names<T>.Values[i], value))
            {
                return Names<T>.InOrder[i];
            }
        }

        return Snake(value.ToString());     // a value outside the members (a cast number)
    }

    /// <summary>Every member's wire name, in declaration order (the allowed values of a key in YAML and the JSON Schema).</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.InOrder;

    /// <summary>The member whose wire name is <paramref name="wire"/> (exact, case-sensitive), or null.</summary>
    public static T? Parse<T>(string? wire) where T : struct, Enum
    {
        for (var i = 0; i < Names<T>.InOrder.Count; i++)
        {
            if (string.Equals(Names<T>.InOrder[i], wire, StringComparison.Ordinal))
            {
                return Names<T>.Values[i];
            }
        }

        return null;
    }

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

    // The members in declaration order and their names.
    private static class Names<T> where T : struct, Enum
    {
        public static readonly T[] Values = Enum.GetValues<T>();

        public static readonly IReadOnlyList<string> InOrder = [.. Values.Select(v => Snake(v.ToString()))];
    }
}
