using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace ReportBuilder.Testing;

/// <summary>A real SMTP server on 127.0.0.1 (Debian's python3-aiosmtpd running smtp_sink.py) that keeps every accepted mail
/// in a folder, so tests read back exactly what arrived.</summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private const string Missing = "python3-aiosmtpd is not installed: the delivery tests need a real SMTP server on 127.0.0.1. " +
        "Install it with scripts/setup.sh (or apt-get install python3-aiosmtpd).";

    private readonly Process _process;
    private readonly string _folder;

    private SmtpSink(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A port nothing listens on, for a server that is down (and can be started on it later).</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Starts the server; mail to any of <paramref name="reject"/> is refused with 550.</summary>
    /// <param name="slow">Each mail takes a second to accept.</param>
    public static Task<SmtpSink> StartAsync(string folder, int? port = null, bool slow = false, params string[] reject) =>
        StartAsync(folder, port, slow ? ["--slow"] : [], reject);

    /// <summary>Starts the server with smtp_sink.py's <paramref name="options"/> (e.g. --stall-data 3, --auth-fail).</summary>
    public static async Task<SmtpSink> StartAsync(string folder, int? port, string[] options, params string[] reject)
    {
        var chosen = port ?? FreePort();
        // Debian's package installs into the system Python, which a pyenv or venv python3 on PATH would not see.
        var python = Environment.GetEnvironmentVariable("REPORTBUILDER_TEST_PYTHON") ?? (File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
        var info = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { RepositoryFiles.PathOf("tests", "ReportBuilder.Testing", "Smtp", "smtp_sink.py"), $"{chosen}", folder }
                     .Concat(options).Concat(reject.Length == 0 ? [] : ["--reject", .. reject]))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException(Missing);
        var ready = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(30))) != ready || await ready != "READY")
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            var errors = await process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException(errors.Contains("aiosmtpd", StringComparison.Ordinal) ? $"{Missing}\n{errors}" : $"the SMTP sink did not start: {errors}");
        }

        return new SmtpSink(process, folder, chosen);
    }

    /// <summary>The folder the server keeps its mail and logs in.</summary>
    public string Folder => _folder;

    /// <summary>Every mail that arrived, oldest first, with the envelope's recipients (which include Bcc).</summary>
    public IReadOnlyList<(MimeMessage Message, IReadOnlyList<string> Envelope)> Messages() => Directory.Exists(_folder)
        ? Directory.GetFiles(_folder, "*.eml").Order(StringComparer.Ordinal)
            .Select(f => (MimeMessage.Load(f), (IReadOnlyList<string>)File.ReadAllLines(Path.ChangeExtension(f, ".rcpt")))).ToList()
        : [];

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(5000))
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
