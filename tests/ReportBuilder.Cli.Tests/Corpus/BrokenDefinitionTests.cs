namespace ReportBuilder.Tests.Corpus;

/// <summary>The corpus of broken definitions under Corpus/cases: each NAME.yaml gives exactly the diagnostics in NAME.expected
/// (standard error of <c>reportbuilder validate</c>, paths relative to the case folder) and exit code 2.</summary>
public sealed class BrokenDefinitionTests
{
    private static readonly string Cases = RepositoryFiles.PathOf("tests", "ReportBuilder.Cli.Tests", "Corpus", "cases");

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Cases, "*.yaml").Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }

    [Fact]
    public void Corpus_HasAtLeastFortyCasesEachWithExpectedOutput()
    {
        var cases = Directory.GetFiles(Cases, "*.yaml");
        cases.Length.ShouldBeGreaterThanOrEqualTo(40);
        foreach (var file in cases)
        {
            File.Exists(Path.ChangeExtension(file, ".expected")).ShouldBeTrue($"{file} has no .expected file");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Validate_BrokenDefinition_PrintsExactDiagnosticsAndExits2(string name)
    {
        var expected = await File.ReadAllTextAsync(Path.Combine(Cases, name + ".expected"));

        var outcome = await CliHarness.RunAsync("validate", Path.Combine(Cases, name + ".yaml"));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.Replace(Cases + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).ShouldBe(expected);
        outcome.Errors.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Validate_TenMegabyteFile_IsRefusedWithoutReadingIt()
    {
        var dir = Directory.CreateTempSubdirectory("rb-big-").FullName;
        var file = Path.Combine(dir, "big.yaml");
        await File.WriteAllTextAsync(file, "id: big\n" + string.Concat(Enumerable.Repeat("# padding line\n", 700_000)));

        var outcome = await CliHarness.RunAsync("validate", file);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{file}:1:1: error: the file is 10 MB: a report definition is at most 1 MB; is this the right file?");
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Validate_EveryExampleAndConfig_IsClean()
    {
        var reports = Directory.GetFiles(RepositoryFiles.PathOf("examples"), "*.yaml");
        reports.ShouldNotBeEmpty();

        var outcome = await CliHarness.RunAsync(["validate", .. reports]);

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
    }
}
