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
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Ansi = AnsiSupport.No });
        var daemon = CliApp.RunAsync(["daemon", world.Deliveries, "--state", world.State], TestEnvironment.Process(clock), stop.Token, console, TextWriter.Null);
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
            (await daemon).ShouldBe(ExitCodes.Success);
        }
    }
}
