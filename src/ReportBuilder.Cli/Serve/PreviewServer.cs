using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Logging;
using ReportBuilder.Definitions;
using ReportBuilder.Rendering.Pdf;

namespace ReportBuilder.Cli.Serve;

/// <summary>The folders whose files the preview serves as text under <c>/files/NAME/…</c>: the report's folder, the catalog's
/// and the templates'. Nothing else on the machine is reachable.</summary>
internal sealed record ServedFolders(string Report, string Catalog, string Templates)
{
    /// <summary>The kinds of file served: definitions and templates, as text. A database file beside the report is not one.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".yaml", ".yml", ".sbn", ".css", ".md" };

    public string? this[string name] => name switch { "report" => Report, "catalog" => Catalog, "templates" => Templates, _ => null };
}

/// <summary>The preview's web server: Kestrel on a loopback address, read-only, every request's <c>Host</c> checked.</summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app) => _app = app;

    /// <summary>The address the page is served at, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts serving <paramref name="preview"/> on <paramref name="listen"/>:<paramref name="port"/> (0: a free port).</summary>
    public static async Task<PreviewServer> StartAsync(Preview preview, ServedFolders folders, ChromiumOptions chromium, IPAddress listen, int port,
        CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(listen, port));
        // DNS rebinding: a page of another site whose name resolves to 127.0.0.1 sends its own name as Host and is refused.
        builder.Services.AddHostFiltering(options =>
        {
            options.AllowedHosts = AllowedHosts(listen);
            options.AllowEmptyHosts = false;
        });

        var app = builder.Build();
        app.UseHostFiltering();
        Map(app, preview, folders, chromium);
        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new Uri(bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "[::1]", StringComparison.Ordinal) + "/");
        return new PreviewServer(app) { Address = address };
    }

    /// <summary>The names a request may give as its host: the loopback names, and the address asked for with <c>--listen</c>
    /// with the machine's own name.</summary>
    public static List<string> AllowedHosts(IPAddress listen)
    {
        var hosts = new List<string> { "localhost", "127.0.0.1", "[::1]" };
        if (!IPAddress.IsLoopback(listen))
        {
            hosts.Add(listen.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{listen}]" : listen.ToString());
            hosts.Add(Dns.GetHostName());
        }

        return hosts;
    }

    private static void Map(WebApplication app, Preview preview, ServedFolders folders, ChromiumOptions chromium)
    {
        app.MapGet("/", () => Results.Content(PreviewPage.Html, "text/html; charset=utf-8"));
        app.MapGet("/events", (HttpContext context) => EventsAsync(context, preview, app.Lifetime.ApplicationStopping));
        app.MapGet("/state", async (string? period, string? locale, CancellationToken ct) =>
            Results.Content(await StateAsync(preview, period, locale, ct), "application/json; charset=utf-8"));
        app.MapGet("/view/{kind}", async (string kind, string? period, string? locale, CancellationToken ct) =>
        {
            if (!ServedKinds.All.Contains(kind))
            {
                return Results.NotFound();
            }

            var view = await preview.ViewAsync(period, locale, ct);
            if (view.Good is not { } report)
            {
                return Results.Content(ServedKinds.Empty(view.Error), "text/html; charset=utf-8");
            }

            return kind switch
            {
                "report" => Results.Content(report.Html, "text/html; charset=utf-8"),
                "mail" => Results.Content(await Preview.MailAsync(report, ct), "text/html; charset=utf-8"),
                "pdf" => Results.File(await Preview.PdfAsync(report, chromium, ct), "application/pdf"),
                "json" => Results.File(report.Json, "application/json; charset=utf-8"),
                _ => Results.Content(ServedKinds.Statements(report), "text/html; charset=utf-8"),
            };
        });
        app.MapGet("/files/{folder}/{**path}", (string folder, string? path) =>
        {
            // The file provider refuses absolute paths, "..", and dot files; the extension rule leaves databases out.
            if (folders[folder] is not { } root || path is null || !ServedFolders.Extensions.Contains(Path.GetExtension(path)))
            {
                return Results.NotFound();
            }

            using var provider = new PhysicalFileProvider(root, ExclusionFilters.Sensitive);
            var file = provider.GetFileInfo(path);
            return file.Exists && !file.IsDirectory && file.PhysicalPath is { } physical
                ? Results.File(physical, "text/plain; charset=utf-8")
                : Results.NotFound();
        });
    }

    /// <summary>Server-sent events: one <c>data: GENERATION</c> line each time a watched file changes.</summary>
    /// <remarks>The stream ends when the page goes or the server stops: an open stream would hold the shutdown for its 30 s grace.</remarks>
    private static async Task EventsAsync(HttpContext context, Preview preview, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var changes = Channel.CreateUnbounded<int>();
        void Changed(int generation) => changes.Writer.TryWrite(generation);
        preview.Changed += Changed;
        try
        {
            using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            var ct = open.Token;
            await context.Response.WriteAsync($"retry: 1000\ndata: {preview.Generation}\n\n", ct);
            await context.Response.Body.FlushAsync(ct);
            await foreach (var generation in changes.Reader.ReadAllAsync(ct))
            {
                await context.Response.WriteAsync($"data: {generation}\n\n", ct);
                await context.Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server stopped.
        }
        finally
        {
            preview.Changed -= Changed;
        }
    }

    /// <summary>What the bar shows: the period with the previous and next, the locale, the verdict and the error.</summary>
    private static async Task<string> StateAsync(Preview preview, string? period, string? locale, CancellationToken ct)
    {
        var view = await preview.ViewAsync(period, locale, ct);
        var report = view.Good;
        var window = report?.Plan.Periods[0];
        var state = new Dictionary<string, object?>
        {
            ["generation"] = view.Generation,
            ["error"] = view.Error,
            ["title"] = report?.Model.Report.Title,
            ["period"] = report?.Model.Period.Label,
            ["previous"] = window is null ? null : PeriodText.Of(window.Previous()),
            ["next"] = window is null ? null : PeriodText.Of(window.Next()),
            ["locale"] = report?.Plan.Definition.Locale,
            ["locales"] = preview.Locales,
            ["source"] = report is null ? null : Source(report.Plan.DatabasePath),
            ["verdict"] = report is null ? null : new { passed = report.Model.Verdict.Passed, warned = report.Model.Verdict.Warned, failed = report.Model.Verdict.Failed },
            ["statementsRun"] = preview.StatementsRun,
            ["reused"] = report?.Reused,
        };
        return JsonSerializer.Serialize(state);
    }

    /// <summary>The source as the bar names it: a file's name, or a server's host and database (never a password).</summary>
    private static string Source(string database) => PostgresLocation.IsUri(database) && Uri.TryCreate(database, UriKind.Absolute, out var uri)
        ? $"postgres://{uri.Host}:{uri.Port.ToString(CultureInfo.InvariantCulture)}{uri.AbsolutePath}"
        : Path.GetFileName(database);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
