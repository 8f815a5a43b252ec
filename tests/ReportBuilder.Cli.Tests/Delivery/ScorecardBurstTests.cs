using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using MimeKit;
using ReportBuilder.Data;
using Xunit.Abstractions;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary><c>for_each: scorecard</c> end to end: the real CLI bursts a scorecard over 50 agents through a real SMTP server;
/// every mail is read back whole (headers, HTML, text, each attachment's name and content) for any other agent's name.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class ScorecardBurstTests(ITestOutputHelper output)
{
    private const int Agents = 50;

    // Fixed width, so no name is part of another; two that HTML, JSON and XML write escaped.
    internal static string Name(int agent) => agent switch
    {
        49 => "Zoë O'Brien",
        50 => "Łucja Wiśniewska",
        _ => $"Agent {agent:00} Zeta",
    };

    // Agent i has 1 + i % 5 tickets in October 2026 (1 to 5, ten agents each) and one in September. Agents 7 and 33 have no
    // address, agent 41 one that is not an address; agent 2's address comes from recipients:, which wins over the column.
    internal static readonly int[] NoAddress = [7, 33, 41];

    private static string? Email(int agent) => agent switch
    {
        7 or 33 => null,
        41 => "not an address",
        _ => $"agent{agent:00}@example.com",
    };

    internal static string Address(int agent) => agent == 2 ? "two@elsewhere.example" : Email(agent)!;

    private const string Report = """
        id: scorecards
        title: Agent scorecards
        source: { sqlite: support.db }
        timezone: UTC
        period: last_month
        compare: previous_period
        trend: 3
        metrics:
          - metric: ticket_volume
            breakdown: [channel]
        scorecard:
          per: agent
          min_sample: 2
          metrics:
            - metric: ticket_volume
            - metric: first_response_time
              stat: median
        output: { formats: [html, json], dir: out }
        """;

    internal const string Delivery = """
          - id: scorecards
            report: scorecards.yaml
            schedule: "0 7 1 * *"
            for_each: scorecard
            address: agents.email
            recipients:
              "Agent 02 Zeta": ["Two <two@elsewhere.example>"]
            to: ["Lead <lead@example.com>"]
            subject: "{member} {title}, {period}"
            attach: [html, json, csv, xlsx]
        """;

    [Fact]
    public async Task RunDue_ScorecardPerAgent_EachAgentGetsOnlyTheirOwnNameAndTheLeadTheRollUp()
    {
        using var world = World();
        await using var smtp = await world.StartSmtpAsync(Delivery);

        var clock = Stopwatch.StartNew();
        var run = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        output.WriteLine($"run-due: {clock.Elapsed.TotalSeconds:0.0} s");
        var listing = await CliHarness.RunAsync("deliveries", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 1, 7, 6));
        var again = await world.RunDueAsync(Instant(2026, 11, 1, 7, 10));

        run.ExitCode.ShouldBe(0, run.Errors);
        var mails = smtp.Messages();
        mails.Count.ShouldBe(1 + Agents - NoAddress.Length);
        var agentSizes = mails.Where(m => !m.Envelope.Contains("lead@example.com")).Select(m => Size(m.Message)).ToList();
        output.WriteLine($"mails: {mails.Count}, agent mail sizes {agentSizes.Min() / 1024} to {agentSizes.Max() / 1024} KB, " +
            $"the lead's {Size(Lead(mails).Message) / 1024} KB");

        // The lead: one mail, the roll-up ranking every agent.
        var lead = Lead(mails);
        lead.Envelope.ShouldBe(["lead@example.com"]);
        lead.Message.Subject.ShouldBe("Agent scorecards, October 2026");
        var rollUp = WebUtility.HtmlDecode(lead.Message.HtmlBody!);
        Enumerable.Range(1, Agents).ShouldAllBe(a => rollUp.Contains(Name(a)));
        JsonAttachment(lead.Message).GetProperty("scorecard").GetProperty("members").GetArrayLength().ShouldBe(Agents);

        // Each agent with an address: one mail to that address only, carrying their name and no one else's anywhere.
        var byAddress = mails.Where(m => m != lead).ToDictionary(m => m.Envelope.Single());
        foreach (var agent in Enumerable.Range(1, Agents).Except(NoAddress))
        {
            var (message, _) = byAddress[Address(agent)];
            message.To.Mailboxes.Select(m => m.Address).ShouldBe([Address(agent)]);
            message.Cc.Count.ShouldBe(0);
            message.Subject.ShouldBe($"{Name(agent)} Agent scorecards, October 2026");
            message.Attachments.Select(a => ((MimePart)a).FileName).ShouldBe(
                ["scorecards.html", "scorecards.json", "scorecards-ticket_volume.csv", "scorecards-scorecard.csv", "scorecards.xlsx"], ignoreOrder: true);
            var texts = Texts(message);
            WebUtility.HtmlDecode(message.HtmlBody!).ShouldContain(Name(agent));
            message.TextBody!.ShouldContain(Name(agent));
            foreach (var (part, text) in texts)
            {
                foreach (var other in Enumerable.Range(1, Agents).Where(a => a != agent))
                {
                    text.Contains(Name(other), StringComparison.OrdinalIgnoreCase).ShouldBeFalse($"{Name(agent)}'s mail names {Name(other)} in {part}");
                }
            }

            var members = JsonAttachment(message).GetProperty("scorecard").GetProperty("members");
            members.GetArrayLength().ShouldBe(1);
            members[0].GetProperty("key").GetString().ShouldBe(Name(agent));
        }

        // Agent 4, by hand: 5 October tickets, with 9, 14, …, 49 the most; 40 agents have at least min_sample 2 tickets (those
        // with i % 5 = 0 have 1), with 2, 3, 4 and 5 ten times each: median (3 + 4) / 2, 150 tickets in all. Agent i's replies
        // all come after i minutes: agent 4 is 4th fastest of the 40; their median is the 20th and 21st, (24 + 26) / 2 minutes.
        var four = JsonAttachment(byAddress[Address(4)].Message).GetProperty("scorecard");
        JsonElement Team(string metric) => four.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == metric);
        JsonElement Own(string metric) => four.GetProperty("members")[0].GetProperty("values").GetProperty(metric);
        (Team("ticket_volume").GetProperty("median").GetDouble(), Team("ticket_volume").GetProperty("ranked").GetInt32(),
            Team("ticket_volume").GetProperty("value").GetDouble()).ShouldBe((3.5, 40, 150.0));
        Own("ticket_volume").GetProperty("value").GetDouble().ShouldBe(5);
        Team("first_response_time").GetProperty("median").GetDouble().ShouldBe(25.0 / 60, 0.0001);
        Own("first_response_time").GetProperty("value").GetDouble().ShouldBe(4.0 / 60, 0.0001);
        Own("first_response_time").GetProperty("rank").GetInt32().ShouldBe(4);

        // The same in the scorecard CSV (metric, member, value, sample, too_few, rank, ranked, median, previous), 1 ticket in September.
        CsvRows(byAddress[Address(4)].Message).Select(c => string.Join(",", c[0], c[1], c[2], c[5], c[6], c[7], c[8], c[9], c[11]))
            .ShouldBe(["ticket_volume,Agent 04 Zeta,5,5,false,,40,3.5,1"]);

        // Agents without an address: in the run's lines and in deliveries, as skipped with the reason.
        foreach (var agent in NoAddress)
        {
            run.Output.ShouldContain($"skipped scorecards [{Name(agent)}] October 2026 (due 2026-11-01T07:00Z): no address for agent '{Name(agent)}': " +
                "add it under recipients: or to agents.email");
            listing.Output.ShouldContain(Name(agent), Case.Sensitive, listing.Output);
        }

        again.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n");
        smtp.Messages().Count.ShouldBe(mails.Count);
    }

    [Trait(TestCategory.Name, TestCategory.Chromium)]
    [Fact]
    public async Task RunDue_ScorecardPerAgentWithPdf_EachPdfNamesOnlyItsAgent()
    {
        const int agents = 5;
        using var world = World(agents);
        await using var smtp = await world.StartSmtpAsync(Delivery.Replace("attach: [html, json, csv, xlsx]", "attach: [pdf]"));

        var run = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        run.ExitCode.ShouldBe(0, run.Errors);
        var mails = smtp.Messages();
        mails.Count.ShouldBe(1 + agents);
        PdfText(Bytes(Lead(mails).Message.Attachments.OfType<MimePart>().Single())).ShouldSatisfyAllConditions(
            Enumerable.Range(1, agents).Select(a => (Action<string>)(text => text.ShouldContain(Name(a)))).ToArray());
        foreach (var agent in Enumerable.Range(1, agents))
        {
            var message = mails.Single(m => m.Envelope.Single() == Address(agent)).Message;
            var pdf = message.Attachments.OfType<MimePart>().ShouldHaveSingleItem();
            pdf.FileName.ShouldBe("scorecards.pdf");
            var text = PdfText(Bytes(pdf));
            text.ShouldContain(Name(agent));
            Enumerable.Range(1, agents).Where(a => a != agent).ShouldAllBe(other => !text.Contains(Name(other)));
        }
    }

    [Fact]
    public async Task SendTest_Member_SendsThatAgentsPageOnlyToTheTester()
    {
        const int agents = 5;
        using var world = World(agents);
        await using var smtp = await world.StartSmtpAsync(Delivery);

        var test = await CliHarness.RunAsync("send-test", world.Deliveries, "scorecards", "--to", "tester@example.com", "--member", Name(3),
            "--as-of", Instant(2026, 11, 1, 7, 5));

        test.ExitCode.ShouldBe(0, test.Errors);
        var (message, envelope) = smtp.Messages().ShouldHaveSingleItem();
        envelope.ShouldBe(["tester@example.com"]);
        message.Subject.ShouldBe($"[TEST] {Name(3)} Agent scorecards, October 2026");
        foreach (var (part, text) in Texts(message))
        {
            Enumerable.Range(1, agents).Where(a => a != 3).ShouldAllBe(other => !text.Contains(Name(other)), part);
        }

        JsonAttachment(message).GetProperty("scorecard").GetProperty("members")[0].GetProperty("key").GetString().ShouldBe(Name(3));
        File.Exists(world.State).ShouldBeFalse();
    }

    [Fact]
    public async Task Validate_ScorecardBurstOverAReportBrokenDownByAgent_IsRefusedBeforeSending()
    {
        using var world = World();
        File.WriteAllText(Path.Combine(world.Folder, "scorecards.yaml"), Report.Replace("breakdown: [channel]", "breakdown: [channel, agent]"));
        await using var smtp = await world.StartSmtpAsync(Delivery);

        var run = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        run.ExitCode.ShouldBe(2);
        run.Errors.ShouldStartWith($"{world.Deliveries}:9:5: error: delivery 'scorecards' sends each agent only their own scorecard, but metric " +
            "'ticket_volume' of scorecards.yaml is broken down by agent, which would show every agent's values in each mail");
        smtp.Messages().ShouldBeEmpty();
    }

    private static (MimeMessage Message, IReadOnlyList<string> Envelope) Lead(IReadOnlyList<(MimeMessage Message, IReadOnlyList<string> Envelope)> mails) =>
        mails.Single(m => m.Envelope.Contains("lead@example.com"));

    private static long Size(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.Length;
    }

    /// <summary>Everything a reader of the mail can see, decoded as their client or spreadsheet would show it.</summary>
    private static List<(string Part, string Text)> Texts(MimeMessage message)
    {
        var texts = new List<(string, string)>
        {
            ("headers", string.Join("\n", message.Headers.Select(h => $"{h.Field}: {h.Value}"))),
            ("html body", WebUtility.HtmlDecode(message.HtmlBody!)),
            ("text body", message.TextBody!),
        };
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            var name = part.FileName ?? part.ContentId ?? "part";
            texts.Add(($"file name {name}", name));
            var bytes = Bytes(part);
            texts.Add((name, Path.GetExtension(name) switch
            {
                ".html" => WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes)),
                ".json" => string.Join("\n", Strings(JsonDocument.Parse(bytes).RootElement)),
                ".csv" => Encoding.UTF8.GetString(bytes),
                ".xlsx" => XlsxText(bytes),
                ".pdf" => PdfText(bytes),
                _ => Encoding.Latin1.GetString(bytes),   // an inline PNG: any text it holds (none is expected)
            }));
        }

        return texts;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private static string XlsxText(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return string.Join("\n", zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => string.Join(" ", XDocument.Load(e.Open()).DescendantNodes().OfType<XText>().Select(t => t.Value)
                .Concat(XDocument.Load(e.Open()).Descendants().SelectMany(x => x.Attributes()).Select(a => a.Value)))));
    }

    internal static string PdfText(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }

    /// <summary>The scorecard CSV's member rows, the first 13 columns.</summary>
    private static List<string[]> CsvRows(MimeMessage message)
    {
        var csv = message.Attachments.OfType<MimePart>().Single(a => a.FileName == "scorecards-scorecard.csv");
        var lines = Encoding.UTF8.GetString(Bytes(csv)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("metric,member,value,shown,status,sample,too_few,rank,ranked,median,median_shown,previous,previous_shown,change,change_shown");
        return [.. lines.Skip(1).Select(l => l.Split(',')[..13]).Where(c => c[0] == "ticket_volume" && c[1].Length > 0)];
    }

    /// <summary>DeliveryWorld's folder and SMTP server, with 50 agents in one team and the scorecard report.</summary>
    internal static DeliveryWorld World(int agents = Agents)
    {
        var world = new DeliveryWorld();
        var path = Path.Combine(world.Folder, "support.db");
        File.Delete(path);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            var sql = new StringBuilder(CanonicalSchema.Tables).Append("""
                INSERT INTO customers VALUES (1, 'Acme', 'standard', '2025-01-01 00:00:00', NULL);
                """);
            var ticket = 0;
            for (var agent = 1; agent <= agents; agent++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO agents VALUES ({agent}, '{Name(agent).Replace("'", "''")}', 'support', ")
                    .Append(Email(agent) is { } email ? $"'{email}');\n" : "NULL);\n");
                sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO tickets (id, customer_id, agent_id, channel, priority, status, created_at, first_reply_at, solved_at, reopens, replies) VALUES ({++ticket}, 1, {agent}, 'email', 'normal', 'solved', " +
                    $"'2026-09-10 09:00:00', '2026-09-10 09:30:00', '2026-09-10 12:00:00', 0, 1);\n");
                for (var i = 0; i < 1 + agent % 5; i++)
                {
                    var created = new DateTime(2026, 10, 2 + i * 5, 9, 0, 0);
                    sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO tickets (id, customer_id, agent_id, channel, priority, status, created_at, first_reply_at, solved_at, reopens, replies) VALUES ({++ticket}, 1, {agent}, '{(i % 2 == 0 ? "email" : "chat")}', " +
                        $"'normal', 'solved', '{created:yyyy-MM-dd HH:mm:ss}', '{created.AddMinutes(agent):yyyy-MM-dd HH:mm:ss}', " +
                        $"'{created.AddHours(3):yyyy-MM-dd HH:mm:ss}', 0, 1);\n");
                }
            }

            // The data-ready gate: a ticket after October.
            sql.Append(CultureInfo.InvariantCulture, $"INSERT INTO tickets (id, customer_id, agent_id, channel, priority, status, created_at, first_reply_at, solved_at, reopens, replies) VALUES ({++ticket}, 1, 1, 'email', 'normal', 'open', '2026-11-01 03:00:00', NULL, NULL, 0, 0);\n");
            using var command = connection.CreateCommand();
            command.CommandText = sql.ToString();
            command.ExecuteNonQuery();
        }

        File.WriteAllText(Path.Combine(world.Folder, "scorecards.yaml"), Report);
        return world;
    }
}
