using Microsoft.Data.Sqlite;
using ReportBuilder.Cli;
using static ReportBuilder.Testing.DeliveryWorld;

namespace ReportBuilder.Tests.Delivery;

/// <summary>Faults of the SMTP server, the clock and the ledger, against the real server (aiosmtpd) made to misbehave.</summary>
[Trait(TestCategory.Name, TestCategory.Smtp)]
public sealed class DeliveryFaultTests
{
    private static string[] Events(DeliveryWorld world, string state)
    {
        using var connection = new SqliteConnection($"Data Source={world.State};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT detail FROM ledger_events WHERE state = $s ORDER BY rowid";
        command.Parameters.AddWithValue("$s", state);
        using var reader = command.ExecuteReader();
        var result = new List<string>();
        while (reader.Read())
        {
            result.Add(reader.GetString(0));
        }

        return [.. result];
    }

    [Fact]
    public async Task RunDue_OneRecipientRejected_SendsToTheOthersRecordsTheRejectionAndExits4()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly.Replace("to: [\"Manager <manager@example.com>\"]",
            "to: [head@example.com]\n    cc: [ops@example.com]\n    bcc: [archive@example.com]", StringComparison.Ordinal), reject: "ops@example.com");

        var first = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));
        var later = await world.RunDueAsync(Instant(2026, 11, 2, 7, 5));

        first.ExitCode.ShouldBe(4);
        first.Output.ShouldStartWith("2026-11-05T08:00:00Z partial monthly October 2026 (due 2026-11-01T07:00Z): accepted by 127.0.0.1:");
        first.Output.ShouldEndWith("; recipient ops@example.com rejected: 550 5.1.1 <ops@example.com>: mailbox unavailable\n");
        var (message, envelope) = smtp.Messages().ShouldHaveSingleItem();
        envelope.ShouldBe(["head@example.com", "archive@example.com"]);
        message.Cc.Mailboxes.Single().Address.ShouldBe("ops@example.com");
        Events(world, "rejected").ShouldBe(["recipient ops@example.com rejected: 550 5.1.1 <ops@example.com>: mailbox unavailable"]);
        later.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n", "the accepted recipients have their mail: it is not sent again");
    }

    [Fact]
    public async Task RunDue_ClockBehindTheLedger_NothingIsDueAndEachDeliverySaysSoOnce()
    {
        using var world = new DeliveryWorld();
        var port = SmtpSink.FreePort();
        world.WriteDeliveries(port, Monthly + "\n" + Monthly.Replace("id: monthly", "id: second", StringComparison.Ordinal));
        // The server is down on 1 November: both mails wait for a retry; then the clock is set back a month.
        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 5))).ExitCode.ShouldBe(4);
        await using var smtp = await SmtpSink.StartAsync(Path.Combine(world.Folder, "mail"), port);

        var behind = await world.RunDueAsync(Instant(2026, 10, 1, 8, 0));

        behind.Errors.ShouldBe("");
        behind.ExitCode.ShouldBe(0);
        behind.Output.ShouldBe(
            "2026-11-05T08:00:00Z note: delivery 'monthly': the clock (2026-10-01 08:00Z) is behind the ledger's latest occurrence (2026-11-01 07:00Z): " +
            "nothing of it is due until the clock passes that time\n" +
            "2026-11-05T08:00:00Z note: delivery 'second': the clock (2026-10-01 08:00Z) is behind the ledger's latest occurrence (2026-11-01 07:00Z): " +
            "nothing of it is due until the clock passes that time\n" +
            "2026-11-05T08:00:00Z nothing due\n");
        smtp.Messages().ShouldBeEmpty();
        var back = await world.RunDueAsync(Instant(2026, 11, 1, 8, 0));
        back.ExitCode.ShouldBe(0, back.Output);
        smtp.Messages().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Daemon_StartedWithTheClockBehindTheLedger_KeepsRunningAndStopsOnSigterm()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        // A ledger written by a machine whose clock ran a year ahead.
        (await world.RunDueAsync(Instant(2027, 11, 1, 7, 5))).ExitCode.ShouldBe(0);
        var (daemon, lines, errors) = await ProcessTests.StartDaemonAsync(world);
        using var _ = daemon;

        await ProcessTests.SignalAsync(daemon, "TERM");
        var rest = await daemon.StandardOutput.ReadToEndAsync();
        await daemon.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        (await errors).ShouldBe("");
        daemon.ExitCode.ShouldBe(0);
        lines.ShouldContain(l => l.Contains("Z note: delivery 'monthly': the clock (", StringComparison.Ordinal));
        rest.ShouldEndWith("daemon: stopped\n");
    }

    [Fact]
    public async Task Daemon_SigtermWhileTheServerIsTakingTheMail_FinishesItAndExits0()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly, ["--stall-data", "3"]);
        var (daemon, _, errors) = await ProcessTests.StartDaemonAsync(world, until: Path.Combine(smtp.Folder, "data-started"));
        using var __ = daemon;

        await ProcessTests.SignalAsync(daemon, "TERM");
        var output = await daemon.StandardOutput.ReadToEndAsync();
        await daemon.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        (await errors).ShouldBe("");
        daemon.ExitCode.ShouldBe(0);
        output.ShouldContain("Z sent monthly ");
        output.ShouldEndWith("daemon: stopped\n");
        output.ShouldNotContain("next run at");
        smtp.Messages().ShouldHaveSingleItem();
        (await world.RunDueAsync(DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture))).Output
            .ShouldBe("2026-11-05T08:00:00Z nothing due\n", "the mail was recorded as sent before the daemon stopped");
    }

    [Fact]
    public async Task RunDue_CancelledWhileTheServerStalls_ReleasesTheClaimForTheNextRun()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly, ["--stall-rcpt", "2"]);
        var marker = Path.Combine(smtp.Folder, "rcpt-started");
        (await RunDueCancelledAtAsync(world, marker)).ShouldNotBe(0);
        File.Delete(marker);

        var next = await world.RunDueAsync(Instant(2026, 11, 1, 7, 6));

        next.ExitCode.ShouldBe(0);
        next.Output.ShouldStartWith("2026-11-05T08:00:00Z sent monthly October 2026", customMessage: "not held back for the 15 minutes of a dead process's claim");
        smtp.Messages().ShouldHaveSingleItem();
    }

    /// <summary>The server accepted the mail and the run is cancelled while it says goodbye: the mail is sent, so it is recorded
    /// as sent and the next run does not send it again (it used to be taken for abandoned and released: a second mail).</summary>
    [Fact]
    public async Task RunDue_CancelledAfterTheServerAcceptedTheMail_RecordsItSentAndNeverSendsItTwice()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly, ["--stall-quit", "3"]);
        (await RunDueCancelledAtAsync(world, Path.Combine(smtp.Folder, "quit-started"))).ShouldBe(0);

        var next = await world.RunDueAsync(Instant(2026, 11, 1, 7, 6));

        next.ExitCode.ShouldBe(0);
        next.Output.ShouldBe("2026-11-05T08:00:00Z nothing due\n", "the mail was recorded as sent");
        smtp.Messages().ShouldHaveSingleItem();
    }

    /// <summary>Runs run-due for October's mail in process and cancels it as soon as the SMTP server writes <paramref name="marker"/>;
    /// returns its exit code.</summary>
    private static async Task<int> RunDueCancelledAtAsync(DeliveryWorld world, string marker)
    {
        using var cancel = new CancellationTokenSource();
        var run = CliApp.RunAsync(["run-due", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 1, 7, 5)],
            TestEnvironment.Process(TimeProvider.System), cancel.Token, Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
            {
                Out = new Spectre.Console.AnsiConsoleOutput(TextWriter.Null),
            }), TextWriter.Null);
        while (!File.Exists(marker))
        {
            await Task.Delay(50);
        }

        await cancel.CancelAsync();
        return await run;
    }

    [Fact]
    public async Task RunDue_LoginRefused_TriesOneLoginInTheRunAndSaysSoOnce()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly + "\n" + Monthly.Replace("id: monthly", "id: second", StringComparison.Ordinal),
            ["--auth-fail"]);
        File.WriteAllText(Path.Combine(world.Folder, "smtp.credentials"), "username=reports\npassword=wrong\n");
        File.WriteAllText(world.Deliveries, File.ReadAllText(world.Deliveries)
            .Replace("  timeout_seconds: 10", "  timeout_seconds: 10\n  credentials_file: smtp.credentials", StringComparison.Ordinal));

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(4);
        File.ReadAllLines(Path.Combine(smtp.Folder, "auth.log")).Length.ShouldBe(1, "one login, with one mechanism, for the whole run");
        var lines = outcome.Output.TrimEnd('\n').Split('\n');
        lines.Length.ShouldBe(2, outcome.Output);
        lines[0].ShouldStartWith("2026-11-05T08:00:00Z note: 127.0.0.1:");
        lines[0].ShouldContain("refused the login: ");
        lines[0].ShouldEndWith(": no further mail is sent in this run (one login per run, so the account is not locked); check the SMTP credentials");
        lines[1].ShouldStartWith("2026-11-05T08:00:00Z retry monthly October 2026 (due 2026-11-01T07:00Z): 127.0.0.1:");
        outcome.Output.ShouldNotContain("wrong");
        smtp.Messages().ShouldBeEmpty();
    }

    [Fact]
    public async Task RunDue_BurstKeysThatLookAlikeOrClimbOut_GetTheirOwnMessageIdAndStayInTheOutputFolder()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync("""
              - id: teams
                report: team.yaml
                schedule: "0 7 1 * *"
                for_each: team
                recipients:
                  "'äb'": [a@example.com]
                  "'öb'": [o@example.com]
                  "'x/../../../../escaped'": [x@example.com]
                bcc: [archive@example.com]
                attach: [json]
            """);

        var outcome = await world.RunDueAsync(Instant(2026, 11, 1, 7, 5));

        outcome.ExitCode.ShouldBe(0, outcome.Output + outcome.Errors);
        var ids = smtp.Messages().ToDictionary(m => m.Message.To.Mailboxes.Single().Address, m => m.Message.MessageId);
        ids["a@example.com"].ShouldBe($"teams.20261101T070000._b_~{Hash("'äb'")}@example.com");
        ids["o@example.com"].ShouldBe($"teams.20261101T070000._b_~{Hash("'öb'")}@example.com");
        ids["x@example.com"].ShouldBe($"teams.20261101T070000._x_escaped_~{Hash("'x/../../../../escaped'")}@example.com");
        ids.Values.Distinct().Count().ShouldBe(3);
        Directory.Exists(Path.Combine(world.Folder, "escaped")).ShouldBeFalse();
        var occurrence = Path.Combine(world.State + ".out", "teams", "2026-11-01T0700Z");
        Directory.GetDirectories(occurrence).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe([$"_b_~{Hash("'äb'")}", $"_b_~{Hash("'öb'")}", $"_x_escaped_~{Hash("'x/../../../../escaped'")}"]);
    }

    /// <summary>The first 4 bytes of the key's SHA-256, in hex: computed here independently of the code under test.</summary>
    private static string Hash(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..8];

    [Theory]
    [InlineData("DELETE FROM ledger")]
    [InlineData("DROP TABLE ledger")]
    [InlineData("truncate the file to 0 bytes")]
    [InlineData("delete the file")]
    public async Task RunDue_LedgerEmptiedAfterMailsWereSent_RefusesToSendAgainUnlessReset(string damage)
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 5))).ExitCode.ShouldBe(0);
        Damage(world.State, damage);

        var refused = await world.RunDueAsync(Instant(2026, 11, 1, 7, 10));
        var reset = await CliHarness.RunAsync("run-due", world.Deliveries, "--state", world.State, "--as-of", Instant(2026, 11, 1, 7, 15), "--reset");

        refused.ExitCode.ShouldBe(2);
        refused.Errors.ShouldStartWith($"--state: error: the ledger {world.State} records no mail, but {Path.Combine(world.State + ".out", "monthly")} " +
            "holds the files of mails sent before: it was emptied, deleted or replaced, and going on would send them all again; restore the ledger, " +
            "or run once with --reset to start afresh");
        reset.ExitCode.ShouldBe(0, reset.Errors);
        smtp.Messages().Count.ShouldBe(2, "once before the damage, once after the explicit --reset");
    }

    /// <summary>Empties the ledger as a user or a tool might: SQL on its table, or the file itself cut to nothing or removed
    /// (with its WAL side files, which hold the recent writes).</summary>
    private static void Damage(string state, string damage)
    {
        if (damage.StartsWith("truncate", StringComparison.Ordinal) || damage.StartsWith("delete", StringComparison.Ordinal))
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { state, state + "-wal", state + "-shm" })
            {
                File.Delete(file);
            }

            if (damage.StartsWith("truncate", StringComparison.Ordinal))
            {
                File.WriteAllBytes(state, []);
            }

            return;
        }

        using var connection = new SqliteConnection($"Data Source={state};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = damage;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task RunDue_DamagedLedger_ExitsTwoNamingTheFile_AndSendsNothing()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 5))).ExitCode.ShouldBe(0);
        SqliteConnection.ClearAllPools();
        File.Delete(world.State + "-wal");
        File.Delete(world.State + "-shm");
        File.WriteAllBytes(world.State, System.Text.Encoding.ASCII.GetBytes(new string('x', 8192)));   // overwritten by something else

        var damaged = await world.RunDueAsync(Instant(2026, 12, 1, 7, 5));

        damaged.ExitCode.ShouldBe(2, damaged.Errors);
        damaged.Errors.ShouldStartWith($"--state: error: the ledger {world.State} is damaged (SQLite: ");
        damaged.Errors.ShouldContain("restore it from a backup");
        smtp.Messages().Count.ShouldBe(1, "December's mail waits for the ledger; nothing is sent without it");
    }

    [Fact]
    public async Task RunDue_BrandNewLedgerPath_SendsWithoutReset()
    {
        using var world = new DeliveryWorld();
        await using var smtp = await world.StartSmtpAsync(Monthly);
        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 5))).ExitCode.ShouldBe(0);
        File.Delete(world.State);
        File.Delete(world.State + "-wal");
        File.Delete(world.State + "-shm");
        Directory.Delete(world.State + ".out", recursive: true);

        (await world.RunDueAsync(Instant(2026, 11, 1, 7, 10))).ExitCode.ShouldBe(0);
        smtp.Messages().Count.ShouldBe(2);
    }
}
