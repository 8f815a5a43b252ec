namespace ReportBuilder.Tests;

/// <summary>The xunit collection of every test that talks to the PostgreSQL server: it starts once per test project's run (the
/// fixture lives in ReportBuilder.Testing; xunit reads collection definitions from the test assembly only, so each test project
/// compiles this file in itself), and those tests run one at a time.</summary>
[CollectionDefinition(PostgresServer.Collection)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServer>;
