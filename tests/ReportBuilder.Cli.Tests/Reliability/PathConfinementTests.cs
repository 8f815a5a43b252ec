namespace ReportBuilder.Tests.Reliability;

/// <summary>A definition reads templates, models and includes from its own folder only, unless a folder is allowed.</summary>
public sealed class PathConfinementTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rb-confine-").FullName;

    public PathConfinementTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "reports"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(_root, "elsewhere", "page.sbn"), "secret page");
        File.WriteAllText(Path.Combine(_root, "elsewhere", "model.yaml"), "tickets: { table: t }\n");
        File.WriteAllText(Path.Combine(_root, "elsewhere", "metrics.yaml"), "metrics: []\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Report => Path.Combine(_root, "reports", "report.yaml");

    private async Task<CliHarness.Outcome> ValidateAsync(string line, params string[] extra)
    {
        await File.WriteAllTextAsync(Report, $"id: t\ntitle: T\nmetrics:\n  - metric: ticket_volume\n{line}\n");
        return await CliHarness.RunAsync(["validate", Report, .. extra]);
    }

    [Theory]
    [InlineData("template: /etc/passwd", "template '/etc/passwd'")]
    [InlineData("template: ../../../../../../etc/passwd", "template '../../../../../../etc/passwd'")]
    [InlineData("template: ../elsewhere/page.sbn", "template '../elsewhere/page.sbn'")]
    [InlineData("model: ../elsewhere/model.yaml", "model '../elsewhere/model.yaml'")]
    [InlineData("include: [../elsewhere/metrics.yaml]", "include '../elsewhere/metrics.yaml'")]
    public async Task Validate_AFileOutsideTheReportsFolder_IsAnErrorAtItsPosition(string line, string named)
    {
        var outcome = await ValidateAsync(line);

        outcome.ExitCode.ShouldBe(2);
        var column = line.IndexOf(": ", StringComparison.Ordinal) + 3 + (line.Contains('[') ? 1 : 0);
        outcome.Errors.ShouldStartWith($"{Report}:5:{column}: error: {named} is outside the report's folder {Path.Combine(_root, "reports")}: " +
            "keep it beside the report, or allow its folder with --allow-dir");
    }

    [Fact]
    public async Task Validate_ASymbolicLinkLeadingOut_IsAnError()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "reports", "page.sbn"), "/etc/passwd");

        var outcome = await ValidateAsync("template: page.sbn");

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{Report}:5:11: error: template 'page.sbn' is a symbolic link leading out of the report's folder (to /etc/passwd)");
    }

    [Fact]
    public async Task Validate_AnAllowedFolder_MayBeNamed()
    {
        var outcome = await ValidateAsync("template: ../elsewhere/page.sbn", "--allow-dir", Path.Combine(_root, "elsewhere"));

        outcome.Errors.ShouldNotContain("outside the report's folder");
    }

    [Theory]
    [InlineData("locale: ../../x")]
    [InlineData("locale: xx")]
    [InlineData("locale: ja")]
    public async Task Validate_AnUnknownLocale_IsAnError(string line)
    {
        var outcome = await ValidateAsync(line);

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldStartWith($"{Report}:5:9: error: locale '{line[8..]}' is not a known language: use en, de, fr, pl, ru, ko (or a culture of one, e.g. de-AT)");
    }

    [Fact]
    public void Languages_AreTheTranslationFilesShipped() =>
        ReportBuilder.Definitions.ReportDefinitionLoader.Languages.Order(StringComparer.Ordinal).ShouldBe(
            Directory.GetFiles(RepositoryFiles.PathOf("configs", "i18n"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
}
