namespace ReportBuilder.Testing;

/// <summary>A test class whose tests run on both sources from the same hand-built rows, with the same expected values:
/// its nested <c>OnSqlite</c> and <c>OnPostgres</c> classes derive from it.</summary>
public abstract class SourceTests(PostgresServer? server)
{
    /// <summary>A new test database; on PostgreSQL its rows are copied to the server before a report runs.</summary>
    private protected TestDatabase Database() => new(server);
}
