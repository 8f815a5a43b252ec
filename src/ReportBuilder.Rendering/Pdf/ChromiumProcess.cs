using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace ReportBuilder.Rendering.Pdf;

/// <summary>
/// A headless Chromium in a process group of its own (started through <c>setsid</c>), driven over the DevTools protocol by
/// PuppeteerSharp, with JavaScript off and no way out to the network. Every step has a deadline; disposing kills the whole
/// group, so no renderer, zygote or wrapper outlives it, and the process exit kills it too. The group's leader is a small
/// shell watchdog (<see cref="Watchdog"/>) that holds the read end of a pipe only this process writes to: when this process
/// dies in any way, <c>kill -9</c> included, the pipe ends and the watchdog removes the profile and kills the group.
/// </summary>
internal sealed partial class ChromiumProcess : IAsyncDisposable
{
    private const string Setsid = "/usr/bin/setsid";
    private const string Shell = "/bin/sh";
    private const string KillCommand = "/bin/kill";   // procps: takes a negative process group id (dash's own kill does not)
    private const string ProfilePrefix = "rb-chromium-";
    private const int SigKill = 9;

    // Run as `sh -c Watchdog sh PROFILE BROWSER ARGS…` by setsid, so the shell leads the group. It starts the browser and a watcher
    // in a session of its own that waits for standard input (the pipe from this process) to end: that is this process exiting,
    // however it ended, or closing the pipe when it is done with the browser. Then the watcher kills the browser's group, waits
    // until no process of the group is left (at most 10 s: on a loaded machine dying took over the fixed second it once
    // waited, and a last write recreated the profile behind rm) and removes the profile (the SingletonLock and all). When the browser ends on its
    // own, the shell ends with its exit code.
    private const string Watchdog = """
        profile=$1; shift
        exec 3<&0 0</dev/null
        setsid /bin/sh -c 'cat >/dev/null 2>&1; /bin/kill -s KILL -- "-$1" 2>/dev/null; i=0; while /bin/kill -0 -- "-$1" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.2; i=$((i+1)); done; sleep 0.5; rm -rf "$2" || { sleep 1; rm -rf "$2"; }' sh "$$" "$profile" <&3 >/dev/null 2>&1 &
        exec 3<&-
        "$@" &
        wait $!
        """;

    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--mute-audio", "--hide-scrollbars", "--remote-debugging-port=0",
        // Chromium still opens speculative connections to hosts a page names; a proxy that does not exist, for loopback too,
        // leaves it no way out.
        "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--dns-prefetch-disable",
    ];

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly TimeSpan _deadline;
    private readonly TaskCompletionSource<string> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _lastErrors = new();
    private IBrowser? _browser;
    private IPage? _page;
    private int _killed;

    private ChromiumProcess(string executablePath, Process process, DirectoryInfo profile, TimeSpan deadline)
    {
        ExecutablePath = executablePath;
        _process = process;
        _profile = profile;
        _deadline = deadline;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public string ExecutablePath { get; }

    public static async Task<ChromiumProcess> LaunchAsync(string executablePath, TimeSpan deadline, CancellationToken ct)
    {
        var profile = Directory.CreateTempSubdirectory(ProfilePrefix);
        // The new profile's time is the file system's now: the age of the others is measured on the clock that stamped them.
        SweepStaleProfiles(Path.GetTempPath(), profile.LastWriteTimeUtc);
        var viaSetsid = File.Exists(Setsid) && File.Exists(Shell) && File.Exists(KillCommand);
        var info = new ProcessStartInfo(viaSetsid ? Setsid : executablePath)
        {
            // The watchdog's pipe: this process holds the write end and never writes; the kernel closes it when we die.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (viaSetsid)
        {
            foreach (var argument in new[] { Shell, "-c", Watchdog, "sh", profile.FullName, executablePath })
            {
                info.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in Arguments.Append($"--user-data-dir={profile.FullName}").Append("about:blank"))
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            process.Dispose();
            profile.Delete(recursive: true);
            throw new BrowserException($"Chromium could not be started from {executablePath}: {ex.Message}", ex);
        }

        var chromium = new ChromiumProcess(executablePath, process, profile, deadline);
        try
        {
            chromium.Listen();
            var endpoint = await chromium.StepAsync("starting", chromium._endpoint.Task, ct);
            chromium._browser = await chromium.StepAsync("connecting", Puppeteer.ConnectAsync(new ConnectOptions
            {
                BrowserWSEndpoint = endpoint,
                ProtocolTimeout = (int)Math.Min(int.MaxValue, deadline.TotalMilliseconds),
                DefaultViewport = null,
            }), ct);
            chromium._page = await chromium.OpenPageAsync(ct);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    // The one page every PDF of this browser is printed in: the blank tab Chromium opens at start, set up while the report's data
    // is still being read, so no page is opened and closed per PDF (docs/performance.md, "PDF"); nothing of one report stays
    // for the next, as the content is replaced whole and JavaScript is off.
    private async Task<IPage> OpenPageAsync(CancellationToken ct)
    {
        var pages = await StepAsync("opening a page", _browser!.PagesAsync(), ct);
        var page = pages.FirstOrDefault() ?? await StepAsync("opening a page", _browser.NewPageAsync(), ct);
        page.DefaultTimeout = (int)Math.Min(int.MaxValue, _deadline.TotalMilliseconds);
        await StepAsync("setting up the page", Task.WhenAll(page.SetJavaScriptEnabledAsync(false), page.SetOfflineModeAsync(true)), ct);
        return page;
    }

    public async Task<byte[]> PrintAsync(PrintJob job, CancellationToken ct)
    {
        var page = _page!;
        var timeout = page.DefaultTimeout;
        await StepAsync("loading the report", page.SetContentAsync(job.Html, new SetContentOptions
        {
            WaitUntil = [WaitUntilNavigation.Load],
            Timeout = timeout,
            CancellationToken = ct,
        }), ct);
        var pdf = await StepAsync("printing", page.PdfDataAsync(new PdfOptions
        {
            Format = job.Paper == Definitions.PaperSize.Letter ? PaperFormat.Letter : PaperFormat.A4,
            PrintBackground = true,
            // Untagged, as Chromium prints by default: the structure tree would make the PDF, and the mail that carries it,
            // far larger (docs/performance.md, "PDF").
            Tagged = false,
            DisplayHeaderFooter = true,
            HeaderTemplate = job.Header,
            FooterTemplate = job.Footer,
            MarginOptions = new MarginOptions { Top = "20mm", Bottom = "16mm", Left = "14mm", Right = "14mm" },
        }), ct);
        return pdf;
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        _browser?.Disconnect();
        Kill();
        try
        {
            _process.StandardInput.Close();   // the watchdog's pipe: its watcher removes what is left of the profile, then ends
        }
        catch (IOException)
        {
        }

        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // Killed with SIGKILL: it is gone, or the kernel is slow to say so; the process table is not ours to wait on.
            }
        }

        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A late write of the dying browser; the temporary folder is the system's to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private async Task<T> StepAsync<T>(string step, Task<T> task, CancellationToken ct)
    {
        try
        {
            return await task.WaitAsync(_deadline, ct);
        }
        catch (TimeoutException ex)
        {
            throw new BrowserException(
                $"Chromium did not answer within {_deadline.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s while {step}; it was stopped", ex);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or BrowserException or OutOfMemoryException))
        {
            throw new BrowserException($"Chromium failed while {step}: {ex.Message}", ex);
        }
    }

    private Task StepAsync(string step, Task task, CancellationToken ct) =>
        StepAsync(step, task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), ct);

    // Chromium says where its DevTools endpoint listens on standard error; both streams are read to the end, so a chatty
    // browser never blocks on a full pipe.
    private void Listen()
    {
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            if (EndpointLine().Match(line) is { Success: true } match)
            {
                _endpoint.TrySetResult(match.Groups[1].Value);
            }

            _lastErrors.Enqueue(line);
            while (_lastErrors.Count > 3 && _lastErrors.TryDequeue(out string? _))
            {
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.Exited += (_, _) => _endpoint.TrySetException(new BrowserException(
            $"Chromium exited with code {_process.ExitCode} before it was ready{(_lastErrors.IsEmpty ? "" : ": " + string.Join(" ", _lastErrors))}"));
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    private void OnProcessExit(object? sender, EventArgs e) => Kill();

    /// <summary>Removes the profiles of browsers whose run died without its watchdog (the whole group killed at once, a crash of
    /// the machine): a profile whose <c>SingletonLock</c> names a process of this host that is gone, or, without a lock, one
    /// untouched for an hour (a live browser writes its lock within a second of starting).</summary>
    internal static void SweepStaleProfiles(string folder, DateTimeOffset now)
    {
        IEnumerable<DirectoryInfo> profiles;
        try
        {
            profiles = new DirectoryInfo(folder).EnumerateDirectories(ProfilePrefix + "*").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var profile in profiles)
        {
            try
            {
                if (IsStale(profile, now))
                {
                    profile.Delete(recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run's, or being removed by it: left alone.
            }
        }
    }

    private static bool IsStale(DirectoryInfo profile, DateTimeOffset now)
    {
        var lockFile = new FileInfo(Path.Combine(profile.FullName, "SingletonLock"));
        if (lockFile.LinkTarget is { } target)
        {
            // Chromium's lock is a symbolic link to HOST-PID.
            var dash = target.LastIndexOf('-');
            return dash > 0 && target[..dash] == Environment.MachineName
                && int.TryParse(target[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && !Directory.Exists($"/proc/{pid}");
        }

        return now - profile.LastWriteTimeUtc > TimeSpan.FromHours(1);
    }

    private void Kill()
    {
        if (Interlocked.Exchange(ref _killed, 1) == 1)
        {
            return;
        }

        try
        {
            // Asked now, not at the start: setsid may not have made the group yet in the first microseconds.
            if (OperatingSystem.IsLinux() && GetProcessGroup(_process.Id) == _process.Id)
            {
                _ = KillProcess(-_process.Id, SigKill);
            }
            else
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex EndpointLine();

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int KillProcess(int pid, int signal);

    [DllImport("libc", EntryPoint = "getpgid")]
    private static extern int GetProcessGroup(int pid);
}
