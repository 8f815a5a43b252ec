namespace ReportBuilder.Delivery.Ledger;

/// <summary>Where one mail of an occurrence stands: due → (held) → rendered → sent, or retry / failed / skipped.</summary>
internal static class LedgerState
{
    public const string Due = "due";
    public const string Held = "held";
    public const string Rendered = "rendered";
    public const string Sent = "sent";
    public const string Retry = "retry";
    public const string Failed = "failed";
    public const string Skipped = "skipped";

    /// <summary>Sent to the recipients the server accepted; the others were refused (each one is a <see cref="Rejected"/> event).</summary>
    public const string Partial = "partial";

    /// <summary>An event, not a state: one recipient the server refused, with its reply.</summary>
    public const string Rejected = "rejected";

    /// <summary>States that end a mail's life: never tried again.</summary>
    public static readonly IReadOnlyList<string> Final = [Sent, Partial, Failed, Skipped];

    /// <summary><see cref="Final"/> as an SQL list.</summary>
    public static string FinalSql => string.Join(", ", Final.Select(s => $"'{s}'"));
}

/// <summary>Identifies one mail: a delivery's occurrence and, when bursting, the recipient group.</summary>
internal sealed record LedgerKey(string Delivery, DateTimeOffset Occurrence, string Group);

/// <summary>One row of the ledger as <c>reportbuilder deliveries</c> shows it.</summary>
internal sealed record LedgerEntry(LedgerKey Key, string State, string? Period, int Attempts, DateTimeOffset? NextAttempt, string? Detail,
    DateTimeOffset Updated);

/// <summary>A mail this process may work on until <see cref="Until"/>; <see cref="Attempts"/> failed sends so far.</summary>
internal sealed record LedgerClaim(LedgerKey Key, int Attempts, DateTimeOffset Until);
