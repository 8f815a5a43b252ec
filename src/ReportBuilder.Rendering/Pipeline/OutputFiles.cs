using ReportBuilder.Diagnostics;
using ReportBuilder.IO;

namespace ReportBuilder.Rendering.Pipeline;

/// <summary>The file-system side of a run: the output folder checked before any SQL runs, the files written as one staged set
/// (<see cref="AtomicFile"/>).</summary>
/// <param name="clock">Tells how old a killed run's leftovers are.</param>
public sealed class OutputFiles(TimeProvider clock)
{
    /// <summary>Throws <see cref="DefinitionException"/> when the files of a run cannot go where they are meant to: the output
    /// folder is a file, or a file's name is taken by a folder.</summary>
    public void Check(string directory, IEnumerable<string> files)
    {
        if (File.Exists(directory))
        {
            throw new DefinitionException(SourceLocation.Option("output.dir"),
                $"{directory} is not a folder: name a folder for the report's files (output.dir, or --out)");
        }

        if (files.FirstOrDefault(Directory.Exists) is { } taken)
        {
            throw new DefinitionException(SourceLocation.Option("output.dir"),
                $"{taken} is a folder: the report's file cannot replace it; move the folder or name another output folder (output.dir, or --out)");
        }
    }

    /// <summary>Writes the files as one set: all of them or, when any fails, none; the files of <paramref name="removed"/> (a
    /// format that failed this time) go with the same commit.</summary>
    public Task WriteSetAsync(IReadOnlyList<(string Path, byte[] Bytes)> files, IReadOnlyList<string> removed, CancellationToken ct) =>
        AtomicFile.WriteSetAsync(files, removed, clock, ct);
}
