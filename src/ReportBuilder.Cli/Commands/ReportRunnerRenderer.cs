using ReportBuilder.Delivery.Mail;
using ReportBuilder.Planning;

namespace ReportBuilder.Cli.Commands;

/// <summary>Renders a delivery's report with the same pipeline as <c>run</c> and hands the files to the mail. The place where
/// the PDF attachment and the HTML mail body (with inline PNG charts) join when their renderers write them.</summary>
internal sealed class ReportRunnerRenderer(TimeProvider clock) : IReportRenderer
{
    public async Task<RenderedReport> RenderAsync(ReportPlan plan, CancellationToken ct)
    {
        var result = await ReportRunner.RunAsync(plan, clock, ct);
        return await RenderedReport.FromFilesAsync(result.Model, result.Files, plan.Formats, ct);
    }
}
