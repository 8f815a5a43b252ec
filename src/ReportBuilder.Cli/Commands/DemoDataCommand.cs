using System.CommandLine;
using System.Globalization;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Definitions;
using ReportBuilder.DemoData;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder demo-data --out FILE.db</c>: writes a realistic, deterministic support database.</summary>
internal static class DemoDataCommand
{
    public static Command Create(IAnsiConsole output, TimeProvider clock, ProgressDisplay progress)
    {
        var outOption = new Option<string>("--out") { Description = "The SQLite file to write", Required = true };
        var tickets = new Option<int>("--tickets") { Description = "How many tickets", DefaultValueFactory = _ => 5000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and end give the same data", DefaultValueFactory = _ => 42 };
        var months = new Option<int>("--months") { Description = "How many calendar months of data", DefaultValueFactory = _ => 6 };
        var end = new Option<string?>("--end") { Description = "Exclusive end date of the data (UTC), default today" };
        var command = new Command("demo-data", "Write a demo SQLite database in the canonical schema") { outOption, tickets, seed, months, end };
        command.SetAction(async (parsed, ct) =>
        {
            if (DuckDbFile.IsFile(parsed.GetValue(outOption)))
            {
                throw new DefinitionException(SourceLocation.Option("--out"), $"demo-data writes a SQLite file, and a name ending in {DuckDbFile.Extension} " +
                    $"is read as DuckDB; write FILE.db, then copy it with reportbuilder copy --from FILE.db --to {Path.GetFileName(parsed.GetValue(outOption))}");
            }

            var endText = parsed.GetValue(end);
            DateOnly endDate;
            if (endText is null)
            {
                endDate = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            }
            else if (!DateOnly.TryParseExact(endText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out endDate))
            {
                throw new DefinitionException(SourceLocation.Option("--end"), $"'{endText}' is not a date: use YYYY-MM-DD");
            }

            var options = new DemoDataOptions
            {
                Tickets = parsed.GetValue(tickets),
                Seed = parsed.GetValue(seed),
                Months = parsed.GetValue(months),
                End = endDate,
            };
            var problems = options.Validate();
            if (problems.Count > 0)
            {
                throw new DefinitionException(problems.Select(p => new Diagnostic(Severity.Error, new SourceLocation("demo-data", 1, 1), p)).ToList());
            }

            var path = Path.GetFullPath(parsed.GetValue(outOption)!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var summary = await progress.RunAsync(parsed.GetValue(GlobalOptions.Quiet), "creating the database",
                sink => Task.Run(() => DemoDataGenerator.Generate(path, options, ct, sink.Stages()), ct));
            output.MarkupLineInterpolated($"wrote [bold]{summary.Path}[/]: {summary.Start:yyyy-MM-dd} to {summary.End:yyyy-MM-dd} (exclusive)");
            output.WriteLine(string.Join(", ", summary.Tables.Select(t => $"{t.Table} {t.Rows:N0}")));
            return ExitCodes.Success;
        });
        return command;
    }
}
