using System.Globalization;

namespace ReportBuilder.Import;

/// <summary>
/// A vendor's satisfaction scale, stored on the catalog's 1–5 rating (configs/metrics.yaml: CSAT is the share of ratings
/// of 4 or 5): every answer the vendor counts as satisfied becomes 4 or 5, every other answer 1 to 3, so our CSAT share
/// equals the vendor's own figure. The mean rating is then on our 1–5 scale, not the vendor's.
/// </summary>
internal sealed class CsatScale
{
    private readonly Dictionary<string, int> _ratings;
    private readonly HashSet<string> _unanswered;

    private CsatScale(string name, Dictionary<string, int> ratings, params string[] unanswered)
    {
        Name = name;
        _ratings = ratings;
        _unanswered = new HashSet<string>(unanswered, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    /// <summary>Zendesk's binary scale: good is satisfied (5), bad is not (1); offered and unoffered are surveys without an
    /// answer. Zendesk's satisfaction score is good / (good + bad).</summary>
    public static CsatScale Binary { get; } = new("binary good/bad",
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["good"] = 5, ["good_with_comment"] = 5, ["good_without_comment"] = 5, ["bad"] = 1, ["bad_with_comment"] = 1, ["bad_without_comment"] = 1,
        }, "offered", "unoffered");

    /// <summary>1–5 stars or points as they are; 4 and 5 are satisfied.</summary>
    public static CsatScale FivePoint { get; } = new("1–5",
        new(StringComparer.OrdinalIgnoreCase) { ["1"] = 1, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5 });

    /// <summary>Help Scout's three points: great is satisfied (5), okay neutral (3), not good unsatisfied (1), as the API
    /// writes them (<c>great</c>, <c>okay</c>, <c>not_good</c>; <c>unknown</c> is no answer) or its reports and webhooks do.</summary>
    public static CsatScale ThreePoint { get; } = new("3-point great/okay/not good",
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["great"] = 5, ["okay"] = 3, ["ok"] = 3, ["not good"] = 1, ["not_good"] = 1, ["not-good"] = 1, ["notgood"] = 1, ["bad"] = 1,
        }, "unknown");

    /// <summary>Freshdesk's codes: 103 extremely happy … -103 extremely unhappy on the 5- and 7-point surveys, 103 / 100 /
    /// -103 on the 3-point one. The positive codes are satisfied (103 → 5, 102 and 101 → 4), 100 is neutral (3), the
    /// negative codes are not (-101 and -102 → 2, -103 → 1).</summary>
    public static CsatScale Freshdesk { get; } = new("Freshdesk codes 103…-103",
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["103"] = 5, ["102"] = 4, ["101"] = 4, ["100"] = 3, ["-101"] = 2, ["-102"] = 2, ["-103"] = 1,
        });

    /// <summary>The canonical rating of an answer; null when the survey was not answered.</summary>
    /// <exception cref="FormatException">The answer is not on this scale.</exception>
    public int? Rating(string answer)
    {
        var key = answer.Trim();
        if (_ratings.TryGetValue(key, out var rating))
        {
            return rating;
        }

        if (_unanswered.Contains(key) || key.Length == 0)
        {
            return null;
        }

        // 4.0 for 4 on a 1–5 scale.
        if (double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number)
            && _ratings.TryGetValue(((long)number).ToString(CultureInfo.InvariantCulture), out rating))
        {
            return rating;
        }

        throw new FormatException($"'{answer}' is not an answer on the {Name} scale ({string.Join(", ", _ratings.Keys)})");
    }

    /// <summary>Whether the vendor counts this canonical rating as satisfied: the catalog's share(rating &gt;= 4).</summary>
    public static bool Satisfied(int rating) => rating >= 4;
}
