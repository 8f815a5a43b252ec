using System.Runtime.InteropServices;

namespace ReportBuilder.IO;

/// <summary>Reads a definition, template or locale file safely: only a regular file, and never more than a limit.</summary>
internal static class BoundedFile
{
    /// <summary>Why a read gave no bytes.</summary>
    internal enum Refusal
    {
        None,
        Missing,
        NotRegular,
        TooLarge,
    }

    /// <summary>The file's bytes, or why not: a device, pipe or directory is refused without opening it, and at most
    /// <paramref name="limit"/> + 1 bytes are read, so a file that grows or lies about its size stays bounded.</summary>
    public static (byte[]? Bytes, Refusal Refusal) Read(string path, int limit)
    {
        if (!File.Exists(path))
        {
            return (null, Directory.Exists(path) ? Refusal.NotRegular : Refusal.Missing);
        }

        if (!IsRegular(path))
        {
            return (null, Refusal.NotRegular);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(limit + 1L, 81920)];
        using var bytes = new MemoryStream();
        int read;
        while (bytes.Length <= limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1L - bytes.Length))) > 0)
        {
            bytes.Write(buffer, 0, read);
        }

        return bytes.Length > limit ? (null, Refusal.TooLarge) : (bytes.ToArray(), Refusal.None);
    }

    /// <summary>Why the file would not be read, asked of the file system alone (nothing is opened): a device, pipe or folder,
    /// or a file over <paramref name="limit"/> bytes; <see cref="Refusal.None"/> for a regular file within it.</summary>
    public static Refusal Check(string path, int limit)
    {
        if (!File.Exists(path))
        {
            return Directory.Exists(path) ? Refusal.NotRegular : Refusal.Missing;
        }

        return !IsRegular(path) ? Refusal.NotRegular : new FileInfo(path).Length > limit ? Refusal.TooLarge : Refusal.None;
    }

    /// <summary>The file's text as UTF-8, or why not.</summary>
    public static (string? Text, Refusal Refusal) ReadText(string path, int limit)
    {
        var (bytes, refusal) = Read(path, limit);
        return (bytes is null ? null : new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), refusal);
    }

    /// <summary>The words that say why a file was not read, for a diagnostic.</summary>
    public static string Describe(Refusal refusal, int limit) => refusal switch
    {
        Refusal.Missing => "the file does not exist",
        Refusal.NotRegular => "this is not a regular file (a device, pipe or folder); name a text file",
        Refusal.TooLarge => $"the file is larger than {FormatSize(limit)}; is this the right file?",
        _ => "",
    };

    private static string FormatSize(int bytes) => bytes >= 1 << 20 ? $"{bytes / (1 << 20)} MB" : $"{bytes / 1024} KB";

    /// <summary>Whether the path (after symbolic links) is a regular file; on systems other than Linux every existing file
    /// counts as regular and the byte limit alone bounds the read.</summary>
    private static bool IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        // statx's buffer has one layout on every Linux architecture; stx_mode is the 16-bit field at offset 28.
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
        {
            return false;
        }

        var mode = BitConverter.ToUInt16(buffer, 28);
        return (mode & 0xF000) == 0x8000;
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 1;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for the buffer; this one call is marshalled plainly.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
