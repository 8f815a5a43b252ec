using Cronos;
using MimeKit;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Diagnostics;
using ReportBuilder.Expressions;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>A deliveries file: the SMTP server and every scheduled delivery.</summary>
internal sealed record DeliveryConfig(string Path, SmtpSettings Smtp, IReadOnlyList<DeliveryDefinition> Deliveries);

/// <summary>One scheduled delivery: which report, when, for which period, to whom.</summary>
/// <param name="Period">The period each run reports on, resolved as of the occurrence; null keeps the report's own.</param>
/// <param name="Attach">The formats attached; null attaches what the report's output writes.</param>
/// <param name="CatchUp">How many missed occurrences a run makes up for after downtime, newest kept.</param>
internal sealed record DeliveryDefinition(
    string Id,
    string ReportPath,
    CronExpression Schedule,
    string ScheduleText,
    TimeZoneInfo Zone,
    string? Period,
    string? Database,
    RecipientList Recipients,
    string Subject,
    string? Intro,
    IReadOnlyList<string>? Attach,
    bool SkipIfEmpty,
    SendWhen SendWhen,
    ReadyGate Ready,
    Burst? Burst,
    int CatchUp,
    SourceLocation Location)
{
    /// <summary>The mails of one occurrence: one without bursting, one per burst value with it.</summary>
    public IEnumerable<DeliveryGroup> Groups() => Burst is null
        ? [new DeliveryGroup("", Recipients, new Dictionary<string, string>())]
        : Burst.Recipients.Select(r => new DeliveryGroup(r.Key, r.Value.Merge(Recipients),
            new Dictionary<string, string>(StringComparer.Ordinal) { [Burst.Param] = r.Key }));
}

/// <summary>Who gets a mail; addresses were parsed and checked when the file was loaded.</summary>
internal sealed record RecipientList(IReadOnlyList<MailboxAddress> To, IReadOnlyList<MailboxAddress> Cc, IReadOnlyList<MailboxAddress> Bcc)
{
    public static RecipientList Empty { get; } = new([], [], []);

    public bool IsEmpty => To.Count + Cc.Count + Bcc.Count == 0;

    public RecipientList Merge(RecipientList other) => new([.. To, .. other.To], [.. Cc, .. other.Cc], [.. Bcc, .. other.Bcc]);
}

/// <summary>Fans a delivery out over a report param (<c>for_each: team</c>): each value's mail carries only its rows.</summary>
internal sealed record Burst(string Param, IReadOnlyDictionary<string, RecipientList> Recipients);

/// <summary>One mail of an occurrence: its ledger key (the burst value, or empty), recipients and report params.</summary>
internal sealed record DeliveryGroup(string Key, RecipientList Recipients, IReadOnlyDictionary<string, string> Sets);

/// <summary>When data counts as complete: rows in <see cref="Table"/>.<see cref="Column"/> at or after the period's end,
/// or <see cref="When"/> (over <c>rows</c> and <c>hours_since_end</c>) holds.</summary>
internal sealed record ReadyGate(string Table, string Column, Expr? When, string? WhenText)
{
    public static ReadyGate Default { get; } = new("tickets", "created_at", null, null);
}
