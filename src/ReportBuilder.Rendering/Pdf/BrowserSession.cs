namespace ReportBuilder.Rendering.Pdf;

/// <summary>
/// One headless Chromium for a whole command: launched at the first PDF, reused for every further one (a run's PDF and its
/// email's attachment, every burst mail of <c>run-due</c>), and stopped, with every process it started, when the session ends.
/// Every browser operation has a deadline (<see cref="Deadline"/>); after a timeout, a crash or a cancellation the browser is
/// killed and the next PDF starts a new one. The command's session is passed in its <c>ReportEnvironment</c>.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>The environment variable that sets <see cref="Deadline"/> in seconds.</summary>
    public const string DeadlineVariable = "REPORTBUILDER_BROWSER_TIMEOUT";

    /// <summary>The deadline of one browser operation when <see cref="DeadlineVariable"/> is not set.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private Task<ChromiumProcess>? _browser;
    private CancellationTokenSource? _launch;
    private string? _executablePath;

    /// <summary>How long one browser operation (start, connect, open a page, load it, print it) may take.</summary>
    public TimeSpan Deadline { get; init; } = DefaultDeadline;

    /// <summary>How many browsers this session started.</summary>
    public int Launches { get; private set; }

    /// <summary>Starts the browser now, while the report's data is read, so the first PDF does not wait for it; does nothing when
    /// it runs already or is not installed (printing then says so).</summary>
    public void Prewarm(ChromiumOptions options)
    {
        if (!File.Exists(options.ExecutablePath) || !_gate.Wait(0))
        {
            return;
        }

        try
        {
            Start(options);
        }
        finally
        {
            _gate.Release();
        }
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
            if (_browser is not null && _executablePath != options.ExecutablePath)
            {
                await StopAsync();
            }

            var browser = await Start(options).WaitAsync(ct);
            return await browser.PrintAsync(job, ct);
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

    /// <summary>Kills the browser now (the daemon, between rounds, holds no idle browser); the next PDF starts a new one.</summary>
    public async Task CloseBrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await StopAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Kills the browser and every process it started.</summary>
    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await StopAsync();
        _closing.Dispose();
    }

    // The launch belongs to the session, not to the PDF that asked first: only closing the session cancels it.
    private Task<ChromiumProcess> Start(ChromiumOptions options)
    {
        if (_browser is null)
        {
            Launches++;
            _executablePath = options.ExecutablePath;
            _launch = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
            _browser = ChromiumProcess.LaunchAsync(options.ExecutablePath, Deadline, _launch.Token);
        }

        return _browser;
    }

    private async Task StopAsync()
    {
        var starting = Interlocked.Exchange(ref _browser, null);
        var launch = Interlocked.Exchange(ref _launch, null);
        if (starting is null)
        {
            launch?.Dispose();
            return;
        }

        try
        {
            if (!starting.IsCompleted)
            {
                await launch!.CancelAsync();   // a launch still under way is cut short, not waited for
            }

            await (await starting).DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A launch that failed has already killed what it started; its error was reported to the PDF that waited for it.
        }
        finally
        {
            launch?.Dispose();
        }
    }

    /// <summary>The deadline <paramref name="seconds"/> (the value of <see cref="DeadlineVariable"/>) sets: a positive number of
    /// seconds, else <see cref="DefaultDeadline"/>.</summary>
    public static TimeSpan DeadlineFrom(string? seconds) =>
        double.TryParse(seconds, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0
            ? TimeSpan.FromSeconds(value)
            : DefaultDeadline;
}
