namespace ReportBuilder.Definitions;

/// <summary>Columns added to the canonical model after files were written without them: optional, only a definition profile's
/// metrics read them (docs/profiles.md), and a file that lacks one gets it (empty) when import writes to it, as
/// <c>ALTER TABLE … ADD COLUMN</c> with this SQLite type. A report that needs one a file lacks is told to import again.</summary>
internal static class LaterColumns
{
    public static readonly IReadOnlyDictionary<(string Table, string Column), string> Types = new Dictionary<(string, string), string>
    {
        [("agents", "email")] = "TEXT NULL",
        [("tickets", "vendor_first_reply_minutes")] = "REAL NULL",
        [("tickets", "vendor_first_reply_business_minutes")] = "REAL NULL",
        [("tickets", "vendor_resolution_minutes")] = "REAL NULL",
        [("tickets", "vendor_resolution_business_minutes")] = "REAL NULL",
    };
}
