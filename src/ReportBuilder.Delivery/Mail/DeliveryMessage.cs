using System.Text.RegularExpressions;
using MimeKit;
using ReportBuilder.Delivery.Schedules;

namespace ReportBuilder.Delivery.Mail;

/// <summary>Builds one mail with MimeKit: the rendered HTML body, inline images and attachments.</summary>
internal static partial class DeliveryMessage
{
    /// <param name="messageId">Stable per mail, so a mail client folds a duplicate after a crash into one.</param>
    public static MimeMessage Build(MailboxAddress from, RecipientList recipients, string subject, string? intro, RenderedReport report,
        string messageId)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.AddRange(recipients.To);
        message.Cc.AddRange(recipients.Cc);
        message.Bcc.AddRange(recipients.Bcc);
        message.Subject = SingleLine(subject);
        message.MessageId = messageId;
        message.Date = report.Model.Footer.GeneratedAt;
        var body = new BodyBuilder
        {
            HtmlBody = WithIntro(report.HtmlBody, intro),
            TextBody = intro is null ? report.TextBody : $"{intro}\n\n{report.TextBody}",
        };
        foreach (var image in report.InlineImages)
        {
            var resource = body.LinkedResources.Add(image.ContentId, image.Content, ContentType.Parse(image.ContentType));
            resource.ContentId = image.ContentId;
        }

        foreach (var attachment in report.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The delivery's own words (<c>body:</c>) above a rendered report body, HTML-escaped.</summary>
    private static string WithIntro(string html, string? intro)
    {
        if (string.IsNullOrWhiteSpace(intro))
        {
            return html;
        }

        var paragraph = $"<p style=\"margin:0 0 16px;font-family:Arial,sans-serif;font-size:15px\">{System.Net.WebUtility.HtmlEncode(intro)}</p>";
        var body = BodyTag().Match(html);
        return body.Success ? html.Insert(body.Index + body.Length, paragraph) : paragraph + html;
    }

    /// <summary>Fills <c>{NAME}</c> placeholders; values come from the report and params, so line breaks are removed and a
    /// header can never gain another header.</summary>
    /// <summary>The mail of one delivery group: its subject and body text with the placeholders filled (<c>{title}</c>,
    /// <c>{period}</c>, <c>{report}</c>, <c>{delivery}</c>, <c>{verdict}</c>, the burst param and a scorecard's <c>{member}</c>), <paramref name="subjectPrefix"/> before the
    /// subject.</summary>
    public static MimeMessage Compose(MailboxAddress from, DeliveryDefinition delivery, DeliveryGroup group, RenderedReport report,
        RecipientList recipients, string messageId, string subjectPrefix = "")
    {
        var values = new Dictionary<string, string>(group.Sets, StringComparer.Ordinal)
        {
            ["title"] = report.Model.Report.Title,
            ["period"] = report.Model.Period.Label,
            ["report"] = report.Model.Report.Id,
            ["delivery"] = delivery.Id,
            ["verdict"] = report.Model.Verdict.Summary,
        };
        if (delivery.Burst is { PerMember: true })
        {
            values["member"] = group.Member ?? "";   // the roll-up names no one
        }

        return Build(from, recipients, subjectPrefix + Subject(delivery.Subject, values),
            delivery.Intro is { } intro ? Fill(intro, values) : null, report, messageId);
    }

    // A verdict left empty (a report without targets) leaves no dangling ": " behind it.
    public static string Subject(string template, IReadOnlyDictionary<string, string> values) => SingleLine(Fill(template, values)).TrimEnd(' ', ':');

    /// <summary>Fills <c>{NAME}</c> placeholders of a body text; unknown names stay as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>A Message-ID from the delivery, occurrence and group, at the sender's domain.</summary>
    public static string MessageId(string delivery, DateTimeOffset occurrence, string group, MailboxAddress from) =>
        $"{delivery}.{occurrence.UtcDateTime:yyyyMMddTHHmmss}{(group.Length == 0 ? "" : "." + IO.SafeName.Of(group))}@{from.Domain}";

    private static string SingleLine(string text) => Control().Replace(text, " ").Trim();

    [GeneratedRegex(@"<body[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BodyTag();

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[\p{C}]+")]
    private static partial Regex Control();
}
