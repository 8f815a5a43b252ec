using System.CommandLine;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder copy --from FILE.db --to postgres://…</c>: loads the canonical tables into a PostgreSQL schema.</summary>
internal static class CopyCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var from = new Option<string>("--from") { Description = "The SQLite file in the canonical schema", Required = true };
        var to = new Option<string>("--to") { Description = "The server: postgres://user@host:port/database?schema=NAME (the password from REPORTBUILDER_PG_PASSWORD, PGPASSWORD or ~/.pgpass)", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Drop the schema's canonical tables first instead of refusing to overwrite them" };
        var command = new Command("copy", "Copy the canonical tables of a SQLite file into PostgreSQL (binary COPY, typed columns, indexes)") { from, to, replace };
        command.SetAction(async (parsed, ct) =>
        {
            var target = PostgresLocation.Parse(parsed.GetValue(to)!, SourceLocation.Option("--to"));
            var started = System.Diagnostics.Stopwatch.StartNew();
            var tables = await PostgresCopy.CopyAsync(Path.GetFullPath(parsed.GetValue(from)!), target,
                environment.Variable(PostgresLocation.PasswordVariable), parsed.GetValue(replace),
                step => output.WriteLine(step), ct);
            output.WriteLine($"copied to {target}: {string.Join(", ", tables.Select(t => $"{t.Table} {t.Rows:N0}"))} in {started.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Success;
        });
        return command;
    }
}
