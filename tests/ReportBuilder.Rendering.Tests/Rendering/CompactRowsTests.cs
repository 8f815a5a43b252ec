using PuppeteerSharp;

namespace ReportBuilder.Tests.Rendering;

/// <summary>The rows of metrics that need no attention, on a phone: at 390 px every part of them stays on the screen, the target
/// under the name, the change on the row (the theme grid's 440 px columns and the row's one line ran past the edge).</summary>
public sealed class CompactRowsTests
{
    [Fact]
    [Trait(TestCategory.Name, TestCategory.Chromium)]
    public async Task At390Pixels_EveryRowThatNeedsNoAttention_StaysOnTheScreenWithItsTargetAndChange()
    {
        using var db = new TestDatabase();
        db.Customer(1);
        foreach (var month in new[] { "08", "09", "10" })
        {
            db.Solved($"2026-{month}-02 09:00", $"2026-{month}-02 15:00", replies: 1, firstReply: $"2026-{month}-02 09:20")
                .Solved($"2026-{month}-03 09:00", $"2026-{month}-04 09:00", replies: month == "10" ? 2 : 1, firstReply: $"2026-{month}-03 11:00");
        }

        var model = await db.RunAsync(TestReport.Definition("2026-10", "UTC", "previous_period", 3,
            "metric: replies_per_ticket", "metric: resolution_rate", "metric: first_response_time, stat: median, target: { pass: \"<= 4h\", warn: \"<= 8h\" }",
            "metric: ticket_volume"));
        var page = await TestEnvironment.Html().RenderAsync(model, print: false, CancellationToken.None);

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = InstalledChromium.Require().ExecutablePath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"],
        });
        await using var tab = await browser.NewPageAsync();
        await tab.SetViewportAsync(new ViewPortOptions { Width = 390, Height = 844 });
        await tab.SetContentAsync(page);

        var outside = await tab.EvaluateExpressionAsync<string[]>("""
            [...document.querySelectorAll('.themes, .themes *')].flatMap(e => {
              const r = e.getBoundingClientRect(), w = document.documentElement.clientWidth;
              return r.width > 0 && (r.left < -0.5 || r.right > w + 0.5) ? [`<${e.localName} class=${e.className}> ${r.left}..${r.right} of ${w}`] : [];
            })
            """);
        outside.ShouldBeEmpty();
        var rows = await tab.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.compact tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())");
        rows.ShouldContain(r => r.StartsWith("Replies per ticket", StringComparison.Ordinal) && r.Contains("Target < 2", StringComparison.Ordinal)
            && r.Contains('%'));
        (await tab.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
    }
}
