using System.CommandLine;
using ReportBuilder.Diagnostics;
using ReportBuilder.Planning;
using ReportBuilder.Rendering.Pipeline;

namespace ReportBuilder.Cli.Commands;

/// <summary>Options shared by the commands that plan a report.</summary>
internal sealed class CommonOptions
{
    public Argument<string> Report { get; } = new("report") { Description = "The report definition (YAML)" };

    public Option<string?> Database { get; } = new("--db") { Description = "The file or server to read (overrides source): FILE.duckdb is DuckDB, any other file SQLite, postgres://user@host:port/database?schema=NAME a PostgreSQL server" };

    public Option<string?> Model { get; } = new("--model") { Description = "Read the data through this model mapping instead of the report's model: a shipped one (fivetran-zendesk, fivetran-intercom, airbyte-zendesk) or a mapping file" };

    public Option<string?> Period { get; } = new("--period") { Description = "The period to report on, e.g. last_month, 2026-10, 2026-Q3 (overrides period)" };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Resolve relative periods as of this date or instant instead of now, e.g. 2026-11-05" };

    public Option<string?> MemoryLimit { get; } = new("--memory-limit") { Description = "A DuckDB source's memory: DuckDB spills to a temporary folder beyond it, e.g. 500MB or 2GB (default 150MB)" };

    public Option<string[]> Set { get; } = new("--set") { Description = "Set one of the report's params, e.g. --set team=billing (repeatable)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Set);
        command.Arguments.Add(Report);
        command.Options.Add(Database);
        command.Options.Add(Model);
        command.Options.Add(Period);
        command.Options.Add(AsOf);
        command.Options.Add(MemoryLimit);
    }

    /// <summary>The pipeline's request: the definition with the command line's overrides.</summary>
    /// <param name="period">The preview's period switch, over <c>--period</c>.</param>
    public ReportRequest Request(ParseResult parsed, string? output = null, IReadOnlyList<string>? formats = null, string? period = null) =>
        new(parsed.GetValue(Report)!, new RunOptions(parsed.GetValue(Database), period ?? parsed.GetValue(Period), output, formats)
            {
                Sets = ParseSets(parsed.GetValue(Set)),
                Model = parsed.GetValue(Model),
                MemoryLimit = parsed.GetValue(MemoryLimit),
            },
            parsed.GetValue(AsOf));

    private static Dictionary<string, string> ParseSets(string[]? assignments)
    {
        var sets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var assignment in assignments ?? [])
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new DefinitionException(SourceLocation.Option("--set"), $"'{assignment}' is not NAME=VALUE, e.g. --set team=billing");
            }

            sets[assignment[..equals].Trim()] = assignment[(equals + 1)..];
        }

        return sets;
    }
}
