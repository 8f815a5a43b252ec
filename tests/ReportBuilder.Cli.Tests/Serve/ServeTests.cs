using System.Net;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using ReportBuilder.Cli;
using Spectre.Console;

namespace ReportBuilder.Tests.Serve;

/// <summary><c>reportbuilder serve</c> in a real Chromium: the page follows the files as they are edited, without a reload.</summary>
[Trait(TestCategory.Name, TestCategory.Chromium)]
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(20);

    private readonly string _directory = Directory.CreateTempSubdirectory("rb-serve-").FullName;
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _printed = new();
    private Task<int> _serve = Task.FromResult(0);
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private Uri _address = null!;

    private string Report => Path.Combine(_directory, "report.yaml");

    private string Template => Path.Combine(_directory, "mine.html.sbn");

    private const string Definition = """
        id: preview
        title: Preview
        source: { sqlite: support.db }
        timezone: UTC
        period: 2026-10
        metrics:
          - metric: ticket_volume
          - metric: replies_per_ticket
            target: { pass: "< 9", warn: "< 10" }
        """;

    public async Task InitializeAsync()
    {
        (await CliHarness.RunAsync("demo-data", "--out", Path.Combine(_directory, "support.db"), "--tickets", "1500", "--months", "3",
            "--end", "2026-11-01")).ExitCode.ShouldBe(0);
        await File.WriteAllTextAsync(Report, Definition);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = InstalledChromium.Require().ExecutablePath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        _page = await _browser.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        // Stopping is prompt although the page still holds its event stream open (Kestrel would wait 30 s for it).
        await _stop.CancelAsync();
        (await _serve.WaitAsync(TimeSpan.FromSeconds(10))).ShouldBe(0, _printed.ToString());
        await _browser.CloseAsync();
        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task ServeAsync(params string[] extra)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(TextWriter.Synchronized(_printed)), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors,
        });
        _serve = Task.Run(() => CliApp.RunAsync(["serve", Report, "--as-of", "2026-11-05", .. extra], TestEnvironment.Process(TimeProvider.System), _stop.Token, console, TextWriter.Null));
        var start = DateTime.UtcNow;
        while (!_printed.ToString().Contains(" at http://", StringComparison.Ordinal))
        {
            _serve.IsCompleted.ShouldBeFalse($"serve stopped: {_printed}");
            (DateTime.UtcNow - start).ShouldBeLessThan(Bounded, "serve printed no address");
            await Task.Delay(50);
        }

        var printed = _printed.ToString();
        var at = printed.IndexOf("http://", StringComparison.Ordinal);
        _address = new Uri(printed[at..].Split(' ', '\n')[0]);
        _address.Host.ShouldBe("127.0.0.1");
        await _page.GoToAsync(_address.ToString());
        await WaitForShownAsync();
        await _page.EvaluateExpressionAsync("window.sameDocument = true");
    }

    /// <summary>Waits until the frame shows the view the bar last asked for.</summary>
    private Task WaitForShownAsync() =>
        WaitForAsync("() => { const f = document.getElementById('frame'); return document.body.dataset.shown !== undefined && f.getAttribute('src') === document.body.dataset.shown; }");

    private Task WaitForAsync(string predicate) =>
        _page.WaitForFunctionAsync(predicate, new WaitForFunctionOptions { Timeout = (int)Bounded.TotalMilliseconds, PollingInterval = 50 });

    private static string InFrame(string expression) =>
        $"() => {{ const d = document.getElementById('frame').contentDocument; return d && ({expression}); }}";

    private Task<string> FrameTextAsync(string selector) =>
        _page.EvaluateExpressionAsync<string>($"({InFrame($"(d.querySelector('{selector}')?.textContent ?? '').trim()")})()");

    private async Task EditAsync(string from, string to, string? file = null)
    {
        file ??= Report;
        var text = await File.ReadAllTextAsync(file);
        text.ShouldContain(from);
        await File.WriteAllTextAsync(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<JsonNode> StateAsync(string query = "")
    {
        using var http = new HttpClient();
        return JsonNode.Parse(await http.GetStringAsync(new Uri(_address, "/state" + query)))!;
    }

    [Fact]
    public async Task EditingATarget_ShowsTheNewStatusWithoutAReload()
    {
        await ServeAsync();
        // A passing metric is a compact row of its theme; one that fails becomes a card at the top of the page.
        (await FrameTextAsync("tr.status-pass .badge")).ShouldBe("Pass");

        await EditAsync("""pass: "< 9", warn: "< 10" """, """pass: "< 0.5", warn: "< 0.6" """);

        await WaitForAsync(InFrame("d.querySelector('.card.status-fail .badge')?.textContent.trim() === 'Fail'"));
        (await _page.EvaluateExpressionAsync<bool>("window.sameDocument === true")).ShouldBeTrue("the page reloaded");
        (await _page.EvaluateExpressionAsync<string>("document.querySelector('#verdict').textContent")).ShouldContain("1 fail");
    }

    [Fact]
    public async Task ABrokenEdit_ShowsTheErrorAtItsPositionAboveTheLastGoodReport_AndTheFixBringsTheReportBack()
    {
        await ServeAsync();

        await EditAsync("- metric: ticket_volume", "- metric: ticket_volum");

        await WaitForAsync("() => document.getElementById('error').textContent.includes('error:')");
        await WaitForShownAsync();
        var error = await _page.EvaluateExpressionAsync<string>("document.getElementById('error').textContent");
        error.ShouldStartWith($"{Report}:7:13: error: unknown metric 'ticket_volum'");
        error.ShouldContain("    7 |   - metric: ticket_volum");
        error.ShouldContain("^");
        (await FrameTextAsync(".theme-load th")).ShouldBe("Ticket volume");   // the last good report, below

        await EditAsync("- metric: ticket_volum\n", "- metric: ticket_volume\n");

        await WaitForAsync("() => getComputedStyle(document.getElementById('error')).display === 'none'");
        await WaitForShownAsync();
        (await FrameTextAsync(".theme-load th")).ShouldBe("Ticket volume");
        (await _page.EvaluateExpressionAsync<bool>("window.sameDocument === true")).ShouldBeTrue("the page reloaded");
    }

    [Fact]
    public async Task ThePreviousPeriodButton_ShowsTheValuesRunGivesForThatPeriod()
    {
        await ServeAsync();
        var october = await FrameTextAsync(".theme-load td.num strong");

        await _page.ClickAsync("#previous");

        await WaitForAsync("() => document.getElementById('period').textContent === 'September 2026'");
        await WaitForShownAsync();
        var september = await FrameTextAsync(".theme-load td.num strong");
        var run = await CliHarness.RunAsync("run", Report, "--period", "2026-09", "--format", "json", "--out", Path.Combine(_directory, "out"));
        run.ExitCode.ShouldBe(0, run.Errors);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_directory, "out", "preview.json")))!;
        var expected = json["metrics"]!.AsArray().Single(m => (string)m!["name"]! == "ticket_volume")!["value"]!.GetValue<double>();
        double.Parse(september.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
        september.ShouldNotBe(october);
    }

    [Fact]
    public async Task ATemplateOnlyChange_RendersAgainWithoutRunningSql()
    {
        await File.WriteAllTextAsync(Template, "<h1 id=\"mine\">First {{ report.title }}</h1>");
        await File.WriteAllTextAsync(Report, Definition + "\ntemplate: mine.html.sbn\n");
        await ServeAsync();
        (await FrameTextAsync("#mine")).ShouldBe("First Preview");
        var statements = (int)(await StateAsync())["statementsRun"]!;
        statements.ShouldBeGreaterThan(0);

        await File.WriteAllTextAsync(Template, "<h1 id=\"mine\">Second {{ report.title }}</h1>");

        await WaitForAsync(InFrame("d.getElementById('mine')?.textContent === 'Second Preview'"));
        var state = await StateAsync();
        ((int)state["statementsRun"]!).ShouldBe(statements);
        ((bool)state["reused"]!).ShouldBeTrue();
    }

    [Fact]
    public async Task ForeignHostsPathsOutsideTheFoldersAndWrites_AreRefused()
    {
        await ServeAsync();
        using var http = new HttpClient();

        using var rebinding = new HttpRequestMessage(HttpMethod.Get, new Uri(_address, "/state"));
        rebinding.Headers.Host = "attacker.example";
        (await http.SendAsync(rebinding)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await http.GetAsync(new Uri(_address, "/files/report/report.yaml"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var outside in new[] { "/files/report/..%2F..%2F..%2Fetc%2Fpasswd", "/files/report/%2Fetc%2Fhostname", "/files/report/support.db",
                     "/files/elsewhere/report.yaml", "/files/catalog/..%2F..%2F..%2F..%2Fetc%2Fpasswd" })
        {
            (await http.GetAsync(new Uri(_address, outside))).StatusCode.ShouldBe(HttpStatusCode.NotFound, outside);
        }

        (await http.PostAsync(new Uri(_address, "/view/report"), new StringContent(""))).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
