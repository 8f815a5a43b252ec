using ReportBuilder.Definitions.Shapes;
using ReportBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportBuilder.Definitions;

/// <summary>The <c>source:</c> of a report: a SQLite file or a PostgreSQL server.</summary>
public static partial class ReportDefinitionLoader
{
    private static SourceDefinition ParseSource(YamlSource yaml, IReadOnlyDictionary<string, (YamlScalarNode Key, YamlNode Value)> root)
    {
        var node = Value(root, "source");
        if (node is null)
        {
            return new SourceDefinition(null, SourceLocation.StartOf(yaml.File));
        }

        var map = yaml.Mapping(node, "source", DefinitionSchema.Source);
        return new SourceDefinition(yaml.Text(Value(map, "sqlite"), "source.sqlite"), yaml.At(node))
        {
            Postgres = Value(map, "postgres") is { } postgres ? ParsePostgres(yaml, postgres) : null,
        };
    }

    private static PostgresLocation? ParsePostgres(YamlSource yaml, YamlNode node)
    {
        var map = yaml.Mapping(node, "source.postgres", DefinitionSchema.Postgres, "password");
        if (map.TryGetValue("password", out var secret))
        {
            // Never echo the value: only the key's position.
            yaml.Error(secret.Key, $"passwords never go in YAML: set {PostgresLocation.PasswordVariable} or PGPASSWORD, or use a ~/.pgpass file");
        }

        var database = yaml.Text(Value(map, "database"), "source.postgres.database");
        if (database is null)
        {
            yaml.Error(node, "missing required key 'database' in source.postgres");
            return null;
        }

        var timeoutText = yaml.Text(Value(map, "timeout"), "source.postgres.timeout");
        var timeout = timeoutText is null ? PostgresLocation.DefaultTimeout : PostgresLocation.ParseTimeout(timeoutText);
        if (timeout is null)
        {
            yaml.Error(map["timeout"].Value, $"source.postgres.timeout '{timeoutText}' is not a duration: use e.g. 30s, 5m or 1h");
            return null;
        }

        try
        {
            return PostgresLocation.Create(yaml.Text(Value(map, "host"), "source.postgres.host") ?? "localhost",
                yaml.Integer(Value(map, "port"), "source.postgres.port", DefinitionSchema.Port) ?? 5432, database,
                yaml.Text(Value(map, "schema"), "source.postgres.schema"), yaml.Text(Value(map, "user"), "source.postgres.user"),
                yaml.Text(Value(map, "sslmode"), "source.postgres.sslmode"), timeout.Value, yaml.At(node));
        }
        catch (DefinitionException ex)
        {
            foreach (var diagnostic in ex.Diagnostics)
            {
                yaml.Error(map.TryGetValue("sslmode", out var ssl) ? ssl.Value : node, diagnostic.Message);
            }

            return null;
        }
    }
}
