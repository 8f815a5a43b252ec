using ReportBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions.Shapes;

/// <summary>Reads YAML into nodes that keep their positions, and reports problems as diagnostics.</summary>
internal sealed partial class YamlSource
{
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Where the nodes stand that came from another file (a base report merged in by <c>extends</c>) or were made by
    /// merging; every other node stands in <see cref="File"/> at its own mark.</summary>
    private readonly Dictionary<YamlNode, SourceLocation> _locations;

    /// <summary>What each mapping or list was read as, per shape (<see cref="Check"/>).</summary>
    private readonly Dictionary<YamlNode, List<(Shape Shape, Checked? Value)>> _checked = new(ReferenceEqualityComparer.Instance);

    private YamlSource(string file, DiagnosticBag diagnostics, YamlNode? root, Dictionary<YamlNode, SourceLocation>? locations = null)
    {
        File = file;
        _diagnostics = diagnostics;
        Root = root;
        _locations = locations ?? new Dictionary<YamlNode, SourceLocation>(ReferenceEqualityComparer.Instance);
    }

    public string File { get; }

    public YamlNode? Root { get; }

    public static YamlSource Load(string file, string text, DiagnosticBag diagnostics)
    {
        try
        {
            if (TooDeep(text) is { } deep)
            {
                diagnostics.Error(new SourceLocation(file, (int)deep.Line, (int)deep.Column),
                    $"the YAML nests deeper than {MaxDepth} levels: a report definition is a few levels deep; check the indentation and brackets");
                return new YamlSource(file, diagnostics, null);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return new YamlSource(file, diagnostics, stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            var colon = message.IndexOf("): ", StringComparison.Ordinal);
            message = colon >= 0 ? message[(colon + 3)..] : message;
            var location = new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column);
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
            {
                // The scanner reports where the enclosing block began; the reader needs the tab itself.
                (location, message) = (new SourceLocation(file, tab.Line, tab.Column), "a tab indents this line: YAML indents with spaces only");
            }
            else if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
            {
                message = $"duplicate key '{message["Duplicate key ".Length..]}': keep one of them";
            }
            else
            {
                message = $"invalid YAML: {message.TrimEnd('.')}";
            }

            diagnostics.Error(location, message);
            return new YamlSource(file, diagnostics, null);
        }
    }

    public SourceLocation At(YamlNode node) =>
        _locations.TryGetValue(node, out var location) ? location : new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The file a node was read from.</summary>
    public string FileOf(YamlNode node) => At(node).File;

    /// <summary>This file with a merged root: its nodes come from this file, from <paramref name="other"/>'s files, or were
    /// made by the merge and stand where the node of this file they replace (<paramref name="madeFor"/>) stands.</summary>
    public YamlSource WithRoot(YamlNode root, YamlSource other, IReadOnlyDictionary<YamlNode, YamlNode> madeFor)
    {
        var locations = new Dictionary<YamlNode, SourceLocation>(_locations, ReferenceEqualityComparer.Instance);
        foreach (var node in other.Root is null ? [] : DistinctNodes(other.Root))
        {
            locations.TryAdd(node, other.At(node));
        }

        foreach (var (made, original) in madeFor)
        {
            locations[made] = At(original);
        }

        return new YamlSource(File, _diagnostics, root, locations);
    }

    /// <summary>The location of a character inside a scalar's text, for errors inside expressions.</summary>
    public SourceLocation At(YamlScalarNode node, int offset)
    {
        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return At(node).Shift(quoted + offset);
    }

    public void Error(YamlNode node, string message) => _diagnostics.Error(At(node), message);

    /// <summary>The entries of a mapping; unknown keys are reported with a suggestion.</summary>
    private IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> Mapping(
        YamlNode node, string what, IReadOnlyCollection<string> allowed)
    {
        var result = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{what} must be a mapping of keys to values");
            return result;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalar)
            {
                Error(keyNode, $"{what}: keys must be plain names");
                continue;
            }

            if (allowed.Count > 0 && !allowed.Contains(key))
            {
                var suggestion = NameSuggestions.Closest(key, allowed);
                Error(keyNode, $"unknown key '{key}' in {what}" +
                    (suggestion is null ? $"; allowed keys: {string.Join(", ", allowed)}" : $"; did you mean '{suggestion}'?"));
                continue;
            }

            if (!result.TryAdd(key, (scalar, value)))
            {
                Error(keyNode, $"duplicate key '{key}' in {what}");
            }
        }

        return result;
    }

    private string? Text(YamlNode? node, string what, string expect = "must be a single value, not a list or mapping")
    {
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: var value } scalar when scalar.Style != ScalarStyle.Plain || !IsNull(value):
                return value;
            case YamlScalarNode:
                return null;
            default:
                Error(node, $"{what} {expect}");
                return null;
        }
    }

    private int? Integer(YamlNode? node, string what, int min, int max)
    {
        var text = Text(node, what);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            Error(node!, $"{what} must be a whole number from {min} to {max}, not '{text}'");
            return null;
        }

        return value;
    }

    private static bool IsNull(string? value) => value is null or "" or "~" or "null" or "Null" or "NULL";
}
