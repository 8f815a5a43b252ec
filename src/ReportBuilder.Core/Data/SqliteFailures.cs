using Microsoft.Data.Sqlite;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Data;

/// <summary>What a SQLite failure in the middle of a query means for the user, naming the database file: a data-source
/// problem (exit 3), not an unexpected one.</summary>
internal static class SqliteFailures
{
    // SQLite's primary result codes (the low byte of an extended code).
    private const int Busy = 5, Locked = 6, Corrupt = 11, NotADatabase = 26, IoError = 10, CantOpen = 14;

    public static DataSourceException Describe(SqliteException ex, string path) => (ex.SqliteErrorCode & 0xFF) switch
    {
        Busy or Locked => new DataSourceException($"{path} is locked by another process (SQLite: {ex.Message}): try again when it is done", ex),
        Corrupt or NotADatabase => new DataSourceException(
            $"{path} is damaged (SQLite: {ex.Message}): restore it from a backup, or check it with sqlite3 \"PRAGMA integrity_check\"", ex),
        IoError => new DataSourceException($"reading {path} failed (SQLite: {ex.Message}): check the disk and the file", ex),
        CantOpen => new DataSourceException(
            $"cannot open {path} (SQLite: {ex.Message}): check that this user may read it, and to import into it also create and write files in its folder", ex),
        _ => new DataSourceException($"querying {path} failed (SQLite: {ex.Message})", ex),
    };
}
