using ReportBuilder.Cli.Commands;

namespace ReportBuilder.Tests.Docs;

/// <summary>docs/metrics.md describes the catalog the code runs: its generated part is what the catalog generates now.</summary>
public sealed class MetricsDocTests
{
    private static readonly string Doc = RepositoryFiles.PathOf("docs", "metrics.md");

    [Fact]
    public async Task GeneratedPart_IsWhatTheCatalogGenerates()
    {
        var committed = CatalogMarkdown.GeneratedPartOf(await File.ReadAllTextAsync(Doc));

        committed.ShouldNotBeNull("docs/metrics.md lost its generated part's marker lines");
        committed.ShouldBe(CatalogMarkdown.Write(TestReport.Catalog),
            "docs/metrics.md differs from configs/: replace its generated part with the output of `reportbuilder metrics --markdown`");
    }

    [Fact]
    public async Task MarkdownOption_PrintsTheGeneratedPart()
    {
        var outcome = await CliHarness.RunAsync("metrics", "--markdown");

        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldBe(CatalogMarkdown.Write(TestReport.Catalog));
        outcome.Output.ShouldContain("| [`replies_per_ticket`](#replies_per_ticket) | Replies per ticket | `tickets` | solved | ratio | lower | pass `< 2`, warn `<= 3` |");
    }

    [Fact]
    public async Task EveryCatalogMetric_HasItsEdgeCasesWritten()
    {
        var text = await File.ReadAllTextAsync(Doc);
        var edgeCases = text[text.IndexOf("## Edge cases, metric by metric", StringComparison.Ordinal)..];

        TestReport.Catalog.Metrics.Keys.Where(id => !edgeCases.Contains($"`{id}`", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void NoShippedFile_CitesAContractOutsideTheRepository()
    {
        var citing = new[] { "src", "configs", "examples", "docs", "scripts", "templates" }
            .SelectMany(dir => Directory.EnumerateFiles(RepositoryFiles.PathOf(dir), "*", SearchOption.AllDirectories))
            .Append(RepositoryFiles.PathOf("README.md"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("METRICS.md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryFiles.Root, f));

        citing.ShouldBeEmpty();
    }
}
