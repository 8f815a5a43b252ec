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
        var temporary = TemporaryBeside(full);
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

    /// <summary>A new hidden name beside <paramref name="full"/> (an absolute path), on the same file system so that renaming
    /// it over the target is atomic: <c>.NAME.GUID.tmp</c>, which <see cref="RemoveStaleTemporaries"/> recognises.</summary>
    public static string TemporaryBeside(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");

    /// <summary>Writes bytes atomically.</summary>
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken ct = default) =>
        WriteAsync(path, (stream, token) => stream.WriteAsync(bytes, token).AsTask(), ct);

    /// <summary>How old a temporary file of ours must be before a later write takes it for a killed writer's and removes it.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    /// <summary>Writes a run's files as one set: every file is written into a hidden staging folder inside its output folder
    /// (<c>.reportbuilder-run-GUID/</c>), a commit marker follows when all are complete, and only then are they moved into
    /// place, so a reader never sees this run's HTML beside the last run's PDF; when any fails before the marker, none replaces
    /// its target. A run killed during the moves is finished by the next write into that folder (the marker says the set was
    /// whole); one killed before the marker leaves the old set, and its folder is removed. Stale temporaries are removed.</summary>
    /// <param name="clock">Tells how old a killed writer's leftovers are.</param>
    public static Task WriteSetAsync(IReadOnlyList<(string Path, byte[] Bytes)> files, TimeProvider clock, CancellationToken ct = default) =>
        WriteSetAsync(files, [], clock, ct);

    /// <summary>As <see cref="WriteSetAsync(IReadOnlyList{ValueTuple{string, byte[]}}, TimeProvider, CancellationToken)"/>, and removes the
    /// files of <paramref name="removed"/> with the same commit (formats that failed this time: no stale file stays in the set).</summary>
    public static async Task WriteSetAsync(IReadOnlyList<(string Path, byte[] Bytes)> files, IReadOnlyList<string> removed, TimeProvider clock,
        CancellationToken ct)
    {
        await StagedSet.WriteAsync(files, removed, clock.GetUtcNow(), ct);
        foreach (var (path, _) in files)
        {
            RemoveStaleTemporaries(Path.GetFullPath(path), clock.GetUtcNow());
        }
    }

    /// <summary>Finishes (when its commit marker exists) or removes (when not) each staging folder in
    /// <paramref name="directory"/> that a killed run left; a live run's folder is left alone.</summary>
    public static void RecoverInterruptedSets(string directory, TimeProvider clock) => StagedSet.Recover(directory, clock.GetUtcNow());

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
