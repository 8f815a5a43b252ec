using ReportBuilder.Definitions.Shapes;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary>What a report says of breakdown groups: their keys' labels (<c>labels:</c>) and links (<c>links:</c>).</summary>
public static partial class ReportDefinitionLoader
{
    // Per dimension, each key's label: one text for every language, or a mapping of languages to texts. A report's labels: and
    // the data model's (CatalogLoader.LoadModel).
    internal static Dictionary<string, Located<IReadOnlyDictionary<string, KeyLabel>>> ParseLabels(YamlSource yaml, YamlNode? node)
    {
        var labels = new Dictionary<string, Located<IReadOnlyDictionary<string, KeyLabel>>>(StringComparer.Ordinal);
        if (node is null)
        {
            return labels;
        }

        foreach (var (dimension, (dimensionKey, keys)) in yaml.Mapping(node, "labels", []))
        {
            var byKey = new Dictionary<string, KeyLabel>(StringComparer.Ordinal);
            foreach (var (key, (_, value)) in yaml.Mapping(keys, $"labels.{dimension}", []))
            {
                if (value is YamlMappingNode)
                {
                    var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var (language, (_, text)) in yaml.Mapping(value, $"labels.{dimension}.{key}", [.. Languages]))
                    {
                        if (yaml.Text(text, $"labels.{dimension}.{key}.{language}") is { } label)
                        {
                            byLanguage[language] = label;
                        }
                    }

                    byKey[key] = new KeyLabel(null, byLanguage);
                }
                else if (yaml.Text(value, $"labels.{dimension}.{key}") is { } label)
                {
                    byKey[key] = new KeyLabel(label, new Dictionary<string, string>());
                }
            }

            labels[dimension] = new Located<IReadOnlyDictionary<string, KeyLabel>>(byKey, yaml.At(dimensionKey));
        }

        return labels;
    }

    // A URL template per dimension; anything but an http or https address (javascript:, file:, a relative path) is refused.
    private static Dictionary<string, Located<string>> ParseLinks(YamlSource yaml, YamlNode? node)
    {
        var links = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        if (node is null)
        {
            return links;
        }

        foreach (var (dimension, (_, value)) in yaml.Mapping(node, "links", []))
        {
            if (yaml.Text(value, $"links.{dimension}") is not { } template)
            {
                continue;
            }

            if (!GroupLinks.IsAllowed(template))
            {
                yaml.Error(value, $"links.{dimension}: '{template}' is not an http or https address: write a full URL such as " +
                    "https://help.example.com/agents/{key}");
                continue;
            }

            if (GroupLinks.Unknown(template) is { } unknown)
            {
                yaml.Error(value, $"links.{dimension}: '{unknown}' is not a placeholder: write {GroupLinks.Placeholder}, which stands for the group's key");
                continue;
            }

            if (!template.Contains(GroupLinks.Placeholder, StringComparison.Ordinal))
            {
                yaml.Error(value, $"links.{dimension}: '{template}' has no {GroupLinks.Placeholder}, so every group would link to the same page: " +
                    "put {key} where the group's key goes, e.g. https://help.example.com/agents/{key}");
                continue;
            }

            links[dimension] = new Located<string>(template, yaml.At(value));
        }

        return links;
    }
}
