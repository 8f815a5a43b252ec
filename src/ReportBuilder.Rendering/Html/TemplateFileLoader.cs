using ReportBuilder.IO;
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

    /// <summary>The largest template or partial read: the built-in report template is a few kilobytes.</summary>
    public const int MaxTemplateBytes = 1 << 20;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? ReadBounded(templatePath, message => new ScriptRuntimeException(callerSpan, message))
            : throw new ScriptRuntimeException(callerSpan, $"template not found: {templatePath}");

    /// <summary>A template's text, read as a regular file of at most <see cref="MaxTemplateBytes"/>.</summary>
    public static string ReadBounded(string path, Func<string, Exception> refuse)
    {
        var (text, refusal) = BoundedFile.ReadText(path, MaxTemplateBytes);
        return text ?? throw refuse($"{path}: {BoundedFile.Describe(refusal, MaxTemplateBytes)}");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
