using ReportBuilder.Diagnostics;

namespace ReportBuilder.Data;

/// <summary>The folder a command writes a new file into (copy's DuckDB file, import's SQLite file): it must exist, as the
/// file is written under a temporary name beside it and renamed there.</summary>
internal static class TargetFolder
{
    /// <summary>The full path of <paramref name="target"/>, once its folder is known to exist.</summary>
    /// <exception cref="DataSourceException">The folder does not exist (exit 3), named with what to do.</exception>
    public static string Require(string target)
    {
        var full = Path.GetFullPath(target);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new DataSourceException($"cannot write {target}: the folder {directory} does not exist; create it or choose another target");
        }

        return full;
    }
}
