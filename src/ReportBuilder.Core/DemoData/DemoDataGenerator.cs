using Microsoft.Data.Sqlite;
using ReportBuilder.Data;

namespace ReportBuilder.DemoData;

/// <summary>Writes a deterministic, realistic SQLite support database in the canonical schema.</summary>
internal static class DemoDataGenerator
{
    /// <summary>Generates the demo database at <paramref name="path"/>, atomically replacing any existing file;
    /// <paramref name="progress"/> hears each stage as it starts.</summary>
    public static DemoDataSummary Generate(string path, DemoDataOptions options, CancellationToken ct = default, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException(DemoDataMessages.EmptyPath, nameof(path));
        var problems = options.Validate();
        if (problems.Count > 0)
            throw new ArgumentException(string.Format(DemoDataMessages.InvalidOptions, string.Join("; ", problems)), nameof(options));

        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? string.Empty;
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException(string.Format(DemoDataMessages.DirectoryMissing, path, directory));

        // Built beside the target and renamed over it, so readers never see a half-written database.
        var temporary = target + ".tmp-" + Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal);
        try
        {
            var tables = Write(temporary, options, ct, progress);
            File.Move(temporary, target, overwrite: true);
            return new DemoDataSummary(target, options.Start, options.End, tables);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static IReadOnlyList<DemoTableCount> Write(string file, DemoDataOptions options, CancellationToken ct, IProgress<string>? progress)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // A fresh file that is renamed only when complete needs no journal and no fsync.
        Execute(connection, null, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; "
            + "PRAGMA cache_size=-65536;");
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, CanonicalSchema.Tables);
        IReadOnlyList<DemoTableCount> tables;
        using (var builder = new DemoDataBuilder(options, connection, transaction))
            tables = builder.Run(ct, progress);
        ct.ThrowIfCancellationRequested();
        progress?.Report("building indexes");
        Execute(connection, transaction, CanonicalSchema.Indexes);
        transaction.Commit();
        return tables;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
