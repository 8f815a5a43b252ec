using System.Text.RegularExpressions;

namespace ReportBuilder.Tests.Docs;

/// <summary>The README is a front door: the two commands first, short, and every page it links (and those pages link) is
/// there, down to the heading a link names.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = RepositoryFiles.PathOf("README.md");

    [Fact]
    public void QuickStart_TheExampleAndTheTestCommandComeFirst()
    {
        var blocks = ShellBlocks().Matches(File.ReadAllText(Readme)).Select(m => m.Groups[1].Value.Trim()).ToList();

        blocks.Take(2).ShouldBe(["bash scripts/example.sh", "bash scripts/setup.sh --test && dotnet test ReportBuilder.sln"]);
    }

    [Fact]
    public void Readme_IsAFrontDoor_NotTheReference() =>
        File.ReadAllLines(Readme).Length.ShouldBeLessThanOrEqualTo(200, "reference sections belong in docs/, linked from the README");

    public static TheoryData<string> Pages() =>
        [.. new[] { Readme }.Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("docs"), "*.md"))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f))];

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryRelativeLink_ReachesAFileAndItsHeading(string page)
    {
        var path = RepositoryFiles.PathOf(page.Split('/'));
        var broken = new List<string>();
        foreach (var target in Links().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
        {
            if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var (file, anchor) = target.Split('#', 2) is [var f, var a] ? (f, a) : (target, null);
            var linked = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
            if (!File.Exists(linked) && !Directory.Exists(linked))
            {
                broken.Add($"{target}: no such file");
            }
            else if (anchor is not null && !Headings(linked).Contains(anchor))
            {
                broken.Add($"{target}: no heading '{anchor}' in {Path.GetFileName(linked)}");
            }
        }

        broken.ShouldBeEmpty();
    }

    [Fact]
    public void EveryDocsPage_IsLinkedFromTheReadme()
    {
        var readme = File.ReadAllText(Readme);

        Directory.EnumerateFiles(RepositoryFiles.PathOf("docs"), "*.md").Select(f => $"(docs/{Path.GetFileName(f)})")
            .Where(link => !readme.Contains(link, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    /// <summary>The anchors GitHub gives a file's headings (outside code blocks): lower case, punctuation dropped, spaces as
    /// hyphens.</summary>
    private static HashSet<string> Headings(string file)
    {
        var headings = new HashSet<string>(StringComparer.Ordinal);
        var fenced = false;
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && line.StartsWith('#'))
            {
                headings.Add(Slug(line.TrimStart('#').Trim()));
            }
        }

        return headings;
    }

    private static string Slug(string heading) =>
        NotSlug().Replace(heading.ToLowerInvariant(), "").Replace(' ', '-');

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlocks();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Links();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex NotSlug();
}
