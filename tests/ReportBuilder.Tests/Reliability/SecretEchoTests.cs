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
    public void Redact_HidesTheValueOfEverySecretLikeKey(string line, string shown) =>
        ReportBuilder.Cli.SourceExcerpt.Redact(line).ShouldBe(shown);
}
