using ReportBuilder.Definitions.Shapes;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>The shape of a deliveries file: the keys <see cref="DeliveryConfigLoader"/> accepts, and the JSON Schema editors use
/// (<c>reportbuilder schema --deliveries</c>, configs/deliveries.schema.json), from one description.</summary>
internal static class DeliverySchema
{
    private static readonly TextShape Address = new("An email address: name@example.com or \"Name <name@example.com>\"");

    private static ListShape Addresses(string description) => new(description, Address);

    // Declared before the mappings that use them: static fields are set in the order they are written.
    /// <summary>The formats <c>attach:</c> allows: the loader checks against this list, the schema's enum is written from it.</summary>
    public static readonly TextShape AttachFormat = new("A format: a file of the report, or its data for spreadsheets", Definitions.OutputFormats.Attach);

    /// <summary>The values of <c>smtp.security</c>.</summary>
    public static readonly TextShape Security = new("starttls (587, the default), tls (465) or none (a local relay)", ["starttls", "tls", "none"]);

    /// <summary>The values of a delivery's <c>send_when</c>.</summary>
    public static readonly TextShape SendWhen = new("When the mail goes out: always (the default), not_all_pass (a target warned, failed or has " +
        "no data), any_fail, status_changed (a target's status differs from the comparison period's)", SendWhenRules.Names);

    /// <summary>A delivery's id, which names the ledger's records.</summary>
    public static readonly TextShape DeliveryId = new("Names the ledger's records: letters, digits, - and _", Pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$");

    public static readonly MapShape Retry = new("Retries within one run; later runs retry too",
    [
        new("attempts", new IntegerShape("Attempts per run", 1, 10)),
        new("delay_seconds", new TextShape("Seconds before the second attempt (0 to 3600), doubling after each")),
    ]);

    public static readonly MapShape Smtp = new("The mail server. Credentials never go here: see REPORTBUILDER_SMTP_USERNAME/PASSWORD",
    [
        new("host", new TextShape("The server's host name")),
        new("port", new IntegerShape("The port (default 587)", 1, 65535)),
        new("security", Security),
        new("from", new TextShape("The sender, e.g. \"Support reports <reports@example.com>\"")),
        new("username_env", new TextShape("The environment variable holding the login (default REPORTBUILDER_SMTP_USERNAME)")),
        new("password_env", new TextShape("The environment variable holding the password (default REPORTBUILDER_SMTP_PASSWORD)")),
        new("credentials_file", new TextShape("A file with lines username=… and password=…, relative to this file")),
        new("retry", Retry),
        new("timeout_seconds", new IntegerShape("Seconds before a silent server counts as down (default 60)", 1, 600)),
    ], ["host", "from"]);

    public static readonly MapShape Ready = new("The data-ready gate: a mail waits until this timestamp column has rows at or after the period's end",
    [
        new("table", new TextShape("A table of the report's model (default tickets)")),
        new("column", new TextShape("A timestamp column of that table (default created_at)")),
    ]);

    public static readonly MapShape Delivery = new("One scheduled report and its recipients",
    [
        new("id", DeliveryId),
        new("report", new TextShape("The report definition, relative to this file")),
        new("schedule", new TextShape("A cron expression (five fields, or six with seconds), e.g. \"0 7 1 * *\"")),
        new("timezone", new TextShape("The schedule's IANA time zone (default UTC)")),
        new("period", new TextShape("The period, resolved as of the occurrence (default: the report's)")),
        new("db", new TextShape("The SQLite file to read, relative to this file (default: the report's)")),
        new("to", Addresses("Recipients")),
        new("cc", Addresses("Copy recipients")),
        new("bcc", Addresses("Blind copy recipients")),
        new("subject", new TextShape("The subject (default {title} — {period}: {verdict}): {title}, {period}, {report}, {delivery}, {verdict} (\"6 targets missed\") and for_each's param are replaced")),
        new("body", new TextShape("Text above the report in the mail, with the same placeholders")),
        new("attach", new ListShape("Files to attach (default: the report's output formats)", AttachFormat)),
        new("skip_if_empty", new FlagShape("No metric has data: record 'skipped' and send nothing")),
        new("send_when", SendWhen),
        new("ready", Ready),
        new("ready_when", new TextShape("An expression over rows and hours_since_end that replaces \"rows > 0\"")),
        new("for_each", new TextShape("A report param: one mail per key of recipients, each with --set PARAM=KEY; or scorecard: one mail per " +
            "member of the report's scorecard with that member's page only, the roll-up to to:")),
        new("recipients", new DictionaryShape("With for_each: the recipients of each param value (or scorecard member)", Addresses("Recipients of this value"))),
        new("address", new TextShape("With for_each: scorecard: the column holding each member's address, TABLE.COLUMN (e.g. agents.email); " +
            "recipients: wins for a member it names", Pattern: "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$")),
        new("catch_up", new IntegerShape("At most this many missed occurrences are made up (default 12)", 1, 366)),
    ], ["id", "report", "schedule"]);

    public static readonly MapShape File = new("A ReportBuilder deliveries file: the mail server and the scheduled reports",
    [
        new("smtp", Smtp),
        new("deliveries", new ListShape("The scheduled reports", Delivery)),
    ], ["smtp", "deliveries"]);

    /// <summary>The JSON Schema of deliveries files.</summary>
    public static string Write() => DefinitionSchemaWriter.Write(File, "ReportBuilder deliveries file", requiredUnlessExtends: false);
}
