using ReportBuilder.IO;

namespace ReportBuilder.Delivery.Ledger;

/// <summary>Where one mail of an occurrence stands: due → (held) → rendered → sent, or retry / failed / skipped. Stored and
/// printed by its wire name (<see cref="WireNames"/>: <c>sent</c>, <c>retry</c>, …).</summary>
internal enum LedgerState
{
    Due,
    Held,
    Rendered,
    Sent,
    Retry,
    Failed,
    Skipped,

    /// <summary>Sent to the recipients the server accepted; the others were refused (each one is a <see cref="Rejected"/> event).</summary>
    Partial,

    /// <summary>An event, not a state: one recipient the server refused, with its reply.</summary>
    Rejected,
}

/// <summary>The ledger states' wire names, as the state file and the log lines have them.</summary>
internal static class LedgerStates
{
    /// <summary>States that end a mail's life: never tried again.</summary>
    public static readonly IReadOnlyList<LedgerState> Final = [LedgerState.Sent, LedgerState.Partial, LedgerState.Failed, LedgerState.Skipped];

    /// <summary><see cref="Final"/> as an SQL list.</summary>
    public static string FinalSql => string.Join(", ", Final.Select(s => $"'{s.ToWire()}'"));

    /// <summary>The state of a wire name the ledger holds.</summary>
    public static LedgerState Parse(string wire) => WireNames.Parse<LedgerState>(wire)
        ?? throw new InvalidDataException($"the ledger holds an unknown state '{wire}': it was not written by this version of reportbuilder");
}

/// <summary>Identifies one mail: a delivery's occurrence and, when bursting, the recipient group.</summary>
internal sealed record LedgerKey(string Delivery, DateTimeOffset Occurrence, string Group);

/// <summary>One row of the ledger as <c>reportbuilder deliveries</c> shows it.</summary>
internal sealed record LedgerEntry(LedgerKey Key, LedgerState State, string? Period, int Attempts, DateTimeOffset? NextAttempt, string? Detail,
    DateTimeOffset Updated);

/// <summary>A mail this process may work on until <see cref="Until"/>; <see cref="Attempts"/> failed sends so far.</summary>
internal sealed record LedgerClaim(LedgerKey Key, int Attempts, DateTimeOffset Until);
