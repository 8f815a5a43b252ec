using ReportBuilder.Delivery.Mail;
using ReportBuilder.Planning;
using ReportBuilder.Rendering.Email;
using ReportBuilder.Rendering.Html;

namespace ReportBuilder.Cli.Commands;

/// <summary>Renders a delivery's report with the same pipeline as <c>run</c>: the files it writes are attached, and the mail
/// body is the email template (<c>templates/email.html.sbn</c>) with its charts as inline PNGs.</summary>
internal sealed class ReportRunnerRenderer(TimeProvider clock) : IReportRenderer
{
    public async Task<RenderedReport> RenderAsync(ReportPlan plan, CancellationToken ct)
    {
        var result = await ReportRunner.RunAsync(plan, clock, ct);
        var files = await RenderedReport.FromFilesAsync(result.Model, result.Files, plan.Formats, ct);
        var body = await new EmailReportBuilder(ReportRunner.HtmlRenderer(plan))
            .RenderBodyAsync(result.Shown, HtmlReportRenderer.DrawCharts(result.Shown), ct);
        return files with
        {
            HtmlBody = body.Html,
            TextBody = body.Text,
            InlineImages = body.Images.Select(i => new InlineImage(i.ContentId, "image/png", i.Png)).ToList(),
        };
    }
}
