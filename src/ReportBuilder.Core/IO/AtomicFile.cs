namespace ReportBuilder.IO;

/// <summary>Writes a file so that readers see the old one or the whole new one, never half of it.</summary>
internal static class AtomicFile
{
    /// <summary>Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the target.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(stream, ct);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes bytes atomically.</summary>
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken ct = default) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(bytes, token).AsTask(), ct);

    /// <summary>How old a temporary file of ours must be before a later write takes it for a killed writer's and removes it.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    /// <summary>Writes a run's files as one set: every file goes to a temporary name first, and only when all are written
    /// are they renamed into place one right after another, so a reader never sees this run's HTML beside the last run's
    /// PDF; when any fails, none replaces its target. Stale temporaries a killed run left beside the targets are removed.</summary>
    public static async Task WriteSetAsync(IReadOnlyList<(string Path, byte[] Bytes)> files, CancellationToken ct = default)
    {
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full)!;
                Directory.CreateDirectory(directory);
                var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
                staged.Add((temporary, full));
                await using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await stream.WriteAsync(bytes, ct);
                await stream.FlushAsync(ct);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in staged.Where(s => File.Exists(s.Temporary)))
            {
                File.Delete(temporary);
            }
        }

        foreach (var (_, target) in staged)
        {
            RemoveStaleTemporaries(target, TimeProvider.System.GetUtcNow());
        }
    }

    /// <summary>Removes <c>.NAME.GUID.tmp</c> files of <paramref name="target"/> older than <see cref="StaleAfter"/>: a writer
    /// killed between writing and renaming leaves one; a live writer's is younger.</summary>
    public static void RemoveStaleTemporaries(string target, DateTimeOffset now)
    {
        var directory = Path.GetDirectoryName(target)!;
        var prefix = $".{Path.GetFileName(target)}.";
        foreach (var file in Directory.EnumerateFiles(directory, $"{prefix}*.tmp"))
        {
            var guid = Path.GetFileName(file)[prefix.Length..^".tmp".Length];
            if (guid.Length == 32 && Guid.TryParseExact(guid, "N", out _) && now - File.GetLastWriteTimeUtc(file) > StaleAfter)
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Gone already, or held: another run's business.
                }
            }
        }
    }
}
