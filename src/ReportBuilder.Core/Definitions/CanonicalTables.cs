namespace ReportBuilder.Definitions;

/// <summary>The nine canonical tables' columns and types (docs/metrics.md), which the compiler checks metrics against and
/// <c>Data.CanonicalSchema</c> creates.</summary>
internal static class CanonicalTables
{
    /// <summary>CREATE TABLE statements for the nine canonical tables, as SQLite DDL, without indexes.</summary>
    public const string Ddl = """
        CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL, created_at TEXT NOT NULL, churned_at TEXT NULL);
        CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL, email TEXT NULL);
        CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, agent_id INTEGER NULL, channel TEXT NOT NULL, priority TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, first_reply_at TEXT NULL, solved_at TEXT NULL, reopens INTEGER NOT NULL DEFAULT 0, replies INTEGER NOT NULL DEFAULT 0, vendor_first_reply_minutes REAL NULL, vendor_first_reply_business_minutes REAL NULL, vendor_resolution_minutes REAL NULL, vendor_resolution_business_minutes REAL NULL);
        CREATE TABLE ticket_tags (ticket_id INTEGER NOT NULL, tag TEXT NOT NULL);
        CREATE TABLE messages (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, author TEXT NOT NULL, agent_id INTEGER NULL, created_at TEXT NOT NULL);
        CREATE TABLE csat_responses (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, agent_id INTEGER NULL, rating INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE nps_responses (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, score INTEGER NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE mrr_movements (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, month TEXT NOT NULL, kind TEXT NOT NULL, amount REAL NOT NULL);
        CREATE TABLE qa_reviews (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, agent_id INTEGER NULL, score REAL NOT NULL, created_at TEXT NOT NULL);
        """;

    /// <summary>Each canonical table's columns and their declared types, in <see cref="Ddl"/>'s order.</summary>
    private static readonly (string Table, (string Name, string Type)[] Columns)[] Declared =
        [.. System.Text.RegularExpressions.Regex.Matches(Ddl, @"CREATE TABLE (\w+) \((.*)\);").Select(table => (table.Groups[1].Value,
            table.Groups[2].Value.Split(", ").Select(column => column.Split(' ')).Select(parts => (parts[0], parts[1])).ToArray()))];

    /// <summary>Each canonical table's columns in DDL order, the key first where the table has one.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns =
        Declared.ToDictionary(t => t.Table, t => t.Columns.Select(c => c.Name).ToArray(), StringComparer.Ordinal);

    /// <summary>What each canonical column holds: a column declared <c>INTEGER</c> or <c>REAL</c> in <see cref="Ddl"/> a number;
    /// one declared <c>TEXT</c> a timestamp when its name ends in <c>_at</c> (<c>created_at</c>, <c>churned_at</c>; stored as
    /// UTC text, <c>timestamptz</c> in a PostgreSQL or DuckDB copy), else a name or a code (<c>channel</c>, <c>tier</c>, the
    /// month <c>'YYYY-MM'</c> of an MRR movement).</summary>
    public static readonly IReadOnlyDictionary<(string Table, string Column), ColumnKind> Kinds =
        Declared.SelectMany(t => t.Columns.Select(c => KeyValuePair.Create((t.Table, c.Name), c.Type != "TEXT" ? ColumnKind.Number
            : c.Name.EndsWith("_at", StringComparison.Ordinal) ? ColumnKind.Timestamp : ColumnKind.Text))).ToDictionary();

    /// <summary>The timestamp columns of canonical table <paramref name="table"/>, in DDL order (none for a table that is not one).</summary>
    public static IEnumerable<string> Timestamps(string table) =>
        Columns.TryGetValue(table, out var columns) ? columns.Where(c => Kinds[(table, c)] == ColumnKind.Timestamp) : [];
}

/// <summary>What a canonical column holds (<see cref="CanonicalTables.Kinds"/>).</summary>
internal enum ColumnKind
{
    /// <summary>A number: a key, a count, an amount, a score.</summary>
    Number,

    /// <summary>A name or a code, stored as text.</summary>
    Text,

    /// <summary>An instant, stored as UTC text.</summary>
    Timestamp,
}
