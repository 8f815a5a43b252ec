namespace ReportBuilder.Testing;

/// <summary>A test class whose tests run on every source from the same hand-built rows, with the same expected values:
/// its nested <c>OnSqlite</c>, <c>OnPostgres</c> and <c>OnDuckDb</c> classes derive from it.</summary>
public abstract class SourceTests(TestSource? source)
{
    /// <summary>A new test database; on PostgreSQL or DuckDB its rows are copied there before a report runs.</summary>
    private protected TestDatabase Database() => new(source);
}
