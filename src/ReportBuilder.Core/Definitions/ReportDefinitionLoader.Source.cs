using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>The <c>source:</c> of a report: a SQLite file or a PostgreSQL server.</summary>
public static partial class ReportDefinitionLoader
{
    private static SourceDefinition ParseSource(YamlSource yaml, CheckedMap? map) => map is null
        ? new SourceDefinition(null, SourceLocation.StartOf(yaml.File))
        : new SourceDefinition(map.Text(SourceKeys.Sqlite), map.Location)
        {
            Postgres = map.Map(SourceKeys.Postgres) is { } postgres ? ParsePostgres(yaml, postgres) : null,
            MemoryLimit = ParseMemoryLimit(yaml, map),
        };

    private static Located<string>? ParseMemoryLimit(YamlSource yaml, CheckedMap map)
    {
        if (map.Scalar(SourceKeys.MemoryLimit) is not { } limit)
        {
            return null;
        }

        if (!DuckDbFile.IsMemoryLimit(limit.Text))
        {
            yaml.Error(limit.Node, DuckDbFile.NoAmount($"source.memory_limit '{limit.Text}'"));
            return null;
        }

        return map.Located(SourceKeys.MemoryLimit);
    }

    private static PostgresLocation? ParsePostgres(YamlSource yaml, CheckedMap map)
    {
        if (map.Text(PostgresKeys.Database) is not { } database)
        {
            return null;    // the reader said it is missing
        }

        var timeoutText = map.Scalar(PostgresKeys.Timeout);
        var timeout = timeoutText is null ? PostgresLocation.DefaultTimeout : PostgresLocation.ParseTimeout(timeoutText.Text);
        if (timeout is null)
        {
            yaml.Error(timeoutText!.Node, $"source.postgres.timeout '{timeoutText.Text}' is not a duration: use e.g. 30s, 5m or 1h");
            return null;
        }

        try
        {
            return PostgresLocation.Create(map.Text(PostgresKeys.Host) ?? "localhost", map.Integer(PostgresKeys.Port) ?? 5432, database,
                map.Text(PostgresKeys.Schema), map.Text(PostgresKeys.User), map.Text(PostgresKeys.SslMode), timeout.Value, map.Location);
        }
        catch (DefinitionException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                yaml.Error(map.Entry(PostgresKeys.SslMode)?.Node ?? map.Node, diagnostic.Message);
            }

            return null;
        }
    }
}
