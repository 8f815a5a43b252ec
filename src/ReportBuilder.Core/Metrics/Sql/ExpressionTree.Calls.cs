using ReportBuilder.Definitions;
using ReportBuilder.Definitions.Shapes;
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
        ["sla_target"] = (3, 3, "sla_target(kind, priority, tier), e.g. sla_target('first_reply', priority, customer.tier)"),
        ["sla_hours"] = (2, 2, "sla_hours(start, end)"),
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
            var suggestion = NameSuggestions.Closest(name, Scalars.Keys.Concat(Aggregates));
            Error(node, $"unknown function '{node.Name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return Constant.Null;
        }

        if (node.Args.Count < shape.Min || node.Args.Count > shape.Max)
        {
            Error(node, $"wrong number of arguments: use {shape.Usage}");
            return Constant.Null;
        }

        if (!CheckTimestamps(node, name) || name == "abs" && RefusedText(node.Args[0], arithmetic: true))
        {
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

        if (name == "sla_target")
        {
            return SlaTarget(node);
        }

        // Without a calendar the loader or the planner has said so at the key: the calendar-hour twin keeps compiling.
        var calendars = _scope.WorkingTime?.Calendars.HasRowCalendar == true;
        if (name == "hours" && _scope.WorkingHours && calendars
            || name == "sla_hours" && _scope.Sla is { Business: true } sla && (sla.Calendar is not null || calendars))
        {
            // hours: business on the metric's entry, or an SLA counted in working hours: the row's calendar, or the SLA's own.
            return _scope.Sla?.Calendar is { } named && name == "sla_hours"
                ? WorkingHoursUnder(node, named.Value)
                : RowWorkingHours(node, Visit(node.Args[0]), Visit(node.Args[1]));
        }

        if (name == "sla_hours" && _scope.Sla is null)
        {
            Error(node, SlaPolicy.NoPolicy(name));
            return Constant.Null;
        }

        var args = node.Args.Select(Visit).ToList();
        return name switch
        {
            "hours" or "sla_hours" => new Dialect(DialectCall.Hours, args[0], args[1]),
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
        if (node.Args.Count < 3)
        {
            return RowWorkingHours(node, Visit(node.Args[0]), Visit(node.Args[1]));
        }

        if (node.Args[2] is not StringLiteral { Value: var name })
        {
            Error(node, Calendars.WorkingTime.NameNotText);
            return Constant.Null;
        }

        return WorkingHoursUnder(node, name);
    }

    /// <summary>Working hours between the call's first two arguments under the calendar named <paramref name="name"/>.</summary>
    private SqlExpr WorkingHoursUnder(Call node, string name)
    {
        var (start, end) = (Visit(node.Args[0]), Visit(node.Args[1]));
        var time = _scope.WorkingTime;
        var scope = time?.Calendars ?? Calendars.CalendarScope.None;
        if (time is null || !scope.Calendars.TryGetValue(name, out var named))
        {
            var suggestion = NameSuggestions.Closest(name, scope.Calendars.Keys);
            Error(node, $"unknown calendar '{name}' in {node.Name}()" + (suggestion is null
                ? $": use {string.Join(", ", scope.Calendars.Keys.Order(StringComparer.Ordinal))}, or define it under calendars:"
                : $"; did you mean '{suggestion}'?"));
            return Constant.Null;
        }

        return new WorkingHours(start, end, time.Intervals(named));
    }

    /// <summary>Working hours under the row's calendar: the report's <c>calendar:</c>, or a CASE over <c>calendar_by:</c>'s column.</summary>
    private SqlExpr RowWorkingHours(Call node, SqlExpr start, SqlExpr end)
    {
        var time = _scope.WorkingTime;
        var scope = time?.Calendars ?? Calendars.CalendarScope.None;
        WorkingHours Hours(Calendars.BusinessCalendar calendar) => new(start, end, time!.Intervals(calendar));

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

    /// <summary><c>sla_target(kind, priority, tier)</c>: the report's SLA target in hours for the row, a CASE over the kind, the
    /// priority and, where a tier has its own, the tier; NULL where the policy sets none.</summary>
    private SqlExpr SlaTarget(Call node)
    {
        if (_scope.Sla is not { } sla)
        {
            Error(node, SlaPolicy.NoPolicy(node.Name));
            return Constant.Null;
        }

        var (kind, priority, tier) = (node.Args[0], Visit(node.Args[1]), Visit(node.Args[2]));
        SqlExpr Priority(string k, string p)
        {
            var own = sla.TierTargets(k, p).SelectMany(t => new SqlExpr[] { _parameters.New(t.Tier), _parameters.New(t.Hours) }).ToList();
            SqlExpr general = sla.Target(k, p) is { } hours ? _parameters.New(hours) : Constant.Null;
            return own.Count == 0 ? general : new Group(new SimpleCase(tier, new Nodes(own), general));
        }

        SqlExpr Kind(string k)
        {
            var pairs = sla.Priorities(k).SelectMany(p => new[] { _parameters.New(p), Priority(k, p) }).ToList();
            return pairs.Count == 0 ? Constant.Null : new Group(new SimpleCase(priority, new Nodes(pairs), Constant.Null));
        }

        if (kind is StringLiteral { Value: var named })
        {
            if (!SlaPolicy.Kinds.Contains(named))
            {
                Error(kind, SlaPolicy.UnknownKind);
                return Constant.Null;
            }

            return Kind(named);
        }

        var kinds = SlaPolicy.Kinds.SelectMany(k => new[] { _parameters.New(k), Kind(k) }).ToList();
        return new Group(new SimpleCase(Visit(kind), new Nodes(kinds), Constant.Null));
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

        if (name is "sum" or "mean" or "avg" or "median" or "percentile" && TextOf(node.Args[0], throughAggregates: false) is { } text)
        {
            var written = Written(node.Args[0]);
            Error(node.Args[0], $"{name}() needs a number, and {Subject(node.Args[0], text, "text", TextHolds)}: " +
                $"count its values with count_distinct({written}) or share({written} = '…'), or measure a number such as replies or hours(created_at, solved_at)");
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
