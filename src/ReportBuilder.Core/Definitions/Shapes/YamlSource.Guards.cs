using ReportBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions.Shapes;

/// <summary>What keeps hostile input harmless: files over 1 MB, bytes that are not UTF-8, YAML nested past
/// <see cref="MaxDepth"/>, alias bombs, and tabs where indentation belongs.</summary>
internal sealed partial class YamlSource
{
    /// <summary>How deep mappings and lists may nest: far beyond any report, far below what could exhaust the stack.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest definition file read: a report is a few kilobytes.</summary>
    public const int MaxFileBytes = 1 << 20;

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a definition file as UTF-8 (a byte-order mark is allowed); null, with the problem reported, when it is
    /// missing, not a regular file, too large or not UTF-8. Every definition file (report, base, model, include, deliveries)
    /// is read here, so none can make the reader run out of memory.</summary>
    public static string? ReadFile(string path, DiagnosticBag diagnostics)
    {
        var length = System.IO.File.Exists(path) ? new FileInfo(path).Length : 0;
        if (length > MaxFileBytes)
        {
            diagnostics.Error(SourceLocation.StartOf(path),
                $"the file is {length / 1024.0 / 1024.0:0.#} MB: a report definition is at most 1 MB; is this the right file?");
            return null;
        }

        var (read, refusal) = IO.BoundedFile.Read(path, MaxFileBytes);
        if (read is not { } bytes)
        {
            diagnostics.Error(SourceLocation.StartOf(path), refusal == IO.BoundedFile.Refusal.TooLarge
                ? "the file gives more than 1 MB: a report definition is at most 1 MB; is this the right file?"
                : IO.BoundedFile.Describe(refusal, MaxFileBytes));
            return null;
        }

        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var before = bytes.AsSpan(0, Math.Min(offset, bytes.Length));
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            diagnostics.Error(new SourceLocation(path, line, column),
                $"the file is not UTF-8 text (byte 0x{bytes[offset]:X2}): save it as UTF-8");
            return null;
        }
    }

    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indent)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Where the text first nests deeper than <see cref="MaxDepth"/>, read as events so nothing recurses.</summary>
    private static Mark? TooDeep(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++depth > MaxDepth:
                    return parser.Current.Start;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }

    /// <summary>Every node under <paramref name="root"/> once: an alias is the node it names, so a YAML bomb stays small.</summary>
    public static IEnumerable<YamlNode> DistinctNodes(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            yield return node;
            var children = node switch
            {
                YamlMappingNode map => map.Children.SelectMany(e => new[] { e.Key, e.Value }),
                YamlSequenceNode list => list.Children,
                _ => [],
            };
            foreach (var child in children)
            {
                pending.Push(child);
            }
        }
    }
}
