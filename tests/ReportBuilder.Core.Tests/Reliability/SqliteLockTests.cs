using Microsoft.Data.Sqlite;
using ReportBuilder.Data;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;

namespace ReportBuilder.Tests.Reliability;

/// <summary>A SQLite lock met in the middle of a run, after the file opened and its tables were checked: a data-source
/// error naming the file (exit 3), not an unexpected one.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class SqliteLockTests
{
    /// <summary>Takes a write lock on the database from another connection as the first statement starts, as a program
    /// writing to the file at that moment would, and keeps it.</summary>
    private sealed class LockOnFirstStatement(string path) : IProgress<MetricQuery>, IDisposable
    {
        private SqliteConnection? _writer;

        public void Report(MetricQuery value)
        {
            if (_writer is not null)
            {
                return;
            }

            _writer = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            _writer.Open();
            using var command = _writer.CreateCommand();
            command.CommandText = "BEGIN EXCLUSIVE; INSERT INTO agents (id, name, team) VALUES (999, 'Writer', 'Support');";
            command.ExecuteNonQuery();
        }

        public void Dispose() => _writer?.Dispose();
    }

    [Fact]
    public async Task Read_WriteLockTakenAfterOpen_IsADataSourceErrorNamingTheFile()
    {
        using var db = new TestDatabase();
        db.Ticket("2026-10-05 10:00", solved: "2026-10-05 12:00", status: "solved");
        var plan = TestReport.Plan("id: t\ntitle: T\nperiod: 2026-10\nmetrics:\n  - metric: ticket_volume\n  - metric: resolution_time\n", db.Path);
        using var writer = new LockOnFirstStatement(db.Path);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Should.ThrowAsync<DataSourceException>(() => ReportData.ReadAsync(plan, CancellationToken.None, writer));

        error.Message.ShouldStartWith($"{db.Path} is locked by another process (SQLite: ");
        error.Message.ShouldEndWith("database is locked'.): try again when it is done");
        clock.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(25), "SQLite's busy wait (30 s) lets a short write finish first");
    }
}
