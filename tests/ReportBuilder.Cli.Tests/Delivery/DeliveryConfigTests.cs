using MimeKit;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Delivery;

/// <summary>Reading deliveries files: every problem at file:line:col, no credentials in YAML, no header injection.</summary>
public sealed class DeliveryConfigTests
{
    private const string Smtp = """
        smtp: { host: 127.0.0.1, port: 25, security: none, from: reports@example.com }
        """;

    private static List<string> Problems(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        DeliveryConfigLoader.Parse("d.yaml", yaml, diagnostics);
        return diagnostics.InFileOrder().Select(d => d.ToString()).ToList();
    }

    [Fact]
    public async Task Deliveries_TheExampleFile_ChecksCleanAndLists()
    {
        var outcome = await CliHarness.RunAsync("deliveries", RepositoryFiles.PathOf("examples", "deliveries.yml"), "--as-of", "2026-11-05T08:00:00Z");

        outcome.Errors.ShouldBe("");
        outcome.ExitCode.ShouldBe(0);
        outcome.Output.ShouldContain("2026-12-01");
    }

    [Theory]
    [InlineData("0 7 31 2 *")]
    [InlineData("0 7 30 2 *")]
    [InlineData("0 0 31 4,6,9,11 *")]
    public void Parse_AScheduleThatCanNeverFire_IsAnErrorAtItsPosition(string schedule)
    {
        var problems = Problems($"""
            {Smtp}
            deliveries:
              - id: monthly
                report: monthly.yaml
                schedule: "{schedule}"
                to: [ok@example.com]
            """);

        problems.ShouldBe([$"d.yaml:5:15: error: schedule '{schedule}' never fires: no date has that day of the month in those months (as the 31st of February): check both"]);
    }

    [Fact]
    public void Parse_TheLeapDaySchedule_IsAccepted() =>
        Problems($"""
            {Smtp}
            deliveries:
              - id: leap
                report: monthly.yaml
                schedule: "0 0 29 2 *"
                to: [ok@example.com]
            """).ShouldBeEmpty();

    [Fact]
    public void Parse_EveryMistake_IsReportedAtItsPosition()
    {
        var problems = Problems(Smtp + """

            deliveries:
              - id: monthly
                report: monthly.yaml
                schedule: "0 7 1 *"
                timezone: Europe/Warsw
                to: [not-an-address, ok@example.com]
                attach: [docx]
                ready_when: "rows > 0 and minutes > 5"
                skip_if_empty: sometimes
                send_when: failing
            """);

        problems.ShouldBe([
            "d.yaml:5:15: error: schedule '0 7 1 *' is not a cron expression: " +
                "use minute hour day-of-month month day-of-week, e.g. \"0 7 1 * *\" for 07:00 on the 1st of each month",
            "d.yaml:6:15: error: unknown time zone 'Europe/Warsw': use an IANA id such as Europe/Warsaw",
            "d.yaml:7:10: error: 'not-an-address' in to is not an email address: use name@example.com or \"Name <name@example.com>\"",
            "d.yaml:8:14: error: unknown format 'docx': use html, pdf, json, csv, xlsx",
            "d.yaml:9:31: error: unknown name 'minutes' in ready_when: use rows (rows past the period's end) and hours_since_end, e.g. \"rows > 0 or hours_since_end >= 48\"",
            "d.yaml:10:20: error: skip_if_empty is 'sometimes': write true (record 'skipped' and send nothing when no metric has data) or false",
            "d.yaml:11:16: error: unknown send_when 'failing': use always, not_all_pass, any_fail, status_changed",
        ]);
    }

    [Fact]
    public void Parse_PasswordInYaml_IsRefused()
    {
        var problems = Problems("""
            smtp: { host: h, from: r@example.com, username: me, password: hunter2 }
            deliveries: []
            """);

        problems.Count.ShouldBe(2);
        problems[0].ShouldStartWith("d.yaml:1:39: error: credentials never go in YAML: set REPORTBUILDER_SMTP_USERNAME and REPORTBUILDER_SMTP_PASSWORD");
        problems.ShouldAllBe(p => !p.Contains("hunter2"));
    }

    [Fact]
    public void Parse_AddressWithALineBreak_IsRefused()
    {
        var problems = Problems(Smtp + """

            deliveries:
              - { id: m, report: r.yaml, schedule: "0 7 1 * *", to: ["a@example.com\r\nBcc: evil@example.com"] }
            """);

        problems.ShouldContain(p => p.StartsWith("d.yaml:3:58: error: 'a@example.com\r\nBcc: evil@example.com' in to is not an email address", StringComparison.Ordinal));
    }

    [Fact]
    public void Subject_ValueWithLineBreaks_CannotAddAHeader()
    {
        var subject = DeliveryMessage.Subject("{title} for {team}", new Dictionary<string, string>
        {
            ["title"] = "Support",
            ["team"] = "billing\r\nBcc: evil@example.com",
        });
        var message = new MimeMessage { Subject = subject };

        subject.ShouldBe("Support for billing Bcc: evil@example.com");
        message.Headers.Count(h => h.Id == HeaderId.Bcc).ShouldBe(0);
    }

    [Fact]
    public void Credentials_FromEnvironmentOrFile_NeverFromYaml()
    {
        var folder = Directory.CreateTempSubdirectory("rb-credentials-").FullName;
        var file = Path.Combine(folder, "smtp.credentials");
        File.WriteAllText(file, "username=mailer\npassword=s3cret\n");
        var settings = DeliveryConfigLoader.Parse("d.yaml", Smtp + "\ndeliveries: []", new DiagnosticBag())!.Smtp;
        var environment = new Dictionary<string, string> { ["REPORTBUILDER_SMTP_USERNAME"] = "env-user", ["REPORTBUILDER_SMTP_PASSWORD"] = "env-pass" };

        SmtpCredentials.Resolve(settings, environment.GetValueOrDefault)!.UserName.ShouldBe("env-user");
        SmtpCredentials.Resolve(settings with { CredentialsFile = file }, _ => null)!.Password.ShouldBe("s3cret");
        SmtpCredentials.Resolve(settings, _ => null).ShouldBeNull();
        Should.Throw<InvalidOperationException>(() => SmtpCredentials.Resolve(settings, n => n.EndsWith("USERNAME", StringComparison.Ordinal) ? "u" : null))
            .Message.ShouldBe("REPORTBUILDER_SMTP_USERNAME is set but REPORTBUILDER_SMTP_PASSWORD is not: set both, or neither for no login");
        Directory.Delete(folder, recursive: true);
    }
}
