using System.Runtime.InteropServices;

namespace ReportBuilder.Cli;

/// <summary>Turns Ctrl+C (SIGINT) and SIGTERM into a cancellation of the work, so it can stop its browser and clean up before
/// the process exits, instead of the runtime ending it at once.</summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly PosixSignalRegistration[] _registrations;

    private Interruption(CancellationToken ct)
    {
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal), PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal)];
    }

    /// <summary>Cancelled by <see cref="Signal"/> or by the caller's token.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Signal { get; private set; }

    public static Interruption Watch(CancellationToken ct) => new(ct);

    public void Dispose()
    {
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
    }
}
