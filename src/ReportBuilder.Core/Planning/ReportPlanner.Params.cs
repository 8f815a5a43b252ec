using System.Text.RegularExpressions;
using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Planning;

public static partial class ReportPlanner
{
    /// <summary>The report's params with the command line's <c>--set</c> values applied.</summary>
    private static Dictionary<string, Located<string>> PlanParams(ReportDefinition definition, RunOptions options, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, Located<string>>(definition.Params, StringComparer.Ordinal);
        foreach (var (name, value) in options.Sets)
        {
            if (!values.ContainsKey(name))
            {
                var suggestion = NameSuggestions.Closest(name, values.Keys);
                diagnostics.Error(SourceLocation.Option("--set"), $"the report declares no param '{name}'" + (suggestion is not null
                    ? $"; did you mean '{suggestion}'?"
                    : values.Count == 0 ? ": declare it under params: in the report" : $": use {string.Join(", ", values.Keys)}"));
                continue;
            }

            values[name] = new Located<string>(value, SourceLocation.Option("--set"));
        }

        return values;
    }

    /// <summary>The title with <c>{NAME}</c> replaced by the param's value.</summary>
    private static string ReportTitle(ReportDefinition definition, IReadOnlyDictionary<string, Located<string>> values, DiagnosticBag diagnostics) =>
        Placeholder().Replace(definition.Title, match =>
        {
            if (values.TryGetValue(match.Groups[1].Value, out var value))
            {
                return Unquoted(value.Value);
            }

            diagnostics.Error(SourceLocation.StartOf(definition.Path),
                $"the title uses {match.Value} but the report declares no param '{match.Groups[1].Value}': add it under params:");
            return match.Value;
        });

    /// <summary>A param as readers see it: 'New York' without its quotes.</summary>
    private static string Unquoted(string value) =>
        value is ['\'', .. var quoted, '\''] ? quoted.Replace("''", "'", StringComparison.Ordinal) : value;

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
