namespace ReportBuilder.IO;

/// <summary>A run's files staged in one hidden folder inside their output folder and moved into place together.
/// <para>The folder is <c>.reportbuilder-run-GUID/</c>. The writer first creates and locks <c>.reportbuilder-run-GUID.lock</c>
/// beside it (an exclusive lock the kernel drops when the process dies), and removes that file only after the folder is gone,
/// so a staging folder whose lock file is missing or unheld has no live writer, at whatever moment its writer was killed. The
/// writer writes every file under its final name, flushes each to disk, and only then writes the <c>commit</c> marker
/// listing them. Moves follow the marker. A later writer into the same folder looks at every staging folder nobody holds: with
/// a marker it finishes the moves (roll forward: the set is all new), without one it deletes the folder (the set stays all
/// old). A folder whose lock is held is a live run's and is left alone.</para></summary>
internal static class StagedSet
{
    /// <summary>The start of a staging folder's name.</summary>
    public const string Prefix = ".reportbuilder-run-";
    private const string LockSuffix = ".lock", CommitName = "commit", RemovalMark = "/";

    /// <summary>The lock file of an earlier version, inside the staging folder (taken after the folder was made).</summary>
    private const string InnerLockName = "lock";

    /// <summary>Writes <paramref name="files"/> as one set: each folder's files are staged, and only when every file of
    /// every folder is complete are the folders committed and moved. When anything fails before that, nothing is replaced.
    /// The files of <paramref name="removed"/> (a format that failed this time) go with the same commit, so the set never keeps
    /// last run's file of a format beside this run's others.</summary>
    public static async Task WriteAsync(IReadOnlyList<(string Path, byte[] Bytes)> files, IReadOnlyList<string> removed, DateTimeOffset now,
        CancellationToken ct)
    {
        var stages = new List<Stage>();
        try
        {
            static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path))!;
            var folders = files.Select(f => FolderOf(f.Path)).Concat(removed.Select(FolderOf)).Distinct(StringComparer.Ordinal);
            foreach (var folder in folders)
            {
                var stage = Stage.Open(folder, now);
                stages.Add(stage);
                foreach (var (path, bytes) in files.Where(f => FolderOf(f.Path) == folder))
                {
                    await stage.WriteAsync(Path.GetFileName(path), bytes, ct);
                }

                foreach (var path in removed.Where(r => FolderOf(r) == folder))
                {
                    stage.Remove(Path.GetFileName(path));
                }
            }

            ct.ThrowIfCancellationRequested();
            foreach (var stage in stages)
            {
                await stage.CommitAsync();
            }

            foreach (var stage in stages)
            {
                stage.MoveIntoPlace();
            }
        }
        finally
        {
            foreach (var stage in stages)
            {
                stage.Dispose();
            }
        }
    }

    /// <summary>One folder's staging folder, locked by this process while it lives.</summary>
    private sealed class Stage : IDisposable
    {
        private readonly string _directory, _staging;
        private readonly FileStream _lock;
        private readonly List<string> _names = [];
        private bool _committed;

        private Stage(string directory, string staging, FileStream held) => (_directory, _staging, _lock) = (directory, staging, held);

        public static Stage Open(string directory, DateTimeOffset now)
        {
            Directory.CreateDirectory(directory);
            Recover(directory, now);
            var staging = Path.Combine(directory, $"{Prefix}{Guid.NewGuid():N}");
            // The lock before the folder: there is no moment at which the folder exists without its writer's lock.
            var held = new FileStream(staging + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            try
            {
                Directory.CreateDirectory(staging);
                return new Stage(directory, staging, held);
            }
            catch
            {
                TryDelete(staging);
                Release(staging, held);
                throw;
            }
        }

        public async Task WriteAsync(string name, byte[] bytes, CancellationToken ct)
        {
            if (Directory.Exists(Path.Combine(_directory, name)))
            {
                throw new IOException($"{Path.Combine(_directory, name)} is a folder: the report's file cannot replace it");
            }

            _names.Add(name);
            await using var stream = new FileStream(Path.Combine(_staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await stream.WriteAsync(bytes, ct);
            await stream.FlushAsync(ct);
            stream.Flush(flushToDisk: true);
        }

        /// <summary>Marks a file of the folder for removal with the set's commit: a marker line <c>/NAME</c> (no file name holds a
        /// slash, so it is never taken for a file to move).</summary>
        public void Remove(string name) => _names.Add(RemovalMark + name);

        /// <summary>Writes the marker that says every file is complete: from here on the set is new, even if this process dies.</summary>
        public async Task CommitAsync()
        {
            var marker = Path.Combine(_staging, CommitName);
            await using (var stream = new FileStream(marker + ".part", FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(string.Concat(_names.Select(n => n + "\n"))));
                stream.Flush(flushToDisk: true);
            }

            File.Move(marker + ".part", marker);
            _committed = true;
        }

        public void MoveIntoPlace() => StagedSet.MoveIntoPlace(_staging, _directory);

        public void Dispose()
        {
            if (!_committed)
            {
                TryDelete(_staging);
            }

            if (!Directory.Exists(_staging))
            {
                Release(_staging, _lock);   // the folder is gone: its lock file goes too
            }
            else
            {
                _lock.Dispose();   // left for a later run's recovery, which removes both
            }
        }
    }

    /// <summary>Finishes or removes the staging folders in <paramref name="directory"/> whose writer is gone: a marker means
    /// every file was complete, so the moves are finished; no marker means the set never was, so the folder goes.</summary>
    public static void Recover(string directory, DateTimeOffset now)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var staging in Directory.EnumerateDirectories(directory, Prefix + "*"))
        {
            if (!Guid.TryParseExact(Path.GetFileName(staging)[Prefix.Length..], "N", out _))
            {
                continue;   // not a name this tool makes
            }

            if (Unheld(staging + LockSuffix) is not { } beside)
            {
                continue;   // a live run holds it
            }

            using (beside)
            {
                // No lock file beside the folder: an earlier version's folder, with its lock inside.
                var inner = beside == Stream.Null ? Unheld(Path.Combine(staging, InnerLockName)) : Stream.Null;
                if (inner is null)
                {
                    continue;
                }

                using (inner)
                {
                    // An earlier version's folder with no lock at all: its writer was killed between making the folder and locking
                    // it, or is live in that instant; only an old one goes.
                    if (beside == Stream.Null && inner == Stream.Null && now - Directory.GetLastWriteTimeUtc(staging) <= AtomicFile.StaleAfter)
                    {
                        continue;
                    }

                    if (File.Exists(Path.Combine(staging, CommitName)))
                    {
                        MoveIntoPlace(staging, directory);
                    }

                    TryDelete(staging);
                }
            }

            if (!Directory.Exists(staging))
            {
                TryDeleteFile(staging + LockSuffix);
            }
        }

        // A writer killed after taking its lock but before making its folder (or after removing it) leaves the lock file alone.
        foreach (var orphan in Directory.EnumerateFiles(directory, Prefix + "*" + LockSuffix))
        {
            var folder = orphan[..^LockSuffix.Length];
            if (Guid.TryParseExact(Path.GetFileName(folder)[Prefix.Length..], "N", out _) && !Directory.Exists(folder)
                && Unheld(orphan) is { } held && held != Stream.Null)
            {
                using (held)
                {
                    TryDeleteFile(orphan);
                }
            }
        }
    }

    /// <summary>The lock file opened exclusively (nobody holds it), <see cref="Stream.Null"/> when there is none, null when a live
    /// process holds it.</summary>
    private static Stream? Unheld(string lockFile)
    {
        try
        {
            return new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Stream.Null;
        }
        catch (IOException)
        {
            return null;   // held (or it vanished: another run recovered it)
        }
    }

    /// <summary>Closes and removes a staging folder's lock file once the folder is gone.</summary>
    private static void Release(string staging, FileStream held)
    {
        TryDeleteFile(staging + LockSuffix);   // still held: nobody else can be recovering it
        held.Dispose();
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for a later run's recovery.
        }
    }

    /// <summary>Moves each file the marker lists that is still in the staging folder over its target, then removes the
    /// folder. A file already moved (by a writer killed half-way) is skipped, so this may run any number of times.</summary>
    private static void MoveIntoPlace(string staging, string directory)
    {
        IOException? failed = null;
        foreach (var name in File.ReadAllLines(Path.Combine(staging, CommitName)))
        {
            if (name.StartsWith(RemovalMark, StringComparison.Ordinal))
            {
                RemoveFromSet(directory, name[RemovalMark.Length..], ref failed);
                continue;
            }

            var source = Path.Combine(staging, name);
            if (name.Length == 0 || Path.GetFileName(name) != name || name is "." or ".." || !File.Exists(source))
            {
                continue;
            }

            try
            {
                File.Move(source, Path.Combine(directory, name), overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed ??= ex as IOException ?? new IOException(ex.Message, ex);   // move the others still: as much of the new set as can be
            }
        }

        TryDelete(staging);
        if (failed is not null)
        {
            throw failed;
        }
    }

    // A failed format's file of an earlier run: deleted as the set's other files are moved (already gone is fine).
    private static void RemoveFromSet(string directory, string name, ref IOException? failed)
    {
        if (name.Length == 0 || Path.GetFileName(name) != name || name is "." or "..")
        {
            return;
        }

        try
        {
            File.Delete(Path.Combine(directory, name));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failed ??= ex as IOException ?? new IOException(ex.Message, ex);
        }
    }

    private static void TryDelete(string staging)
    {
        try
        {
            Directory.Delete(staging, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Gone already.
        }
        catch (IOException)
        {
            // Left for a later run's recovery.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for a later run's recovery.
        }
    }
}
