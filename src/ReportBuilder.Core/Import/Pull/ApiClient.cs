using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Import.Pull;

/// <summary>How a failed request is retried: a 429 waits its <c>Retry-After</c>, a 5xx answer and a dropped connection
/// wait <see cref="FirstDelay"/>, doubled on each retry up to <see cref="MaxDelay"/>; after <see cref="Retries"/> retries
/// of one request the pull stops with an error naming the URL.</summary>
internal sealed record RetryPolicy(int Retries, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>5 retries after 1, 2, 4, 8 and 16 s (a Retry-After up to 5 minutes is waited as the server asks).</summary>
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));

    /// <summary>The wait before retry <paramref name="retry"/> (1-based) without a Retry-After.</summary>
    public TimeSpan Backoff(int retry) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Min(retry - 1, 30))));
}

/// <summary>One page as fetched: its body and the address its <c>Link</c> header gives as <c>rel="next"</c> (Freshdesk).</summary>
internal sealed record ApiResponse(byte[] Body, string? LinkNext);

/// <summary>
/// Fetches a vendor API's pages: one GET per page with the vendor's authorization, the whole body read before it is used
/// (so a connection dropped mid-page is a failed request, retried like a 5xx), bounded retries by <see cref="RetryPolicy"/>.
/// Every URL must be on the base URL's origin, so the token is never sent elsewhere; it never appears in a message.
/// </summary>
internal sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _base;
    private readonly RetryPolicy _policy;
    private readonly Action<string>? _progress;

    public ApiClient(Uri baseUrl, AuthenticationHeaderValue authorization, IReadOnlyDictionary<string, string> headers, RetryPolicy policy, Action<string>? progress)
    {
        _base = baseUrl;
        _policy = policy;
        _progress = progress;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromMinutes(2),
        };
        _http.DefaultRequestHeaders.Authorization = authorization;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("ReportBuilder", "1"));
        foreach (var (name, value) in headers)
        {
            _http.DefaultRequestHeaders.Add(name, value);
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A URL the API gave (absolute or relative) resolved against the base; another origin is refused.</summary>
    public Uri Resolve(string url)
    {
        var uri = new Uri(_base, url);
        if (Uri.Compare(uri, _base, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new DataSourceException($"{uri.GetLeftPart(UriPartial.Path)}: the API sent a next-page address on another server than {_base.GetLeftPart(UriPartial.Authority)}; the token is not sent there");
        }

        return uri;
    }

    /// <summary>One page, after the retries the policy allows.</summary>
    public ApiResponse Get(Uri url, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            string problem;
            TimeSpan? wait = null;
            try
            {
                using var response = _http.Send(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, ct);
                if (response.IsSuccessStatusCode)
                {
                    using var body = response.Content.ReadAsStream(ct);
                    using var copy = new MemoryStream();
                    body.CopyTo(copy);
                    if (response.Content.Headers.ContentLength is { } length && copy.Length != length)
                    {
                        throw new IOException($"the connection ended after {copy.Length} of {length} bytes");
                    }

                    return new ApiResponse(copy.ToArray(), LinkNext(response));
                }

                var code = (int)response.StatusCode;
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    wait = RetryAfter(response);
                    problem = "429 Too Many Requests (rate limit)";
                }
                else if (code >= 500)
                {
                    problem = $"{code} {response.ReasonPhrase}";
                }
                else
                {
                    throw new DataSourceException($"GET {url}: the API answered {code} {response.ReasonPhrase}{Hint(response.StatusCode)}");
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException
                                       || (ex is TaskCanceledException && !ct.IsCancellationRequested))
            {
                problem = ex is TaskCanceledException ? "no answer within 2 minutes" : $"the connection failed ({ex.Message})";
            }

            if (attempt >= _policy.Retries)
            {
                throw new DataSourceException($"GET {url}: {problem}, and again after {_policy.Retries} retries: try again later (a re-run resumes from the last stored cursor)");
            }

            var delay = wait is { } asked ? (asked > _policy.MaxDelay ? _policy.MaxDelay : asked) : _policy.Backoff(attempt + 1);
            _progress?.Invoke($"{problem} from GET {url.AbsolutePath}: retry {attempt + 1} of {_policy.Retries} in {delay.TotalSeconds:0.#} s");
            if (ct.WaitHandle.WaitOne(delay))
            {
                ct.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>The wait a 429 asks for: Retry-After in seconds or as a date; without one, the policy's first delay.</summary>
    private TimeSpan RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { } after)
        {
            if (after.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (after.Date is { } date && response.Headers.Date is { } now)
            {
                var left = date - now;
                return left < TimeSpan.Zero ? TimeSpan.Zero : left;
            }
        }

        // Some APIs (Intercom) send the reset time as a Unix timestamp instead.
        if (response.Headers.TryGetValues("X-RateLimit-Reset", out var reset)
            && long.TryParse(reset.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var unix)
            && response.Headers.Date is { } sent)
        {
            var left = DateTimeOffset.FromUnixTimeSeconds(unix) - sent;
            return left < TimeSpan.Zero ? TimeSpan.Zero : left;
        }

        return _policy.FirstDelay;
    }

    /// <summary>The <c>rel="next"</c> address of a <c>Link</c> header (<c>&lt;https://…?page=2&gt;; rel="next"</c>), or null.</summary>
    private static string? LinkNext(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var link in values.SelectMany(v => v.Split(',')))
        {
            var parts = link.Split(';', StringSplitOptions.TrimEntries);
            if (parts[0] is ['<', .., '>'] && parts.Skip(1).Any(p => p.Replace(" ", "", StringComparison.Ordinal) is "rel=\"next\"" or "rel=next"))
            {
                return parts[0][1..^1];
            }
        }

        return null;
    }

    private static string Hint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => ": the token was refused; check the token (its value is not shown) and the account it belongs to",
        HttpStatusCode.Forbidden => ": the token may not read this endpoint; use an admin's token or one with read access",
        HttpStatusCode.NotFound => ": no such endpoint or account; check the account name (--subdomain, --domain) or --api-url",
        _ => "",
    };
}
