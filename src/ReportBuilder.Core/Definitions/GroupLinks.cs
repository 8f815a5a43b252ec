namespace ReportBuilder.Definitions;

/// <summary>Breakdown keys as links (<c>links:</c> in a report): a URL template per dimension, <c>{key}</c> standing for the
/// group's key as the database gives it, escaped for a URL. Only http and https are allowed.</summary>
internal static partial class GroupLinks
{
    /// <summary>The placeholder a template puts where the key goes.</summary>
    public const string Placeholder = "{key}";

    /// <summary>Whether a template makes web addresses: absolute, http or https, with a host.</summary>
    /// <summary>What the shape's pattern and <see cref="IsAllowed"/> say of a template that is no web address.</summary>
    public const string NotHttp = "is not an http or https address: write a full URL such as https://help.example.com/agents/{key}";

    public static bool IsAllowed(string template) =>
        Uri.TryCreate(template.Replace(Placeholder, "key", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" && uri.Host.Length > 0;

    /// <summary>The first <c>{…}</c> in a template that is not <see cref="Placeholder"/>, or null.</summary>
    public static string? Unknown(string template) =>
        Braces().Matches(template).Select(m => m.Value).FirstOrDefault(p => p != Placeholder);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^{}]*\}")]
    private static partial System.Text.RegularExpressions.Regex Braces();

    /// <summary>The link of a group, or null without a template or a key (the "(none)" group).</summary>
    public static string? For(string? template, string? key) =>
        template is null || key is null ? null : template.Replace(Placeholder, Uri.EscapeDataString(key), StringComparison.Ordinal);
}
