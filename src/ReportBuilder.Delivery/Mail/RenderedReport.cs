using MimeKit;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Rendering.Pipeline;
using ReportBuilder.Reports;

namespace ReportBuilder.Delivery.Mail;

/// <summary>The artefacts of one rendered report: the model (for the subject), the files to attach, and the mail body — the
/// email template in the report's language (<c>templates/email.html.sbn</c> and <c>email.txt.sbn</c>) with its inline images.</summary>
/// <param name="HtmlBody">The mail body; images are referenced as <c>cid:ID</c> with IDs from <see cref="InlineImages"/>.</param>
/// <param name="TextBody">The plain-text alternative of <see cref="HtmlBody"/>.</param>
internal sealed record RenderedReport(ReportModel Model, IReadOnlyList<MailAttachment> Attachments, string HtmlBody, string TextBody)
{
    public IReadOnlyList<InlineImage> InlineImages { get; init; } = [];

    /// <summary>Runs the report with the same pipeline as <c>run</c> (<see cref="ReportPipeline"/>): the files it renders (and
    /// writes) are attached from the bytes it returns, and the mail body is the email template with its charts as inline PNGs.</summary>
    /// <param name="model">A scorecard member's model (<see cref="ReportModel.ForMember"/>), rendered without reading the data.</param>
    public static async Task<RenderedReport> RenderAsync(ReportPipeline pipeline, ReportPlan plan, CancellationToken ct, ReportModel? model = null)
    {
        var result = await pipeline.RunAsync(plan, ct, model: model);
        var body = await pipeline.MailBodyAsync(plan, result, ct);
        return new RenderedReport(result.Model, AttachmentsOf(result.Outputs), body.Html, body.Text)
        {
            InlineImages = body.Images.Select(i => new InlineImage(i.ContentId, "image/png", i.Png)).ToList(),
        };
    }

    /// <summary>The files of a run (<c>monthly-support.json</c>, <c>.pdf</c>, …) as attachments; the run's own email (.eml) is
    /// the mail itself, never attached to it.</summary>
    private static IReadOnlyList<MailAttachment> AttachmentsOf(IEnumerable<RenderedFile> outputs) =>
        [.. outputs.Where(o => o.Format != OutputFormat.Email).Select(o => new MailAttachment(Path.GetFileName(o.Path), ContentTypeOf(o.Path), o.Bytes))];

    // The run writes every text format (CSV, HTML, JSON) in UTF-8; a text part without a charset is US-ASCII to a mail
    // client (RFC 2046), which garbles "Wiśniewska" when it shows the file.
    private static string ContentTypeOf(string file) => MimeTypes.GetMimeType(file) is var type && type.StartsWith("text/", StringComparison.Ordinal)
        ? $"{type}; charset=utf-8"
        : type;
}

/// <summary>A file attached to the mail.</summary>
internal sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>An image the HTML body shows as <c>&lt;img src="cid:ContentId"&gt;</c> (mail clients drop SVG, so PNG).</summary>
internal sealed record InlineImage(string ContentId, string ContentType, byte[] Content);
