using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary><c>extends: base.yaml</c>: a variant takes everything from its base and changes only what it states.
/// A key the variant states replaces the base's value; <c>params</c>, <c>source</c> and <c>output</c> merge key by key;
/// <c>metrics</c> merge by name (an entry with <c>remove: true</c> drops the base's entry of that name).</summary>
internal static class ReportInheritance
{
    private static readonly IReadOnlyList<KeyShape> MergedMaps = [ReportKeys.Params, ReportKeys.Source, ReportKeys.Output];

    /// <summary>The report with its bases merged in, and the text of every file read (for the definition hash).</summary>
    public static YamlSource Resolve(YamlSource report, DiagnosticBag diagnostics, List<string> texts) =>
        Resolve(report, diagnostics, texts, [Path.GetFullPath(report.File)]);

    private static YamlSource Resolve(YamlSource report, DiagnosticBag diagnostics, List<string> texts, List<string> chain)
    {
        if (report.Root is not YamlMappingNode root || !root.Children.TryGetValue(new YamlScalarNode(ReportKeys.Extends.Name), out var extendsNode))
        {
            return report;
        }

        if (extendsNode is not YamlScalarNode { Value: { Length: > 0 } baseName })
        {
            report.Error(extendsNode, "extends must name one base report file, e.g. extends: monthly-support.yaml");
            return report;
        }

        // Named as the user named the variant (relative stays relative), so messages point where the user looks.
        var displayPath = Path.Combine(Path.GetDirectoryName(report.FileOf(extendsNode)) ?? "", baseName);
        var basePath = Path.GetFullPath(displayPath);
        if (chain.Contains(basePath))
        {
            var names = chain.Append(basePath).Select(Path.GetFileName);
            report.Error(extendsNode, $"extends makes a cycle: {string.Join(" → ", names)}; remove one of the extends");
            return report;
        }

        if (!File.Exists(basePath))
        {
            report.Error(extendsNode, $"base report not found: {baseName} (paths are relative to this report)");
            return report;
        }

        if (YamlSource.ReadFile(displayPath, diagnostics) is not { } text)
        {
            return report;
        }

        texts.Add(text);
        var parent = Resolve(YamlSource.Load(displayPath, text, diagnostics), diagnostics, texts, [.. chain, basePath]);
        if (parent.Root is not YamlMappingNode baseRoot)
        {
            return report;
        }

        var madeFor = new Dictionary<YamlNode, YamlNode>(ReferenceEqualityComparer.Instance);
        return report.WithRoot(Merge(baseRoot, root, madeFor), parent, madeFor);
    }

    private static YamlMappingNode Merge(YamlMappingNode parent, YamlMappingNode variant, Dictionary<YamlNode, YamlNode> madeFor)
    {
        var merged = new YamlMappingNode();
        madeFor[merged] = variant;
        foreach (var (key, value) in parent.Children.Where(e => !IsKey(e.Key, ReportKeys.Extends)))
        {
            merged.Children[key] = value;
        }

        foreach (var (key, value) in variant.Children.Where(e => !IsKey(e.Key, ReportKeys.Extends)))
        {
            merged.Children[key] = parent.Children.TryGetValue(key, out var old) ? MergeValue(key, old, value, madeFor) : value;
        }

        return merged;
    }

    private static YamlNode MergeValue(YamlNode key, YamlNode old, YamlNode value, Dictionary<YamlNode, YamlNode> madeFor) => (old, value) switch
    {
        (YamlSequenceNode a, YamlSequenceNode b) when IsKey(key, ReportKeys.Metrics) => MergeMetrics(a, b, madeFor),
        (YamlMappingNode a, YamlMappingNode b) when MergedMaps.Any(k => IsKey(key, k)) => Merge(a, b, madeFor),
        _ => value,
    };

    private static YamlSequenceNode MergeMetrics(YamlSequenceNode parent, YamlSequenceNode variant, Dictionary<YamlNode, YamlNode> madeFor)
    {
        var entries = parent.Children.ToList();
        foreach (var entry in variant.Children)
        {
            var index = NameOf(entry) is { } name ? entries.FindIndex(e => NameOf(e) == name) : -1;
            var remove = entry is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(MetricEntryKeys.Remove.Name), out var flag) &&
                flag is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } value } && YamlSource.TrueWords.Contains(value);
            if (index < 0)
            {
                entries.Add(entry);
            }
            else if (remove)
            {
                entries.RemoveAt(index);
            }
            else
            {
                entries[index] = entries[index] is YamlMappingNode a && entry is YamlMappingNode b ? MergeEntry(a, b, madeFor) : entry;
            }
        }

        var merged = new YamlSequenceNode(entries);
        madeFor[merged] = variant;
        return merged;
    }

    private static YamlMappingNode MergeEntry(YamlMappingNode parent, YamlMappingNode variant, Dictionary<YamlNode, YamlNode> madeFor)
    {
        var merged = new YamlMappingNode();
        madeFor[merged] = variant;
        foreach (var (key, value) in parent.Children.Concat(variant.Children))
        {
            merged.Children[key] = value;
        }

        return merged;
    }

    private static string? NameOf(YamlNode entry) => entry is YamlMappingNode map
        ? (Scalar(map, MetricEntryKeys.Name) ?? Scalar(map, MetricEntryKeys.Metric))
        : null;

    private static string? Scalar(YamlMappingNode map, KeyShape key) =>
        map.Children.TryGetValue(new YamlScalarNode(key.Name), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

    private static bool IsKey(YamlNode key, KeyShape shape) => key is YamlScalarNode { Value: var value } && value == shape.Name;
}
