namespace ReportBuilder.Metrics.Sql.Tree;

/// <summary>
/// A comparison of hours with a bound in hours, <c>hours(a, b) &lt;= target</c> or <c>hours(a, b) &gt; target</c> (an SLA's
/// met and breached, <c>sla_hours()</c> in calendar hours), is a comparison of the interval <c>b − a</c> where the dialect
/// has one (<see cref="DialectTraits.IntervalHours"/>), and every value the bound can take is a whole number of
/// milliseconds from 0 to <see cref="MostHours"/> hours, or NULL: a param, or a <c>CASE</c> of them (<c>sla_target()</c>).
/// There the comparison gives the same answer for every row as the hours, which keep whole milliseconds
/// (<c>SqlDialect.HoursAtMost</c>). So is the row filter's test of a negative duration, <c>hours(a, b) &lt; 0</c>
/// (<c>SqlDialect.NegativeHours</c>), so that no hours are computed where only comparisons read them. Hours that the
/// statement computes once per row (<see cref="PerRowExpressionsOnce"/>) are compared as they are: they cost nothing more.
/// </summary>
internal sealed class HoursAgainstIntervals : IStatementPass
{
    /// <summary>The largest bound compared as an interval: its hours are then exact to well under a microsecond in a double,
    /// and two bounds a millisecond apart are two doubles.</summary>
    public const double MostHours = 100_000;

    public string Name => "hours compared as intervals";

    public MetricStatement Apply(MetricStatement s, DialectTraits traits)
    {
        if (!traits.IntervalHours)
        {
            return s;
        }

        var changed = false;
        SqlExpr? Compare(SqlExpr node)
        {
            var call = node switch
            {
                // The row filter's negative durations, where the hours are computed for nothing else.
                Binary { Left: var l, Operator: "<", Right: Constant { Token: "0" } } when Hours(l) is { } h => (h, null, DialectCall.NegativeHours),
                Binary { Left: var l, Operator: "<=", Right: var r } when Hours(l) is { } h && Bound(r) => (h, r, DialectCall.HoursAtMost),
                Binary { Left: var l, Operator: ">", Right: var r } when Hours(l) is { } h && Bound(r) => (h, r, DialectCall.HoursAbove),
                Binary { Left: var l, Operator: ">=", Right: var r } when Hours(r) is { } h && Bound(l) => (h, l, DialectCall.HoursAtMost),
                Binary { Left: var l, Operator: "<", Right: var r } when Hours(r) is { } h && Bound(l) => (h, l, DialectCall.HoursAbove),
                _ => default((Dialect, SqlExpr?, DialectCall)?),
            };
            if (call is not var (hours, bound, kind))
            {
                return null;
            }

            changed = true;
            return bound is null ? new Dialect(kind, hours.Args[0], hours.Args[1]) : new Dialect(kind, hours.Args[0], hours.Args[1], bound);
        }

        var result = s.Rewritten(e => e.Rewrite(Compare));
        return changed ? result : s;
    }

    private static Dialect? Hours(SqlExpr e) => e switch
    {
        Group g => Hours(g.Inner),
        Dialect { Call: DialectCall.Hours } hours => hours,
        _ => null,
    };

    /// <summary>True when every value <paramref name="bound"/> can take is NULL or hours that are a whole number of
    /// milliseconds from 0 to <see cref="MostHours"/> (N ms whose double N / 3,600,000 is the value, as the dialect's hours
    /// divide), and one at least is a number, so that the database types the bound as one (a <c>CASE</c> of NULLs only is
    /// text to PostgreSQL, which no interval multiplies).</summary>
    private static bool Bound(SqlExpr bound)
    {
        var values = Values(bound).ToList();
        return values.All(v => v is Constant { Token: "NULL" } || (v is Param { Value: double or int or long } p
            && WholeMilliseconds(Convert.ToDouble(p.Value, System.Globalization.CultureInfo.InvariantCulture))))
            && values.Any(v => v is Param);
    }

    /// <summary>The values a bound can take: itself, or each branch's of a <c>CASE</c>.</summary>
    private static IEnumerable<SqlExpr> Values(SqlExpr e) => e switch
    {
        Group g => Values(g.Inner),
        SimpleCase c => c.Pairs.Where((_, i) => i % 2 == 1).Append(c.Else).SelectMany(Values),
        Case c => Values(c.Then).Concat(c.Else is null ? [Constant.Null] : Values(c.Else)),
        _ => [e],
    };

    private static bool WholeMilliseconds(double hours)
    {
        if (!(hours >= 0 && hours <= MostHours))
        {
            return false;
        }

        var milliseconds = Math.Round(hours * 3_600_000d);
        return milliseconds / 3_600_000d == hours;
    }
}
