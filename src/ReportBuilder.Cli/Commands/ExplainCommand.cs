using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder explain REPORT.yaml</c>: prints the SQL a report runs, with its parameters.</summary>
internal static class ExplainCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var common = new CommonOptions();
        var passes = new Option<bool>("--passes")
        {
            Description = "Show each statement's tree as compiled and after each optimiser pass that changes it, then the SQL",
        };
        var command = new Command("explain", "Print the SQL statements a report runs, one per table and cohort plus one per breakdown");
        common.AddTo(command);
        command.Options.Add(passes);
        command.SetAction(parsed =>
        {
            var plan = environment.Pipeline(parsed).Plan(common.Request(parsed));
            // SQL is printed as it is, never wrapped to the terminal's width.
            if (parsed.GetValue(passes))
            {
                WritePasses(output.Profile.Out.Writer, plan);
            }

            WriteQueries(output.Profile.Out.Writer, plan);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The plan's periods, then each statement with its parameters.</summary>
    public static void WriteQueries(TextWriter writer, ReportBuilder.Metrics.Sql.ReportPlan plan)
    {
        for (var i = 0; i < plan.Periods.Count; i++)
        {
            writer.WriteLine($"-- period {i}: {plan.Periods[i].Label(System.Globalization.CultureInfo.InvariantCulture)} " +
                $"[{plan.Periods[i].StartUtc:yyyy-MM-dd HH:mm:ss}Z, {plan.Periods[i].EndUtc:yyyy-MM-dd HH:mm:ss}Z)");
        }

        WriteStatements(writer, plan.Queries, plan.WithoutStores is not null);
        if (plan.History is { } history)
        {
            // Run only for a missed or at-risk metric whose streak fills the trend (docs/output.md, "Insights per metric").
            writer.WriteLine();
            writer.WriteLine($"-- before the trend, read only for a miss or a warning whose streak fills it: {history.Periods.Count} periods, " +
                $"{history.Periods[0].Label(System.Globalization.CultureInfo.InvariantCulture)} to {history.Periods[^1].Label(System.Globalization.CultureInfo.InvariantCulture)}, " +
                $"[{history.Periods[0].StartUtc:yyyy-MM-dd HH:mm:ss}Z, {history.Periods[^1].EndUtc:yyyy-MM-dd HH:mm:ss}Z)");
            WriteStatements(writer, history.Queries, refusable: false);
        }
    }

    /// <param name="refusable">The plan stores derived tables where the server may refuse them (PostgreSQL).</param>
    private static void WriteStatements(TextWriter writer, IEnumerable<ReportBuilder.Metrics.Sql.MetricQuery> queries, bool refusable)
    {
        foreach (var query in queries)
        {
            writer.WriteLine();
            writer.WriteLine(Title(query, form: null));
            if (query.Prepares && refusable)
            {
                writer.WriteLine(StoredNote);
            }

            writer.WriteLine(query.Sql + ";");
            writer.WriteLine("-- parameters: " + QueryParameters.Text(query));
            if (query.AccessPath is not { } path)
            {
                continue;
            }

            // The forms the engine runs instead for a big scattered table (docs/performance.md, "Access paths for big files").
            foreach (var (sql, form) in new[] { (path.FullScanSql, $"full scan, {BigTable} and the periods cover {MostOfIt} or more"),
                         (path.TableOrderSql, $"in table order, {BigTable}" + (path.FullScanSql is null ? "" : $" and the periods cover less than {MostOfIt}")) })
            {
                if (sql is not null)
                {
                    writer.WriteLine();
                    writer.WriteLine(Title(query, form));
                    writer.WriteLine(sql + ";");
                    writer.WriteLine("-- parameters: " + QueryParameters.Text(query));
                }
            }
        }
    }

    /// <summary>A statement's title line: its table, breakdown, the other form's name and when it runs, and its metrics.</summary>
    private static string Title(ReportBuilder.Metrics.Sql.MetricQuery query, string? form) =>
        $"-- {query.Table}{(query.Dimension is null ? "" : $" by {query.Dimension}")}{(form is null ? "" : $" ({form})")}: {string.Join(", ", query.Columns)}";

    private static readonly string BigTable = FormattableString.Invariant(
        $"run instead when the table has {ReportBuilder.Metrics.Sql.AccessPath.FullScanRows:N0} rows or more stored out of its time column's order");

    private static readonly string MostOfIt = FormattableString.Invariant($"{ReportBuilder.Metrics.Sql.AccessPath.FullScanShare * 100:0}% of its time range");

    /// <summary>What explain says of a derived table PostgreSQL stores before its transaction turns read-only.</summary>
    public const string StoredNote =
        "-- stored for the run: created empty before the transaction turns READ ONLY, filled by its query after; where the role or server may not create temporary tables, " +
        "each statement that reads it runs its query inline instead";

    /// <summary>Each statement's tree as the compiler built it and after each pass that changed it (docs/architecture-sql.md).</summary>
    public static void WritePasses(TextWriter writer, ReportBuilder.Metrics.Sql.ReportPlan plan)
    {
        var dialect = plan.Dialect;
        var count = 0;
        ReportBuilder.Metrics.Sql.StatementCompiler.Build(plan.Model, [.. plan.Computed], plan.Periods, plan.Timezone, dialect,
            new ReportBuilder.Diagnostics.DiagnosticBag(), plan.ComparisonIndex, workingTime: plan.WorkingTime,
            sla: plan.Definition.Sla, asOf: plan.AsOf, trace: (pass, statement) =>
            {
                if (pass == ReportBuilder.Metrics.Sql.Tree.StatementPasses.Compiled)
                {
                    writer.WriteLine($"-- statement {++count}: {statement.Model.Name}");
                }

                writer.WriteLine($"--   {pass}:");
                foreach (var line in ReportBuilder.Metrics.Sql.SqlPrinter.Describe(statement, dialect))
                {
                    writer.WriteLine("--     " + line);
                }
            });
        writer.WriteLine();
    }
}
