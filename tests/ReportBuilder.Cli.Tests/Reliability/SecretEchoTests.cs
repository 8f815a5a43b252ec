
namespace ReportBuilder.Tests.Reliability;

/// <summary>An error on a line that holds a secret shows the line, but never the secret: standard error ends up in cron logs.</summary>
public sealed class SecretEchoTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rb-secrets-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("smtp:\n  host: h\n  from: r@example.com\n  password: hunter2\ndeliveries: []\n", "    4 |   password: ***\n")]
    [InlineData("smtp: { host: h, from: r@example.com, username: me, password: 'hunter2' }\ndeliveries: []\n",
        "    1 | smtp: { host: h, from: r@example.com, username: me, password: *** }\n")]
    public async Task RunDue_PasswordInTheDeliveriesFile_IsRefusedWithoutPrintingIt(string yaml, string excerpt)
    {
        var file = Path.Combine(_directory, "deliveries.yaml");
        await File.WriteAllTextAsync(file, yaml);

        var outcome = await CliHarness.RunAsync("run-due", file, "--state", Path.Combine(_directory, "state.db"));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain("error: credentials never go in YAML");
        outcome.Errors.ShouldContain(excerpt);
        outcome.Errors.ShouldNotContain("hunter2");
    }

    [Theory]
    [InlineData("  api_token: abc123", "  api_token: ***")]
    [InlineData("{ secret: \"a, b\", key: k1, other: ok }", "{ secret: ***, key: ***, other: ok }")]
    [InlineData("  client_secret: 'x y' # comment", "  client_secret: *** # comment")]
    [InlineData("  title: Key results", "  title: Key results")]
    [InlineData("  pass: hunter2", "  pass: ***")]
    [InlineData("  pwd: hunter2", "  pwd: ***")]
    [InlineData("  smtp_pass: hunter2", "  smtp_pass: ***")]
    [InlineData("  SMTP-Pass: hunter2", "  SMTP-Pass: ***")]
    [InlineData("  db.credentials: hunter2", "  db.credentials: ***")]
    [InlineData("  auth: hunter2", "  auth: ***")]
    [InlineData("  \"p\\x61ss\": hunter2", "  \"p\\x61ss\": ***")]
    [InlineData("  \"\\u0070wd\": 'hunter2'", "  \"\\u0070wd\": ***")]
    [InlineData("  'smtp pass': hunter2", "  'smtp pass': ***")]
    [InlineData("smtp: { host: h, pass: hunter2 }", "smtp: { host: h, pass: *** }")]
    [InlineData("smtp: { pass: hunter2 }", "smtp: { pass: *** }")]
    [InlineData("  url: https://example.com/x", "  url: https://example.com/x")]
    [InlineData("    target: { pass: \"< 2\", warn: \"<= 3\" }", "    target: { pass: \"< 2\", warn: \"<= 3\" }")]
    public void Redact_HidesTheValueOfEverySecretLikeKey(string line, string shown) =>
        ReportBuilder.Cli.Hosting.SourceExcerpt.Redact(line).ShouldBe(shown);

    [Theory]
    [InlineData("shared: &s hunter2\nsmtp:\n  host: h\n  from: r@example.com\n  pass: *s\ndeliveries: []\n")]
    [InlineData("smtp:\n  host: h\n  from: r@example.com\n  \"p\\x61ss\": hunter2\ndeliveries: []\n")]
    [InlineData("smtp:\n  host: h\n  from: r@example.com\n  smtp_pass: hunter2\ndeliveries: []\n")]
    [InlineData("smtp:\n  host: h\n  from: r@example.com\n  pwd: hunter2\ndeliveries: []\n")]
    public async Task RunDueAndValidate_SecretUnderAnyNameOrThroughAnAnchor_IsNeverPrinted(string yaml)
    {
        var file = Path.Combine(_directory, "deliveries.yaml");
        await File.WriteAllTextAsync(file, yaml);

        var run = await CliHarness.RunAsync("run-due", file, "--state", Path.Combine(_directory, "state.db"));
        var validate = await CliHarness.RunAsync("validate", file);

        run.ExitCode.ShouldBe(2, run.Errors);
        validate.ExitCode.ShouldBe(2, validate.Errors);
        run.Errors.ShouldContain(" | ", customMessage: "the excerpt is shown, redacted");
        (run.Output + run.Errors + validate.Output + validate.Errors).ShouldNotContain("hunter2");
    }
}
