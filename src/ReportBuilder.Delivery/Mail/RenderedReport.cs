using MimeKit;
using ReportBuilder.Definitions;
using ReportBuilder.Planning;
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

    /// <summary>Runs the report with the same pipeline as <c>run</c> (<see cref="ReportPipeline"/>): the files it writes are
    /// attached, and the mail body is the email template with its charts as inline PNGs.</summary>
    public static async Task<RenderedReport> RenderAsync(ReportPlan plan, TimeProvider clock, CancellationToken ct)
    {
        var result = await new ReportPipeline(clock).RunAsync(plan, ct);
        var body = await ReportPipeline.MailBodyAsync(plan, result, ct);
        return new RenderedReport(result.Model, await AttachmentsAsync(result.Files, plan.Formats, ct), body.Html, body.Text)
        {
            InlineImages = body.Images.Select(i => new InlineImage(i.ContentId, "image/png", i.Png)).ToList(),
        };
    }

    /// <summary>Reads the files a run wrote (<c>monthly-support.json</c>, <c>.pdf</c>, …) as attachments, keeping those whose
    /// extension is in <paramref name="formats"/>.</summary>
    private static async Task<IReadOnlyList<MailAttachment>> AttachmentsAsync(IEnumerable<string> files, IReadOnlyCollection<OutputFormat> formats,
        CancellationToken ct)
    {
        var attachments = new List<MailAttachment>();
        foreach (var file in files.Where(f => formats.Select(OutputFormats.ToWire).Contains(Path.GetExtension(f).TrimStart('.'), StringComparer.OrdinalIgnoreCase)))
        {
            attachments.Add(new MailAttachment(Path.GetFileName(file), ContentTypeOf(file), await File.ReadAllBytesAsync(file, ct)));
        }

        return attachments;
    }

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
