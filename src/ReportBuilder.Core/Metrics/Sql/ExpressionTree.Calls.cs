using ReportBuilder.Expressions;
using ReportBuilder.Metrics.Sql.Tree;

namespace ReportBuilder.Metrics.Sql;

internal sealed partial class ExpressionTree
{
    /// <summary>The aggregate functions of the metric language.</summary>
    public static readonly HashSet<string> Aggregates =
        ["count", "count_distinct", "sum", "mean", "avg", "min", "max", "median", "percentile", "share"];

    private static readonly Dictionary<string, (int Min, int Max, string Usage)> Scalars = new()
    {
        ["hours"] = (2, 2, "hours(from, to)"),
        ["business_hours"] = (2, 3, "business_hours(start, end) or business_hours(start, end, 'calendar')"),
        ["local_hour"] = (1, 1, "local_hour(timestamp)"),
        ["local_weekday"] = (1, 1, "local_weekday(timestamp)"),
        ["if"] = (3, 3, "if(condition, then, else)"),
        ["coalesce"] = (2, 8, "coalesce(a, b, ...)"),
        ["abs"] = (1, 1, "abs(x)"),
    };

    public override SqlExpr VisitCall(Call node)
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
            return Constant.Null;
        }

        if (node.Args.Count < shape.Min || node.Args.Count > shape.Max)
        {
            Error(node, $"wrong number of arguments: use {shape.Usage}");
            return Constant.Null;
        }

        if (name == "if")
        {
            return IfThenElse(node);
        }

        if (name == Calendars.CalendarScope.BusinessHours)
        {
            return BusinessHours(node);
        }

        var args = node.Args.Select(Visit).ToList();
        return name switch
        {
            "hours" => new Dialect(DialectCall.Hours, args[0], args[1]),
            "local_hour" => new Dialect(DialectCall.LocalHour, args[0], _zone),
            "local_weekday" => new Dialect(DialectCall.LocalWeekday, args[0], _zone),
            "coalesce" => new Function("COALESCE", new Nodes(args)),
            _ => new Function("ABS", new Nodes(args)),
        };
    }

    /// <summary><c>business_hours(start, end[, 'calendar'])</c>: working hours under the named calendar, else the row's (the
    /// report's <c>calendar:</c>, or a CASE over the column <c>calendar_by:</c> reads).</summary>
    private SqlExpr BusinessHours(Call node)
    {
        var (start, end) = (Visit(node.Args[0]), Visit(node.Args[1]));
        var time = _scope.WorkingTime;
        var scope = time?.Calendars ?? Calendars.CalendarScope.None;
        WorkingHours Hours(Calendars.BusinessCalendar calendar) => new(start, end, time!.Intervals(calendar));

        if (node.Args.Count == 3)
        {
            if (node.Args[2] is not StringLiteral { Value: var name })
            {
                Error(node, Calendars.WorkingTime.NameNotText);
                return Constant.Null;
            }

            if (time is null || !scope.Calendars.TryGetValue(name, out var named))
            {
                var suggestion = Definitions.NameSuggestions.Closest(name, scope.Calendars.Keys);
                Error(node, $"unknown calendar '{name}' in business_hours()" + (suggestion is null
                    ? $": use {string.Join(", ", scope.Calendars.Keys.Order(StringComparer.Ordinal))}, or define it under calendars:"
                    : $"; did you mean '{suggestion}'?"));
                return Constant.Null;
            }

            return Hours(named);
        }

        if (time is null || !scope.HasRowCalendar)
        {
            Error(node, Calendars.WorkingTime.NoCalendar);
            return Constant.Null;
        }

        if (scope.By is not { } by)
        {
            return Hours(scope.Calendars[scope.Default!.Value]);
        }

        var column = Row(_scope, by.Column) ?? Constant.Null;
        var pairs = by.Map.Where(m => m.Value.Value != by.Default.Value)
            .SelectMany(m => new SqlExpr[] { _parameters.New(m.Key), Hours(scope.Calendars[m.Value.Value]) });
        return new Group(new SimpleCase(column, new Nodes(pairs), Hours(scope.Calendars[by.Default.Value])));
    }

    /// <summary>An aggregate's input restricted to the metric's own rows (see <see cref="_rowFilter"/>).</summary>
    private SqlExpr Only(SqlExpr input) => _rowFilter is null ? input : new Group(new Case(_rowFilter, input, null));

    /// <summary><c>if(condition, a, b)</c>; when a and b are equal, the pass <see cref="FoldConstantBranches"/> makes it a.</summary>
    private Group IfThenElse(Call node)
    {
        var args = node.Args.Select(Visit).ToList();
        return new Group(new Case(args[0], args[1], args[2]));
    }

    private SqlExpr Aggregate(Call node, string name)
    {
        if (!_allowAggregates)
        {
            Error(node, $"'{node.Name}' aggregates rows and cannot be used here: filters and dimensions work row by row");
            return Constant.Null;
        }

        if (_inAggregate)
        {
            Error(node, $"'{node.Name}' cannot be used inside another aggregate");
            return Constant.Null;
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
            return Constant.Null;
        }

        _inAggregate = true;
        try
        {
            if (name == "percentile")
            {
                if (node.Args[1] is not NumberLiteral { Value: >= 0 and <= 1 } p)
                {
                    Error(node.Args[1], "the percentile must be a number from 0 to 1, e.g. 0.9 or 90%");
                    return Constant.Null;
                }

                var input = Only(Visit(node.Args[0]));
                return new Percentile(input, _parameters.New(p.Value));
            }

            if (name == "share")
            {
                var hit = new Case(Visit(node.Args[0]), new Constant("1.0"), new Constant("0.0"));
                return new Tree.Aggregate(AggregateKind.Avg, _rowFilter is null ? hit : Only(new Group(hit)));
            }

            if (name == "count" && node.Args.Count == 0)
            {
                return new Tree.Aggregate(AggregateKind.Count, _rowFilter is null ? null : Only(Constant.One));
            }

            var value = Only(Visit(node.Args[0]));
            if (node.Args.Count == 2)
            {
                // A conditional sum or count over no matching rows is 0, not "no data".
                value = new Group(new Case(Visit(node.Args[1]), value, null));
                if (name == "sum")
                {
                    return new Function("COALESCE", new Nodes([new Tree.Aggregate(AggregateKind.Sum, value), Constant.Zero]));
                }
            }

            return name switch
            {
                "count" => new Tree.Aggregate(AggregateKind.Count, value),
                "count_distinct" => new Tree.Aggregate(AggregateKind.CountDistinct, value),
                "sum" => new Tree.Aggregate(AggregateKind.Sum, value),
                "mean" or "avg" => new Tree.Aggregate(AggregateKind.Avg, value),
                "min" => new Tree.Aggregate(AggregateKind.Min, value),
                "max" => new Tree.Aggregate(AggregateKind.Max, value),
                _ => new Percentile(value, null),
            };
        }
        finally
        {
            _inAggregate = false;
        }
    }
}
