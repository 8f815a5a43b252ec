using System.CommandLine;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Import;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder import VENDOR PATH... --to FILE.db</c>: a help desk's saved API responses into the canonical tables.</summary>
internal static class ImportCommand
{
    public static Command Create(IAnsiConsole output)
    {
        var vendor = new Argument<string>("VENDOR") { Description = "The help desk the files come from: " + string.Join(", ", ImportRunner.Vendors) };
        var paths = new Argument<string[]>("PATH") { Description = "Folders or files of saved API responses, named by endpoint (tickets*.json, …; NDJSON and .gz accepted)", Arity = ArgumentArity.OneOrMore };
        var to = new Option<string>("--to") { Description = "The SQLite file to create or update (canonical schema)", Required = true };
        var command = new Command("import", "Import a help desk's exported API responses into the canonical tables: upserts by the vendor's ids, one transaction (docs/import.md)")
        {
            vendor, paths, to,
        };
        command.SetAction((parsed, ct) =>
        {
            var name = parsed.GetValue(vendor)!;
            var importer = ImportRunner.Vendor(name) ?? throw new DefinitionException(SourceLocation.Option("VENDOR"),
                $"'{name}' is not a vendor import knows: use one of {string.Join(", ", ImportRunner.Vendors)}");
            var target = parsed.GetValue(to)!;
            if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            {
                throw new DefinitionException(SourceLocation.Option("--to"),
                    "import writes a SQLite file; import into FILE.db, then load it with reportbuilder copy --from FILE.db --to postgres://…");
            }

            if (DuckDbFile.IsFile(target))
            {
                throw new DefinitionException(SourceLocation.Option("--to"),
                    $"import writes a SQLite file, and a name ending in {DuckDbFile.Extension} is read as DuckDB; import into FILE.db, then copy it with reportbuilder copy --from FILE.db --to {Path.GetFileName(target)}");
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var quiet = parsed.GetValue(CliApp.Quiet);
            var summary = ImportRunner.Import(importer, parsed.GetValue(paths)!, Path.GetFullPath(target),
                quiet ? null : step => output.WriteLine(step), ct);
            foreach (var line in summary.Lines())
            {
                output.WriteLine(line);
            }

            output.WriteLine($"imported into {target} in {started.Elapsed.TotalSeconds:0.0} s");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
