using MimeKit;
using ReportBuilder.Planning;
using ReportBuilder.Reports;

namespace ReportBuilder.Delivery.Mail;

/// <summary>Runs the report pipeline for a planned report and hands back what a mail carries; the CLI implements it over
/// <c>ReportRunner</c>, so delivery never renders by itself.</summary>
internal interface IReportRenderer
{
    Task<RenderedReport> RenderAsync(ReportPlan plan, CancellationToken ct);
}

/// <summary>The artefacts of one rendered report: the model (for the subject and the summary body), the files to attach, and,
/// when a renderer made one, the HTML mail body with its inline images.</summary>
/// <param name="HtmlBody">The mail body; null sends <see cref="ReportSummaryHtml"/> of the model. Images are referenced as
/// <c>cid:ID</c> with IDs from <see cref="InlineImages"/>.</param>
internal sealed record RenderedReport(ReportModel Model, IReadOnlyList<MailAttachment> Attachments, string? HtmlBody = null)
{
    public IReadOnlyList<InlineImage> InlineImages { get; init; } = [];

    /// <summary>The plain-text alternative of <see cref="HtmlBody"/>; null sends the model's summary as text.</summary>
    public string? TextBody { get; init; }

    /// <summary>Reads the files a run wrote (<c>monthly-support.json</c>, <c>.pdf</c>, …) as attachments, keeping those whose
    /// extension is in <paramref name="formats"/>.</summary>
    public static async Task<RenderedReport> FromFilesAsync(ReportModel model, IEnumerable<string> files, IReadOnlyCollection<string> formats,
        CancellationToken ct)
    {
        var attachments = new List<MailAttachment>();
        foreach (var file in files.Where(f => formats.Contains(Path.GetExtension(f).TrimStart('.'), StringComparer.OrdinalIgnoreCase)))
        {
            attachments.Add(new MailAttachment(Path.GetFileName(file), ContentTypeOf(file), await File.ReadAllBytesAsync(file, ct)));
        }

        return new RenderedReport(model, attachments);
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
