using ReportBuilder.Delivery.Ledger;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;

namespace ReportBuilder.Delivery;

internal sealed partial class DueDeliveries
{
    /// <param name="model">A scorecard member's report, read with the roster; null: the group's report is read and rendered.</param>
    private async Task<DeliveryOutcome?> RunOneAsync(DeliveryDefinition delivery, DateTimeOffset occurrence, DeliveryGroup group,
        DateTimeOffset now, CancellationToken ct, Reports.ReportModel? model = null)
    {
        var folder = Path.Combine(outputRoot, delivery.Id, occurrence.UtcDateTime.ToString("yyyy-MM-dd'T'HHmm'Z'", System.Globalization.CultureInfo.InvariantCulture),
            group.Key.Length == 0 ? "all" : IO.SafeName.Of(group.Key));
        // The period is the one the occurrence was due for, not today's: a run after downtime reports on the missed month.
        var plan = _reports.Plan(delivery, group, occurrence, folder);
        var period = plan.Periods[0].Label(System.Globalization.CultureInfo.InvariantCulture);
        var key = new LedgerKey(delivery.Id, occurrence, group.Key);
        var claim = await ledger.TryClaimAsync(key, period, now, ct);
        if (claim is null)
        {
            return null;
        }

        try
        {
            return await RunClaimedAsync(delivery, occurrence, group, now, folder, plan, period, claim, model, ct);
        }
        catch (OperationCanceledException)
        {
            // Abandoned (a signal's grace ran out): the next run must not wait out the lease.
            await ledger.ReleaseAsync(key, CancellationToken.None);
            throw;
        }
    }

    private async Task<DeliveryOutcome?> RunClaimedAsync(DeliveryDefinition delivery, DateTimeOffset occurrence, DeliveryGroup group,
        DateTimeOffset now, string folder, Metrics.Sql.ReportPlan plan, string period, LedgerClaim claim, Reports.ReportModel? model, CancellationToken ct)
    {
        var key = claim.Key;
        DeliveryOutcome Outcome(LedgerState state, string detail) => new(delivery.Id, occurrence, group.Key, period, state, detail);
        if (group.Member is { } member && group.Recipients.IsEmpty)
        {
            // Final: the member's address is added for the next period (send-test --member sends this one by hand).
            var nowhere = $"no address for {model?.Scorecard?.Per ?? "member"} '{member}': add it under recipients:" +
                (delivery.Burst?.Address is { } column ? $" or to {column.Text}" : "");
            await ledger.RecordAsync(key, LedgerState.Skipped, nowhere, now, ct: ct);
            return Outcome(LedgerState.Skipped, nowhere);
        }

        GateResult gate;
        try
        {
            gate = await DataReadyGate.CheckAsync(plan, delivery.Ready, now, pipeline.Environment.PostgresPassword, ct);
        }
        catch (DataSourceException ex)
        {
            gate = new GateResult(false, ex.Message);
        }

        if (!gate.Ready)
        {
            await ledger.RecordAsync(key, LedgerState.Held, gate.Reason, now, nextAttempt: now + HoldRetry, ct: ct);
            return Outcome(LedgerState.Held, gate.Reason);
        }

        RenderedReport report;
        try
        {
            report = await RenderedReport.RenderAsync(pipeline, plan, ct, model);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var (failedState, failedDetail) = await RecordFailureAsync(claim, transient: true, $"rendering failed: {ex.Message}", now, ct);
            return Outcome(failedState, failedDetail);
        }

        await ledger.RecordAsync(key, LedgerState.Rendered, $"{report.Attachments.Count} attachments in {folder}", now, keepClaim: true, ct: ct);
        if (delivery.SkipIfEmpty && report.Model.Metrics.All(m => m.Value is null || m.Sample == 0))
        {
            const string empty = "skip_if_empty: no metric has data in the period";
            await ledger.RecordAsync(key, LedgerState.Skipped, empty, now, ct: ct);
            return Outcome(LedgerState.Skipped, empty);
        }

        if (delivery.SendWhen.SkipReason(report.Model) is { } quiet)
        {
            // Final, like skip_if_empty: a later run and catch-up leave this occurrence alone.
            await ledger.RecordAsync(key, LedgerState.Skipped, quiet, now, ct: ct);
            return Outcome(LedgerState.Skipped, quiet);
        }

        var sent = await sender.SendAsync(DeliveryMessage.Compose(config.Smtp.From, delivery, group, report, group.Recipients,
            DeliveryMessage.MessageId(delivery.Id, occurrence, group.Key, config.Smtp.From)), ct);
        // Sent is sent: the record is written even when the run is being abandoned, or the claim would be released and the
        // next run would send the mail again.
        if (sent is { Status: SendStatus.Sent, Rejected: [_, ..] rejected })
        {
            foreach (var recipient in rejected)
            {
                await ledger.EventAsync(key, LedgerState.Rejected, recipient, now, CancellationToken.None);
            }

            var partly = $"{sent.Detail}; {string.Join("; ", rejected)}";
            await ledger.RecordAsync(key, LedgerState.Partial, partly, now, ct: CancellationToken.None);
            return Outcome(LedgerState.Partial, partly);
        }

        if (sent.Status == SendStatus.Sent)
        {
            await ledger.RecordAsync(key, LedgerState.Sent, sent.Detail, now, ct: CancellationToken.None);
            return Outcome(LedgerState.Sent, sent.Detail);
        }

        if (sent.Status == SendStatus.LoginRefused)
        {
            _loginRefused = true;
            Notices.Add($"{sent.Detail}: no further mail is sent in this run (one login per run, so the account is not locked); " +
                "check the SMTP credentials");
        }

        var (state, detail) = await RecordFailureAsync(claim, sent.Status is SendStatus.Transient or SendStatus.LoginRefused, sent.Detail, now, ct);
        return Outcome(state, detail);
    }

    /// <summary>A transient failure waits for a later run (<see cref="Backoff"/>) until <see cref="MaxAttempts"/>; a permanent
    /// one, or the last attempt, is final.</summary>
    private async Task<(LedgerState State, string Detail)> RecordFailureAsync(LedgerClaim claim, bool transient, string detail, DateTimeOffset now,
        CancellationToken ct)
    {
        var attempts = claim.Attempts + 1;
        var (state, next) = transient && attempts < MaxAttempts ? (LedgerState.Retry, now + Backoff(attempts)) : (LedgerState.Failed, (DateTimeOffset?)null);
        detail = transient && state == LedgerState.Failed ? $"gave up after {attempts} runs: {detail}" : detail;
        await ledger.RecordAsync(claim.Key, state, detail, now, attempts, next, ct: ct);
        return (state, detail);
    }

    /// <summary>Across runs: 5 minutes after the first failure, doubling up to 6 hours.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromMinutes(Math.Min(5 * Math.Pow(2, attempts - 1), 6 * 60));
}
