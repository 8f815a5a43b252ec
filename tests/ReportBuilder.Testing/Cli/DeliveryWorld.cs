using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using MimeKit;
using ReportBuilder.Data;

namespace ReportBuilder.Testing;

/// <summary>A folder with a small support database built row by row, two reports (all teams, and one team by param) and a
/// deliveries file pointing at an SMTP port; runs the real CLI against it.</summary>
internal sealed class DeliveryWorld : IDisposable
{
    // October 2026 (UTC): Ann (billing) has 2 tickets, Bob and Cid (technical) 3; one ticket in September, one in November,
    // one on 1 December; so October's ticket volume is 5, billing's 2, technical's 3.
    private static readonly (int Agent, string Created)[] Tickets =
    [
        (1, "2026-09-15 10:00:00"),
        (1, "2026-10-02 09:00:00"), (1, "2026-10-20 14:00:00"),
        (2, "2026-10-05 08:00:00"), (2, "2026-10-06 08:00:00"), (3, "2026-10-30 23:30:00"),
        (2, "2026-11-01 03:00:00"),
        (3, "2026-12-01 05:00:00"),
    ];

    public DeliveryWorld(string? lastTicketBefore = null)
    {
        Folder = Directory.CreateTempSubdirectory("rb-delivery-").FullName;
        BuildDatabase(Path.Combine(Folder, "support.db"), lastTicketBefore);
        File.WriteAllText(Path.Combine(Folder, "monthly.yaml"), """
            id: monthly
            title: Support
            source: { sqlite: support.db }
            timezone: UTC
            period: last_month
            metrics:
              - metric: ticket_volume
                breakdown: [agent]
            output: { formats: [json], dir: out }
            """);
        File.WriteAllText(Path.Combine(Folder, "team.yaml"), """
            extends: monthly.yaml
            id: team
            title: "Support for {team}"
            params: { team: billing }
            where: agent.team = param.team
            """);
    }

    public string Folder { get; }

    public string State => Path.Combine(Folder, "state.db");

    public string Deliveries => Path.Combine(Folder, "deliveries.yaml");

    /// <summary>Writes the deliveries file: the SMTP server on <paramref name="port"/> and the given deliveries (YAML list items).</summary>
    public void WriteDeliveries(int port, string deliveries) => File.WriteAllText(Deliveries, $"""
        smtp:
          host: 127.0.0.1
          port: {port}
          security: none
          from: "Reports <reports@example.com>"
          retry: {"{"} attempts: 2, delay_seconds: 0.05 {"}"}
          timeout_seconds: 10
        deliveries:
        {deliveries}
        """);

    /// <summary>Starts a real SMTP server (mail kept in <c>mail/</c>) and writes the deliveries file pointing at it.</summary>
    public async Task<SmtpSink> StartSmtpAsync(string deliveries, int? port = null, bool slow = false, params string[] reject)
    {
        var sink = await SmtpSink.StartAsync(Path.Combine(Folder, "mail"), port, slow, reject);
        WriteDeliveries(sink.Port, deliveries);
        return sink;
    }

    /// <summary>Starts a real SMTP server with smtp_sink.py's <paramref name="options"/> and writes the deliveries file.</summary>
    public async Task<SmtpSink> StartSmtpAsync(string deliveries, string[] options, params string[] reject)
    {
        var sink = await SmtpSink.StartAsync(Path.Combine(Folder, "mail"), null, options, reject);
        WriteDeliveries(sink.Port, deliveries);
        return sink;
    }

    /// <summary>The usual monthly delivery: 07:00 UTC on the 1st, last month's report to one manager.</summary>
    public const string Monthly = """
          - id: monthly
            report: monthly.yaml
            schedule: "0 7 1 * *"
            to: ["Manager <manager@example.com>"]
            subject: "{title}: {period}"
            body: "Attached: the {report} report for {period}."
            attach: [json]
        """;

    /// <summary>One mail per team of team.yaml, each to its lead, all blind-copied to an archive.</summary>
    public const string Teams = """
          - id: teams
            report: team.yaml
            schedule: "0 7 1 * *"
            for_each: team
            recipients:
              billing: [billing-lead@example.com]
              technical: [tech-lead@example.com]
            bcc: [archive@example.com]
            subject: "{title}, {period}"
            attach: [json]
        """;

    /// <summary>Runs <c>run-due</c> in process (one log line per mail, never wrapped).</summary>
    public Task<CliHarness.Outcome> RunDueAsync(string asOf) => CliHarness.RunAsync("run-due", Deliveries, "--state", State, "--as-of", asOf);

    public static JsonElement JsonAttachment(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.FileName?.EndsWith(".json", StringComparison.Ordinal) == true);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    public static double TicketVolume(JsonElement report) =>
        report.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "ticket_volume").GetProperty("value").GetDouble();

    /// <summary>The agents of the first metric's agent breakdown in a mail's JSON attachment, in order.</summary>
    public static string[] AgentKeys(MimeMessage message) => JsonAttachment(message).GetProperty("metrics")[0]
        .GetProperty("breakdowns").GetProperty("agent").EnumerateArray().Select(r => r.GetProperty("key").GetString()!).Order().ToArray();

    private static void BuildDatabase(string path, string? lastTicketBefore)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = CanonicalSchema.Tables + """
            INSERT INTO customers VALUES (1, 'Acme', 'standard', '2025-01-01 00:00:00', NULL);
            INSERT INTO agents (id, name, team) VALUES (1, 'Ann', 'billing'), (2, 'Bob', 'technical'), (3, 'Cid', 'technical');
            """;
        command.ExecuteNonQuery();
        var id = 0;
        foreach (var (agent, created) in Tickets.Where(t => lastTicketBefore is null || string.CompareOrdinal(t.Created, lastTicketBefore) < 0))
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO tickets (id, customer_id, agent_id, channel, priority, status, created_at) VALUES ($id, 1, $agent, 'email', 'normal', 'open', $created)";
            insert.Parameters.AddWithValue("$id", ++id);
            insert.Parameters.AddWithValue("$agent", agent);
            insert.Parameters.AddWithValue("$created", created);
            insert.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing a file: the temporary folder is left behind.
        }
    }

    public static string Instant(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
