using ReportBuilder.Diagnostics;

namespace ReportBuilder.Cli;

/// <summary>Prints the offending source line with a caret under the column, as compilers do; the value of a key named like a
/// secret (password, secret, token, key) is never printed.</summary>
internal static partial class SourceExcerpt
{
    public static void Write(TextWriter output, SourceLocation location)
    {
        if (location.Line < 1 || IO.BoundedFile.ReadText(location.File, Definitions.YamlSource.MaxFileBytes).Text is not { } text)
        {
            return;
        }

        // As File.ReadLines splits: no line in an empty file, none after a final line break.
        var lines = text.Length == 0 ? [] : (text.EndsWith('\n') ? text[..^1] : text).Split('\n');
        var line = lines.Skip(location.Line - 1).FirstOrDefault()?.TrimEnd('\r');
        if (line is null || line.Length > 300)
        {
            return;
        }

        var gutter = $"{location.Line,5} | ";
        output.WriteLine(gutter + Redact(line).Replace('\t', ' '));
        output.WriteLine(new string(' ', gutter.Length + Math.Max(0, Math.Min(location.Column - 1, line.Length))) + "^");
    }

    /// <summary>The line with the value of every secret-like key (<c>password: x</c>, <c>{ api_token: "x" }</c>) replaced by ***.</summary>
    public static string Redact(string line) => SecretValue().Replace(line, m => m.Groups["value"].Length == 0 ? m.Value
        : m.Value[..(m.Groups["value"].Index - m.Index)] + "***");

    [System.Text.RegularExpressions.GeneratedRegex(
        """(?i)[\w.-]*(?:password|passwd|secret|token|key)[\w.-]*["']?\s*:[ \t]*(?<value>"(?:[^"\\]|\\.)*"?|'[^']*'?|[^,}#\r\n]*[^,}#\s])""")]
    private static partial System.Text.RegularExpressions.Regex SecretValue();
}
