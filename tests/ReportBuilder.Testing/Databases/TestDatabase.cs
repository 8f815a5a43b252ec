using Microsoft.Data.Sqlite;
using ReportBuilder.Data;

namespace ReportBuilder.Testing;

/// <summary>A temporary SQLite file in the canonical schema; a test adds the rows it needs, one readable line each.</summary>
/// <remarks>Timestamps are UTC and may omit seconds: "2026-10-05 09:00" is stored as "2026-10-05 09:00:00".</remarks>
internal sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, long> _lastIds = new(StringComparer.Ordinal);
    private readonly TestSource? _source;
    private string? _loaded;

    /// <param name="source">When given, reports read the same rows from there: the file is copied into a fresh schema of the
    /// server or a DuckDB file beside it (as <c>reportbuilder copy</c> does) before each run that follows a change.</param>
    public TestDatabase(TestSource? source = null)
    {
        _source = source;
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"rb-test-{Guid.NewGuid():N}.db");
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        // A scratch file: no write waits for the disk (3,000 single-row inserts take 0.1 s instead of a minute on a busy disk).
        Execute("PRAGMA synchronous = OFF");
        Execute(CanonicalSchema.Tables);
    }

    public string Path { get; }

    public TestDatabase Customer(int id, string tier = "standard", string created = "2020-01-01 00:00", string? churned = null) =>
        Insert("customers", ("id", id), ("name", $"Customer {id}"), ("tier", tier), ("created_at", Utc(created)), ("churned_at", Utc(churned)));

    public TestDatabase Agent(int id, string name, string team = "Support") =>
        Insert("agents", ("id", id), ("name", name), ("team", team));

    /// <summary>Adds a ticket; its id is the next free one unless given.</summary>
    public TestDatabase Ticket(string created, string? firstReply = null, string? solved = null, string status = "open",
        int replies = 0, int reopens = 0, string channel = "email", string priority = "normal", int customer = 1,
        int? agent = null, string[]? tags = null, int? id = null)
    {
        var ticketId = id ?? NextId("tickets");
        Insert("tickets", ("id", ticketId), ("customer_id", customer), ("agent_id", agent), ("channel", channel), ("priority", priority),
            ("status", status), ("created_at", Utc(created)), ("first_reply_at", Utc(firstReply)), ("solved_at", Utc(solved)),
            ("reopens", reopens), ("replies", replies));
        foreach (var tag in tags ?? [])
        {
            Insert("ticket_tags", ("ticket_id", ticketId), ("tag", tag));
        }

        return this;
    }

    /// <summary>A ticket marked solved by the agent at <paramref name="solved"/>.</summary>
    public TestDatabase Solved(string created, string solved, int replies = 1, int reopens = 0, string status = "solved",
        string channel = "email", int? agent = null, string? firstReply = null) =>
        Ticket(created, firstReply, solved, status, replies, reopens, channel, agent: agent);

    public TestDatabase Message(int ticket, string author, string created, int? agent = null, int? id = null) =>
        Insert("messages", ("id", id ?? NextId("messages")), ("ticket_id", ticket), ("author", author), ("agent_id", agent),
            ("created_at", Utc(created)));

    public TestDatabase Csat(int rating, string created, int ticket = 1, int? agent = null) =>
        Insert("csat_responses", ("id", NextId("csat_responses")), ("ticket_id", ticket), ("agent_id", agent), ("rating", rating),
            ("created_at", Utc(created)));

    public TestDatabase Nps(int score, string created, int customer = 1) =>
        Insert("nps_responses", ("id", NextId("nps_responses")), ("customer_id", customer), ("score", score), ("created_at", Utc(created)));

    public TestDatabase Mrr(string month, string kind, double amount, int customer = 1) =>
        Insert("mrr_movements", ("id", NextId("mrr_movements")), ("customer_id", customer), ("month", month), ("kind", kind), ("amount", amount));

    public TestDatabase Qa(double score, string created, int ticket = 1, int? agent = null) =>
        Insert("qa_reviews", ("id", NextId("qa_reviews")), ("ticket_id", ticket), ("agent_id", agent), ("score", score), ("created_at", Utc(created)));

    /// <summary>What a report reads: the file, or its copy on the PostgreSQL server or in a DuckDB file.</summary>
    public async Task<string> SourceAsync() => _source switch
    {
        null => Path,
        { Server: { } server } => _loaded ??= await server.LoadAsync(Path),
        _ => _loaded ??= DuckDbCopy.Copy(Path, DuckDbPath, replace: true, null, CancellationToken.None) is not null ? DuckDbPath : null!,
    };

    /// <summary>The DuckDB copy of the file (<see cref="TestSource.DuckDb"/>).</summary>
    private string DuckDbPath => System.IO.Path.ChangeExtension(Path, ".duckdb");

    public void Execute(string sql)
    {
        _loaded = null;
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _connection.Dispose();
        File.Delete(Path);
        File.Delete(DuckDbPath);
    }

    private TestDatabase Insert(string table, params (string Column, object? Value)[] values)
    {
        _loaded = null;
        using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Select(v => v.Column))}) " +
            $"VALUES ({string.Join(", ", values.Select((_, i) => "@v" + i))})";
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue("@v" + i, values[i].Value ?? DBNull.Value);
            if (values[i] is ("id", long or int) && table != "ticket_tags")
            {
                _lastIds[table] = Math.Max(_lastIds.GetValueOrDefault(table), Convert.ToInt64(values[i].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        command.ExecuteNonQuery();
        return this;
    }

    private long NextId(string table) => _lastIds.GetValueOrDefault(table) + 1;

    private static string? Utc(string? timestamp) => timestamp is { Length: 16 } ? timestamp + ":00" : timestamp;
}
