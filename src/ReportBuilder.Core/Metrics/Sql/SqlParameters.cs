using System.Globalization;

namespace ReportBuilder.Metrics.Sql;

/// <summary>The parameters of one query: every value from a definition or the command line travels here, never in SQL text.</summary>
/// <param name="mark">What starts a placeholder in the dialect (<see cref="SqlDialect.ParameterMark"/>).</param>
internal sealed class SqlParameters(char mark = '@')
{
    private readonly List<KeyValuePair<string, object?>> _values = [];

    /// <summary>Name and value of each parameter, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Values => _values;

    /// <summary>Adds a value and returns its placeholder, reusing one for an equal value.</summary>
    public string Add(object? value)
    {
        foreach (var (name, existing) in _values)
        {
            if (Equals(existing, value))
            {
                return name;
            }
        }

        var placeholder = mark + "p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _values.Add(new(placeholder, value));
        return placeholder;
    }
}
