using ReportBuilder.Cli;
using ReportBuilder.Cli.Hosting;
using Spectre.Console;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary>The daemon's wake-up against a clock that steps while it sleeps, as after a suspend (the timer counts only the time
/// the machine was awake) or an NTP step: the mail goes out within the daemon's check interval of the clock reaching its time.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class DaemonWakeTests
{
    /// <summary>The wall clock: real time from <paramref name="start"/>, plus the steps the test makes. Timers are the system's,
    /// which know nothing of the steps, as a suspended machine's timers know nothing of the time it slept.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = System.GetTimestamp();
        private long _steps;

        public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_started) + TimeSpan.FromTicks(Interlocked.Read(ref _steps));

        public void Step(TimeSpan by) => Interlocked.Add(ref _steps, by.Ticks);
    }

    private static bool IsOctobers(MimeKit.MimeMessage message) => message.Subject?.Contains("October 2026", StringComparison.Ordinal) == true;

    [Fact]
    public async Task Daemon_ClockStepsPastTheDueTimeWhileItSleeps_SendsWithinTheCheckInterval()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        // 06:00 on 1 November: the mail of 07:00 (October's report) is an hour away; the daemon goes to sleep for that hour.
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 1, 6, 0, 0, TimeSpan.Zero));
        using var stop = new CancellationTokenSource();
        var (console, log) = Console();
        var daemon = CliApp.RunAsync(["daemon", world.Deliveries, "--state", world.State], TestEnvironment.Process(clock), stop.Token, console, log);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5));   // started, ran once, asleep
            smtp.Messages().ShouldNotContain(m => IsOctobers(m.Message));

            clock.Step(TimeSpan.FromHours(1));   // the machine wakes from a suspend at 07:00:05
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!smtp.Messages().Any(m => IsOctobers(m.Message))
                && waited.Elapsed < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(200);
            }

            smtp.Messages().Count(m => IsOctobers(m.Message))
                .ShouldBe(1, "sent once, within a minute of the clock passing 07:00, not an hour later");
        }
        finally
        {
            await stop.CancelAsync();
            (await daemon).ShouldBe(ExitCodes.Success, log.ToString());
        }
    }

    /// <summary>The caller's token cancelled while a mail is in progress (here: an SMTP server that accepted the connection and
    /// never greets): the mail is abandoned and the daemon stops with success. The abandon token is cancelled before the stop
    /// token (a source's callbacks run last registered first), so the abandoned send used to surface as "cancelled", exit 1,
    /// whenever its cancellation ran on the canceller's thread before the stop token was cancelled.</summary>
    [Fact]
    public async Task Daemon_CallerCancelsWhileAMailIsInProgress_StopsWithSuccess()
    {
        using var world = new DeliveryWorld();
        using var silent = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        silent.Start();
        world.WriteDeliveries(((System.Net.IPEndPoint)silent.LocalEndpoint).Port, Monthly);
        var clock = new SteppingClock(new DateTimeOffset(2026, 11, 1, 7, 0, 5, TimeSpan.Zero));   // October's mail is due
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var stop = new CancellationTokenSource();
            var (console, log) = Console();
            var daemon = CliApp.RunAsync(["daemon", world.Deliveries, "--state", world.State], TestEnvironment.Process(clock), stop.Token, console, log);
            using var connection = await silent.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(30));   // mid-mail
            await stop.CancelAsync();
            (await daemon.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(ExitCodes.Success, log.ToString());
            log.ToString().ShouldContain("abandoned");
        }
    }

    private static (IAnsiConsole Console, StringWriter Log) Console()
    {
        var log = new StringWriter();
        var writer = TextWriter.Synchronized(log);
        return (AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No }), log);
    }
}
