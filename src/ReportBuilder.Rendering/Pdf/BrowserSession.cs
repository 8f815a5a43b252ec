namespace ReportBuilder.Rendering.Pdf;

/// <summary>
/// One headless Chromium for a whole command: launched at the first PDF, reused for every further one (a run's PDF and its
/// email's attachment, every burst mail of <c>run-due</c>), and stopped, with every process it started, when the session ends.
/// Every browser operation has a deadline (<see cref="Deadline"/>); after a timeout, a crash or a cancellation the browser is
/// killed and the next PDF starts a new one.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>The environment variable that sets <see cref="Deadline"/> in seconds.</summary>
    public const string DeadlineVariable = "REPORTBUILDER_BROWSER_TIMEOUT";

    /// <summary>The deadline of one browser operation when <see cref="DeadlineVariable"/> is not set.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);

    private static readonly AsyncLocal<BrowserSession?> Ambient = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChromiumProcess? _browser;

    /// <summary>The session of the running command, if it began one.</summary>
    public static BrowserSession? Current => Ambient.Value;

    /// <summary>How long one browser operation (start, connect, open a page, load it, print it) may take.</summary>
    public TimeSpan Deadline { get; init; } = DeadlineFromEnvironment();

    /// <summary>How many browsers this session started.</summary>
    public int Launches { get; private set; }

    /// <summary>Starts a session that every PDF printed by the calling flow, and the flows it starts, shares.</summary>
    public static BrowserSession Begin()
    {
        var session = new BrowserSession();
        Ambient.Value = session;
        return session;
    }

    internal async Task<byte[]> PrintAsync(ChromiumOptions options, PrintJob job, CancellationToken ct)
    {
        if (!File.Exists(options.ExecutablePath))
        {
            throw new ChromiumNotFoundException(options.ExecutablePath);
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_browser is { } running && running.ExecutablePath != options.ExecutablePath)
            {
                await StopAsync();
            }

            if (_browser is null)
            {
                Launches++;
                _browser = await ChromiumProcess.LaunchAsync(options.ExecutablePath, Deadline, ct);
            }

            return await _browser.PrintAsync(job, ct);
        }
        catch
        {
            // A browser that failed (or was cancelled) once is not trusted again: it is killed with all its processes.
            await StopAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Kills the browser and every process it started.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Ambient.Value == this)
        {
            Ambient.Value = null;
        }
    }

    private async Task StopAsync()
    {
        var browser = Interlocked.Exchange(ref _browser, null);
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
    }

    private static TimeSpan DeadlineFromEnvironment() =>
        double.TryParse(Environment.GetEnvironmentVariable(DeadlineVariable), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultDeadline;
}
