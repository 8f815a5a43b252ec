using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ReportBuilder.Import.Pull;

/// <summary>Where one endpoint's pull starts: the cursor stored by the last pull into the target (null before the first),
/// the <c>--since</c> time and the time this pull began, both in Unix seconds, and for an endpoint fetched once per
/// record of another (<see cref="ApiEndpoint.Per"/>) that record's id.</summary>
internal readonly record struct PullStart(string? Cursor, long Since, long Now, string? Parent = null)
{
    /// <summary>Where a time-filtered endpoint starts: its stored cursor (Unix seconds) when there is one, else --since.</summary>
    public long From => Cursor is { } cursor && long.TryParse(cursor, NumberStyles.Integer, CultureInfo.InvariantCulture, out var at) ? at : Since;

    /// <summary><see cref="From"/> as ISO 8601 UTC (Freshdesk's updated_since, Help Scout's modifiedSince).</summary>
    public string FromIso => DateTimeOffset.FromUnixTimeSeconds(From).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>One fetched page: its JSON and the next page its <c>Link</c> header names.</summary>
internal readonly record struct ApiPage(JsonElement Root, string? LinkNext);

/// <summary>One endpoint as the pull fetches it: the first page's address, the next page's address read from a page
/// (null after the last), and the cursor to store after the last page for the next pull (null: the endpoint is fetched
/// whole on every pull).</summary>
/// <param name="Name">The endpoint's name, as the file import names its files (tickets, ticket_events, …).</param>
internal sealed record ApiEndpoint(string Name, Func<PullStart, string> First, Func<ApiPage, string?> Next,
    Func<ApiPage, PullStart, string?>? Cursor = null)
{
    /// <summary>Fetched once per record of that endpoint read in this pull (Freshdesk's conversations of each ticket),
    /// with the record's id in <see cref="PullStart.Parent"/>.</summary>
    public string? Per { get; init; }

    /// <summary>The pages only list the records that <see cref="Per"/> endpoints fetch one by one (Intercom's list of
    /// conversations, which leaves their parts out): nothing of them is imported.</summary>
    public bool IdsOnly { get; init; }

    /// <summary>The keys a page holds this endpoint's records under, when it is no import endpoint (<see cref="IdsOnly"/>).</summary>
    public string[] Keys { get; init; } = [];

    /// <summary>Which records' ids the <see cref="Per"/> endpoints fetch (default: all).</summary>
    public Func<JsonElement, PullStart, bool>? Keep { get; init; }
}

/// <summary>A vendor's API: its base URL, the authorization its token makes and its endpoints in fetch order.</summary>
internal sealed record VendorApi(string Vendor, Uri BaseUrl, string Account, string TokenVariable, Func<string, AuthenticationHeaderValue> Authorization,
    IReadOnlyList<ApiEndpoint> Endpoints)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>How a vendor's account is addressed: the option naming it and the host it is a subdomain of
    /// (<c>https://NAME.zendesk.com</c>); null for a vendor with one address for every account (Intercom, Help Scout).</summary>
    public static (string Option, string Host)? Addressing(string vendor) => vendor switch
    {
        "zendesk" => ("--subdomain", "zendesk.com"),
        "freshdesk" => ("--domain", "freshdesk.com"),
        _ => null,
    };

    /// <summary>The vendor's API for <paramref name="account"/> (the NAME of an <see cref="Addressing"/> vendor), at
    /// <paramref name="apiUrl"/> when given. The cursors are stored under the account's name, else under the API's address.</summary>
    public static VendorApi For(string vendor, string? account, Uri? apiUrl)
    {
        var name = account?.ToLowerInvariant();
        var address = apiUrl ?? new Uri(Addressing(vendor) is { } per ? $"https://{name}.{per.Host}"
            : vendor == "intercom" ? "https://api.intercom.io" : "https://api.helpscout.net");
        var key = name ?? address.GetLeftPart(UriPartial.Authority);
        return vendor switch
        {
            "zendesk" => Zendesk(address, key),
            "freshdesk" => Freshdesk(address, key),
            "intercom" => Intercom(address, key),
            _ => HelpScout(address, key),
        };
    }

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
            new ApiEndpoint("satisfaction_ratings", start => $"/api/v2/satisfaction_ratings.json?page[size]=100&start_time={start.From}",
                ListNext, (_, start) => Unix(start.Now)),
        ]);

    /// <summary>Zendesk's cursor-based incremental export: resumed from the last page's <c>after_cursor</c>.</summary>
    private static ApiEndpoint ZendeskCursorExport(string name) => new(name,
        start => start.Cursor is { } cursor
            ? $"/api/v2/incremental/{name}/cursor.json?cursor={Uri.EscapeDataString(cursor)}"
            : $"/api/v2/incremental/{name}/cursor.json?start_time={start.Since}",
        page => Text(page.Root, "end_of_stream") == "true" ? null
            : Text(page.Root, "after_url") ?? (Text(page.Root, "after_cursor") is { } after ? $"/api/v2/incremental/{name}/cursor.json?cursor={Uri.EscapeDataString(after)}" : null),
        (page, _) => Text(page.Root, "after_cursor"));

    /// <summary>Zendesk's time-based incremental export: resumed from the last page's <c>end_time</c>.</summary>
    private static ApiEndpoint ZendeskTimeExport(string name, string path) => new(name,
        start => $"{path}start_time={start.From}",
        page => Text(page.Root, "end_of_stream") == "true" ? null : Text(page.Root, "next_page"),
        (page, _) => Text(page.Root, "end_time"));

    /// <summary>A list endpoint's next page: cursor pagination's <c>links.next</c> while <c>meta.has_more</c>, else offset
    /// pagination's <c>next_page</c>.</summary>
    private static string? ListNext(ApiPage page) =>
        Text(page.Root, "meta.has_more") is { } more ? (more == "true" ? Text(page.Root, "links.next") : null) : Text(page.Root, "next_page");

    /// <summary>Freshdesk (<c>https://NAME.freshdesk.com</c>): API v2 lists with <c>page</c>/<c>per_page</c> and the next page
    /// in the <c>Link</c> header; tickets by <c>updated_since</c> with their stats, each ticket's conversations, ratings by
    /// <c>created_since</c>. The token is the API key (sent as basic authentication, the key and <c>X</c>).</summary>
    public static VendorApi Freshdesk(Uri baseUrl, string account) => new("freshdesk", baseUrl, account, "FRESHDESK_TOKEN",
        token => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(token + ":X"))),
        [
            new ApiEndpoint("agents", _ => "/api/v2/agents?per_page=100", LinkNext),
            new ApiEndpoint("groups", _ => "/api/v2/groups?per_page=100", LinkNext),
            new ApiEndpoint("companies", _ => "/api/v2/companies?per_page=100", LinkNext),
            new ApiEndpoint("tickets", start => $"/api/v2/tickets?include=stats&updated_since={start.FromIso}&order_by=updated_at&order_type=asc&per_page=100",
                LinkNext, (_, start) => Unix(start.Now)),
            new ApiEndpoint("conversations", start => $"/api/v2/tickets/{start.Parent}/conversations?per_page=100", LinkNext) { Per = "tickets" },
            new ApiEndpoint("satisfaction_ratings", start => $"/api/v2/surveys/satisfaction_ratings?created_since={start.FromIso}&per_page=100",
                LinkNext, (_, start) => Unix(start.Now)),
        ]);

    /// <summary>Intercom (<c>https://api.intercom.io</c>, REST API 2.x): admins and teams whole, companies by the scroll
    /// (<c>scroll_param</c> until a page without data), contacts and the conversation list by <c>pages.next.starting_after</c>;
    /// each conversation updated since the last pull (or <c>--since</c>) is fetched on its own, with its parts. The token
    /// is an access token (Bearer).</summary>
    public static VendorApi Intercom(Uri baseUrl, string account) => new("intercom", baseUrl, account, "INTERCOM_TOKEN",
        token => new AuthenticationHeaderValue("Bearer", token),
        [
            new ApiEndpoint("admins", _ => "/admins", _ => null),
            new ApiEndpoint("teams", _ => "/teams", _ => null),
            new ApiEndpoint("companies", _ => "/companies/scroll",
                page => Text(page.Root, "scroll_param") is { } scroll && page.Root.TryGetProperty("data", out var data) && data.GetArrayLength() > 0
                    ? $"/companies/scroll?scroll_param={Uri.EscapeDataString(scroll)}" : null),
            new ApiEndpoint("contacts", _ => "/contacts?per_page=150", page => StartingAfter(page, "/contacts?per_page=150")),
            new ApiEndpoint("conversation_list", _ => "/conversations?per_page=150", page => StartingAfter(page, "/conversations?per_page=150"),
                (_, start) => Unix(start.Now))
            {
                IdsOnly = true, Keys = ["conversations"],
                Keep = (conversation, start) => !conversation.TryGetProperty("updated_at", out var at) || !at.TryGetInt64(out var updated) || updated >= start.From,
            },
            new ApiEndpoint("conversations", start => $"/conversations/{Uri.EscapeDataString(start.Parent!)}", _ => null) { Per = "conversation_list" },
        ])
    {
        Headers = new Dictionary<string, string> { ["Intercom-Version"] = "2.11" },
    };

    /// <summary>Help Scout (<c>https://api.helpscout.net</c>, Mailbox API 2.0): users, mailboxes and the conversations
    /// modified since the last pull (or <c>--since</c>) with their threads embedded, each list followed by
    /// <c>_links.next.href</c>. The token is an OAuth access token (Bearer). Ratings have no list endpoint: not pulled.</summary>
    public static VendorApi HelpScout(Uri baseUrl, string account) => new("helpscout", baseUrl, account, "HELPSCOUT_TOKEN",
        token => new AuthenticationHeaderValue("Bearer", token),
        [
            new ApiEndpoint("users", _ => "/v2/users", HalNext),
            new ApiEndpoint("mailboxes", _ => "/v2/mailboxes", HalNext),
            new ApiEndpoint("conversations", start => $"/v2/conversations?status=all&embed=threads&sortField=modifiedAt&sortOrder=asc&modifiedSince={start.FromIso}",
                HalNext, (_, start) => Unix(start.Now)),
        ]);

    private static string? LinkNext(ApiPage page) => page.LinkNext;

    /// <summary>Intercom's cursor pagination: <c>pages.next.starting_after</c> (or <c>pages.next</c> as an address).</summary>
    private static string? StartingAfter(ApiPage page, string path) =>
        Text(page.Root, "pages.next.starting_after") is { } after ? $"{path}&starting_after={Uri.EscapeDataString(after)}" : Text(page.Root, "pages.next");

    /// <summary>A HAL page's next page: <c>_links.next.href</c>.</summary>
    private static string? HalNext(ApiPage page) => Text(page.Root, "_links.next.href");

    private static string Unix(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);
}
