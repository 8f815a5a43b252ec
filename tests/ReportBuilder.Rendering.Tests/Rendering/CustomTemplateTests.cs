using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Rendering;

public sealed class CustomTemplateTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private SourceLocation MainTemplate(int line, int column) => new(Path.Combine(_directory, "report.html.sbn"), line, column);

    private async Task<Diagnostic> RenderFailureAsync(string template)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "report.html.sbn"), template);
        var renderer = TestEnvironment.Html(_directory);
        var error = await Should.ThrowAsync<DefinitionException>(() => renderer.RenderAsync(SampleReports.Monthly(), print: false, CancellationToken.None));
        // Scriban may add follow-on errors (a missing end); the first one is the cause.
        error.Diagnostics.ShouldNotBeEmpty();
        return error.Diagnostics[0];
    }

    [Fact]
    public async Task Render_WithASyntaxError_NamesTemplateLineAndColumn()
    {
        var diagnostic = await RenderFailureAsync("<h1>{{ report.title }}</h1>\n<p>{{ for m in }}</p>\n");

        diagnostic.Location.ShouldBe(MainTemplate(2, 16));
    }

    [Fact]
    public async Task Render_WithAnUnknownVariable_NamesTemplateLineAndColumn()
    {
        var diagnostic = await RenderFailureAsync("<h1>{{ report.title }}</h1>\n\n  <p>{{ verdikt.headline }}</p>\n");

        diagnostic.Location.ShouldBe(MainTemplate(3, 9));
        diagnostic.Message.ShouldContain("verdikt");
    }

    [Fact]
    public async Task Render_WithAnErrorInAPartial_NamesThePartial()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "partials"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "partials", "bad.sbn"), "ok\n{{ if }}\n");

        var diagnostic = await RenderFailureAsync("{{ include 'partials/bad.sbn' }}");

        diagnostic.Location.File.ShouldBe(Path.Combine(_directory, "partials", "bad.sbn"));
        diagnostic.Location.Line.ShouldBe(2);
    }

    [Fact]
    public async Task Render_IncludesNothingOutsideTheTemplatesFolder()
    {
        var diagnostic = await RenderFailureAsync("ok\n{{ include '../secret.txt' }}");

        diagnostic.Location.ShouldBe(MainTemplate(2, 4));
        diagnostic.Message.ShouldContain("outside the templates folder");
    }

    [Fact]
    public async Task Render_ShowsTemplatesOnlyTheModel()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "report.html.sbn"), "[{{ footer.generated_at.ticks }}][{{ report.id }}]");

        var html = await TestEnvironment.Html(_directory).RenderAsync(SampleReports.Monthly(), print: false, CancellationToken.None);

        html.ShouldBe("[][monthly-support]");
    }

    [Fact]
    public async Task Render_EscapesOnce_WhenATemplateAlsoAsksForEscaping()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "report.html.sbn"), "{{ verdict.failed_labels[0] + ' & <b>' | html.escape }}|{{ '<i>' }}");

        var html = await TestEnvironment.Html(_directory).RenderAsync(SampleReports.Monthly(), print: false, CancellationToken.None);

        html.ShouldBe("Replies per ticket &amp; &lt;b&gt;|&lt;i&gt;");
    }

    [Fact]
    public async Task Render_WithoutTheTemplate_SaysWhereItLooked()
    {
        var renderer = TestEnvironment.Html(Path.Combine(_directory, "missing"));

        var error = await Should.ThrowAsync<DefinitionException>(() => renderer.RenderAsync(SampleReports.Monthly(), print: false, CancellationToken.None));

        error.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("template not found");
    }
}
