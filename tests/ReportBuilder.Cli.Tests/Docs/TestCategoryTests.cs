namespace ReportBuilder.Tests.Docs;

/// <summary>The fast inner loop (docs/testing.md) leaves out every test that starts a real process or server: each such test
/// carries its category, and the filter the docs give is the one that leaves every category out.</summary>
public sealed class TestCategoryTests
{
    public static TheoryData<string> Docs() => ["README.md", "docs/testing.md"];

    [Theory]
    [MemberData(nameof(Docs))]
    public void Docs_GiveTheFastFilter(string doc) =>
        File.ReadAllText(RepositoryFiles.PathOf(doc.Split('/'))).ShouldContain($"--filter \"{TestCategory.FastFilter}\"");

    [Fact]
    public void EveryTestOnThePostgresServer_IsInThePostgresCategory()
    {
        var onServer = TestAssemblies().SelectMany(a => a.GetTypes())
            .Where(t => t.CustomAttributes.Any(a => a.AttributeType == typeof(CollectionAttribute)
                && (string?)a.ConstructorArguments[0].Value == PostgresServer.Collection))
            .ToList();

        onServer.ShouldNotBeEmpty();
        onServer.Where(t => !t.CustomAttributes.Any(a => a.AttributeType == typeof(TraitAttribute)
                && a.ConstructorArguments.Select(c => (string?)c.Value).SequenceEqual([TestCategory.Name, TestCategory.Postgres])))
            .Select(t => t.FullName).ShouldBeEmpty();
    }

    /// <summary>What a test file's text shows it starts, and the category it must then name (on the class or on the tests).</summary>
    public static TheoryData<string, string> Starters() => new()
    {
        { "CliProcess.", TestCategory.Process },
        { "SmtpSink.", TestCategory.Smtp },
        { "StartSmtpAsync(", TestCategory.Smtp },
        { "InstalledChromium.Require()", TestCategory.Chromium },
        { "\"pack\"", TestCategory.Pack },
    };

    [Theory]
    [MemberData(nameof(Starters))]
    public void EveryTestFileThatStartsAProcess_NamesItsCategory(string starts, string category)
    {
        var files = TestProjects.SelectMany(p => Directory.EnumerateFiles(RepositoryFiles.PathOf("tests", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && f != ThisFile())
            .Where(f => File.ReadAllText(f).Contains(starts, StringComparison.Ordinal))
            .ToList();

        files.ShouldNotBeEmpty();
        files.Where(f => !File.ReadAllText(f).Contains($"TestCategory.{category})", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f)).ShouldBeEmpty();
    }

    private static string ThisFile() => RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Docs", "TestCategoryTests.cs");

    /// <summary>The test projects (docs/testing.md, "Projects"); this one builds the others first (its project file).</summary>
    private static readonly string[] TestProjects =
        ["ReportBuilder.Core.Tests", "ReportBuilder.Rendering.Tests", "ReportBuilder.Delivery.Tests", "ReportBuilder.Cli.Tests"];

    /// <summary>Every test assembly, each read from its own project's output folder of the same build as this one (the same
    /// configuration and platform folders under bin/).</summary>
    private static IEnumerable<System.Reflection.Assembly> TestAssemblies()
    {
        var outputFolder = Path.GetRelativePath(RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests"), AppContext.BaseDirectory);
        return TestProjects.Select(p => p == typeof(TestCategoryTests).Assembly.GetName().Name
            ? typeof(TestCategoryTests).Assembly
            : System.Reflection.Assembly.LoadFrom(Path.Combine(RepositoryFiles.PathOf("tests", p), outputFolder, p + ".dll")));
    }
}
