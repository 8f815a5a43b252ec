using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Definitions;

/// <summary>What a report says of breakdown groups: their keys' labels (<c>labels:</c>) and links (<c>links:</c>).</summary>
public static partial class ReportDefinitionLoader
{
    // Per dimension, each key's label: one text for every language, or a mapping of languages to texts. A report's labels: and
    // the data model's (CatalogLoader.LoadModel).
    internal static Dictionary<string, Located<IReadOnlyDictionary<string, KeyLabel>>> ParseLabels(IReadOnlyList<CheckedEntry> dimensions)
    {
        var labels = new Dictionary<string, Located<IReadOnlyDictionary<string, KeyLabel>>>(StringComparer.Ordinal);
        // Dimensions that alias one mapping of labels (&a, *a) share its labels, mapped once.
        var mapped = new Dictionary<Checked, Dictionary<string, KeyLabel>>(ReferenceEqualityComparer.Instance);
        foreach (var dimension in dimensions)
        {
            if (dimension.Value is { } aliased && mapped.TryGetValue(aliased, out var shared))
            {
                labels[dimension.Name] = new Located<IReadOnlyDictionary<string, KeyLabel>>(shared, dimension.KeyLocation);
                continue;
            }

            var byKey = new Dictionary<string, KeyLabel>(StringComparer.Ordinal);
            if (dimension.Value is { } value)
            {
                mapped[value] = byKey;
            }

            foreach (var key in dimension.Value is CheckedDictionary keys ? keys.Entries : [])
            {
                switch (key.Value)
                {
                    case CheckedScalar label:
                        byKey[key.Name] = new KeyLabel(label.Text, new Dictionary<string, string>());
                        break;
                    case CheckedMap byLanguage:
                        byKey[key.Name] = new KeyLabel(null, byLanguage.Scalars.ToDictionary(e => e.Name, e => e.Value.Text, StringComparer.Ordinal));
                        break;
                }
            }

            labels[dimension.Name] = new Located<IReadOnlyDictionary<string, KeyLabel>>(byKey, dimension.KeyLocation);
        }

        return labels;
    }

    // A URL template per dimension; anything but an http or https address (javascript:, file:, a relative path) is refused.
    private static Dictionary<string, Located<string>> ParseLinks(YamlSource yaml, IReadOnlyList<CheckedEntry> dimensions)
    {
        var links = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        foreach (var (dimension, value) in dimensions.Select(d => (d.Name, d.Value)))
        {
            if (value is not CheckedScalar { Text: var template } scalar)
            {
                continue;
            }

            if (!GroupLinks.IsAllowed(template))
            {
                yaml.Error(scalar.Node, $"links.{dimension}: '{template}' {GroupLinks.NotHttp}");
                continue;
            }

            if (GroupLinks.Unknown(template) is { } unknown)
            {
                yaml.Error(scalar.Node, $"links.{dimension}: '{unknown}' is not a placeholder: write {GroupLinks.Placeholder}, which stands for the group's key");
                continue;
            }

            if (!template.Contains(GroupLinks.Placeholder, StringComparison.Ordinal))
            {
                yaml.Error(scalar.Node, $"links.{dimension}: '{template}' has no {GroupLinks.Placeholder}, so every group would link to the same page: " +
                    "put {key} where the group's key goes, e.g. https://help.example.com/agents/{key}");
                continue;
            }

            links[dimension] = scalar.Located;
        }

        return links;
    }
}
