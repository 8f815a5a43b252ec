using System.CommandLine;
using System.Globalization;
using ReportBuilder.Cli.Hosting;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Import;
using ReportBuilder.Import.Pull;
using Spectre.Console;

namespace ReportBuilder.Cli.Commands;

/// <summary><c>reportbuilder import VENDOR PATH... --to FILE.db</c>: a help desk's saved API responses into the canonical
/// tables; without PATH, the same endpoints pulled from the vendor's API (<c>--subdomain</c>, <c>--since</c>).</summary>
internal static class ImportCommand
{
    public static Command Create(IAnsiConsole output, CommandEnvironment environment)
    {
        var vendor = new Argument<string>("VENDOR") { Description = "The help desk the files come from: " + string.Join(", ", ImportRunner.Vendors) };
        var paths = new Argument<string[]>("PATH") { Description = "Folders or files of saved API responses, named by endpoint (tickets*.json, …; NDJSON and .gz accepted); none: pull from the API", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--to") { Description = "The SQLite file to create or update (canonical schema), or a PostgreSQL schema, postgres://user@host:port/database?schema=NAME (the password from REPORTBUILDER_PG_PASSWORD, PGPASSWORD or ~/.pgpass)", Required = true };
        var subdomain = new Option<string?>("--subdomain") { Description = "Pull: the Zendesk account, NAME in https://NAME.zendesk.com" };
        var domain = new Option<string?>("--domain") { Description = "Pull: the Freshdesk account, NAME in https://NAME.freshdesk.com" };
        var since = new Option<string?>("--since") { Description = "Pull: fetch what changed since this date (2026-01-01, UTC) or time; needed by the first pull into a file" };
        var apiUrl = new Option<string?>("--api-url") { Description = "Pull: the API's base URL instead of the vendor's (https, or http on 127.0.0.1 / localhost)" };
        var tokenEnv = new Option<string?>("--token-env") { Description = "Pull: the environment variable holding the API token (default ZENDESK_TOKEN, INTERCOM_TOKEN, FRESHDESK_TOKEN, HELPSCOUT_TOKEN)" };
        var tokenFile = new Option<string?>("--token-file") { Description = "Pull: a file holding the API token instead" };
        var timeZone = new Option<string?>("--time-zone") { Description = "A UI CSV export: the account's time zone (IANA, e.g. Europe/Berlin) its local times are in" };
        var retries = new Option<int>("--retries") { Description = "Pull: retries of a request that got 429, 5xx or a dropped connection (default 5)", DefaultValueFactory = _ => RetryPolicy.Default.Retries };
        var command = new Command("import", "Import a help desk's exported API responses, or pull them from its API, into the canonical tables: upserts by the vendor's ids, one transaction (docs/import.md)")
        {
            vendor, paths, to, timeZone, subdomain, domain, since, apiUrl, tokenEnv, tokenFile, retries,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var name = parsed.GetValue(vendor)!;
            var importer = ImportRunner.Vendor(name) ?? throw new DefinitionException(SourceLocation.Option("VENDOR"),
                $"'{name}' is not a vendor import knows: use one of {string.Join(", ", ImportRunner.Vendors)}");
            var target = parsed.GetValue(to)!;
            var server = PostgresLocation.IsUri(target) ? PostgresLocation.Parse(target, SourceLocation.Option("--to")) : null;
            if (DuckDbFile.IsFile(target))
            {
                throw new DefinitionException(SourceLocation.Option("--to"),
                    $"import writes a SQLite file, and a name ending in {DuckDbFile.Extension} is read as DuckDB; import into FILE.db, then copy it with reportbuilder copy --from FILE.db --to {Path.GetFileName(target)}");
            }

            var started = System.Diagnostics.Stopwatch.StartNew();
            var quiet = parsed.GetValue(GlobalOptions.Quiet);
            Action<string>? progress = quiet ? null : step => output.WriteLine(step);
            // The import into the SQLite file, or through a temporary one into the PostgreSQL schema (docs/import.md).
            Task<ImportSummary> Into(Func<string, ImportSummary> import) => server is null
                ? Task.FromResult(import(Path.GetFullPath(target)))
                : PostgresImport.IntoAsync(server, environment.Variable(PostgresLocation.PasswordVariable), progress, ct, import);
            var files = parsed.GetValue(paths) ?? [];
            if (files.Length > 0 && ImportRunner.AreCsv(files))
            {
                importer = ImportRunner.CsvVendor(name, Zone(parsed.GetValue(timeZone))) ?? throw new DefinitionException(SourceLocation.Option("VENDOR"),
                    $"{importer.Name}'s CSV export is not supported yet (only {string.Join(", ", ImportRunner.CsvVendors)}): save the API responses and import those (docs/import.md)");
            }
            else if (parsed.GetValue(timeZone) is not null)
            {
                throw new DefinitionException(SourceLocation.Option("--time-zone"),
                    "--time-zone is for a UI CSV export, whose times have no zone; the API's responses say theirs: leave it out");
            }

            var pullOptions = new Option[] { subdomain, domain, since, apiUrl, tokenEnv, tokenFile, retries }.Where(o => parsed.GetResult(o) is { Implicit: false }).ToList();
            ImportSummary summary;
            if (files.Length > 0)
            {
                if (pullOptions.Count > 0)
                {
                    throw new DefinitionException(SourceLocation.Option(pullOptions[0].Name),
                        $"{pullOptions[0].Name} is for a pull from the API, which reads no files: give either PATH... or the pull's options");
                }

                summary = await Into(file => ImportRunner.Import(importer, files, file, progress, ct));
            }
            else
            {
                var api = Api(importer, parsed.GetValue(subdomain), parsed.GetValue(domain), parsed.GetValue(apiUrl));
                var token = Token(environment, api, parsed.GetValue(tokenEnv), parsed.GetValue(tokenFile));
                var from = parsed.GetValue(since) is { } text ? Since(text) : (DateTimeOffset?)null;
                var count = parsed.GetValue(retries);
                if (count < 0)
                {
                    throw new DefinitionException(SourceLocation.Option("--retries"), "--retries is a count of retries: 0 or more");
                }

                var now = environment.Clock.GetUtcNow();
                summary = await Into(file => ImportPull.Pull(importer, api, token, from, now, RetryPolicy.Default with { Retries = count },
                    file, progress, ct, server?.ToString()));
            }

            foreach (var line in summary.Lines())
            {
                output.WriteLine(line);
            }

            output.WriteLine($"imported into {server?.ToString() ?? target} in {started.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The vendor's API at its own address, or at <c>--api-url</c>.</summary>
    private static VendorApi Api(VendorImport importer, string? subdomain, string? domain, string? apiUrl)
    {
        Uri? over = null;
        if (apiUrl is not null)
        {
            if (!Uri.TryCreate(apiUrl, UriKind.Absolute, out over) || over.Scheme is not ("https" or "http"))
            {
                throw new DefinitionException(SourceLocation.Option("--api-url"), $"'{apiUrl}' is not an http(s) URL: give the API's base, e.g. https://acme.zendesk.com");
            }

            if (over.Scheme == "http" && !over.IsLoopback)
            {
                throw new DefinitionException(SourceLocation.Option("--api-url"),
                    $"{apiUrl}: the token is sent with every request, so plain http is allowed only on this machine (127.0.0.1, localhost); use https");
            }
        }

        var addressing = VendorApi.Addressing(importer.Command);
        var option = addressing?.Option;
        var given = option switch { "--subdomain" => subdomain, "--domain" => domain, _ => null };
        var other = subdomain is not null && option != "--subdomain" ? "--subdomain" : domain is not null && option != "--domain" ? "--domain" : null;
        if (other is not null)
        {
            throw new DefinitionException(SourceLocation.Option(other), $"{other} is not {importer.AName} account's address" +
                (option is null ? $": {importer.Name}'s API has one address (another with --api-url)" : $": use {option} NAME"));
        }

        if (option is not null && given is null && over is null)
        {
            throw new DefinitionException(SourceLocation.Option(option),
                $"a pull from {importer.Name} needs {option} NAME (the account in https://NAME.{addressing!.Value.Host}), or PATH... to import saved files");
        }

        if (given is not null && (given.Length == 0 || !given.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new DefinitionException(SourceLocation.Option(option!), $"'{given}' is not {importer.AName} account name: give NAME of https://NAME.{addressing!.Value.Host} (letters, digits, -)");
        }

        return VendorApi.For(importer.Command, given, over);
    }

    /// <summary>The API token, from <c>--token-file</c> or an environment variable only: never from the command line or a
    /// definition, and never shown.</summary>
    private static string Token(CommandEnvironment environment, VendorApi api, string? variable, string? file)
    {
        if (variable is not null && file is not null)
        {
            throw new DefinitionException(SourceLocation.Option("--token-file"), "give the token one way: --token-env NAME or --token-file PATH, not both");
        }

        if (file is not null)
        {
            string text;
            try
            {
                text = File.ReadAllText(file).Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new DefinitionException(SourceLocation.Option("--token-file"), $"{file}: the token file cannot be read ({ex.GetType().Name}): give a file holding the API token");
            }

            return text.Length > 0 ? text
                : throw new DefinitionException(SourceLocation.Option("--token-file"), $"{file} is empty: it must hold the API token");
        }

        var name = variable ?? api.TokenVariable;
        return environment.Variable(name) is { Length: > 0 } token ? token.Trim()
            : throw new DefinitionException(SourceLocation.Option("--token-env"),
                $"no API token: the environment variable {name} is not set; set it to the token (docs/import.md says which), name another with --token-env NAME or a file with --token-file PATH (a token is never taken from the command line)");
    }

    /// <summary>--since: a date (midnight UTC) or a time with its zone.</summary>
    private static DateTimeOffset Since(string text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        throw new DefinitionException(SourceLocation.Option("--since"), $"'{text}' is not a date: give 2026-01-01 (UTC) or a time with its zone, 2026-01-01T08:00:00Z");
    }

    /// <summary>The IANA time zone of <c>--time-zone</c>; null when not given (a CSV time without an offset is then an error).</summary>
    private static NodaTime.DateTimeZone? Zone(string? name)
    {
        if (name is null)
        {
            return null;
        }

        return NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(name) ?? throw new DefinitionException(SourceLocation.Option("--time-zone"),
            $"'{name}' is not an IANA time zone" + (ReportBuilder.Definitions.Shapes.NameSuggestions.Closest(name, NodaTime.DateTimeZoneProviders.Tzdb.Ids) is { } near ? $" (did you mean {near}?)" : "")
            + ": use the account's zone as the help desk's settings name it, e.g. Europe/Berlin or America/New_York");
    }
}
