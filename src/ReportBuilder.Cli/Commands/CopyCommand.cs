using System.CommandLine;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder copy --from FILE.db --to postgres://…</c> or <c>--to FILE.duckdb</c>: loads the canonical tables into a
/// PostgreSQL schema or a new DuckDB file.</summary>
internal static class CopyCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var from = new Option<string>("--from") { Description = "The SQLite file in the canonical schema", Required = true };
        var to = new Option<string>("--to") { Description = "A PostgreSQL server, postgres://user@host:port/database?schema=NAME (the password from REPORTBUILDER_PG_PASSWORD, PGPASSWORD or ~/.pgpass), or a new DuckDB file, FILE.duckdb", Required = true };
        var replace = new Option<bool>("--replace") { Description = "Drop the schema's canonical tables first (or write the DuckDB file anew) instead of refusing to overwrite them" };
        var command = new Command("copy", "Copy the canonical tables of a SQLite file into PostgreSQL (binary COPY, typed columns, indexes) or into a DuckDB file (FILE.duckdb)") { from, to, replace };
        command.SetAction(async (parsed, ct) =>
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            if (DuckDbFile.IsFile(parsed.GetValue(to)))
            {
                var file = parsed.GetValue(to)!;
                var written = DuckDbCopy.Copy(Path.GetFullPath(parsed.GetValue(from)!), file, parsed.GetValue(replace), step => output.WriteLine(step), ct);
                output.WriteLine($"copied to {file}: {string.Join(", ", written.Select(t => $"{t.Table} {t.Rows:N0}"))} in {started.Elapsed.TotalSeconds:0.0} s");
                return ExitCodes.Success;
            }

            if (!PostgresLocation.IsUri(parsed.GetValue(to)))
            {
                throw new DefinitionException(SourceLocation.Option("--to"), $"'{parsed.GetValue(to)}' is neither a PostgreSQL address " +
                    $"nor a DuckDB file: use postgres://user@host:port/database?schema=NAME, or a file name ending in {DuckDbFile.Extension}");
            }

            var target = PostgresLocation.Parse(parsed.GetValue(to)!, SourceLocation.Option("--to"));
            var tables = await PostgresCopy.CopyAsync(Path.GetFullPath(parsed.GetValue(from)!), target,
                environment.Variable(PostgresLocation.PasswordVariable), parsed.GetValue(replace),
                step => output.WriteLine(step), ct);
            output.WriteLine($"copied to {target}: {string.Join(", ", tables.Select(t => $"{t.Table} {t.Rows:N0}"))} in {started.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Success;
        });
        return command;
    }
}
