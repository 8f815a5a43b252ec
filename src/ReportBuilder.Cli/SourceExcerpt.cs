using System.Text.RegularExpressions;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Cli;

/// <summary>Prints the offending source line with a caret under the column, as compilers do.</summary>
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
        output.WriteLine(gutter + Secret().Replace(line.Replace('\t', ' '), "$1***"));
        output.WriteLine(new string(' ', gutter.Length + Math.Max(0, Math.Min(location.Column - 1, line.Length))) + "^");
    }

    // A password written where it must not be is refused, and never printed back.
    [GeneratedRegex(@"(\bpassword\s*:\s*)[^,}\s][^,}]*", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}
