using System.Net;
using MimeKit;
using ReportBuilder.Rendering.Charts;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Email;

/// <summary>
/// The report as an email ready to send: an HTML body that mail clients render (<c>email.html.sbn</c>: tables, inline
/// styles), its charts as PNG images addressed by <c>cid:</c>, a plain-text alternative (<c>email.txt.sbn</c>) and the
/// PDF attached. From and To are left to the sender.
/// </summary>
public sealed class EmailReportBuilder(HtmlReportRenderer html)
{
    /// <summary>The HTML body's template.</summary>
    public const string HtmlTemplate = "email.html.sbn";

    /// <summary>The plain-text body's template.</summary>
    public const string TextTemplate = "email.txt.sbn";

    /// <summary>The message with the report's charts drawn in its language.</summary>
    public Task<MimeMessage> BuildAsync(ReportModel model, byte[] pdf, CancellationToken ct) =>
        BuildAsync(model, pdf, HtmlReportRenderer.DrawCharts(model), ct);

    /// <summary>The message: subject "title — period", body in HTML and text, one PNG per chart, the PDF attached.</summary>
    /// <exception cref="Diagnostics.DefinitionException">An email template is missing or wrong.</exception>
    public async Task<MimeMessage> BuildAsync(ReportModel model, byte[] pdf, IReadOnlyList<ReportChart> charts, CancellationToken ct)
    {
        var body = new BodyBuilder
        {
            HtmlBody = await html.RenderAsync(HtmlTemplate, model, print: false, charts, ct),
            // The renderer escapes every value for HTML; plain text wants them back as they are.
            TextBody = WebUtility.HtmlDecode(await html.RenderAsync(TextTemplate, model, print: false, charts, ct)),
        };
        foreach (var chart in charts)
        {
            ct.ThrowIfCancellationRequested();
            var image = body.LinkedResources.Add($"{chart.Id}.png", chart.ToPng(), new ContentType("image", "png"));
            image.ContentId = chart.Id;
        }

        body.Attachments.Add($"{model.Report.Id}.pdf", pdf, new ContentType("application", "pdf"));
        return new MimeMessage
        {
            Subject = $"{model.Report.Title} — {model.Period.Label}",
            Date = model.Footer.GeneratedAt,
            Body = body.ToMessageBody(),
        };
    }
}
