using System.Globalization;
using Npgsql;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Definitions;

/// <summary>Where a PostgreSQL source is: everything but the password, which comes from the environment or a pgpass file.</summary>
/// <remarks>Written as <c>postgres://user@host:port/database?schema=…&amp;sslmode=…&amp;timeout=…</c>; that text names the source in
/// plans, messages and the report's footer, so it never holds a password.</remarks>
public sealed record PostgresLocation(string Host, int Port, string Database, string Schema, string? User, string SslMode, TimeSpan Timeout)
{
    /// <summary>The environment variable read before <c>PGPASSWORD</c> and the pgpass file.</summary>
    public const string PasswordVariable = "REPORTBUILDER_PG_PASSWORD";

    /// <summary>A statement running longer than this is stopped by the server (<c>source.postgres.timeout</c>).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How much longer than the server's statement_timeout the client waits for an answer before it cancels the statement
    /// and closes the connection: a stalled server (stopped, frozen, cut off without a reset) cannot stop its own statement.</summary>
    public static readonly TimeSpan ClientMargin = TimeSpan.FromSeconds(5);

    /// <summary>How long a connection attempt (TCP, TLS, login) may take.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The client's deadline for one answer of the server: <see cref="Timeout"/> and <see cref="ClientMargin"/>, whole seconds.</summary>
    public TimeSpan ClientDeadline => TimeSpan.FromSeconds(Math.Ceiling((Timeout + ClientMargin).TotalSeconds));

    /// <summary>The sslmode values Npgsql knows.</summary>
    public static readonly IReadOnlyList<string> SslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

    private const string PasswordAdvice = $"passwords never go in a definition or on the command line: set {PasswordVariable} or PGPASSWORD, or use a ~/.pgpass file";

    /// <summary>True for <c>postgres://</c> and <c>postgresql://</c> text.</summary>
    public static bool IsUri(string? text) =>
        text is not null && (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses a <c>postgres://</c> URI; throws <see cref="DefinitionException"/> at <paramref name="location"/> when it is wrong.</summary>
    public static PostgresLocation Parse(string text, SourceLocation location)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new DefinitionException(location, "not a PostgreSQL address: use postgres://user@host:port/database?schema=NAME");
        }

        var user = Uri.UnescapeDataString(uri.UserInfo);
        if (user.Contains(':', StringComparison.Ordinal))
        {
            throw new DefinitionException(location, $"the address holds a password: {PasswordAdvice}");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0)
        {
            throw new DefinitionException(location, "the address names no database: use postgres://host:port/DATABASE");
        }

        var query = (uri.Query.Length > 1 ? uri.Query[1..] : "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : "", StringComparer.Ordinal);
        foreach (var key in query.Keys.Where(k => k is not ("schema" or "sslmode" or "timeout")))
        {
            throw new DefinitionException(location, key == "password"
                ? $"the address holds a password: {PasswordAdvice}"
                : $"unknown address option '{key}': use schema, sslmode or timeout");
        }

        var timeout = DefaultTimeout;
        if (query.TryGetValue("timeout", out var timeoutText))
        {
            timeout = ParseTimeout(timeoutText) ?? throw new DefinitionException(location, $"timeout '{timeoutText}' is not a duration: use e.g. 30s, 5m or 1h");
        }

        return Create(uri.Host, uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port, database, query.GetValueOrDefault("schema"),
            user.Length == 0 ? null : user, query.GetValueOrDefault("sslmode"), timeout, location);
    }

    /// <summary>A location from its parts, checking the schema name and sslmode.</summary>
    public static PostgresLocation Create(string host, int port, string database, string? schema, string? user, string? sslMode,
        TimeSpan timeout, SourceLocation location)
    {
        if (sslMode is not null && !SslModes.Contains(sslMode))
        {
            throw new DefinitionException(location, $"unknown sslmode '{sslMode}': use {string.Join(", ", SslModes)}");
        }

        return new PostgresLocation(host, port, database, schema ?? "public", user, sslMode ?? "prefer", timeout);
    }

    /// <summary>A duration such as <c>30s</c>, <c>5m</c>, <c>1h</c> or <c>500ms</c>; null when it is not one.</summary>
    public static TimeSpan? ParseTimeout(string text)
    {
        var units = new (string Suffix, double Seconds)[] { ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600) };
        foreach (var (suffix, seconds) in units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) &&
                double.TryParse(text[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0)
            {
                return TimeSpan.FromSeconds(amount * seconds);
            }
        }

        return null;
    }

    /// <summary>The connection string: <paramref name="password"/> (the caller's <c>REPORTBUILDER_PG_PASSWORD</c>), else Npgsql's
    /// own <c>PGPASSWORD</c> and pgpass-file lookup; sessions in UTC, statements bounded by the server's statement_timeout and by the
    /// client's <see cref="ClientDeadline"/> (Npgsql then cancels, waits 2 s, and closes the connection), connection attempts by
    /// <see cref="ConnectTimeout"/>, and a silent peer found by TCP keepalive.</summary>
    public string ConnectionString(string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = Host,
            Port = Port,
            Database = Database,
            SearchPath = Schema,
            Timezone = "UTC",
            CommandTimeout = (int)Math.Min(int.MaxValue, ClientDeadline.TotalSeconds),
            CancellationTimeout = 2000,
            Timeout = (int)ConnectTimeout.TotalSeconds,
            TcpKeepAlive = true,
            TcpKeepAliveTime = 30,
            TcpKeepAliveInterval = 10,
            Pooling = false,
            ApplicationName = "reportbuilder",
            SslMode = Enum.Parse<SslMode>(SslMode.Replace("-", "", StringComparison.Ordinal), ignoreCase: true),
        };
        if (User is not null)
        {
            builder.Username = User;
        }

        if (password is { Length: > 0 })
        {
            builder.Password = password;
        }

        return builder.ConnectionString;
    }

    /// <summary>The address without a password, as written on the command line.</summary>
    public override string ToString()
    {
        var user = User is null ? "" : Uri.EscapeDataString(User) + "@";
        var text = string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{Host}:{Port}/{Uri.EscapeDataString(Database)}?schema={Uri.EscapeDataString(Schema)}");
        if (SslMode != "prefer")
        {
            text += "&sslmode=" + SslMode;
        }

        return Timeout == DefaultTimeout ? text : text + string.Create(CultureInfo.InvariantCulture, $"&timeout={Timeout.TotalSeconds}s");
    }

    /// <summary>Host, port and database, for messages.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"PostgreSQL at {Host}:{Port} (database {Database}, schema {Schema})");
}
