namespace ReportBuilder.Testing;

/// <summary>Where a <see cref="SourceTests"/> class's reports read its rows: the SQLite file itself (null), its copy on a
/// PostgreSQL server (a server converts to one), or its copy in a DuckDB file (<see cref="DuckDb"/>), each as
/// <c>reportbuilder copy</c> makes it.</summary>
public sealed class TestSource
{
    /// <summary>A DuckDB file copied from the SQLite file before each run that follows a change.</summary>
    public static readonly TestSource DuckDb = new(null);

    private TestSource(PostgresServer? server) => Server = server;

    /// <summary>The PostgreSQL server, or null for DuckDB.</summary>
    public PostgresServer? Server { get; }

    public static implicit operator TestSource(PostgresServer server) => new(server);
}
