using ReportBuilder.Definitions;
using ReportBuilder.Expressions;
using ReportBuilder.Metrics.Sql.Tree;
using ReportBuilder.Periods;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>
/// The row filter of issue #14 item 11: the bad rows the data-quality check counts (<see cref="Quality"/>) are the rows
/// the metrics leave out, both found from the same expressions. A row where a duration a metric computes
/// (<c>hours(a, b)</c> over the table's own columns) is below zero is left out of that metric (its value and its sample);
/// a row where a count column (a column any metric of the report sums over the table) is below zero is left out of every
/// metric whose expressions read that column; a time column that holds no timestamp places its row in no period
/// (<see cref="SqlDialect.Parsed"/>). Only stored tables read through a time column are checked and filtered: derived
/// tables (<c>responses</c>) read the stored ones.
/// </summary>
internal static partial class StatementCompiler
{
    /// <summary>
    /// The data-quality check of each stored table with a time column the metrics read: per time column, a statement
    /// counting the rows whose timestamp does not parse (the whole table: such a row falls in no period), and one counting,
    /// within the span of the report's periods, rows where a duration the metrics compute (<c>hours(a, b)</c>) is below
    /// zero and rows where a column the metrics sum is below zero: the rows the metrics leave out (<see cref="RowFilter"/>,
    /// found from the same expressions).
    /// Each column of the statement is named <c>problem:column[:since]</c> (<see cref="DataQualityFinding"/>).
    /// </summary>
    public static List<MetricQuery> Quality(DataModel model, IReadOnlyList<PlannedMetric> metrics, IReadOnlyList<PeriodWindow> periods, SqlDialect dialect)
    {
        var queries = new List<MetricQuery>();
        if (periods.Count == 0)
        {
            return queries;
        }

        foreach (var byTable in metrics.Where(m => m.Definition.Time is not null).GroupBy(m => m.Definition.Table))
        {
            if (model.Find(byTable.Key) is not { Query: null } table)
            {
                continue;   // derived tables (responses) read the stored ones, which are checked themselves
            }

            var parameters = new ParamSource();
            var zone = parameters.New("UTC");
            var times = TimeColumns(table, byTable);
            IReadOnlyList<MappedTable> mapped = table.Mapping is { } mapping ? [Mapped(table, mapping, parameters)] : [];
            void Add(List<(string Key, SqlExpr Condition)> columns, SqlExpr? where)
            {
                var outputs = columns.Select((c, i) => new Output(new Aggregate(AggregateKind.Count, new Case(c.Condition, Constant.One, null)),
                    "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Quoted: false)).ToList();
                queries.Add(Query(table, new TableScan(table.SqlName, zone, mapped, outputs, where), columns.Select(c => c.Key).ToList(), dialect));
            }

            // Each unparsed-timestamp count over the whole table in a statement of its own: it reads one column, which
            // SQLite reads from the column's index where there is one (smaller than the table's rows).
            if (dialect.TextTimestamps)
            {
                foreach (var time in times)
                {
                    Add([(DataQualityFinding.UnparsedTimestamp + ":" + time, new Dialect(DialectCall.Unparsed, Own(table, time)))], null);
                }
            }

            // The negative durations and counts in one statement over the rows where any time column the metrics place
            // them by falls in the span of the report's periods, tested once per row as its filter (read in the table's
            // order: through the time columns' indexes, nearly every row would be looked up twice).
            SqlExpr Time(string t) => dialect.AvoidsIndex ? new Dialect(DialectCall.WithoutIndex, Own(table, t)) : Own(table, t);
            var start = new Dialect(DialectCall.TimestampParameter, parameters.New(Timestamps.ToText(periods.Min(p => p.StartUtc))));
            var end = new Dialect(DialectCall.TimestampParameter, parameters.New(Timestamps.ToText(periods.Max(p => p.EndUtc))));
            var inSpan = new Junction("OR", times.Select(t => new Group(new Junction("AND",
                [new Tree.Binary(Time(t), ">=", start), new Tree.Binary(Time(t), "<", end)]))));
            // A duration is tested as the dialect tests it (PostgreSQL compares the interval); the metrics' own row filters
            // keep the hours (NegativeDuration), which a statement may compute once for its aggregates too.
            var negatives = Durations(table, byTable).Select(d => (DataQualityFinding.NegativeDuration + ":" + d.To + ":" + d.From,
                    (SqlExpr)new Dialect(DialectCall.NegativeHours, Own(table, d.From), Own(table, d.To))))
                .Concat(CountColumns(table, byTable).Select(c => (DataQualityFinding.NegativeCount + ":" + c, (SqlExpr)NegativeCount(table, c)))).ToList();
            if (negatives.Count > 0 && times.Count > 0)
            {
                Add(negatives, inSpan);
            }
        }

        return queries;
    }

    // A plain column of the table itself (not through a join), or null.
    private static string? OwnColumn(TableModel table, Expr expression) =>
        expression is Identifier { Parts.Count: 1 } identifier && table.Columns.ContainsKey(identifier.Parts[0]) ? identifier.Parts[0] : null;

    /// <summary>True for a metric whose rows the check covers.</summary>
    private static bool Checked(TableModel table, PlannedMetric metric) => table.Query is null && metric.Definition.Time is not null;

    /// <summary>Every node of the metric's value and filters.</summary>
    private static IEnumerable<Expr> Nodes(PlannedMetric metric) =>
        new[] { metric.Stat.Value.Value, metric.Definition.Where?.Value, metric.Use.Where?.Value }
            .OfType<string>().Select(text => ExpressionParser.Parse(text).Expression).OfType<Expr>()
            .SelectMany(e => e.DescendantsAndSelf());

    /// <summary>The durations <c>hours(from, to)</c> (and <c>business_hours(from, to)</c>, negative when its calendar-hour twin
    /// is) between two of the table's own columns that the metrics compute.</summary>
    private static List<(string From, string To)> Durations(TableModel table, IEnumerable<PlannedMetric> metrics) =>
        metrics.SelectMany(Nodes).OfType<Call>().Where(c => c.Name is "hours" or Calendars.CalendarScope.BusinessHours && c.Args.Count >= 2)
            .Select(c => (From: OwnColumn(table, c.Args[0]), To: OwnColumn(table, c.Args[1])))
            .Where(d => d.From is not null && d.To is not null).Select(d => (From: d.From!, To: d.To!)).Distinct().ToList();

    /// <summary>What the row filter checks in a table's rows for every metric of the table: the count columns the report's
    /// metrics sum, and the time columns they place rows by, whose text must hold a timestamp (SQLite's text timestamps;
    /// empty where the column's type guarantees one).</summary>
    private sealed record RowChecks(IReadOnlyCollection<string> CountColumns, IReadOnlyCollection<string> TimeColumns);

    private static RowChecks Checks(TableModel table, IReadOnlyList<PlannedMetric> metrics, SqlDialect dialect) =>
        new(CountColumns(table, metrics), dialect.TextTimestamps ? TimeColumns(table, metrics) : []);

    /// <summary>The table's time columns that a metric of the report places its rows by (<c>created_at</c>, <c>solved_at</c>).</summary>
    private static List<string> TimeColumns(TableModel table, IEnumerable<PlannedMetric> metrics) =>
        metrics.Where(m => m.Definition.Table == table.Name && Checked(table, m)).Select(m => m.Definition.Time!)
            .Where(table.Columns.ContainsKey).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The condition that places a row in a period besides its time (null when there is none): the time a timestamp, and
    /// every other time column the report places the table's rows by a timestamp or empty. A ticket whose
    /// <c>created_at</c> does not parse is in no period of a metric placed by <c>created_at</c>, so it is in none placed
    /// by <c>solved_at</c> either, as the data-quality warning says (issue #24 item 6); a NULL time (an unsolved ticket's
    /// <c>solved_at</c>) is not unparsed. The same for every metric of the statement, so it is one condition of the scan.
    /// </summary>
    private static SqlExpr? Placed(TableModel table, string? timeColumn, SqlExpr? time, RowChecks checks, SqlDialect dialect)
    {
        if (time is null || table.Query is not null || !dialect.TextTimestamps)
        {
            return null;
        }

        // Not a read of this statement's metrics (Read = null): each such column is the time of another metric of the
        // report, which reads it and is where a database lacking it is reported.
        var others = checks.TimeColumns.Where(t => t != timeColumn)
            .Select(t => (SqlExpr)new Group(new Is(new Group(new Dialect(DialectCall.Unparsed, Own(table, t) with { Read = null })), "NOT TRUE")));
        return new Junction("AND", [new Dialect(DialectCall.Parsed, time), .. others]);
    }

    /// <summary>The table's count columns: those a metric of the report sums (<c>sum(replies)</c>).</summary>
    private static List<string> CountColumns(TableModel table, IEnumerable<PlannedMetric> metrics) =>
        metrics.Where(m => m.Definition.Table == table.Name && Checked(table, m)).SelectMany(Nodes).OfType<Call>()
            .Where(c => c.Name == "sum" && c.Args.Count >= 1).Select(c => OwnColumn(table, c.Args[0]))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A column of the table by its model name (<c>t."replies"</c>).</summary>
    private static Tree.Column Own(TableModel table, string name) => ExpressionTree.ColumnOf(table, TreeNames.Table, table.Columns[name]);

    private static Dialect Hours(TableModel table, (string From, string To) duration) =>
        new(DialectCall.Hours, Own(table, duration.From), Own(table, duration.To));

    /// <summary>The condition that is true for a bad row: a negative duration or a negative count.</summary>
    private static Tree.Binary NegativeDuration(TableModel table, (string From, string To) duration) => new(Hours(table, duration), "<", Constant.Zero);

    private static Tree.Binary NegativeCount(TableModel table, string column) => new(Own(table, column), "<", Constant.Zero);

    /// <summary>
    /// The conditions a row must meet to be read by <paramref name="metric"/>, none when it reads every row: none of its
    /// durations below zero, none of the count columns it reads below zero. A NULL duration or count is not below zero
    /// (<c>IS NOT TRUE</c>): an unanswered ticket still counts as a miss of the first-response SLA. (The time columns are
    /// checked for every metric of the statement alike: <see cref="Placed"/>.)
    /// </summary>
    private static IEnumerable<SqlExpr> RowFilter(TableModel table, PlannedMetric metric, RowChecks checks)
    {
        if (!Checked(table, metric))
        {
            return [];
        }

        var read = Nodes(metric).OfType<Identifier>().Where(i => i.Parts.Count == 1).Select(i => i.Parts[0]).ToHashSet(StringComparer.Ordinal);
        var bad = Durations(table, [metric]).Select(d => NegativeDuration(table, d))
            .Concat(checks.CountColumns.Where(read.Contains).Select(c => NegativeCount(table, c)));
        return bad.Select(condition => new Group(new Is(new Group(condition), "NOT TRUE"))).ToList();
    }
}
