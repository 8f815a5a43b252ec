namespace ReportBuilder.Import;

/// <summary>The table of the cursors the last pull stopped at, one row per vendor, account and endpoint, in the target beside
/// the canonical tables (written by the pull, carried to PostgreSQL by <see cref="PostgresImport"/>).</summary>
internal static class ImportCursors
{
    public const string Table = "import_cursors";

    /// <summary>The table's columns, in order; all text.</summary>
    public static readonly string[] Columns = ["vendor", "account", "endpoint", "cursor", "pulled_at"];

    /// <summary>The table in SQLite, created when missing.</summary>
    public const string Ddl = $"""
        CREATE TABLE IF NOT EXISTS {Table} (vendor TEXT NOT NULL, account TEXT NOT NULL, endpoint TEXT NOT NULL,
            cursor TEXT NOT NULL, pulled_at TEXT NOT NULL, PRIMARY KEY (vendor, account, endpoint))
        """;
}
