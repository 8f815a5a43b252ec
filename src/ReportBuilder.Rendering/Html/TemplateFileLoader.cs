using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportBuilder.Rendering.Html;

/// <summary>Resolves <c>include 'partials/card.sbn'</c> against the templates folder, and nothing outside it.</summary>
internal sealed class TemplateFileLoader(string directory) : ITemplateLoader
{
    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var path = Path.GetFullPath(Path.Combine(_root, templateName));
        return path.StartsWith(_root, StringComparison.Ordinal)
            ? path
            : throw new ScriptRuntimeException(callerSpan, $"'{templateName}' is outside the templates folder {_root}");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"template not found: {templatePath}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
