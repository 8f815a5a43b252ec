namespace ReportBuilder.Definitions;

/// <summary>The folders a definition may read files from besides its own (<c>template:</c>, <c>model:</c>, <c>include:</c>).</summary>
/// <param name="BuiltInTemplates">The installed templates folder, which a report's <c>template:</c> may name too.</param>
/// <param name="Allowed">The folders the user allows with <c>--allow-dir</c>.</param>
public sealed record DefinitionFolders(string? BuiltInTemplates, IReadOnlyList<string> Allowed)
{
    /// <summary>Only the definition's own folder.</summary>
    public static readonly DefinitionFolders OwnOnly = new(null, []);
}
