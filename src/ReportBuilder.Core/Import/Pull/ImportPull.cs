using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Import.Pull;

/// <summary>
/// <c>reportbuilder import VENDOR --to FILE.db</c> without files: fetches the vendor's endpoints page by page and reads
/// each page with the same reader and staging as a saved file (one mapping for both), then merges the canonical rows and
/// stores each endpoint's last cursor in <c>import_cursors</c>, all in one transaction: the next pull resumes from there,
/// and a pull that fails leaves the target, rows and cursors, as it was.
/// </summary>
internal static class ImportPull
{
    /// <summary>The table of the cursors the last pull stopped at, one row per vendor, account and endpoint.</summary>
    public const string CursorTable = ImportCursors.Table;

    /// <summary>Pulls <paramref name="api"/>'s endpoints into <paramref name="target"/>.</summary>
    /// <param name="since">Where endpoints without a stored cursor start; needed when one of them has none.</param>
    /// <param name="now">This pull's start, stored as the cursor of the endpoints filtered by time only.</param>
    /// <param name="shown">The target as messages name it (a PostgreSQL address), when <paramref name="target"/> is a stand-in for it.</param>
    public static ImportSummary Pull(VendorImport vendor, VendorApi api, string token, DateTimeOffset? since, DateTimeOffset now, RetryPolicy policy,
        string target, Action<string>? progress, CancellationToken ct, string? shown = null)
    {
        var summary = new ImportSummary { Unit = "page(s)" };
        var cursors = new Dictionary<string, string>(StringComparer.Ordinal);
        using var client = new ApiClient(api.BaseUrl, api.Authorization(token), api.Headers, policy, progress);
        ImportRunner.Run(vendor, target, summary, progress, ct, (connection, transaction) =>
        {
            var stored = StoredCursors(connection, transaction, api);
            if (since is null && api.Endpoints.FirstOrDefault(e => e.Cursor is not null && !stored.ContainsKey(e.Name)) is { } first)
            {
                throw new DefinitionException(SourceLocation.Option("--since"),
                    $"{first.Name}: {shown ?? Path.GetFileName(target)} holds no cursor of a pull from {api.Account} to resume from: the first pull needs --since DATE (e.g. --since 2026-01-01)");
            }

            var ids = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var endpoint in api.Endpoints)
            {
                var start = new PullStart(stored.GetValueOrDefault(endpoint.Name), since?.ToUnixTimeSeconds() ?? 0, now.ToUnixTimeSeconds());
                if (endpoint.Per is { } parent)
                {
                    foreach (var id in ids.GetValueOrDefault(parent) ?? [])
                    {
                        Fetch(vendor, client, endpoint, start with { Parent = id }, null, summary, progress, ct);
                    }

                    continue;
                }

                var children = api.Endpoints.Any(e => e.Per == endpoint.Name) ? ids[endpoint.Name] = [] : null;
                if (Fetch(vendor, client, endpoint, start, children, summary, progress, ct) is { } cursor)
                {
                    cursors[endpoint.Name] = cursor;
                }
            }
        }, (connection, transaction) => Store(connection, transaction, api, cursors, now));
        return summary;
    }

    /// <summary>Fetches one endpoint's pages and stages their records (adding to <paramref name="ids"/> the ids of those the
    /// endpoint keeps); returns the cursor of its last page to store.</summary>
    private static string? Fetch(VendorImport vendor, ApiClient client, ApiEndpoint endpoint, PullStart start, List<string>? ids, ImportSummary summary,
        Action<string>? progress, CancellationToken ct)
    {
        var records = endpoint.IdsOnly ? null : vendor.Endpoints.Single(e => e.Name == endpoint.Name);
        var url = client.Resolve(endpoint.First(start));
        string? cursor = null;
        while (true)
        {
            progress?.Invoke($"GET {url.PathAndQuery}");
            var response = client.Get(url, ct);
            summary.Files++;
            var shown = $"GET {url}";
            if (records is not null)
            {
                using var reader = new JsonRecordReader(new MemoryStream(response.Body, writable: false), shown, records.Keys, key => vendor.ForeignKey(records, key));
                ImportRunner.Read(vendor, records, reader, shown, summary, ct);
            }

            string? next;
            try
            {
                using var page = JsonDocument.Parse(response.Body);
                var at = new ApiPage(page.RootElement, response.LinkNext);
                next = endpoint.Next(at);
                cursor = endpoint.Cursor?.Invoke(at, start) ?? cursor;
                if (ids is not null)
                {
                    ids.AddRange(Items(page.RootElement, records?.Keys ?? endpoint.Keys)
                        .Where(r => endpoint.Keep?.Invoke(r, start) ?? true)
                        .Select(r => VendorApi.Text(r, "id")).OfType<string>());
                }
            }
            catch (JsonException ex)
            {
                throw new ImportInputException(shown, null, $"not valid JSON ({ex.Message}): the API did not answer with the endpoint's page", ex);
            }

            // The last page; an API that names the same page again (a time-based export at its end) is at its end too.
            var after = next is null ? null : client.Resolve(next);
            if (after is null || after == url)
            {
                return cursor ?? start.Cursor;
            }

            url = after;
        }
    }

    /// <summary>The records of a page: a plain array's items, the array under one of <paramref name="keys"/> (also inside
    /// <c>_embedded</c>), or the page itself when it is one record.</summary>
    private static IEnumerable<JsonElement> Items(JsonElement page, IReadOnlyCollection<string> keys)
    {
        if (page.ValueKind == JsonValueKind.Array)
        {
            return page.EnumerateArray();
        }

        var holder = page.ValueKind == JsonValueKind.Object && page.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
            ? embedded : page;
        foreach (var key in keys)
        {
            if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                return list.EnumerateArray();
            }
        }

        return [page];
    }

    private static Dictionary<string, string> StoredCursors(SqliteConnection connection, SqliteTransaction transaction, VendorApi api)
    {
        StagingTable.Execute(connection, transaction, ImportCursors.Ddl);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT endpoint, cursor FROM main.{CursorTable} WHERE vendor = $vendor AND account = $account";
        command.Parameters.AddWithValue("$vendor", api.Vendor);
        command.Parameters.AddWithValue("$account", api.Account);
        using var reader = command.ExecuteReader();
        var cursors = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            cursors[reader.GetString(0)] = reader.GetString(1);
        }

        return cursors;
    }

    private static void Store(SqliteConnection connection, SqliteTransaction transaction, VendorApi api, Dictionary<string, string> cursors, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO main.{CursorTable} (vendor, account, endpoint, cursor, pulled_at) VALUES ($vendor, $account, $endpoint, $cursor, $at)
            ON CONFLICT (vendor, account, endpoint) DO UPDATE SET cursor = excluded.cursor, pulled_at = excluded.pulled_at
            """;
        command.Parameters.AddWithValue("$vendor", api.Vendor);
        command.Parameters.AddWithValue("$account", api.Account);
        var endpoint = command.Parameters.Add("$endpoint", SqliteType.Text);
        var cursor = command.Parameters.Add("$cursor", SqliteType.Text);
        command.Parameters.AddWithValue("$at", now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        foreach (var (name, value) in cursors)
        {
            endpoint.Value = name;
            cursor.Value = value;
            command.ExecuteNonQuery();
        }
    }
}
