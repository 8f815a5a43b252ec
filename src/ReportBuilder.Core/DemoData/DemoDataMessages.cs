namespace ReportBuilder.DemoData;

/// <summary>The user-facing error texts of the demo-data generator, asserted exactly by the tests.</summary>
internal static class DemoDataMessages
{
    public const string TicketsOutOfRange = "tickets must be between 1 and 50,000,000 (got {0})";
    public const string MonthsOutOfRange = "months must be between 1 and 120 (got {0})";
    public const string EndOutOfRange = "end must be between 1980-01-01 and 9990-01-01 (got {0})";
    public const string InvalidOptions = "invalid demo-data options: {0}";
    public const string EmptyPath = "the demo database path must not be empty";
    public const string DirectoryMissing = "cannot write the demo database '{0}': the directory '{1}' does not exist";
}
