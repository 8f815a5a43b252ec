namespace ReportBuilder.Definitions;

/// <summary>A DuckDB source is a file whose name ends in <c>.duckdb</c>; any other file is SQLite, a <c>postgres://</c> address
/// a PostgreSQL server (<see cref="PostgresLocation"/>).</summary>
internal static class DuckDbFile
{
    /// <summary>The extension that makes a <c>--db</c> or <c>copy --to</c> file a DuckDB one.</summary>
    public const string Extension = ".duckdb";

    /// <summary>True for a DuckDB file's name (by its extension, in any case).</summary>
    public static bool IsFile(string? database) =>
        database is not null && !PostgresLocation.IsUri(database) && database.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);
}
