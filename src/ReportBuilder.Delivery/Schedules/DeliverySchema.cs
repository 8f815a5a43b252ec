using ReportBuilder.Definitions.Shapes;
using ReportBuilder.IO;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>The shape of a deliveries file: the keys <see cref="DeliveryConfigLoader"/> accepts, and the JSON Schema editors use
/// (<c>reportbuilder schema --deliveries</c>, configs/deliveries.schema.json), from one description.</summary>
internal static class DeliverySchema
{
    private static readonly TextShape Address = new("An email address: name@example.com or \"Name <name@example.com>\"");

    // Declared before the mappings that use them: static fields are set in the order they are written.
    /// <summary>The formats <c>attach:</c> allows: the loader checks against this list, the schema's enum is written from it.</summary>
    public static readonly TextShape AttachFormat = new("A format: a file of the report, or its data for spreadsheets", Definitions.OutputFormats.Attach)
    {
        Noun = "format",
    };

    /// <summary>The values of <c>smtp.security</c>.</summary>
    public static readonly TextShape Security = new("starttls (587, the default), tls (465) or none (a local relay)", ["starttls", "tls", "none"]);

    /// <summary>The values of a delivery's <c>send_when</c>.</summary>
    public static readonly TextShape SendWhen = new("When the mail goes out: always (the default), not_all_pass (a target warned, failed or has " +
        "no data), any_fail, status_changed (a target's status differs from the comparison period's)", WireNames.All<SendWhen>());

    /// <summary>A delivery's id, which names the ledger's records.</summary>
    public static readonly TextShape DeliveryId = new("Names the ledger's records: letters, digits, - and _", Pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$")
    {
        Form = "delivery id '{text}' may hold only letters, digits, - and _",
    };

    public static MapShape File => DeliveryFileKeys.Shape;

    internal static ListShape Addresses(string description) => new(description, Address);

    /// <summary>The JSON Schema of deliveries files.</summary>
    public static string Write() => DefinitionSchemaWriter.Write(File, "ReportBuilder deliveries file", requiredUnlessExtends: false);
}

/// <summary>The keys of <c>smtp.retry</c>.</summary>
internal static class RetryKeys
{
    public static readonly Key<IntegerShape> Attempts = new("attempts", new IntegerShape("Attempts per run", 1, 10));

    public static readonly Key<TextShape> DelaySeconds = new("delay_seconds", new TextShape("Seconds before the second attempt (0 to 3600), doubling after each"));

    public static readonly MapShape Shape = new("Retries within one run; later runs retry too", [Attempts, DelaySeconds]);
}

/// <summary>The keys of <c>smtp:</c>.</summary>
internal static class SmtpKeys
{
    public static readonly Key<TextShape> Host = new("host", new TextShape("The server's host name")) { Missing = "missing key 'host' in smtp" };

    public static readonly Key<IntegerShape> Port = new("port", new IntegerShape("The port (default 587)", 1, 65535));

    public static readonly Key<TextShape> Security = new("security", DeliverySchema.Security);

    public static readonly Key<TextShape> From = new("from", new TextShape("The sender, e.g. \"Support reports <reports@example.com>\""))
    {
        Missing = "missing key 'from' in smtp: the sender, e.g. from: \"Support reports <reports@example.com>\"",
    };

    public static readonly Key<TextShape> UsernameEnv = new("username_env",
        new TextShape("The environment variable holding the login (default REPORTBUILDER_SMTP_USERNAME)"));

    public static readonly Key<TextShape> PasswordEnv = new("password_env",
        new TextShape("The environment variable holding the password (default REPORTBUILDER_SMTP_PASSWORD)"));

    public static readonly Key<TextShape> CredentialsFile = new("credentials_file",
        new TextShape("A file with lines username=… and password=…, relative to this file"));

    public static readonly Key<MapShape> Retry = new("retry", RetryKeys.Shape);

    public static readonly Key<IntegerShape> TimeoutSeconds = new("timeout_seconds", new IntegerShape("Seconds before a silent server counts as down (default 60)", 1, 600));

    private static readonly string CredentialsGo = $"credentials never go in YAML: set {SmtpSettings.DefaultUsernameVariable} and " +
        $"{SmtpSettings.DefaultPasswordVariable} in the environment, or name a file with credentials_file";

    public static readonly MapShape Shape = new("The mail server. Credentials never go here: see REPORTBUILDER_SMTP_USERNAME/PASSWORD",
        [Host, Port, Security, From, UsernameEnv, PasswordEnv, CredentialsFile, Retry, TimeoutSeconds], ["host", "from"])
    {
        Refused = new Dictionary<string, string> { ["username"] = CredentialsGo, ["password"] = CredentialsGo },
    };
}

/// <summary>The keys of a delivery's <c>ready:</c> gate.</summary>
internal static class ReadyKeys
{
    public static readonly Key<TextShape> Table = new("table", new TextShape("A table of the report's model (default tickets)"));

    public static readonly Key<TextShape> Column = new("column", new TextShape("A timestamp column of that table (default created_at)"));

    public static readonly IReadOnlyList<Key<TextShape>> Names = [Table, Column];

    public static readonly MapShape Shape = new("The data-ready gate: a mail waits until this timestamp column has rows at or after the period's end",
        [Table, Column]);
}

/// <summary>The keys of one delivery.</summary>
internal static class DeliveryKeys
{
    public static readonly Key<TextShape> Id = new("id", DeliverySchema.DeliveryId) { Missing = "missing key 'id' in {what}" };

    public static readonly Key<TextShape> Report = new("report", new TextShape("The report definition, relative to this file")) { Missing = "missing key 'report' in {what}" };

    public static readonly Key<TextShape> Schedule = new("schedule",
        new TextShape("A cron expression (five fields, or six with seconds), e.g. \"0 7 1 * *\"")) { Missing = "missing key 'schedule' in {what}" };

    public static readonly Key<TextShape> Timezone = new("timezone", new TextShape("The schedule's IANA time zone (default UTC)"));

    public static readonly Key<TextShape> Period = new("period", new TextShape("The period, resolved as of the occurrence (default: the report's)"));

    public static readonly Key<TextShape> Db = new("db", new TextShape("The SQLite file to read, relative to this file (default: the report's)"));

    public static readonly Key<ListShape> To = new("to", DeliverySchema.Addresses("Recipients"));

    public static readonly Key<ListShape> Cc = new("cc", DeliverySchema.Addresses("Copy recipients"));

    public static readonly Key<ListShape> Bcc = new("bcc", DeliverySchema.Addresses("Blind copy recipients"));

    public static readonly Key<TextShape> Subject = new("subject", new TextShape("The subject (default {title} — {period}: {verdict}): {title}, {period}, {report}, {delivery}, {verdict} (\"6 targets missed\") and for_each's param are replaced"));

    public static readonly Key<TextShape> Body = new("body", new TextShape("Text above the report in the mail, with the same placeholders"));

    public static readonly Key<ListShape> Attach = new("attach", new ListShape("Files to attach (default: the report's output formats)", DeliverySchema.AttachFormat));

    public static readonly Key<FlagShape> SkipIfEmpty = new("skip_if_empty",
        new FlagShape("No metric has data: record 'skipped' and send nothing") { Meaning = "record 'skipped' and send nothing when no metric has data" });

    public static readonly Key<TextShape> SendWhen = new("send_when", DeliverySchema.SendWhen);

    public static readonly Key<MapShape> Ready = new("ready", ReadyKeys.Shape);

    public static readonly Key<TextShape> ReadyWhen = new("ready_when", new TextShape("An expression over rows and hours_since_end that replaces \"rows > 0\""));

    public static readonly Key<TextShape> ForEach = new("for_each", new TextShape("A report param: one mail per key of recipients, each with --set PARAM=KEY; or scorecard: one mail per " +
        "member of the report's scorecard with that member's page only, the roll-up to to:"));

    public static readonly Key<DictionaryShape> Recipients = new("recipients",
        new DictionaryShape("With for_each: the recipients of each param value (or scorecard member)", DeliverySchema.Addresses("Recipients of this value")));

    public static readonly Key<TextShape> Address = new("address", new TextShape("With for_each: scorecard: the column holding each member's address, TABLE.COLUMN (e.g. agents.email); " +
        "recipients: wins for a member it names", Pattern: "^[A-Za-z_][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*$")
    {
        Form = "must be TABLE.COLUMN, e.g. agents.email",
    });

    public static readonly Key<IntegerShape> CatchUp = new("catch_up", new IntegerShape("At most this many missed occurrences are made up (default 12)", 1, 366));

    public static readonly MapShape Shape = new("One scheduled report and its recipients",
    [
        Id, Report, Schedule, Timezone, Period, Db, To, Cc, Bcc, Subject, Body, Attach, SkipIfEmpty, SendWhen, Ready, ReadyWhen, ForEach,
        Recipients, Address, CatchUp,
    ], ["id", "report", "schedule"]) { Noun = "a delivery" };
}

/// <summary>The keys of a deliveries file.</summary>
internal static class DeliveryFileKeys
{
    private const string DeliveriesList = "must be a list of deliveries, each with id, report, schedule and recipients";

    public static readonly Key<MapShape> Smtp = new("smtp", SmtpKeys.Shape)
    {
        Missing = "missing key 'smtp': the mail server, e.g. smtp: { host: mail.example.com, port: 587, from: reports@example.com }",
    };

    public static readonly Key<ListShape> Deliveries = new("deliveries", new ListShape("The scheduled reports", DeliveryKeys.Shape) { Expect = DeliveriesList })
    {
        Missing = "deliveries " + DeliveriesList,
    };

    public static readonly MapShape Shape = new("A ReportBuilder deliveries file: the mail server and the scheduled reports", [Smtp, Deliveries], ["smtp", "deliveries"]);
}
