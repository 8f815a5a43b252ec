using ReportBuilder.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportBuilder.Rendering.Html;

/// <summary>Turns Scriban's errors into diagnostics that name the template file, line and column (1-based).</summary>
internal static class TemplateErrors
{
    public static DefinitionException From(LogMessageBag messages) =>
        new(messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => new Diagnostic(Severity.Error, Location(m.Span), m.Message))
            .ToList());

    public static DefinitionException From(ScriptRuntimeException ex) =>
        ex is ScriptParserRuntimeException { ParserMessages.HasErrors: true } parser
            ? From(parser.ParserMessages)
            : new DefinitionException(Location(ex.Span), ex.OriginalMessage);

    public static DefinitionException TooSlow(ScriptRuntimeException ex, TimeSpan limit) =>
        new(Location(ex.Span), string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the template ran longer than {limit.TotalSeconds:0.#} s and was stopped here: look for a loop that never ends"));

    private static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "template", span.Start.Line + 1, span.Start.Column + 1);
}

/// <summary>Error texts of the renderers.</summary>
internal static class TemplateMessages
{
    public const string OwnNotFound = "template not found: check the path in template:, relative to the report";

    public static string NotFound(string directory) =>
        $"template not found in {directory}: reinstall ReportBuilder or restore templates/";
}
