using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using ReportBuilder.Data;
using ReportBuilder.Definitions;

namespace ReportBuilder.Testing;

/// <summary>A real PostgreSQL server for the test run: initdb into a temporary folder (as the <c>postgres</c> user when the tests
/// run as root), a free port on 127.0.0.1, the socket in that folder; stopped and removed at the end. One per run.</summary>
/// <remarks>Needs Debian's <c>postgresql</c> package (<c>.ci/run</c> installs it); without it every PostgreSQL test fails and
/// says so, never skips.</remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The xunit collection of every test that talks to the server: it starts once, and those tests run one at a time.</summary>
    public const string Collection = "PostgreSQL server";

    /// <summary>The database the tests use; each test database is a schema of its own in it.</summary>
    public const string Database = "rb";

    /// <summary>A role that may only read (password authentication), for the GRANT SELECT test.</summary>
    public const string Reader = "rb_reader";

    private string _folder = "";
    private string _bin = "";
    private bool _asPostgres;
    private int _schemas;

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: install Debian's 'postgresql' package " +
            "(apt-get install postgresql; .ci/run does it), or set REPORTBUILDER_PG_BIN to the folder holding them");
        _asPostgres = Environment.UserName == "root";
        _folder = Directory.CreateTempSubdirectory("rb-pg-").FullName;
        if (_asPostgres)
        {
            await RunAsync("chown", "postgres", _folder);
        }

        var data = Path.Combine(_folder, "data");
        await RunServerToolAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
        // The reader logs in with a password over TCP; everyone else is trusted (the server listens on 127.0.0.1 only).
        await File.WriteAllTextAsync(Path.Combine(_folder, "pg_hba.conf"), $"""
            local all all trust
            host all {Reader} 127.0.0.1/32 scram-sha-256
            host all all 127.0.0.1/32 trust
            """);
        File.Copy(Path.Combine(_folder, "pg_hba.conf"), Path.Combine(data, "pg_hba.conf"), overwrite: true);
        if (_asPostgres)
        {
            await RunAsync("chown", "postgres", Path.Combine(data, "pg_hba.conf"));
        }

        Port = FreePort();
        await StartAsync();
        // Should the test host end without disposing the fixture, the server must not outlive it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopQuietly();
        await ExecuteAsync($"CREATE DATABASE {Database}", database: "postgres");
    }

    public Task DisposeAsync()
    {
        StopQuietly();
        return Task.CompletedTask;
    }

    private void StopQuietly()
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        try
        {
            StopAsync(immediate: true).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Starts the server (again); fast settings, as nothing here must survive a crash.</summary>
    public async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StartOnceAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await Task.Delay(1000);   // the previous postmaster may still be going away
            }
            catch (InvalidOperationException ex)
            {
                var log = Path.Combine(_folder, "server.log");
                throw new InvalidOperationException(ex.Message + "\nserver.log: " +
                    (File.Exists(log) ? string.Join("\n", File.ReadLines(log).TakeLast(8)) : "(none)"), ex);
            }
        }
    }

    private Task StartOnceAsync() => RunServerToolAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-o",
        $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB",
        "start");

    /// <summary>Stops the server; <paramref name="immediate"/> drops every connection at once, as a crash would.</summary>
    public Task StopAsync(bool immediate = false) =>
        RunServerToolAsync("pg_ctl", "-D", Path.Combine(_folder, "data"), "-w", "-m", immediate ? "immediate" : "fast", "stop");

    /// <summary>The address of a schema, as <c>--db</c> takes it.</summary>
    public string Address(string schema, string user = "postgres", string query = "") =>
        $"postgres://{user}@127.0.0.1:{Port}/{Database}?schema={schema}{query}";

    /// <summary>A fresh schema name.</summary>
    public string NewSchema() => $"t{Interlocked.Increment(ref _schemas)}";

    /// <summary>Copies a SQLite file into a fresh schema with <c>reportbuilder copy</c>'s code path; returns its address.</summary>
    public async Task<string> LoadAsync(string sqlitePath)
    {
        var address = Address(NewSchema());
        await PostgresCopy.CopyAsync(sqlitePath, PostgresLocation.Parse(address, Diagnostics.SourceLocation.Option("--db")), null, replace: false, null, CancellationToken.None);
        return address;
    }

    /// <summary>Runs SQL as the superuser.</summary>
    public async Task ExecuteAsync(string sql, string database = Database)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Opens a superuser connection (the caller disposes it).</summary>
    public async Task<NpgsqlConnection> ConnectAsync()
    {
        var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username=postgres;Database={Database};Pooling=false");
        await connection.OpenAsync();
        return connection;
    }

    private static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("REPORTBUILDER_PG_BIN") is { Length: > 0 } configured)
        {
            return configured;
        }

        var root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    /// <summary>A TCP port nothing listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunServerToolAsync(string tool, params string[] args) =>
        _asPostgres ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args]) : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
