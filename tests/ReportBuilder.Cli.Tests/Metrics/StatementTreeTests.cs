using ReportBuilder.Metrics.Sql;
using ReportBuilder.Metrics.Sql.Tree;
using Case = ReportBuilder.Metrics.Sql.Tree.Case;

namespace ReportBuilder.Tests.Metrics;

/// <summary>The statement tree: passes rewrite nodes, never SQL text, and <c>explain --passes</c> shows each step.</summary>
public sealed class StatementTreeTests
{
    [Fact]
    public async Task ExplainPasses_ShowsTheTreeAsCompiledAndAfterEachPassThatChangedIt()
    {
        var outcome = await CliHarness.RunAsync("explain", RepositoryFiles.PathOf("examples", "monthly-support.yaml"), "--db", "x.db",
            "--period", "2026-10", "--passes");

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var text = outcome.Output;
        text.ShouldContain("-- statement 1: tickets");
        text.ShouldContain("--   " + StatementPasses.Compiled + ":");
        text.ShouldContain("--   per-row expressions once:");
        text.ShouldContain("--   one aggregate per period:");
        text.ShouldContain("--   access-path choice:");
        text.ShouldContain("--     grouping: one aggregate query per period (UNION ALL)");
        text.ShouldContain("--     full-scan form, run instead for a big scattered table whose time range the periods cover mostly:");
        text.ShouldContain("--     table-order form, run instead for a big scattered table otherwise:");
        // The SQL follows the trees, as plain explain prints it.
        text.IndexOf("WITH periods", StringComparison.Ordinal).ShouldBeGreaterThan(text.LastIndexOf("--   ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Explain_PrintsTheFormARunMayTakeInstead_AfterEachStatementThatHasOne()
    {
        var outcome = await CliHarness.RunAsync("explain", RepositoryFiles.PathOf("examples", "monthly-support.yaml"), "--db", "x.db",
            "--period", "2026-10");

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var text = outcome.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        // The solved cohort's totals: one aggregate per period, or one full scan of the table.
        text.ShouldContain("-- tickets (full scan, run instead when the table has 5,000,000 rows or more stored out of its time column's order " +
            "and the periods cover 75% of its time range or more): replies_per_ticket, resolution_median\nWITH periods");
        text.ShouldContain("FROM \"tickets\" t\nCROSS JOIN periods p\nWHERE +t.\"solved_at\" >= p.p_start");
        // Or, over less of its time range, the index range's rows read in the table's order; its breakdown by channel the same.
        text.ShouldContain("-- tickets (in table order, run instead when the table has 5,000,000 rows or more stored out of its time column's order " +
            "and the periods cover less than 75% of its time range): replies_per_ticket, resolution_median\nWITH periods");
        text.ShouldContain("-- tickets by channel (in table order, run instead when the table has 5,000,000 rows or more stored out of its time " +
            "column's order): replies_per_ticket\nWITH periods");
        text.ShouldContain("WHERE t.rowid IN (SELECT rowid FROM \"tickets\" WHERE \"solved_at\" >= (SELECT MIN(p_start) FROM periods) AND \"solved_at\" < (SELECT MAX(p_end) FROM periods))");
        // Each other form is a block of its own, ending with its parameters line as every statement does.
        var others = text.Split("\n\n").Where(block => block.Contains(", run instead when", StringComparison.Ordinal)).ToList();
        others.Count.ShouldBeGreaterThan(2);
        foreach (var block in others)
        {
            block.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().ShouldStartWith("-- parameters: @p0=");
        }
    }

    [Fact]
    public async Task Explain_OnPostgres_PrintsTheStoredTableFirst_WithTheInlineFallback()
    {
        var outcome = await CliHarness.RunAsync("explain", RepositoryFiles.PathOf("examples", "all-metrics.yaml"), "--db",
            "postgres://reports@127.0.0.1:5432/support?schema=public", "--period", "2026-10");

        outcome.ExitCode.ShouldBe(0, outcome.Errors);
        var text = outcome.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
        text.ShouldContain("-- responses: \n" + ReportBuilder.Cli.Commands.ExplainCommand.StoredNote + "\nCREATE TEMP TABLE \"rb_responses\" ON COMMIT DROP AS SELECT * FROM (\n");
        text.IndexOf("CREATE TEMP TABLE", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("JOIN \"rb_responses\" t", StringComparison.Ordinal));
    }

    [Fact]
    public void FoldConstantBranches_EqualBranches_TheBranchAndTheConditionsParamsGone()
    {
        var source = new ParamSource();
        var zone = source.New("UTC");
        var tier = source.New("premium");
        var sla = source.New(2.0);
        var condition = new Group(new Binary(new Column("j_customer", "tier"), "=", tier));
        var hours = new Dialect(DialectCall.Hours, new Column("t", "created_at"), new Column("t", "first_reply_at"));
        var value = new Aggregate(AggregateKind.Avg, new Case(new Group(new Binary(hours, "<=",
            new Group(new Case(condition, sla, source.New(2.0))))), new Constant("1.0"), new Constant("0.0")));
        var statement = Statement(zone, value) with
        {
            Joins = [new Join("customer", "customers", "customers", "id", "customer_id", [])],
        };

        var folded = StatementPasses.Run(statement, [new FoldConstantBranches(), new DropUnreadJoins()], new DialectTraits(true, true));

        folded.Columns[1].Value.DescendantsAndSelf().OfType<Case>().Count().ShouldBe(1);   // the share's CASE stays
        folded.Columns[1].Value.DescendantsAndSelf().ShouldContain(sla);
        folded.Joins.ShouldBeEmpty();
        var (sql, parameters, _, _, _) = SqlPrinter.Print(folded, SqliteDialect.Instance);
        parameters.Select(p => p.Value).ShouldBe(["UTC", 2.0]);
        sql.ShouldContain("<= @p1) THEN 1.0");
        sql.ShouldNotContain("customer");
    }

    [Fact]
    public void FoldConstantBranches_DifferentBranches_KeepsTheCase()
    {
        var source = new ParamSource();
        var zone = source.New("UTC");
        var value = new Aggregate(AggregateKind.Sum, new Group(new Case(new Group(new Binary(new Column("t", "a"), ">", source.New(1.0))),
            source.New(2.0), source.New(3.0))));

        var statement = Statement(zone, value);

        new FoldConstantBranches().Apply(statement, new DialectTraits(true, true)).ShouldBeSameAs(statement);
    }

    [Fact]
    public void DistinctCountsApart_OnDuckDb_CountsOverTheRowsKeptOnce()
    {
        var source = new ParamSource();
        var zone = source.New("UTC");
        var bug = source.New("bug");
        // count_distinct(customer_id, tags.tag = 'bug') / count(): a distinct count inside an expression, with a param.
        var customers = new Aggregate(AggregateKind.CountDistinct,
            new Case(new Group(new Binary(new Column("j_tags", "tag"), "=", bug)), new Column("t", "customer_id"), null));
        var statement = Statement(zone, new Divide(customers, new Aggregate(AggregateKind.Count, null))) with { Key = new Column("t", "channel") };

        var apart = new DistinctCountsApart().Apply(statement, new DialectTraits(false, false, OnePass: true, DistinctApart: true));

        new DistinctCountsApart().Apply(statement, new DialectTraits(true, true)).ShouldBeSameAs(statement);   // SQLite, PostgreSQL
        apart.Apart!.Carried.Select(c => (c.Value, c.Name)).ShouldBe([(new Column("j_tags", "tag"), "c0"), (new Column("t", "customer_id"), "c1")]);
        apart.Columns[1].Value.DescendantsAndSelf().OfType<Aggregate>().Select(a => a.Kind).ShouldBe([AggregateKind.Max, AggregateKind.Count]);
        var (sql, parameters, _, _, _) = SqlPrinter.Print(apart, DuckDbDialect.Instance);
        parameters.Select(p => p.Value).ShouldBe(["UTC", "bug"]);
        sql.ShouldContain("rb_rows AS MATERIALIZED (SELECT p.idx AS idx, t.\"channel\" AS key, j_tags.\"tag\" AS \"c0\", t.\"customer_id\" AS \"c1\"\n");
        sql.ShouldContain("rb_d0 AS (SELECT idx, key, COUNT(v) AS v FROM (SELECT DISTINCT idx, key, CASE WHEN (rb.\"c0\" = $p1) THEN rb.\"c1\" END AS v FROM rb_rows rb) d GROUP BY 1, 2)");
        sql.ShouldContain("LEFT JOIN rb_d0 ON rb_d0.idx = rb.idx AND rb_d0.key IS NOT DISTINCT FROM rb.key\n");
        sql.ShouldNotContain("COUNT(DISTINCT");
    }

    private static MetricStatement Statement(Param zone, SqlExpr value) => new()
    {
        Model = TestReport.Catalog.Model.Find("tickets")!,
        Zone = zone,
        Periods = [],
        Source = new StoredSource("tickets"),
        Filters = [null],
        Columns = [new Output(new Aggregate(AggregateKind.Count, null), "n", Quoted: false), new Output(value, "m")],
    };
}
