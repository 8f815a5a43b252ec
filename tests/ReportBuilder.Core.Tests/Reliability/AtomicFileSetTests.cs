using ReportBuilder.IO;

namespace ReportBuilder.Tests.Reliability;

/// <summary>A run's files are replaced as one set, and temporaries a killed run left behind are cleaned up later.</summary>
public sealed class AtomicFileSetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-atomic-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public async Task WriteSet_OneFileFails_ReplacesNoneAndLeavesNoTemporary()
    {
        File.WriteAllText(PathOf("r.html"), "september html");
        Directory.CreateDirectory(PathOf("r.pdf.d"));
        File.WriteAllText(PathOf("blocked"), "a file where a folder must be");

        await Should.ThrowAsync<IOException>(() => AtomicFile.WriteSetAsync([
            (PathOf("r.html"), "october html"u8.ToArray()),
            (Path.Combine(PathOf("blocked"), "r.pdf"), "october pdf"u8.ToArray()),
        ], TimeProvider.System));

        File.ReadAllText(PathOf("r.html")).ShouldBe("september html");
        Directory.GetFiles(_directory, "*.tmp").ShouldBeEmpty();
        Directory.GetDirectories(_directory, ".reportbuilder-run-*").ShouldBeEmpty();
    }

    [Fact]
    public async Task WriteSet_Succeeds_LeavesOnlyTheSet()
    {
        await AtomicFile.WriteSetAsync([(PathOf("r.html"), "october html"u8.ToArray()), (PathOf("r.pdf"), "october pdf"u8.ToArray())], TimeProvider.System);

        Directory.EnumerateFileSystemEntries(_directory).Select(Path.GetFileName).Order().ShouldBe(["r.html", "r.pdf"]);
    }

    /// <summary>What a run killed during its moves leaves on disk: the HTML already moved, the PDF and JSON still staged, the
    /// commit marker written (every file was complete), the lock file no longer held by anyone.</summary>
    private string InterruptedRun(bool committed, bool held = false)
    {
        foreach (var kind in new[] { "html", "pdf", "json" })
        {
            File.WriteAllText(PathOf($"r.{kind}"), $"september {kind}");
        }

        var staging = PathOf($".reportbuilder-run-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "lock"), "");
        foreach (var kind in new[] { "html", "pdf", "json" })
        {
            File.WriteAllText(Path.Combine(staging, $"r.{kind}"), $"october {kind}");
        }

        if (committed)
        {
            File.WriteAllText(Path.Combine(staging, "commit"), "r.html\nr.pdf\nr.json\n");
            File.Move(Path.Combine(staging, "r.html"), PathOf("r.html"), overwrite: true);   // the move the kill interrupted after
        }

        return staging;
    }

    private string[] Set() => [.. new[] { "html", "pdf", "json" }.Select(kind => File.ReadAllText(PathOf($"r.{kind}")))];

    [Fact]
    public async Task NextWrite_KilledRunWithCommitMarker_FinishesTheMovesSoTheSetIsAllNew()
    {
        var staging = InterruptedRun(committed: true);
        Set().ShouldBe(["october html", "september pdf", "september json"]);   // the mixed set a kill leaves

        await AtomicFile.WriteSetAsync([(PathOf("other.json"), "{}"u8.ToArray())], TimeProvider.System);   // any later run into the folder

        Set().ShouldBe(["october html", "october pdf", "october json"]);
        Directory.Exists(staging).ShouldBeFalse();
    }

    [Fact]
    public async Task NextWrite_KilledRunWithoutCommitMarker_RemovesItsFolderAndKeepsTheOldSet()
    {
        var staging = InterruptedRun(committed: false);

        await AtomicFile.WriteSetAsync([(PathOf("other.json"), "{}"u8.ToArray())], TimeProvider.System);

        Set().ShouldBe(["september html", "september pdf", "september json"]);
        Directory.Exists(staging).ShouldBeFalse();
    }

    [Fact]
    public void Recover_ALiveRunsFolder_IsLeftAlone()
    {
        var staging = InterruptedRun(committed: true);
        using (new FileStream(Path.Combine(staging, "lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))   // its writer lives
        {
            AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);

            Directory.Exists(staging).ShouldBeTrue();
            Set().ShouldBe(["october html", "september pdf", "september json"]);
        }

        AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);   // the writer died: the lock is free

        Set().ShouldBe(["october html", "october pdf", "october json"]);
    }

    /// <summary>Today's layout: the lock file beside the staging folder, taken before the folder is made and removed after it
    /// is gone, so a folder whose writer was killed at any moment (even before it wrote anything) is recovered at once.</summary>
    [Fact]
    public void Recover_AFolderWhoseLockBesideItIsFree_IsRecoveredAtOnceAndItsLockFileRemoved()
    {
        var staging = InterruptedRun(committed: true);
        File.Delete(Path.Combine(staging, "lock"));
        var lockFile = staging + ".lock";
        File.WriteAllText(lockFile, "");
        var empty = PathOf($".reportbuilder-run-{Guid.NewGuid():N}");   // killed right after making its folder: young and empty
        Directory.CreateDirectory(empty);
        File.WriteAllText(empty + ".lock", "");

        using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))   // its writer lives
        {
            AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);

            Directory.Exists(staging).ShouldBeTrue();
            Set().ShouldBe(["october html", "september pdf", "september json"]);
            Directory.Exists(empty).ShouldBeFalse("its writer is gone, however young the folder");
        }

        AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);

        Set().ShouldBe(["october html", "october pdf", "october json"]);
        Directory.EnumerateFileSystemEntries(_directory).Select(Path.GetFileName).Order().ShouldBe(["r.html", "r.json", "r.pdf"]);
    }

    [Fact]
    public void Recover_ALockFileWithoutItsFolder_IsRemovedOnlyWhenNobodyHoldsIt()
    {
        var orphan = PathOf($".reportbuilder-run-{Guid.NewGuid():N}.lock");   // killed between taking the lock and making the folder
        var live = PathOf($".reportbuilder-run-{Guid.NewGuid():N}.lock");     // a writer in that instant
        File.WriteAllText(orphan, "");
        File.WriteAllText(live, "");

        using (new FileStream(live, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);

            File.Exists(orphan).ShouldBeFalse();
            File.Exists(live).ShouldBeTrue();
        }
    }

    [Fact]
    public void Recover_FoldersNotNamedByThisTool_AreLeftAlone()
    {
        var foreign = PathOf(".reportbuilder-run-mine");
        Directory.CreateDirectory(foreign);
        var unlocked = PathOf($".reportbuilder-run-{Guid.NewGuid():N}");   // an earlier version's writer in its first instant: no lock yet
        Directory.CreateDirectory(unlocked);

        AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);

        Directory.Exists(foreign).ShouldBeTrue();
        Directory.Exists(unlocked).ShouldBeTrue("younger than an hour");
        Directory.SetLastWriteTimeUtc(unlocked, DateTime.UtcNow.AddHours(-2));
        AtomicFile.RecoverInterruptedSets(_directory, TimeProvider.System);
        Directory.Exists(unlocked).ShouldBeFalse("a killed writer's, an hour old");
    }

    [Fact]
    public async Task WriteSet_RemovesOwnStaleTemporariesOnly()
    {
        var stale = PathOf($".r.json.{Guid.NewGuid():N}.tmp");
        var fresh = PathOf($".r.json.{Guid.NewGuid():N}.tmp");
        var foreign = PathOf(".r.json.notours.tmp");
        foreach (var file in new[] { stale, fresh, foreign })
        {
            File.WriteAllText(file, "left by a killed run");
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(foreign, DateTime.UtcNow.AddHours(-2));

        await AtomicFile.WriteSetAsync([(PathOf("r.json"), "{}"u8.ToArray())], TimeProvider.System);

        File.Exists(stale).ShouldBeFalse();
        File.Exists(fresh).ShouldBeTrue("a live writer's temporary is younger than an hour");
        File.Exists(foreign).ShouldBeTrue("not a name this tool makes");
        File.ReadAllText(PathOf("r.json")).ShouldBe("{}");
    }
}
