using System.Text;
using System.Text.Json.Nodes;

namespace ReportBuilder.Tests.Import;

/// <summary>The pull as the built <c>reportbuilder</c> process runs it, with the token in its environment: the token is
/// sent, never printed (progress, retries, the error of a refused page), and a missing one is exit code 2.</summary>
[Trait(TestCategory.Name, TestCategory.Process)]
public sealed class ZendeskPullProcessTests : IDisposable
{
    private const string Token = "agent@example.com/token:Proc-SECRET-7781";

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-pull-process-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task The_token_from_the_environment_is_sent_and_never_printed()
    {
        await using var api = await RecordedApi.StartAsync();
        api.Page("/api/v2/incremental/users/cursor.json?start_time=1790812800", new JsonObject { ["users"] = new JsonArray(), ["after_cursor"] = "u1", ["end_of_stream"] = true });
        api.Fail("/api/v2/incremental/users/cursor.json?start_time=1790812800", RecordedApi.Fault.TooManyRequests);
        // groups.json is not recorded: the server answers 404, which stops the pull with a message naming the URL.

        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["ZENDESK_TOKEN"] = Token },
            "import", "zendesk", "--subdomain", "acme", "--api-url", api.Address.ToString(), "--since", "2026-10-01", "--to", Path.Combine(_directory, "z.db"));

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"GET {api.Address}api/v2/groups.json?page[size]=100: the API answered 404 Not Found");
        outcome.Output.ShouldContain("429 Too Many Requests (rate limit)");
        api.Authorizations.ShouldContain("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)));
        var printed = outcome.Output + outcome.Errors;
        printed.ShouldNotContain("SECRET");
        printed.ShouldNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Token)));
    }

    [Fact]
    public async Task A_missing_token_is_exit_code_2_naming_the_variable()
    {
        var outcome = await CliProcess.RunAsync(new Dictionary<string, string> { ["ZENDESK_TOKEN"] = "" },
            "import", "zendesk", "--subdomain", "acme", "--since", "2026-10-01", "--to", Path.Combine(_directory, "z.db"));

        outcome.ExitCode.ShouldBe(2);
        outcome.Errors.ShouldContain("no API token: the environment variable ZENDESK_TOKEN is not set");
        File.Exists(Path.Combine(_directory, "z.db")).ShouldBeFalse();
    }
}
