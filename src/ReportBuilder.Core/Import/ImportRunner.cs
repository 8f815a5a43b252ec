using Microsoft.Data.Sqlite;
using ReportBuilder.Data;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.IO;

namespace ReportBuilder.Import;

/// <summary>One file of an import and the endpoint its name says it holds.</summary>
internal sealed record ImportFile(string Path, string Shown, ImportEndpoint Endpoint);

/// <summary>
/// <c>reportbuilder import VENDOR PATH... --to FILE.db</c>: finds the export's files, streams their records into the
/// vendor's staging tables and merges the canonical rows into the target, all in one transaction: a failure leaves the
/// target as it was. A new target is written under a temporary name beside it and renamed when the import has committed,
/// so an import that fails or is killed leaves no file, empty or half-written, under the target's name.
/// </summary>
internal static class ImportRunner
{
    private static readonly string[] JsonExtensions = [".json", ".ndjson", ".jsonl"];

    /// <summary>The vendors <c>import</c> knows, by their command-line name.</summary>
    public static VendorImport? Vendor(string name) => name.ToLowerInvariant() switch
    {
        "zendesk" => new ZendeskImport(),
        "freshdesk" => new FreshdeskImport(),
        "intercom" => new IntercomImport(),
        "helpscout" => new HelpScoutImport(),
        _ => null,
    };

    public static IReadOnlyList<string> Vendors { get; } = ["zendesk", "intercom", "freshdesk", "helpscout"];

    /// <summary>The import of a vendor's UI CSV export of tickets, its times read in <paramref name="zone"/>; null for a
    /// vendor whose CSV export is not supported yet (<see cref="CsvVendors"/>).</summary>
    public static VendorImport? CsvVendor(string name, NodaTime.DateTimeZone? zone) => name.ToLowerInvariant() switch
    {
        "zendesk" => new ZendeskCsvImport(zone),
        _ => null,
    };

    /// <summary>The vendors whose CSV export <c>import</c> reads.</summary>
    public static IReadOnlyList<string> CsvVendors { get; } = ["zendesk"];

    /// <summary>True when the paths are CSV files (FILE.csv): the UI export, read by <see cref="CsvVendor"/>.</summary>
    public static bool AreCsv(IReadOnlyList<string> paths)
    {
        var csv = paths.Count(p => p.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
        return csv == 0 ? false
            : csv == paths.Count ? true
            : throw new ImportInputException(string.Join(" ", paths), null,
                "give either CSV exports (FILE.csv) or saved API responses (folders, *.json), not both in one import: import them one after the other");
    }

    /// <summary>The files of <paramref name="paths"/> (folders are searched, files taken as given) with their endpoints,
    /// in the vendor's endpoint order. A file named on the command line that is no endpoint's is an error; one found in a
    /// folder is counted as skipped.</summary>
    public static IReadOnlyList<ImportFile> Files(VendorImport vendor, IEnumerable<string> paths, ImportSummary summary)
    {
        var files = new List<ImportFile>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (EndpointOf(vendor, file) is { } endpoint)
                    {
                        files.Add(new ImportFile(file, Path.Combine(path, Path.GetRelativePath(path, file)), endpoint));
                    }
                    else
                    {
                        summary.Skip("file not named after an endpoint (" + string.Join(", ", vendor.Endpoints.Select(e => e.Name + "*.json")) + ")");
                    }
                }
            }
            else if (File.Exists(path))
            {
                var endpoint = EndpointOf(vendor, path) ?? throw new ImportInputException(path, null,
                    $"the file's name says no {vendor.Name} endpoint: name it after the endpoint it holds ({string.Join(", ", vendor.Endpoints.Select(e => e.Name + "*.json"))}), .gz accepted");
                files.Add(new ImportFile(Path.GetFullPath(path), path, endpoint));
            }
            else
            {
                throw new ImportInputException(path, null, "no such file or folder");
            }
        }

        if (files.Count == 0)
        {
            throw new ImportInputException(string.Join(" ", paths), null,
                $"no {vendor.Name} export files: expected {string.Join(", ", vendor.Endpoints.Select(e => e.Name + "*.json"))} (NDJSON, .gz accepted)");
        }

        return [.. files.OrderBy(f => vendor.Endpoints.ToList().IndexOf(f.Endpoint))];
    }

    private static ImportEndpoint? EndpointOf(VendorImport vendor, string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            name = name[..^3];
        }

        if (!JsonExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return null;
        }

        return vendor.Endpoints.Where(e => name.StartsWith(e.Name, StringComparison.Ordinal)).MaxBy(e => e.Name.Length);
    }

    /// <summary>Imports the files into the SQLite file <paramref name="target"/> (created when missing).</summary>
    public static ImportSummary Import(VendorImport vendor, IReadOnlyList<string> paths, string target, Action<string>? progress, CancellationToken ct)
    {
        var summary = new ImportSummary();
        var files = vendor.Files(paths, summary);
        summary.Files = files.Count;
        Run(vendor, target, summary, progress, ct, (_, _) =>
        {
            foreach (var file in files)
            {
                progress?.Invoke($"reading {file.Shown}");
                Stage(vendor, file.Endpoint, vendor.Records(file), summary, ct);
            }
        });
        return summary;
    }

    /// <summary>One import into the SQLite file <paramref name="target"/> (created when missing), in one transaction:
    /// <paramref name="read"/> stages the records, the vendor builds and merges the canonical rows, then
    /// <paramref name="after"/> writes what else belongs to the same transaction (the pull's cursors).</summary>
    internal static void Run(VendorImport vendor, string target, ImportSummary summary, Action<string>? progress, CancellationToken ct,
        Action<SqliteConnection, SqliteTransaction> read, Action<SqliteConnection, SqliteTransaction>? after = null)
    {
        if (Directory.Exists(target))
        {
            throw new DataSourceException($"cannot write {target}: it is a folder; name the SQLite file to import into (FILE.db)");
        }

        var existed = File.Exists(target);
        var file = existed ? target : Temporary(target);
        try
        {
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
            {
                connection.Open();
                // The target's page cache: 16 MB. The staging tables live in SQLite's temporary file (its own, default
                // cache) and the OS caches both files; 64 MB here bought no measurable time at 1 M tickets and cost 98 MB of
                // peak memory (docs/performance.md, "Import next to copy").
                StagingTable.Execute(connection, null, "PRAGMA cache_size = -16384");
                // The staging tables' pages: 16 KB rather than 4 KB, set before the first of them makes the temporary file.
                // Millions of short rows go in and are read once; fewer, larger pages cost 5% less CPU at 1 M tickets (64 KB
                // no less than 16 KB, and more memory); the target keeps SQLite's default.
                StagingTable.Execute(connection, null, "PRAGMA temp.page_size = 16384");
                var present = SqliteSource.Schema(connection);
                using var transaction = connection.BeginTransaction();
                EnsureSchema(connection, transaction, present, target);
                vendor.Begin(connection, transaction);
                try
                {
                    read(connection, transaction);
                    progress?.Invoke("writing the canonical tables");
                    vendor.Build(new CanonicalMerge(connection, transaction, summary), summary);
                }
                finally
                {
                    vendor.End();
                }

                after?.Invoke(connection, transaction);
                ct.ThrowIfCancellationRequested();
                transaction.Commit();
            }

            if (!existed)
            {
                // Not over a file that appeared meanwhile: that is someone else's, and the import says so.
                File.Move(file, target, overwrite: false);
            }
        }
        catch (SqliteException ex)
        {
            Discard(file, existed);
            throw SqliteFailures.Describe(ex, target);
        }
        catch
        {
            Discard(file, existed);
            throw;
        }
    }

    /// <summary>The hidden name a new target is written under, beside it (the same file system, so the rename is atomic):
    /// <c>.NAME.GUID.tmp</c>, as <see cref="AtomicFile"/> names its temporaries.</summary>
    private static string Temporary(string target) => AtomicFile.TemporaryBeside(TargetFolder.Require(target));

    /// <summary>Stages every record <paramref name="reader"/> gives as records of <paramref name="endpoint"/>.</summary>
    internal static void Read(VendorImport vendor, ImportEndpoint endpoint, JsonRecordReader reader, string shown, ImportSummary summary, CancellationToken ct) =>
        Stage(vendor, endpoint, reader.Records().Select(r => (new RecordFields(r.Value, shown, r.Location), r.Raw)), summary, ct);

    /// <summary>Stages <paramref name="records"/> as records of <paramref name="endpoint"/>, one at a time.</summary>
    private static void Stage(VendorImport vendor, ImportEndpoint endpoint, IEnumerable<(RecordFields Record, ReadOnlyMemory<byte> Raw)> records,
        ImportSummary summary, CancellationToken ct)
    {
        var count = 0;
        var collected = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (record, raw) in records)
        {
            if (++count % 1024 == 0)
            {
                ct.ThrowIfCancellationRequested();
                collected = Collect(collected);
            }

            summary.Count(endpoint.Name);
            vendor.Stage(endpoint, record, raw, summary);
        }
    }

    /// <summary>The managed bytes a record-by-record stage may allocate between two collections of its garbage.</summary>
    private const long StageGarbage = 16 << 20;

    /// <summary>Collects the first generation when the records since <paramref name="collected"/> allocated more than
    /// <see cref="StageGarbage"/>; returns the allocation count the next check compares with. Every record's objects are
    /// garbage once it is staged, but the GC sizes its first generation after the processor's cache (on a server with a
    /// 260 MB L3 cache, 70 MB of the import's peak memory was dead records waiting for a collection): collecting after a
    /// few megabytes keeps the staging's memory flat at a cost of well under a millisecond each.</summary>
    private static long Collect(long collected)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - collected < StageGarbage)
        {
            return collected;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        return allocated;
    }

    /// <summary>The records of a file of saved API responses (JSON pages, arrays, NDJSON, gzip), one in memory at a time.</summary>
    public static IEnumerable<(RecordFields Record, ReadOnlyMemory<byte> Raw)> JsonRecords(VendorImport vendor, ImportFile file)
    {
        using var reader = new JsonRecordReader(file.Path, file.Shown, file.Endpoint.Keys, key => vendor.ForeignKey(file.Endpoint, key));
        foreach (var record in reader.Records())
        {
            yield return (new RecordFields(record.Value, file.Shown, record.Location), record.Raw);
        }
    }

    /// <summary>The temporary file of a new target is removed when the import fails; an existing target was rolled back.</summary>
    private static void Discard(string file, bool existed)
    {
        if (!existed)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(file + "-journal");
        }
    }

    /// <summary>Creates the canonical tables and indexes the target lacks; a table that is there must have the canonical columns.</summary>
    private static void EnsureSchema(SqliteConnection connection, SqliteTransaction transaction,
        IReadOnlyDictionary<string, IReadOnlySet<string>> present, string target)
    {
        foreach (var ddl in CanonicalSchema.Tables.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var table = ddl["CREATE TABLE ".Length..ddl.IndexOf(' ', "CREATE TABLE ".Length)];
            if (present.TryGetValue(table, out var columns))
            {
                foreach (var missing in CanonicalSchema.Columns[table].Where(c => !columns.Contains(c)))
                {
                    if (!LaterColumns.Types.TryGetValue((table, missing), out var type))
                    {
                        throw new DataSourceException($"{target}: table {table} has no column {missing}: import writes the canonical schema (docs/metrics.md); choose a new file");
                    }

                    StagingTable.Execute(connection, transaction, $"ALTER TABLE main.{table} ADD COLUMN {missing} {type}");
                }

                continue;
            }

            StagingTable.Execute(connection, transaction, ddl);
            foreach (var index in CanonicalSchema.Indexes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                         .Where(i => i.Contains($" ON {table}(", StringComparison.Ordinal)))
            {
                StagingTable.Execute(connection, transaction, index);
            }
        }
    }
}
