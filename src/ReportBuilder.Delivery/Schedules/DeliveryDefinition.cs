using Cronos;
using MimeKit;
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
    /// <summary>The mails of one occurrence known before the data is read: one without bursting, one per burst value with
    /// it; with <c>for_each: scorecard</c> the roll-up to <c>to:</c>, the members' mails coming from the data
    /// (<see cref="MemberGroup"/>).</summary>
    public IEnumerable<DeliveryGroup> Groups() => Burst is null or { PerMember: true }
        ? [new DeliveryGroup("", Recipients, new Dictionary<string, string>())]
        : Burst.Recipients.Select(r => new DeliveryGroup(r.Key, r.Value.Merge(Recipients),
            new Dictionary<string, string>(StringComparer.Ordinal) { [Burst.Param] = r.Key }));

    /// <summary>The mail of one scorecard member (<c>for_each: scorecard</c>): to <paramref name="addresses"/> only, never to
    /// the roll-up's recipients; empty when the member has no address.</summary>
    public DeliveryGroup MemberGroup(string member, IReadOnlyList<MailboxAddress> addresses) =>
        new(member, new RecipientList(addresses, [], []), new Dictionary<string, string>()) { Member = member };
}

/// <summary>Who gets a mail; addresses were parsed and checked when the file was loaded.</summary>
internal sealed record RecipientList(IReadOnlyList<MailboxAddress> To, IReadOnlyList<MailboxAddress> Cc, IReadOnlyList<MailboxAddress> Bcc)
{
    public static RecipientList Empty { get; } = new([], [], []);

    public bool IsEmpty => To.Count + Cc.Count + Bcc.Count == 0;

    public RecipientList Merge(RecipientList other) => new([.. To, .. other.To], [.. Cc, .. other.Cc], [.. Bcc, .. other.Bcc]);
}

/// <summary>Fans a delivery out over a report param (<c>for_each: team</c>): each value's mail carries only its rows; or over
/// the members of the report's scorecard (<c>for_each: scorecard</c>): each member's mail carries only its page.</summary>
/// <param name="Recipients">Each value's (or member's) addresses.</param>
internal sealed record Burst(string Param, IReadOnlyDictionary<string, RecipientList> Recipients)
{
    /// <summary>The <c>for_each</c> value that sends each member of the report's scorecard its own page.</summary>
    public const string Scorecard = "scorecard";

    /// <summary>A column of the data holding each member's address (<c>address: agents.email</c>); null: the map only.</summary>
    public AddressColumn? Address { get; init; }

    /// <summary>True for <c>for_each: scorecard</c>.</summary>
    public bool PerMember => Param == Scorecard;
}

/// <summary>Where the members' addresses are in the data: <see cref="Column"/> of <see cref="Table"/>, beside the member's name
/// (<c>name</c> for a scorecard per agent, <c>team</c> per team).</summary>
internal sealed record AddressColumn(string Table, string Column, string Text);

/// <summary>One mail of an occurrence: its ledger key (the burst value, the member, or empty), recipients and report params.</summary>
internal sealed record DeliveryGroup(string Key, RecipientList Recipients, IReadOnlyDictionary<string, string> Sets)
{
    /// <summary>With <c>for_each: scorecard</c>: the member whose page alone the mail carries; null for every other mail.</summary>
    public string? Member { get; init; }
}

/// <summary>When data counts as complete: rows in <see cref="Table"/>.<see cref="Column"/> at or after the period's end,
/// or <see cref="When"/> (over <c>rows</c> and <c>hours_since_end</c>) holds.</summary>
internal sealed record ReadyGate(string Table, string Column, Expr? When, string? WhenText)
{
    public static ReadyGate Default { get; } = new("tickets", "created_at", null, null);
}
