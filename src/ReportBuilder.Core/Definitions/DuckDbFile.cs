namespace ReportBuilder.Definitions;

/// <summary>A DuckDB source is a file whose name ends in <c>.duckdb</c>; any other file is SQLite, a <c>postgres://</c> address
/// a PostgreSQL server (<see cref="PostgresLocation"/>).</summary>
internal static partial class DuckDbFile
{
    /// <summary>The extension that makes a <c>--db</c> or <c>copy --to</c> file a DuckDB one.</summary>
    public const string Extension = ".duckdb";

    /// <summary>True for a DuckDB file's name (by its extension, in any case).</summary>
    public static bool IsFile(string? database) =>
        database is not null && !PostgresLocation.IsUri(database) && database.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>DuckDB's <c>memory_limit</c> unless <c>--memory-limit</c> says otherwise: its buffer pool, hash tables and
    /// temporary tables stay under it and spill to a temporary folder beyond. DuckDB's own default is 80% of the machine's
    /// memory: all-metrics at 1 M tickets peaked at 620 MiB for the whole process, 330 MiB with 150 MB (docs/performance.md).</summary>
    public const string DefaultMemoryLimit = "150MB";

    /// <summary>True for an amount of memory as DuckDB reads it and <c>--memory-limit</c> takes it: a number and a unit.</summary>
    public static bool IsMemoryLimit(string text) => MemoryLimitPattern().IsMatch(text);

    /// <summary>What to say of a memory limit that <see cref="IsMemoryLimit"/> refuses (<c>--memory-limit</c> or
    /// <c>source.memory_limit</c>, named by <paramref name="shown"/>).</summary>
    public static string NoAmount(string shown) =>
        $"{shown} is no amount of memory: a number and a unit, e.g. 500MB or 2GB (KB, MB, GB, TB, KiB, MiB, GiB, TiB)";

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]+(\.[0-9]+)? ?([KMGT]i?B)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MemoryLimitPattern();
}
