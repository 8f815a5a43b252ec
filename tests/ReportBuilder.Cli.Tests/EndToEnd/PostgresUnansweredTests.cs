using System.Net;
using System.Net.Sockets;

namespace ReportBuilder.Tests.EndToEnd;

/// <summary>A PostgreSQL address where something accepts the connection and never answers: the run ends at the connect timeout
/// with exit 3, once, saying the connection never opened (it retried as if the connection were lost, then said the statement
/// had waited 305 s, after 31).</summary>
[Trait(TestCategory.Name, TestCategory.Process)]
public sealed class PostgresUnansweredTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rb-pg-silent-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_ServerAcceptsButNeverAnswers_ExitsThreeSayingTheConnectionNeverOpened()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();   // the kernel completes the handshake; nobody ever reads or writes
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var report = Path.Combine(_dir, "r.yaml");
        await File.WriteAllTextAsync(report, "id: r\nperiod: 2026-10\nmetrics:\n  - metric: ticket_volume\n");

        var outcome = await CliHarness.RunAsync("run", report, "--db", $"postgres://u@127.0.0.1:{port}/d?schema=s", "--out", _dir, "--format", "json");

        outcome.ExitCode.ShouldBe(3, outcome.Errors);
        outcome.Errors.ShouldContain($"cannot open PostgreSQL at 127.0.0.1:{port} (database d, schema s): no answer within 15 s");
        outcome.Errors.ShouldNotContain("305 s");
        outcome.Errors.ShouldNotContain("again on the retry");
        File.Exists(Path.Combine(_dir, "r.json")).ShouldBeFalse();
    }
}
