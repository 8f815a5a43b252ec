using System.Net;
using MimeKit;
using ReportBuilder.Rendering.Charts;
using ReportBuilder.Rendering.Html;
using ReportBuilder.Reports;

namespace ReportBuilder.Rendering.Email;

/// <summary>
/// The report as an email ready to send: an HTML body that mail clients render (<c>email.html.sbn</c>: tables, one
/// style block; the brief and the metrics that failed or warned), the charts it shows as PNG images addressed by
/// <c>cid:</c>, a plain-text alternative (<c>email.txt.sbn</c>) and the PDF attached. From and To are left to the sender.
/// </summary>
public sealed class EmailReportBuilder(HtmlReportRenderer html)
{
    private readonly HtmlReportRenderer _html = html;

    /// <summary>The HTML body's template.</summary>
    public const string HtmlTemplate = "email.html.sbn";

    /// <summary>The plain-text body's template.</summary>
    public const string TextTemplate = "email.txt.sbn";

    /// <summary>The message with the report's charts drawn in its language.</summary>
    public Task<MimeMessage> BuildAsync(ReportModel model, byte[] pdf, CancellationToken ct) =>
        BuildAsync(model, pdf, _html.DrawCharts(model, ct), ct);

    /// <summary>The subject: "title — period: verdict" ("All metrics — October 2026: 6 targets missed"); without a target,
    /// "title — period".</summary>
    public static string Subject(ReportModel model) =>
        model.Verdict.Summary == "" ? $"{model.Report.Title} — {model.Period.Label}" : $"{model.Report.Title} — {model.Period.Label}: {model.Verdict.Summary}";

    /// <summary>The message: subject "title — period: verdict", body in HTML and text, one PNG per chart, the PDF attached.</summary>
    /// <exception cref="Diagnostics.DefinitionException">An email template is missing or wrong.</exception>
    public async Task<MimeMessage> BuildAsync(ReportModel model, byte[] pdf, IReadOnlyList<ReportChart> charts, CancellationToken ct)
    {
        var parts = await RenderBodyAsync(model, charts, ct);
        var body = new BodyBuilder { HtmlBody = parts.Html, TextBody = parts.Text };
        foreach (var image in parts.Images)
        {
            body.LinkedResources.Add($"{image.ContentId}.png", image.Png, new ContentType("image", "png")).ContentId = image.ContentId;
        }

        body.Attachments.Add($"{model.Report.Id}.pdf", pdf, new ContentType("application", "pdf"));
        return new MimeMessage
        {
            Subject = Subject(model),
            Date = model.Footer.GeneratedAt,
            Body = body.ToMessageBody(),
        };
    }

    /// <summary>The body alone, for a sender that builds its own message (scheduled delivery): HTML that refers to the charts
    /// it shows as <c>cid:ID</c>, the plain-text alternative, and those charts' PNGs.</summary>
    public async Task<EmailBody> RenderBodyAsync(ReportModel model, IReadOnlyList<ReportChart> charts, CancellationToken ct)
    {
        var html = await _html.RenderAsync(HtmlTemplate, model, print: false, charts, ct);
        // The renderer escapes every value for HTML; plain text wants them back as they are.
        var text = WebUtility.HtmlDecode(await _html.RenderAsync(TextTemplate, model, print: false, charts, ct));
        var images = new List<EmailImage>();
        // Only the charts the body shows travel with it: the rest are in the attached PDF.
        foreach (var chart in charts.Where(c => html.Contains($"\"cid:{c.Id}\"", StringComparison.Ordinal)))
        {
            ct.ThrowIfCancellationRequested();
            images.Add(new EmailImage(chart.Id, chart.ToPng()));
        }

        return new EmailBody(html, text, images);
    }
}

/// <summary>An email body: HTML with <c>cid:</c> references, its plain-text alternative and the images it refers to.</summary>
public sealed record EmailBody(string Html, string Text, IReadOnlyList<EmailImage> Images);

/// <summary>A PNG the HTML shows as <c>&lt;img src="cid:ContentId"&gt;</c>.</summary>
public sealed record EmailImage(string ContentId, byte[] Png);
