using System.Text.Encodings.Web;
using ReportBuilder.Definitions;
using ReportBuilder.IO;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportBuilder.Rendering.Html;

/// <summary>
/// A template context that HTML-escapes every value a template writes (<c>{{ x }}</c>), so data such as an
/// agent called <c>&lt;script&gt;</c> comes out as text even when a template forgets <c>| html.escape</c>.
/// The template's own markup is written as is.
/// </summary>
internal sealed class HtmlEscapingContext : TemplateContext
{
    private static readonly HtmlEncoder _encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public HtmlEscapingContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>Escapes a value for HTML text and attributes.</summary>
    public static string Escape(string text) => _encoder.Encode(text);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TrustedHtml trusted)
        {
            return Write(trusted.Html);
        }

        var text = textAsObject is null ? null : ObjectToString(textAsObject);
        return text is null ? this : Write(Escape(text));
    }

    /// <summary>Units and directions as their wire names (<c>percent</c>, <c>higher</c>): what templates compare and write,
    /// as they did when the model held them as text.</summary>
    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        MetricUnit unit => unit.ToWire(),
        MetricDirection direction => direction.ToWire(),
        _ => base.ObjectToString(value, nested),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}

/// <summary>Markup that is already safe (the output of an included template): written without escaping.</summary>
internal sealed record TrustedHtml(string Html)
{
    public override string ToString() => Html;
}
