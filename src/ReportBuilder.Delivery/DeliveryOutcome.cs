namespace ReportBuilder.Delivery;

/// <summary>What a run did with one mail, for the console and the exit code.</summary>
internal sealed record DeliveryOutcome(string Delivery, DateTimeOffset Occurrence, string Group, string Period, Ledger.LedgerState State, string Detail);
