using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportBuilder.IO;

/// <summary>Turns a key from the user's data or definitions (a burst key, a param value) into one file-name segment or
/// Message-ID part: never a path separator, <c>..</c> or control character, and one name per exact key.</summary>
internal static partial class SafeName
{
    private const int MaxSlug = 40;

    /// <summary>The key itself when it is letters, digits, <c>-</c> and <c>_</c> (up to 64); otherwise a readable slug and
    /// <c>~</c> and a short hash of the exact key, so <c>äb</c> and <c>öb</c> stay apart and no plain key can take the name of
    /// an escaped one.</summary>
    public static string Of(string key)
    {
        if (Plain().IsMatch(key))
        {
            return key;
        }

        var slug = Unsafe().Replace(key, "_");
        slug = slug.Length > MaxSlug ? slug[..MaxSlug] : slug;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 4);
        return $"{(slug.Length == 0 ? "key" : slug)}~{hash}";
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex Plain();

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex Unsafe();
}
