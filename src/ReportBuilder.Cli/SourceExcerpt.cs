using ReportBuilder.Diagnostics;

namespace ReportBuilder.Cli;

/// <summary>Prints the offending source line with a caret under the column, as compilers do.</summary>
internal static class SourceExcerpt
{
    public static void Write(TextWriter output, SourceLocation location)
    {
        if (!File.Exists(location.File) || location.Line < 1)
        {
            return;
        }

        var line = File.ReadLines(location.File).Skip(location.Line - 1).FirstOrDefault();
        if (line is null || line.Length > 300)
        {
            return;
        }

        var gutter = $"{location.Line,5} | ";
        output.WriteLine(gutter + line.Replace('\t', ' '));
        output.WriteLine(new string(' ', gutter.Length + Math.Max(0, Math.Min(location.Column - 1, line.Length))) + "^");
    }
}
