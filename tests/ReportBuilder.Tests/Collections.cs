namespace ReportBuilder.Tests;

/// <summary>The xunit collection of every test that talks to the PostgreSQL server: it starts once per run (the fixture lives in
/// ReportBuilder.Testing; xunit reads collection definitions from the test assembly only), and those tests run one at a time.</summary>
[CollectionDefinition(PostgresServer.Collection)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServer>;
