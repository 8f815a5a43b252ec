namespace ReportBuilder.Delivery;

/// <summary>What a run did with one mail, for the console and the exit code.</summary>
/// <param name="State">A <see cref="Ledger.LedgerState"/> value.</param>
internal sealed record DeliveryOutcome(string Delivery, DateTimeOffset Occurrence, string Group, string Period, string State, string Detail);
