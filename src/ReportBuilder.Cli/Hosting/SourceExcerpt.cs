using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Cli.Hosting;

/// <summary>Prints the offending source line with a caret under the column, as compilers do; the value of a key named like a
/// secret (<see cref="IsSecretKey"/>), or anchored where such a key refers to it, is never printed.</summary>
internal static partial class SourceExcerpt
{
    /// <summary>Every problem of a definition as <c>file:line:col: error: …</c>, each with its source line and caret; each
    /// file is read, split and searched for secret anchors once, however many problems it has.</summary>
    public static void Write(TextWriter output, DefinitionException exception)
    {
        var files = new Dictionary<string, Source?>(StringComparer.Ordinal);
        foreach (var diagnostic in exception.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
            Write(output, diagnostic.Location, files);
        }
    }

    /// <summary>A data-source problem, at its place in the definition when it has one; <paramref name="what"/> names the
    /// format that failed (<c>"pdf: "</c>) or is empty.</summary>
    public static void Write(TextWriter output, DataSourceException exception, string what = "")
    {
        output.WriteLine(exception.Location is { } location ? $"{location}: error: {what}{exception.Message}" : $"error: {what}{exception.Message}");
        if (exception.Location is not null)
        {
            Write(output, exception.Location);
        }
    }

    public static void Write(TextWriter output, SourceLocation location) =>
        Write(output, location, new Dictionary<string, Source?>(StringComparer.Ordinal));

    /// <summary>A definition file's lines and the anchors its secret-like keys refer to.</summary>
    private sealed record Source(string[] Lines, IReadOnlySet<string> Anchors);

    private static void Write(TextWriter output, SourceLocation location, Dictionary<string, Source?> files)
    {
        if (location.Line < 1)
        {
            return;
        }

        if (!files.TryGetValue(location.File, out var source))
        {
            files[location.File] = source = IO.BoundedFile.ReadText(location.File, YamlSource.MaxFileBytes).Text is { } text
                // As File.ReadLines splits: no line in an empty file, none after a final line break.
                ? new Source(text.Length == 0 ? [] : (text.EndsWith('\n') ? text[..^1] : text).Split('\n'), SecretAnchors(text))
                : null;
        }

        var line = source is not null && location.Line <= source.Lines.Length ? source.Lines[location.Line - 1].TrimEnd('\r') : null;
        if (line is null || line.Length > 300)
        {
            return;
        }

        var gutter = $"{location.Line,5} | ";
        // Whether a pass: is a rule is asked only of a line that has one: the walk up to its parent, for every problem of a
        // file with tens of thousands of them, cost their square (a 900 KB file of unknown keys took 33 s).
        var inTarget = line.Contains("pass", StringComparison.Ordinal) && InTarget(source!.Lines, location.Line - 1);
        output.WriteLine(gutter + Redact(line, source!.Anchors, inTarget).Replace('\t', ' '));
        output.WriteLine(new string(' ', gutter.Length + Math.Max(0, Math.Min(location.Column - 1, line.Length))) + "^");
    }

    /// <summary>The line with the value of every secret-like key (<c>password: x</c>, <c>{ api_token: "x" }</c>) replaced by ***.</summary>
    public static string Redact(string line) => Redact(line, new HashSet<string>(StringComparer.Ordinal));

    /// <summary>Whether line <paramref name="index"/> is a key of a block <c>target:</c> mapping, whose <c>pass:</c> is a rule.</summary>
    private static bool InTarget(string[] lines, int index)
    {
        var indent = lines[index].Length - lines[index].TrimStart().Length;
        for (var i = index - 1; i >= 0 && indent > 0; i--)
        {
            var trimmed = lines[i].TrimStart();
            var own = lines[i].Length - trimmed.Length;
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && own < indent)
            {
                return trimmed.TrimStart('-', ' ').StartsWith("target:", StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>As <see cref="Redact(string)"/>, and also the value of any key whose anchor (<c>&amp;a</c>) a secret-like key
    /// uses elsewhere in the file (<c>password: *a</c>): the secret is where the anchor is.</summary>
    /// <remarks>A target's <c>pass:</c> (<c>target: { pass: "&lt; 2" }</c>, or under a block <c>target:</c>) is its rule, not a secret.</remarks>
    public static string Redact(string line, IReadOnlySet<string> secretAnchors, bool inTarget = false) => Pair().Replace(line, m =>
    {
        var value = m.Groups["value"];
        var key = m.Groups["key"].Value;
        var rule = key == "pass" && (inTarget || TargetFlow().IsMatch(line[..m.Index]));
        var secret = !rule && (IsSecretKey(key) || (AnchorOf(value.Value) is { } anchor && secretAnchors.Contains(anchor)));
        return value.Length == 0 || !secret ? m.Value : m.Value[..(value.Index - m.Index)] + "***";
    });

    /// <summary>The one rule for what is secret: a key whose name, unquoted and unescaped, contains pass, pwd, secret, token,
    /// key, credential or auth, in any case and with any separator (<c>smtp_pass</c>, <c>SMTP-Pwd</c>, <c>"p\x61ss"</c>).</summary>
    public static bool IsSecretKey(string key) => SecretWord().IsMatch(Unquote(key));

    /// <summary>The anchors that secret-like keys of <paramref name="text"/> refer to (<c>password: *a</c> gives <c>a</c>).</summary>
    public static IReadOnlySet<string> SecretAnchors(string text) => Pair().Matches(text)
        .Where(m => IsSecretKey(m.Groups["key"].Value) && m.Groups["value"].Value.StartsWith('*'))
        .Select(m => m.Groups["value"].Value[1..].TrimEnd())
        .ToHashSet(StringComparer.Ordinal);

    private static string? AnchorOf(string value) =>
        value.StartsWith('&') ? value[1..].Split([' ', '\t'], 2)[0] : null;

    // A key as YAML writes it: plain, 'single-quoted' ('' is a quote) or "double-quoted" with escapes (\x61, \u0061, \U…).
    private static string Unquote(string key)
    {
        if (key.Length >= 2 && key[0] == '\'' && key[^1] == '\'')
        {
            return key[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (key.Length < 2 || key[0] != '"' || key[^1] != '"')
        {
            return key;
        }

        return Escape().Replace(key[1..^1], m => m.Groups["hex"].Success
            ? char.ConvertFromUtf32(int.Parse(m.Groups["hex"].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture))
            : m.Groups["char"].Value);
    }

    // key: value pairs of block and flow YAML. A value that opens a flow mapping or sequence is matched empty, so the pairs
    // inside it are found in turn ({ smtp: { pass: x } }).
    [System.Text.RegularExpressions.GeneratedRegex(
        """(?<key>"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[\w.-]+)[ \t]*:(?=[ \t]|$)[ \t]*(?<value>(?=[{\[])|"(?:[^"\\]|\\.)*"?|'[^']*'?|[^,}#\r\n]*[^,}#\s]|)""",
        System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex Pair();

    [System.Text.RegularExpressions.GeneratedRegex(@"\btarget[ \t]*:[ \t]*\{[^}]*$")]
    private static partial System.Text.RegularExpressions.Regex TargetFlow();

    [System.Text.RegularExpressions.GeneratedRegex("(?i)pass|pwd|secret|token|key|credential|auth")]
    private static partial System.Text.RegularExpressions.Regex SecretWord();

    [System.Text.RegularExpressions.GeneratedRegex("""\\(?:[xuU](?<hex>(?<=x)[0-9a-fA-F]{2}|(?<=u)[0-9a-fA-F]{4}|(?<=U)[0-9a-fA-F]{8})|(?<char>.))""")]
    private static partial System.Text.RegularExpressions.Regex Escape();
}
