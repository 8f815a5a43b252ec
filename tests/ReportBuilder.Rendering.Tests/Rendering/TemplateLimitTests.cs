using ReportBuilder.Diagnostics;
using ReportBuilder.Rendering.Html;

namespace ReportBuilder.Tests.Rendering;

/// <summary>A template cannot run forever, recurse without end or write without bound: each is stopped at its line.</summary>
public sealed class TemplateLimitTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-limits-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Main => Path.Combine(_directory, "report.html.sbn");

    private async Task<Diagnostic> RenderFailureAsync(string template, HtmlReportRenderer? renderer = null)
    {
        await File.WriteAllTextAsync(Main, template);
        renderer ??= TestEnvironment.Html(_directory);
        var error = await Should.ThrowAsync<DefinitionException>(
            () => renderer.RenderAsync(SampleReports.Monthly(), print: false, CancellationToken.None));
        return error.Diagnostics[0];
    }

    [Fact]
    public async Task Render_EndlessWhile_StopsAtTheLoopsLimit_AtItsLine()
    {
        var diagnostic = await RenderFailureAsync("<p>ok</p>\n{{ while true; end }}\n");

        diagnostic.Location.ShouldBe(new SourceLocation(Main, 2, 4));
        diagnostic.Message.ShouldContain($"{HtmlReportRenderer.DefaultLoopLimit}");
    }

    [Fact]
    public async Task Render_StringDoubledOverAndOver_StopsBeforeTheLimitIsWritten()
    {
        var diagnostic = await RenderFailureAsync("{{ s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n" +
            "for i in 1..22\n  s = s + s\nend\ns }}");

        diagnostic.Location.File.ShouldBe(Main);
        diagnostic.Location.Line.ShouldBeInRange(3, 5);
    }

    [Fact]
    public async Task Render_OutputOverTheLimit_StopsAtTheWrite()
    {
        var renderer = new HtmlReportRenderer(_directory, TestEnvironment.Configs) { OutputLimit = 1000 };

        var diagnostic = await RenderFailureAsync("{{ for i in 1..200 }}\n{{ report.title }}{{ end }}", renderer);

        diagnostic.Location.File.ShouldBe(Main);
        diagnostic.Location.Line.ShouldBeInRange(1, 2);
        diagnostic.Message.ShouldContain("1000");
    }

    [Fact]
    public async Task Render_EndlessRecursion_StopsAtTheRecursionLimit()
    {
        var diagnostic = await RenderFailureAsync("{{ func down(n)\n  ret down(n + 1)\nend\ndown 0 }}");

        diagnostic.Location.File.ShouldBe(Main);
        diagnostic.Location.Line.ShouldBe(2);
        diagnostic.Message.ShouldContain($"{HtmlReportRenderer.RecursiveLimit}");
    }

    [Fact]
    public async Task Render_LongerThanTheTimeLimit_StopsAndSaysWhere()
    {
        var renderer = new HtmlReportRenderer(_directory, TestEnvironment.Configs) { TimeLimit = TimeSpan.FromMilliseconds(300), LoopLimit = 0 };   // the loop limit would stop it first on a fast machine

        var diagnostic = await RenderFailureAsync("{{ for i in 1..100000\n  for j in 1..100000\n    x = i * j\n  end\nend }}", renderer);

        diagnostic.Location.File.ShouldBe(Main);
        diagnostic.Message.ShouldBe("the template ran longer than 0.3 s and was stopped here: look for a loop that never ends");
    }

    [Fact]
    public async Task Check_SyntaxError_NamesFileLineAndColumn_WithoutRendering()
    {
        await File.WriteAllTextAsync(Main, "<h1>{{ report.title }}</h1>\n<p>{{ for m in }}</p>\n");

        var error = Should.Throw<DefinitionException>(() => TestEnvironment.Html(_directory).Check());

        error.Diagnostics[0].Location.ShouldBe(new SourceLocation(Main, 2, 16));
    }

    [Fact]
    public async Task Render_TheBuiltInTemplates_WithALongBreakdown_StayWithinTheLimits()
    {
        var html = await TestEnvironment.Html()
            .RenderAsync(ReportBuilder.Reports.BreakdownLimit.Apply(SampleReports.Monthly(agentRows: 5000), 25), print: true, CancellationToken.None);

        html.ShouldContain("and 4,975 more");
    }
}
