using ReportBuilder.Diagnostics;

namespace ReportBuilder.Cli;

/// <summary>Prints the offending source line with a caret under the column, as compilers do.</summary>
internal static class SourceExcerpt
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
        output.WriteLine(gutter + line.Replace('\t', ' '));
        output.WriteLine(new string(' ', gutter.Length + Math.Max(0, Math.Min(location.Column - 1, line.Length))) + "^");
    }
}
