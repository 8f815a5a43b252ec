using ReportBuilder.Expressions;

namespace ReportBuilder.Metrics.Sql;

internal sealed partial class ExpressionSql
{
    /// <summary>The aggregate functions of the metric language.</summary>
    public static readonly HashSet<string> Aggregates =
        ["count", "count_distinct", "sum", "mean", "avg", "min", "max", "median", "percentile", "share"];

    private static readonly Dictionary<string, (int Min, int Max, string Usage)> Scalars = new()
    {
        ["hours"] = (2, 2, "hours(from, to)"),
        ["local_hour"] = (1, 1, "local_hour(timestamp)"),
        ["local_weekday"] = (1, 1, "local_weekday(timestamp)"),
        ["if"] = (3, 3, "if(condition, then, else)"),
        ["coalesce"] = (2, 8, "coalesce(a, b, ...)"),
        ["abs"] = (1, 1, "abs(x)"),
    };

    public override string VisitCall(Call node)
    {
        var name = node.Name.ToLowerInvariant();
        if (Aggregates.Contains(name))
        {
            return Aggregate(node, name);
        }

        if (!Scalars.TryGetValue(name, out var shape))
        {
            var suggestion = Definitions.NameSuggestions.Closest(name, Scalars.Keys.Concat(Aggregates));
            Error(node, $"unknown function '{node.Name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return "NULL";
        }

        if (node.Args.Count < shape.Min || node.Args.Count > shape.Max)
        {
            Error(node, $"wrong number of arguments: use {shape.Usage}");
            return "NULL";
        }

        if (name == "if")
        {
            return IfThenElse(node);
        }

        var args = node.Args.Select(Visit).ToList();
        return name switch
        {
            "hours" => _dialect.Hours(args[0], args[1]),
            "local_hour" => _dialect.LocalHour(args[0], _zoneParameter),
            "local_weekday" => _dialect.LocalWeekday(args[0], _zoneParameter),
            "coalesce" => $"COALESCE({string.Join(", ", args)})",
            _ => $"ABS({args[0]})",
        };
    }

    /// <summary>An aggregate's input restricted to the metric's own rows (see <see cref="_rowFilter"/>).</summary>
    private string Only(string input) => _rowFilter is null ? input : $"(CASE WHEN {_rowFilter} THEN {input} END)";

    private string Aggregate(Call node, string name)
    {
        if (!_allowAggregates)
        {
            Error(node, $"'{node.Name}' aggregates rows and cannot be used here: filters and dimensions work row by row");
            return "NULL";
        }

        if (_inAggregate)
        {
            Error(node, $"'{node.Name}' cannot be used inside another aggregate");
            return "NULL";
        }

        var (min, max, usage) = name switch
        {
            "count" => (0, 1, "count() or count(column)"),
            "percentile" => (2, 2, "percentile(expression, 0.9)"),
            "share" => (1, 1, "share(condition)"),
            "sum" or "mean" or "avg" or "min" or "max" or "median" or "count_distinct" => (1, 2, $"{name}(expression) or {name}(expression, condition)"),
            _ => (1, 1, $"{name}(expression)"),
        };
        if (node.Args.Count < min || node.Args.Count > max)
        {
            Error(node, $"wrong number of arguments: use {usage}");
            return "NULL";
        }

        _inAggregate = true;
        try
        {
            if (name == "percentile")
            {
                if (node.Args[1] is not NumberLiteral { Value: >= 0 and <= 1 } p)
                {
                    Error(node.Args[1], "the percentile must be a number from 0 to 1, e.g. 0.9 or 90%");
                    return "NULL";
                }

                return _dialect.Percentile(Only(Visit(node.Args[0])), _parameters.Add(p.Value));
            }

            if (name == "share")
            {
                var hit = $"CASE WHEN {Visit(node.Args[0])} THEN 1.0 ELSE 0.0 END";
                return _rowFilter is null ? $"AVG({hit})" : $"AVG({Only($"({hit})")})";
            }

            if (name == "count" && node.Args.Count == 0)
            {
                return _rowFilter is null ? "COUNT(*)" : $"COUNT({Only("1")})";
            }

            var value = Visit(node.Args[0]);
            value = Only(value);
            if (node.Args.Count == 2)
            {
                // A conditional sum or count over no matching rows is 0, not "no data".
                value = $"(CASE WHEN {Visit(node.Args[1])} THEN {value} END)";
                if (name == "sum")
                {
                    return $"COALESCE(SUM({value}), 0)";
                }
            }

            return name switch
            {
                "count" => $"COUNT({value})",
                "count_distinct" => $"COUNT(DISTINCT {value})",
                "sum" => $"SUM({value})",
                "mean" or "avg" => $"AVG({value})",
                "min" => $"MIN({value})",
                "max" => $"MAX({value})",
                _ => _dialect.Median(value),
            };
        }
        finally
        {
            _inAggregate = false;
        }
    }
}
