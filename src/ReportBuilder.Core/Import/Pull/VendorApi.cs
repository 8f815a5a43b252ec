using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ReportBuilder.Import.Pull;

/// <summary>Where one endpoint's pull starts: the cursor stored by the last pull into the target (null before the first),
/// the <c>--since</c> time and the time this pull began, both in Unix seconds.</summary>
internal readonly record struct PullStart(string? Cursor, long Since, long Now);

/// <summary>One endpoint as the pull fetches it: the first page's address, the next page's address read from a page
/// (null after the last), and the cursor to store after the last page for the next pull (null: the endpoint is fetched
/// whole on every pull).</summary>
/// <param name="Name">The endpoint's name, as the file import names its files (tickets, ticket_events, …).</param>
internal sealed record ApiEndpoint(string Name, Func<PullStart, string> First, Func<JsonElement, string?> Next,
    Func<JsonElement, PullStart, string?>? Cursor = null);

/// <summary>A vendor's API: its base URL, the authorization its token makes and its endpoints in fetch order.</summary>
internal sealed record VendorApi(string Vendor, Uri BaseUrl, string Account, string TokenVariable, Func<string, AuthenticationHeaderValue> Authorization,
    IReadOnlyList<ApiEndpoint> Endpoints)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A property of a page by its path (<c>pages.next.starting_after</c>) as text, or null.</summary>
    public static string? Text(JsonElement page, string path)
    {
        var element = page;
        foreach (var name in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString() is { Length: > 0 } text ? text : null,
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.True => "true",
            _ => null,
        };
    }

    /// <summary>Zendesk Support (<c>https://NAME.zendesk.com</c>): the incremental exports of tickets and users with cursor
    /// pagination (<c>after_cursor</c> until <c>end_of_stream</c>), the time-based incremental exports of organizations and
    /// ticket events (<c>next_page</c> until <c>end_of_stream</c>, resumed from <c>end_time</c>), and the lists of groups,
    /// ticket metrics and satisfaction ratings (cursor pagination: <c>links.next</c> while <c>meta.has_more</c>).
    /// The token: <c>EMAIL/token:API_TOKEN</c> (an API token, sent as basic authentication) or an OAuth access token.</summary>
    public static VendorApi Zendesk(Uri baseUrl, string account) => new("zendesk", baseUrl, account, "ZENDESK_TOKEN",
        token => token.Contains(':', StringComparison.Ordinal)
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(token)))
            : new AuthenticationHeaderValue("Bearer", token),
        [
            ZendeskCursorExport("users"),
            new ApiEndpoint("groups", _ => "/api/v2/groups.json?page[size]=100", ListNext),
            ZendeskTimeExport("organizations", "/api/v2/incremental/organizations.json?"),
            ZendeskCursorExport("tickets"),
            new ApiEndpoint("ticket_metrics", _ => "/api/v2/ticket_metrics.json?page[size]=100", ListNext),
            ZendeskTimeExport("ticket_events", "/api/v2/incremental/ticket_events.json?include=comment_events&"),
            new ApiEndpoint("satisfaction_ratings", start => $"/api/v2/satisfaction_ratings.json?page[size]=100&start_time={start.Cursor ?? Unix(start.Since)}",
                ListNext, (_, start) => Unix(start.Now)),
        ]);

    /// <summary>Zendesk's cursor-based incremental export: resumed from the last page's <c>after_cursor</c>.</summary>
    private static ApiEndpoint ZendeskCursorExport(string name) => new(name,
        start => start.Cursor is { } cursor
            ? $"/api/v2/incremental/{name}/cursor.json?cursor={Uri.EscapeDataString(cursor)}"
            : $"/api/v2/incremental/{name}/cursor.json?start_time={start.Since}",
        page => Text(page, "end_of_stream") == "true" ? null
            : Text(page, "after_url") ?? (Text(page, "after_cursor") is { } after ? $"/api/v2/incremental/{name}/cursor.json?cursor={Uri.EscapeDataString(after)}" : null),
        (page, _) => Text(page, "after_cursor"));

    /// <summary>Zendesk's time-based incremental export: resumed from the last page's <c>end_time</c>.</summary>
    private static ApiEndpoint ZendeskTimeExport(string name, string path) => new(name,
        start => $"{path}start_time={start.Cursor ?? Unix(start.Since)}",
        page => Text(page, "end_of_stream") == "true" ? null : Text(page, "next_page"),
        (page, _) => Text(page, "end_time"));

    /// <summary>A list endpoint's next page: cursor pagination's <c>links.next</c> while <c>meta.has_more</c>, else offset
    /// pagination's <c>next_page</c>.</summary>
    private static string? ListNext(JsonElement page) =>
        Text(page, "meta.has_more") is { } more ? (more == "true" ? Text(page, "links.next") : null) : Text(page, "next_page");

    private static string Unix(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
