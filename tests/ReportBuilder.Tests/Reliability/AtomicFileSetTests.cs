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
        ]));

        File.ReadAllText(PathOf("r.html")).ShouldBe("september html");
        Directory.GetFiles(_directory, "*.tmp").ShouldBeEmpty();
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

        await AtomicFile.WriteSetAsync([(PathOf("r.json"), "{}"u8.ToArray())]);

        File.Exists(stale).ShouldBeFalse();
        File.Exists(fresh).ShouldBeTrue("a live writer's temporary is younger than an hour");
        File.Exists(foreign).ShouldBeTrue("not a name this tool makes");
        File.ReadAllText(PathOf("r.json")).ShouldBe("{}");
    }
}
