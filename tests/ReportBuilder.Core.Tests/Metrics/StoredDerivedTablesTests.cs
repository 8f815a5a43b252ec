using System.Data;
using System.Globalization;
using Npgsql;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Tests.Metrics;

/// <summary>On PostgreSQL a derived table read by three statements or more (responses: the totals and two breakdowns) is
/// stored once as a temporary table, before the report's transaction turns read-only; a role or server that may not create
/// temporary tables runs its query inside each statement instead, as before.</summary>
public sealed class StoredDerivedTablesTests
{
    private const string ThreeStatements = "metric: avg_response_time, breakdown: [agent, channel]";

    private const string Address = "postgres://postgres@127.0.0.1:5432/rb?schema=s";

    private static ReportPlan Plan(string entry, string database = Address) =>
        TestReport.Plan(TestReport.Definition("2026-10", "UTC", "previous_period", 0, entry), database);

    [Fact]
    public void Plan_ReadByThreeStatements_StoresTheTableFirst_AndKeepsTheInlineFormForARefusal()
    {
        var plan = Plan(ThreeStatements);

        plan.Queries.Select(q => q.Prepares).ShouldBe([true, false, false, false]);
        // Created empty and indexed while the transaction may write; filled by the query once it is read-only.
        plan.Queries[0].Sql.ShouldStartWith("CREATE TEMP TABLE \"rb_responses\" ON COMMIT DROP AS SELECT * FROM (\n");
        plan.Queries[0].Sql.ShouldContain(") AS rb_rows WITH NO DATA;\nCREATE INDEX ON \"rb_responses\" (\"created_at\");\n" +
            PostgresDialect.FilledReadOnly + "\nINSERT INTO \"rb_responses\" SELECT * FROM (\n");
        plan.Queries[0].Sql.ShouldEndWith(") AS rb_rows\nORDER BY \"created_at\";\nANALYZE \"rb_responses\"");
        plan.Queries.Skip(1).ShouldAllBe(q => q.Sql.Contains("\"rb_responses\" t"));
        var inline = plan.WithoutStores!.Value;
        inline.Queries.Count.ShouldBe(3);
        inline.Queries.ShouldAllBe(q => !q.Prepares && !q.Sql.Contains("rb_responses") && q.Sql.Contains("OVER (PARTITION BY ticket_id"));
    }

    [Fact]
    public void Plan_ReadByTwoStatements_RunsTheQueryInline()
    {
        var plan = Plan("metric: avg_response_time, breakdown: [agent]");

        plan.Queries.ShouldAllBe(q => !q.Prepares && !q.Sql.Contains("rb_responses"));
        plan.WithoutStores.ShouldBeNull();
    }

    [Fact]
    public void Plan_OnSqlite_StoresAsBefore_WithNothingToFallBackTo()
    {
        var plan = Plan("metric: avg_response_time", database: "test.db");

        plan.Queries[0].Prepares.ShouldBeTrue();
        plan.WithoutStores.ShouldBeNull();
    }

    /// <summary>On the test server: the values of the stored table, of a role without the TEMP privilege and of one whose
    /// transactions start read-only are the same (and SQLite's); after the stores nothing can write.</summary>
    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnServer(PostgresServer server) : IDisposable
    {
        private readonly List<TestDatabase> _databases = [];

        public void Dispose()
        {
            foreach (var db in _databases)
            {
                db.Dispose();
            }
        }

        private TestDatabase Conversations(TestSource? source)
        {
            var db = new TestDatabase(source)
                .Agent(1, "Ann")
                .Agent(2, "Bob")
                .Ticket("2026-09-30 20:00", channel: "email", id: 1)
                .Ticket("2026-10-06 11:00", channel: "chat", id: 2)
                .Ticket("2026-09-30 22:00", channel: "chat", id: 3)
                .Message(ticket: 1, "customer", "2026-10-05 09:00", id: 1)
                .Message(ticket: 1, "customer", "2026-10-05 09:20", id: 2)
                .Message(ticket: 1, "agent", "2026-10-05 10:00", agent: 1, id: 3)    // 1 h after 09:00
                .Message(ticket: 1, "customer", "2026-10-05 11:00", id: 5)
                .Message(ticket: 1, "agent", "2026-10-05 11:30", agent: 1, id: 6)    // 0.5 h
                .Message(ticket: 2, "customer", "2026-10-06 12:00", id: 10)
                .Message(ticket: 2, "agent", "2026-10-06 14:00", agent: 2, id: 11)   // 2 h
                .Message(ticket: 3, "customer", "2026-09-30 23:00", id: 20)
                .Message(ticket: 3, "agent", "2026-10-01 01:00", agent: 1, id: 21)   // 2 h, in October
                .Message(ticket: 3, "customer", "2026-09-10 08:00", id: 22)
                .Message(ticket: 3, "agent", "2026-09-10 09:00", agent: 2, id: 23);  // 1 h, in September
            _databases.Add(db);
            return db;
        }

        [Fact]
        public async Task Read_StoredTable_GivesTheValuesOfTheInlineFormAndOfSqlite()
        {
            var address = await Conversations(server).SourceAsync();
            var plan = Plan(ThreeStatements, address);

            var stored = await ValuesAsync(plan);

            stored.ShouldContain("avg_response_time 0: 1.375 (4)");   // (1 + 0.5 + 2 + 2) / 4
            stored.ShouldContain("avg_response_time 1: 1 (1)");
            stored.ShouldContain("agent Ann: 1.16666666667 (3)");
            stored.ShouldContain("channel chat: 2 (2)");
            stored.ShouldBe(await ValuesAsync(plan.WithoutStores!.Value));
            stored.ShouldBe(await ValuesAsync(Plan(ThreeStatements, Conversations(null).Path)));
        }

        [Fact]
        public async Task Store_ThenTheTransactionIsReadOnly_AndAWriteFails()
        {
            var address = await Conversations(server).SourceAsync();
            await using var connection = await OpenAsync(address);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);

            var run = await PostgresSource.StoreDerivedAsync(Plan(ThreeStatements, address), connection, null, CancellationToken.None);

            run.Queries.ShouldAllBe(q => !q.Prepares && q.Sql.Contains("\"rb_responses\""));
            (await ScalarAsync(connection, "SELECT count(*)::text FROM rb_responses")).ShouldBe("5");
            // Written in time order (the query yields them by ticket: ticket 3's September response after October's of
            // tickets 1 and 2), so the index ranges of the statements that read it read its pages in order.
            (await ScalarAsync(connection, "SELECT string_agg(to_char(created_at AT TIME ZONE 'UTC', 'MM-DD HH24:MI'), ' ' ORDER BY ctid) FROM rb_responses"))
                .ShouldBe("09-10 09:00 10-01 01:00 10-05 10:00 10-05 11:30 10-06 14:00");
            (await ScalarAsync(connection, "SHOW transaction_read_only")).ShouldBe("on");
            (await ScalarAsync(connection, "SHOW transaction_isolation")).ShouldBe("repeatable read");
            await WriteRefusedAsync(connection);
        }

        /// <summary>A derived table's query comes from a model file: it runs only once the transaction is read-only, so one
        /// that would write (here it advances a sequence) is refused, and nothing is written.</summary>
        [Fact]
        public async Task Store_ADerivedQueryThatWouldWrite_RunsReadOnly_AndIsRefused()
        {
            var address = await Conversations(server).SourceAsync();
            var schema = PostgresLocation.Parse(address, Diagnostics.SourceLocation.Option("--db")).Schema;
            await server.ExecuteAsync($"CREATE SEQUENCE {schema}.rb_seq");
            var plan = Plan(ThreeStatements, address);
            var writing = plan.Queries[0] with
            {
                Sql = new PostgresDialect(schema).TemporaryTable("rb_responses", "SELECT nextval('rb_seq') AS n, now() AS created_at", "created_at")!,
                Parameters = [],
            };
            await using var connection = await OpenAsync(address);
            await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead))
            {
                var refused = await Should.ThrowAsync<PostgresException>(() =>
                    PostgresSource.StoreDerivedAsync(plan with { Queries = [writing, .. plan.Queries.Skip(1)] }, connection, null, CancellationToken.None));
                refused.SqlState.ShouldBe("25006");   // cannot execute nextval() in a read-only transaction
            }

            (await ScalarAsync(connection, "SELECT is_called::text FROM rb_seq")).ShouldBe("false");
        }

        [Fact]
        public async Task Read_RoleWithoutTheTempPrivilege_GetsTheSameValuesInline_ReadOnly()
        {
            var address = await Conversations(server).SourceAsync();
            var role = await RoleAsync(address, "rb_no_temp", "");
            await server.ExecuteAsync($"REVOKE TEMPORARY ON DATABASE {PostgresServer.Database} FROM PUBLIC");
            try
            {
                await RefusedThenInlineAsync(address, role, "42501");
            }
            finally
            {
                await server.ExecuteAsync($"GRANT TEMPORARY ON DATABASE {PostgresServer.Database} TO PUBLIC");
            }
        }

        [Fact]
        public async Task Read_RoleWhoseTransactionsStartReadOnly_GetsTheSameValuesInline()
        {
            var address = await Conversations(server).SourceAsync();
            var role = await RoleAsync(address, "rb_read_only_default", "ALTER ROLE rb_read_only_default SET default_transaction_read_only = on;");

            await RefusedThenInlineAsync(address, role, "25006");
        }

        /// <summary>The role's report equals the superuser's stored one; on its own connection the store is refused with
        /// <paramref name="sqlState"/>, and the inline plan runs in a read-only transaction.</summary>
        private static async Task RefusedThenInlineAsync(string address, string role, string sqlState)
        {
            var plan = Plan(ThreeStatements, role);
            (await ValuesAsync(plan)).ShouldBe(await ValuesAsync(Plan(ThreeStatements, address)));

            await using var connection = await OpenAsync(role);
            await using (var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead))
            {
                var refused = await Should.ThrowAsync<PostgresException>(() =>
                    MetricEngine.StoreAsync(plan.Queries.Where(q => q.Prepares), connection, CancellationToken.None, null));
                refused.SqlState.ShouldBe(sqlState);
            }

            await using var again = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead);
            var run = await PostgresSource.StoreDerivedAsync(plan, connection, null, CancellationToken.None);
            run.Queries.Count.ShouldBe(3);
            run.Queries.ShouldAllBe(q => !q.Prepares && !q.Sql.Contains("rb_responses"));
            (await ScalarAsync(connection, "SELECT to_regclass('pg_temp.rb_responses')::text")).ShouldBeNull();
            (await ScalarAsync(connection, "SHOW transaction_read_only")).ShouldBe("on");
            await WriteRefusedAsync(connection);
        }

        /// <summary>A login role that may read the schema of <paramref name="address"/>; its address.</summary>
        private async Task<string> RoleAsync(string address, string role, string settings)
        {
            var schema = PostgresLocation.Parse(address, Diagnostics.SourceLocation.Option("--db")).Schema;
            await server.ExecuteAsync($"""
                DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                GRANT USAGE ON SCHEMA {schema} TO {role};
                GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role};
                {settings}
                """);
            return server.Address(schema, user: role);
        }

        private static async Task WriteRefusedAsync(NpgsqlConnection connection)
        {
            var write = await Should.ThrowAsync<PostgresException>(() => ScalarAsync(connection, "DELETE FROM tickets RETURNING 'deleted'"));
            write.SqlState.ShouldBe("25006");   // read_only_sql_transaction
        }

        private static Task<NpgsqlConnection> OpenAsync(string address) =>
            PostgresSource.OpenAsync(PostgresLocation.Parse(address, Diagnostics.SourceLocation.Option("--db")), null, CancellationToken.None);

        private static async Task<string?> ScalarAsync(NpgsqlConnection connection, string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync() is string text ? text : null;
        }

        /// <summary>Every value the read gives, one line each: the periods' values, then each breakdown's rows.</summary>
        private static async Task<string> ValuesAsync(ReportPlan plan)
        {
            var (results, _, _) = await ReportData.ReadAsync(plan, CancellationToken.None);
            var lines = new List<string>();
            foreach (var (name, series) in results.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                lines.AddRange(series.Periods.OrderBy(p => p.Key).Select(p => $"{name} {p.Key}: {Show(p.Value)}"));
                lines.AddRange(series.Breakdowns.OrderBy(b => b.Key, StringComparer.Ordinal)
                    .SelectMany(b => b.Value.Select(row => $"{b.Key} {row.Key}: {Show(row.Value)}")));
                lines.AddRange(series.ComparisonBreakdowns.OrderBy(b => b.Key, StringComparer.Ordinal)
                    .SelectMany(b => b.Value.Select(row => $"previous {b.Key} {row.Key}: {Show(row.Value)}")));
            }

            return string.Join("\n", lines);
        }

        private static string Show(Measurement m) =>
            $"{(m.Value is { } v ? MetricEngine.Significant(v).ToString(CultureInfo.InvariantCulture) : "null")} ({m.Sample})";
    }
}
