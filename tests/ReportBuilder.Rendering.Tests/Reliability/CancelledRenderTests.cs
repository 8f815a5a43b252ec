using ReportBuilder.Rendering.Charts;

namespace ReportBuilder.Tests.Reliability;

/// <summary>A cancelled run is reported as cancelled, never as a mistake in the user's template.</summary>
public sealed class CancelledRenderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-cancel-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("{{ for i in 1..3 }}{{ include 'p.sbn' }}{{ end }}")]
    [InlineData("{{ for i in 1..3 }}{{ i }}{{ end }}")]
    public async Task Render_Cancelled_ThrowsCancellationNotATemplateError(string template)
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "report.html.sbn"), template);
        await File.WriteAllTextAsync(Path.Combine(_directory, "p.sbn"), "{{ for j in 1..3 }}x{{ end }}");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            TestEnvironment.Html(_directory).RenderAsync(SampleReports.Monthly(), print: false, cancelled.Token));
    }

    [Fact]
    public void DrawCharts_Cancelled_StopsBeforeTheNextChart_AndKeepsNothing()
    {
        // The sample has charts to draw; a signal that came before (or while a chart was drawn) stops before the next one.
        var model = SampleReports.Monthly();
        var html = TestEnvironment.Html();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => html.DrawCharts(model, cancelled.Token));

        // Nothing half-drawn was kept for the model: a later run draws them all.
        html.DrawCharts(model, CancellationToken.None).Count.ShouldBe(ChartBuilder.Build(model).Count);
        html.DrawCharts(model, CancellationToken.None).Count.ShouldBeGreaterThan(0);
    }
}
