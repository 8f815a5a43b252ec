namespace ReportBuilder.IO;

/// <summary>Writes a file so that readers see the old one or the whole new one, never half of it.</summary>
public static class AtomicFile
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
}
