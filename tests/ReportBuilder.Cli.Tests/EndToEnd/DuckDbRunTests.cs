using DuckDB.NET.Data;
using Microsoft.Data.Sqlite;
using ReportBuilder.Data;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>The CLI on a DuckDB file (issue 23 item 7): <c>copy --to FILE.duckdb</c> from the demo data, then every example
/// report gives the JSON of the SQLite run; a file named *.duckdb that is no DuckDB database is a clear error.</summary>
public sealed class DuckDbRunTests(DuckDbRunTests.DemoCopy demo) : IClassFixture<DuckDbRunTests.DemoCopy>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rb-duckdb-run-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Every example report in examples/ (all read the demo data's canonical tables).</summary>
    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(RepositoryFiles.PathOf("examples"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Examples_AreTheFiveShipped() =>
        ((IEnumerable<object[]>)Examples()).Select(e => (string)e[0]).ShouldBe(["agent-scorecard.yaml", "all-metrics.yaml", "custom-metrics.yaml", "monthly-support.yaml", "team-variant.yaml"]);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Run_ExampleOnCopiedDemoData_GivesTheJsonOfTheSqliteRun(string example)
    {
        var (sqliteJson, duckDbJson) = await SourceComparison.JsonOfBothAsync(RepositoryFiles.PathOf("examples", example), demo.Sqlite, demo.DuckDb, _folder);

        duckDbJson.ShouldBe(sqliteJson);
        sqliteJson.Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task Copy_Demo_TypedColumnsAndEveryRow_RefusesToOverwrite_ReplaceWritesItAnew()
    {
        var target = Path.Combine(_folder, "copy.duckdb");
        var copied = await CliHarness.RunAsync("copy", "--from", demo.Sqlite, "--to", target);
        copied.ExitCode.ShouldBe(0, copied.Errors);
        copied.Output.ShouldContain($"copied to {target}: customers ");

        using (var duck = new DuckDBConnection($"Data Source={target};ACCESS_MODE=READ_ONLY"))
        {
            duck.Open();
            var types = Rows(duck, "SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns");
            types.ShouldContain("tickets.id BIGINT");
            types.ShouldContain("tickets.created_at TIMESTAMP WITH TIME ZONE");
            types.ShouldContain("tickets.solved_at TIMESTAMP WITH TIME ZONE");
            types.ShouldContain("tickets.reopens INTEGER");
            types.ShouldContain("tickets.channel VARCHAR");
            types.ShouldContain("agents.email VARCHAR");
            types.ShouldContain("mrr_movements.amount DOUBLE");
            types.ShouldContain("qa_reviews.score DOUBLE");
            using var sqlite = new SqliteConnection($"Data Source={demo.Sqlite};Mode=ReadOnly;Pooling=false");
            sqlite.Open();
            foreach (var table in new[] { "customers", "agents", "tickets", "ticket_tags", "messages", "csat_responses", "nps_responses", "mrr_movements", "qa_reviews" })
            {
                using var count = sqlite.CreateCommand();
                count.CommandText = $"SELECT count(*) FROM {table}";
                Rows(duck, $"SELECT CAST(count(*) AS VARCHAR) FROM {table}").ShouldBe([Convert.ToString(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!], table);
            }

            // The stored text '2026-…' is UTC: the same instant whatever the session's time zone.
            using var first = sqlite.CreateCommand();
            first.CommandText = "SELECT created_at FROM tickets ORDER BY id LIMIT 1";
            Rows(duck, "SET TimeZone = 'Asia/Tokyo'; SELECT strftime(created_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S') FROM tickets ORDER BY id LIMIT 1")
                .ShouldBe([(string)first.ExecuteScalar()!]);
        }

        var again = await CliHarness.RunAsync("copy", "--from", demo.Sqlite, "--to", target);
        again.ExitCode.ShouldBe(3);
        again.Errors.ShouldContain($"{target} already exists: pass --replace");
        var replaced = await CliHarness.RunAsync("copy", "--from", demo.Sqlite, "--to", target, "--replace");
        replaced.ExitCode.ShouldBe(0, replaced.Errors);
        Directory.GetFiles(_folder).Select(Path.GetFileName).ShouldBe(["copy.duckdb"], "no staged file left beside it");
    }

    [Fact]
    public async Task Copy_ToNeitherAServerNorADuckDbFile_SaysWhatTheTargetsAre()
    {
        var refused = await CliHarness.RunAsync("copy", "--from", demo.Sqlite, "--to", Path.Combine(_folder, "copy.db"));

        refused.ExitCode.ShouldBe(2, refused.Errors);
        refused.Errors.ShouldContain("is neither a PostgreSQL address nor a DuckDB file");
        refused.Errors.ShouldContain("a file name ending in .duckdb");
        File.Exists(Path.Combine(_folder, "copy.db")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("demo-data", "--out")]
    [InlineData("import", "--to")]
    public async Task WritingSqliteUnderADuckDbName_IsRefused_NamingTheCopy(string command, string option)
    {
        var file = Path.Combine(_folder, "support.duckdb");
        string[] args = command == "demo-data" ? [command, option, file, "--tickets", "10"] : [command, "zendesk", _folder, option, file];

        var refused = await CliHarness.RunAsync(args);

        refused.ExitCode.ShouldBe(2, refused.Errors);
        refused.Errors.ShouldContain($"{command} writes a SQLite file, and a name ending in .duckdb is read as DuckDB");
        refused.Errors.ShouldContain("reportbuilder copy --from FILE.db --to support.duckdb");
        File.Exists(file).ShouldBeFalse();
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sqlite")]
    public async Task Run_FileNamedDuckDbThatIsNot_ExitsThreeSayingWhatTheNameMeans(string content)
    {
        var file = Path.Combine(_folder, "data.duckdb");
        if (content == "text")
        {
            await File.WriteAllTextAsync(file, "id,created_at\n1,2026-10-05 10:00:00\n");
        }
        else
        {
            File.Copy(demo.Sqlite, file);
        }

        var outcome = await CliHarness.RunAsync("run", RepositoryFiles.PathOf("examples", "monthly-support.yaml"), "--db", file, "--as-of", "2026-11-05",
            "--format", "json", "--out", Path.Combine(_folder, "out"));

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"cannot read {file} as a DuckDB database");
        outcome.Errors.ShouldContain("a file named *.duckdb is read as DuckDB, any other file as SQLite");
        Directory.Exists(Path.Combine(_folder, "out")).ShouldBeFalse();
    }

    [Fact]
    public async Task Run_MissingDuckDbFile_ExitsThreeNamingIt()
    {
        var file = Path.Combine(_folder, "missing.duckdb");

        var outcome = await CliHarness.RunAsync("run", RepositoryFiles.PathOf("examples", "monthly-support.yaml"), "--db", file, "--as-of", "2026-11-05",
            "--format", "json", "--out", Path.Combine(_folder, "out"));

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"database not found: {file}");
        File.Exists(file).ShouldBeFalse("a read never creates the file");
    }

    [Theory]
    [InlineData(null, "143.0 MiB")]   // DuckDbSource.DefaultMemoryLimit, 150MB (DuckDB shows MiB)
    [InlineData("2GiB", "2.0 GiB")]
    public void Open_BoundsDuckDbsMemory_SpillingToAFolderOfItsOwnRemovedWithTheConnection(string? limit, string shown)
    {
        string spill;
        using (var connection = DuckDbSource.Open(demo.DuckDb, limit))
        {
            Rows(connection, "SELECT current_setting('memory_limit')").ShouldBe([shown]);
            spill = Rows(connection, "SELECT current_setting('temp_directory')").Single();
            Path.GetFileName(spill).ShouldStartWith("rb-duckdb-spill-");
            Directory.Exists(spill).ShouldBeTrue();
        }

        Directory.Exists(spill).ShouldBeFalse();
    }

    [Fact]
    public async Task Open_RemovesTheSpillFoldersOfKilledRuns_NotThoseOfRunningOnes()
    {
        // A process that has ended stands for a run killed with SIGKILL; this test's own process for one still running.
        using var ended = System.Diagnostics.Process.Start("true")!;
        await ended.WaitForExitAsync();
        var killed = Directory.CreateTempSubdirectory($"{DuckDbSource.SpillPrefix}{ended.Id}-").FullName;
        await File.WriteAllTextAsync(Path.Combine(killed, "stored.duckdb"), "left by a killed run");
        var running = Directory.CreateTempSubdirectory($"{DuckDbSource.SpillPrefix}{Environment.ProcessId}-").FullName;
        var unnamed = Directory.CreateTempSubdirectory(DuckDbSource.SpillPrefix).FullName;   // no process id: left alone
        try
        {
            using (DuckDbSource.Open(demo.DuckDb))
            {
                Directory.Exists(killed).ShouldBeFalse();
                Directory.Exists(running).ShouldBeTrue();
                Directory.Exists(unnamed).ShouldBeTrue();
            }
        }
        finally
        {
            Directory.Delete(running, recursive: true);
            Directory.Delete(unnamed, recursive: true);
        }
    }

    [Fact]
    public void Open_StoresTheRunsTablesInAFileOfTheSpillFolder_TheDataFileStaysReadOnly()
    {
        var before = File.ReadAllBytes(demo.DuckDb);
        string stored;
        using (var connection = DuckDbSource.Open(demo.DuckDb))
        {
            stored = Rows(connection, $"SELECT path FROM duckdb_databases() WHERE database_name = '{DuckDbDialect.Scratch}'").Single();
            Path.GetDirectoryName(stored).ShouldBe(Rows(connection, "SELECT current_setting('temp_directory')").Single());
            using (var create = connection.CreateCommand())
            {
                create.CommandText = $"CREATE TABLE {DuckDbDialect.Instance.StoredForRun("rb_t")} AS SELECT 42 AS x";
                create.ExecuteNonQuery();
                create.CommandText = "CREATE TABLE main.rb_t AS SELECT 1 AS x";
                Should.Throw<DuckDBException>(() => create.ExecuteNonQuery()).Message.ShouldContain("read-only");
            }

            Rows(connection, $"SELECT CAST(x AS VARCHAR) FROM {DuckDbDialect.Instance.StoredForRun("rb_t")}").ShouldBe(["42"]);
        }

        File.Exists(stored).ShouldBeFalse();
        File.ReadAllBytes(demo.DuckDb).ShouldBe(before);
    }

    [Theory]
    [InlineData("1MB", 3, "Out of Memory")]                       // DuckDB's error, then the tool's advice
    [InlineData("1MB", 3, "DuckDB may use 1MB: give it more with --memory-limit")]
    [InlineData("lots", 2, "'lots' is no amount of memory: a number and a unit, e.g. 500MB or 2GB")]
    public async Task Run_MemoryLimitTooSmallOrNoAmount_ExitCodeAndMessageNameIt(string limit, int exitCode, string message)
    {
        var outcome = await CliHarness.RunAsync("run", RepositoryFiles.PathOf("examples", "all-metrics.yaml"), "--db", demo.DuckDb, "--as-of", "2026-11-05",
            "--format", "json", "--out", Path.Combine(_folder, "out"), "--memory-limit", limit);

        outcome.ExitCode.ShouldBe(exitCode, outcome.Errors);
        outcome.Errors.ShouldContain(message);
    }

    [Fact]
    public async Task Run_StatementThatFails_TheMessageNamesItsMetrics()
    {
        // A model's query: is SQL the database checks when it runs (validate checks its {name} tables, not what it computes):
        // this one reads each channel ('email', 'phone', …) as a number for replies, which DuckDB stops at while reading the
        // rows. The metric language refuses every comparison of columns that hold different things, so the failure comes from
        // the model; the error comes from the statement of ticket_volume and bad_share, which read tickets together.
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad-model.yaml"), """
            tickets:
              query: SELECT id, created_at, CAST(channel AS INTEGER) AS replies FROM {tickets}
              columns: { id: id, created_at: created_at, replies: replies }
            """);
        var report = Path.Combine(_folder, "bad.yaml");
        await File.WriteAllTextAsync(report, """
            id: bad
            title: Bad
            period: "2026-10"
            model: bad-model.yaml
            metrics:
              - metric: ticket_volume
              - metric: bad_share
            define:
              bad_share:
                table: tickets
                time: created_at
                value: share(replies > 0)
            """);
        (await CliHarness.RunAsync("validate", report, "--db", demo.DuckDb)).ExitCode.ShouldBe(0);

        var outcome = await CliHarness.RunAsync("run", report, "--db", demo.DuckDb, "--format", "json", "--out", Path.Combine(_folder, "out"), "--quiet");

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"querying {demo.DuckDb} failed while computing ticket_volume, bad_share (DuckDB: Conversion Error:");
        Directory.Exists(Path.Combine(_folder, "out")).ShouldBeFalse();
    }

    /// <summary>The report's own <c>source.memory_limit</c> (what a scheduled delivery, without a command line, runs with)
    /// reaches DuckDB; <c>--memory-limit</c> overrides it; a limit that is no amount is the definition's mistake, with its
    /// line and column.</summary>
    [Theory]
    [InlineData("1MB", null, 3, "DuckDB may use 1MB: give it more with --memory-limit")]
    [InlineData("1MB", "2GB", 0, null)]
    [InlineData("lots", null, 2, ":13:")]
    public async Task Run_SourceMemoryLimit_ReachesDuckDb_AndTheOptionOverridesIt(string inYaml, string? option, int exitCode, string? message)
    {
        var report = Path.Combine(_folder, "all-metrics.yaml");
        var lines = await File.ReadAllLinesAsync(RepositoryFiles.PathOf("examples", "all-metrics.yaml"));
        lines[12].ShouldStartWith("source:");
        lines[12] = $"source: {{ sqlite: {demo.DuckDb}, memory_limit: {inYaml} }}";
        await File.WriteAllLinesAsync(report, lines);
        string[] args = ["run", report, "--as-of", "2026-11-05", "--format", "json", "--out", Path.Combine(_folder, "out"), "--quiet"];

        var outcome = await CliHarness.RunAsync(option is null ? args : [.. args, "--memory-limit", option]);

        outcome.ExitCode.ShouldBe(exitCode, outcome.Errors);
        if (message is not null)
        {
            outcome.Errors.ShouldContain(message);
        }

        if (inYaml == "lots")
        {
            outcome.Errors.ShouldContain("source.memory_limit 'lots' is no amount of memory: a number and a unit, e.g. 500MB or 2GB");
        }
    }

    private static List<string> Rows(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    /// <summary>The demo data (2,000 tickets) and its DuckDB copy, made once for the class.</summary>
    public sealed class DemoCopy : IAsyncLifetime
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("rb-duckdb-demo-").FullName;

        public string Sqlite => Path.Combine(_folder, "demo.db");

        public string DuckDb => Path.Combine(_folder, "demo.duckdb");

        public async Task InitializeAsync()
        {
            (await CliHarness.RunAsync("demo-data", "--out", Sqlite, "--tickets", "2000", "--end", "2026-11-01", "--seed", "7")).ExitCode.ShouldBe(0);
            var copied = await CliHarness.RunAsync("copy", "--from", Sqlite, "--to", DuckDb);
            copied.ExitCode.ShouldBe(0, copied.Errors);
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_folder, recursive: true);
            return Task.CompletedTask;
        }
    }
}
