using System.Runtime.InteropServices;

namespace ReportBuilder.Cli.Hosting;

/// <summary>Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation of the work, so it can stop its browser and clean up before
/// the process exits, instead of the runtime ending it at once. Work that does not stop within <see cref="Grace"/> (a
/// SQLite statement waiting out a lock cannot be interrupted) is not waited for: <c>stuck</c> ends the process.</summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>How long the work has to stop after a signal before the process ends without it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _cancel;
    private readonly PosixSignalRegistration[] _registrations;
    private readonly Action<PosixSignal>? _stuck;
    private Timer? _grace;

    private Interruption(CancellationToken ct, Action<PosixSignal>? stuck)
    {
        _stuck = stuck;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by <see cref="Signal"/> or by the caller's token.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Signal { get; private set; }

    /// <param name="stuck">Called with the signal when the work has not stopped <see cref="Grace"/> after it; null: wait.</param>
    public static Interruption Watch(CancellationToken ct, Action<PosixSignal>? stuck = null) => new(ct, stuck);

    public void Dispose()
    {
        _grace?.Dispose();
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        Signal ??= context.Signal;
        _cancel.Cancel();
        if (_stuck is { } stuck && _grace is null)
        {
            _grace = new Timer(_ => stuck(Signal.Value), null, Grace, Timeout.InfiniteTimeSpan);
        }
    }
}
