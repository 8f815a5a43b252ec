using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Planning;

namespace ReportBuilder.Cli.Commands;

/// <summary>Options shared by the commands that plan a report.</summary>
internal sealed class CommonOptions
{
    public Argument<string> Report { get; } = new("report") { Description = "The report definition (YAML)" };

    public Option<string?> Database { get; } = new("--db") { Description = "The SQLite file or postgres://user@host:port/database?schema=NAME server to read (overrides source)" };

    public Option<string?> Period { get; } = new("--period") { Description = "The period to report on, e.g. last_month, 2026-10, 2026-Q3 (overrides period)" };

    public Option<string?> AsOf { get; } = new("--as-of") { Description = "Resolve relative periods as of this date or instant instead of now, e.g. 2026-11-05" };

    public Option<string[]> Set { get; } = new("--set") { Description = "Set one of the report's params, e.g. --set team=billing (repeatable)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Set);
        command.Arguments.Add(Report);
        command.Options.Add(Database);
        command.Options.Add(Period);
        command.Options.Add(AsOf);
    }

    /// <summary>Loads the definition and plans it, applying the command-line overrides, then <paramref name="period"/> and
    /// <paramref name="locale"/> when given (the preview's period and locale switches).</summary>
    public (ReportDefinition Definition, ReportPlan Plan) Plan(ParseResult parsed, TimeProvider clock, string? output = null, IReadOnlyList<string>? formats = null,
        string? period = null, string? locale = null)
    {
        var catalog = Definitions.Catalog.LoadDefault();
        var diagnostics = new DiagnosticBag();
        var definition = ReportDefinitionLoader.Load(parsed.GetValue(Report)!, catalog, diagnostics);
        if (definition is not null && locale is not null)
        {
            definition = definition with { Locale = locale };
        }

        var plan = definition is null ? null : PlanDefinition(parsed, clock, output, formats, period, catalog, definition, diagnostics);
        diagnostics.ThrowIfErrors();
        return (definition!, plan!);
    }

    private ReportPlan? PlanDefinition(ParseResult parsed, TimeProvider clock, string? output, IReadOnlyList<string>? formats, string? period,
        Definitions.Catalog catalog, ReportDefinition definition, DiagnosticBag diagnostics)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(definition.Timezone.Value) ?? DateTimeZone.Utc;
        var asOf = ResolveAsOf(parsed.GetValue(AsOf), zone, clock);
        var options = new RunOptions(parsed.GetValue(Database), period ?? parsed.GetValue(Period), output, formats) { Sets = ParseSets(parsed.GetValue(Set)) };
        return ReportPlanner.Plan(definition, catalog, options, asOf, diagnostics);
    }

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

    private static Instant ResolveAsOf(string? text, DateTimeZone zone, TimeProvider clock)
    {
        if (text is null)
        {
            return Instant.FromDateTimeOffset(clock.GetUtcNow());
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) &&
            (text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 9))
        {
            return Instant.FromDateTimeOffset(instant);
        }

        var local = LocalDateTimePattern.GeneralIso.Parse(text);
        if (!local.Success)
        {
            var date = LocalDatePattern.Iso.Parse(text);
            if (!date.Success)
            {
                throw new DefinitionException(SourceLocation.Option("--as-of"),
                    $"'{text}' is not a date: use YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or an instant with Z");
            }

            return date.Value.AtStartOfDayInZone(zone).ToInstant();
        }

        return local.Value.InZoneLeniently(zone).ToInstant();
    }
}
