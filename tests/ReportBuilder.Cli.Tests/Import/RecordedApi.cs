using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBuilder.Tests.Import;

/// <summary>A vendor API played back by a real HTTP server (Kestrel on 127.0.0.1, a free port): recorded pages by their
/// path and query, one-shot faults before a page (a 429 with Retry-After, a 500, a connection dropped mid-body), and
/// every request it got with its Authorization header.</summary>
internal sealed class RecordedApi : IAsyncDisposable
{
    /// <summary>The pulls' --since 2026-10-01 in Unix seconds (date -u -d 2026-10-01 +%s).</summary>
    public const long Since = 1790812800;

    /// <summary>CliHarness's clock, 2026-11-05T08:00:00Z, in Unix seconds: the cursor a pull stores for the endpoints filtered
    /// by time only.</summary>
    public const long Now = 1793865600;

    /// <summary>What the server does instead of answering a page, once.</summary>
    public enum Fault { TooManyRequests, ServerError, DropMidBody }

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Fault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    private RecordedApi(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    /// <summary>Every request, as "path?query" (unescaped), in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The Authorization headers the requests carried.</summary>
    public ConcurrentBag<string> Authorizations { get; } = [];

    public static async Task<RecordedApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var api = new RecordedApi(app);
        app.Run(api.AnswerAsync);
        await app.StartAsync();
        api.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Serves <paramref name="page"/> at <paramref name="pathAndQuery"/> (unescaped).</summary>
    public void Page(string pathAndQuery, JsonNode page) => _pages[pathAndQuery] = page.ToJsonString();

    /// <summary>Serves <paramref name="page"/> with a <c>Link</c> header naming <paramref name="next"/> as the next page
    /// (Freshdesk's pagination); none when null.</summary>
    public void Page(string pathAndQuery, JsonNode page, string? next)
    {
        Page(pathAndQuery, page);
        if (next is not null)
        {
            _links[pathAndQuery] = $"<{Url(next)}>; rel=\"next\"";
        }
    }

    /// <summary>Answers the next requests of <paramref name="pathAndQuery"/> with these faults, one each, before the page.</summary>
    public void Fail(string pathAndQuery, params Fault[] faults)
    {
        var queue = _faults.GetOrAdd(pathAndQuery, _ => new ConcurrentQueue<Fault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>The address of a path on this server, for next-page links.</summary>
    public string Url(string pathAndQuery) => new Uri(Address, pathAndQuery).ToString();

    private async Task AnswerAsync(HttpContext context)
    {
        var key = Uri.UnescapeDataString(context.Request.Path.Value + context.Request.QueryString.Value);
        Requests.Enqueue(key);
        Authorizations.Add(context.Request.Headers.Authorization.ToString());
        if (!_pages.TryGetValue(key, out var page))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync($"{{\"error\": \"no recorded page at {key}\"}}");
            return;
        }

        var body = Encoding.UTF8.GetBytes(page);
        if (_faults.TryGetValue(key, out var queue) && queue.TryDequeue(out var fault))
        {
            switch (fault)
            {
                case Fault.TooManyRequests:
                    context.Response.StatusCode = 429;
                    context.Response.Headers.RetryAfter = "1";
                    await context.Response.WriteAsync("{\"error\": \"APIRateLimitExceeded\"}");
                    return;
                case Fault.ServerError:
                    context.Response.StatusCode = 500;
                    await context.Response.WriteAsync("{\"error\": \"InternalServerError\"}");
                    return;
                default:
                    // Half the page, then the connection is closed: the client sees fewer bytes than Content-Length.
                    context.Response.ContentType = "application/json";
                    context.Response.ContentLength = body.Length;
                    await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                    await context.Response.Body.FlushAsync();
                    context.Abort();
                    return;
            }
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        if (_links.TryGetValue(key, out var link))
        {
            context.Response.Headers.Link = link;
        }

        await context.Response.Body.WriteAsync(body);
    }

    /// <summary>The records of a fixture file as the file import reads them: a page object's array, a plain array, or
    /// NDJSON; gzip or not.</summary>
    public static List<JsonNode> Records(string path, string key)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            bytes = plain.ToArray();
        }

        var text = Encoding.UTF8.GetString(bytes).Trim();
        List<JsonNode> values;
        try
        {
            values = [JsonNode.Parse(text)!];
        }
        catch (System.Text.Json.JsonException)
        {
            // NDJSON: one value per line.
            values = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => JsonNode.Parse(l)!)];
        }

        return [.. values.SelectMany(v => v switch
        {
            JsonArray array => array.Select(n => n!.DeepClone()),
            JsonObject page when page[key] is JsonArray list => list.Select(n => n!.DeepClone()),
            JsonObject page when page["_embedded"]?[key] is JsonArray list => list.Select(n => n!.DeepClone()),
            _ => [v.DeepClone()],
        })];
    }
}
