using ReportBuilder.Delivery.Ledger;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Rendering.Pipeline;

namespace ReportBuilder.Delivery;

/// <summary>What <c>run-due</c> does: every due occurrence (and every mail waiting for a retry) is claimed in the ledger,
/// gated on the data, rendered, mailed and recorded.</summary>
/// <param name="outputRoot">Where each mail's files are written, one folder per delivery, occurrence and group.</param>
/// <param name="pipeline">Makes each mail's report, in the command's environment.</param>
internal sealed partial class DueDeliveries(DeliveryConfig config, DeliveryLedger ledger, ReportPipeline pipeline, IMailSender sender,
    string outputRoot)
{
    /// <summary>How long a held delivery waits before the gate is checked again.</summary>
    public static readonly TimeSpan HoldRetry = TimeSpan.FromMinutes(15);

    /// <summary>Failed sends are retried in later runs this many times, then recorded as failed.</summary>
    public const int MaxAttempts = 10;

    private readonly DeliveryReports _reports = new(config, pipeline);
    private readonly HashSet<string> _clockBehindSaid = new(StringComparer.Ordinal);
    private bool _loginRefused;

    /// <summary>What a run wants the operator to know besides the mails' outcomes (e.g. a clock behind the ledger), each said
    /// once per process; read and cleared by the caller.</summary>
    public List<string> Notices { get; } = [];

    /// <summary>Runs everything due as of <paramref name="asOf"/>, after checking every report. <paramref name="stop"/> ends
    /// the run before the next mail and lets the one in progress finish; <paramref name="ct"/> abandons that one too, releasing
    /// its claim so the next run takes it at once.</summary>
    public async Task<IReadOnlyList<DeliveryOutcome>> RunAsync(DateTimeOffset asOf, CancellationToken ct, CancellationToken stop = default)
    {
        _reports.Validate(asOf, outputRoot);
        _loginRefused = false;
        var outcomes = new List<DeliveryOutcome>();
        foreach (var delivery in config.Deliveries)
        {
            var last = await ledger.LastOccurrenceAsync(delivery.Id, ct);
            if (DueOccurrences.ClockBehind(last, asOf) && _clockBehindSaid.Add(delivery.Id))
            {
                Notices.Add($"delivery '{delivery.Id}': the clock ({asOf.UtcDateTime:yyyy-MM-dd HH:mm}Z) is behind the ledger's latest " +
                    $"occurrence ({last!.Value.UtcDateTime:yyyy-MM-dd HH:mm}Z): nothing of it is due until the clock passes that time");
            }

            var occurrences = new SortedSet<DateTimeOffset>(DueOccurrences.Since(delivery, last, asOf));
            occurrences.UnionWith(await ledger.PendingAsync(delivery.Id, asOf, ct));
            foreach (var occurrence in occurrences)
            {
                foreach (var group in delivery.Groups())
                {
                    if (stop.IsCancellationRequested || _loginRefused)
                    {
                        return outcomes;
                    }

                    var outcome = await RunOneAsync(delivery, occurrence, group, asOf, ct);
                    outcomes.AddRange(outcome is null ? [] : [outcome]);
                    if (delivery.Burst is { PerMember: true } && outcome?.State is not (LedgerState.Held or LedgerState.Retry or LedgerState.Failed))
                    {
                        // The members' mails follow their roll-up: not before its data is ready and readable.
                        outcomes.AddRange(await RunMembersAsync(delivery, occurrence, group, asOf, ct, stop));
                    }
                }
            }
        }

        return outcomes;
    }

    /// <summary><c>for_each: scorecard</c>: each member of the occurrence's scorecard gets a mail of its own page, rendered
    /// from one read of the data; a member without an address is recorded as skipped, so the run and <c>deliveries</c> list it.</summary>
    private async Task<List<DeliveryOutcome>> RunMembersAsync(DeliveryDefinition delivery, DateTimeOffset occurrence, DeliveryGroup rollUp,
        DateTimeOffset asOf, CancellationToken ct, CancellationToken stop)
    {
        var outcomes = new List<DeliveryOutcome>();
        ScorecardRoster roster;
        try
        {
            roster = await ScorecardRoster.ReadAsync(pipeline, _reports.Plan(delivery, rollUp, occurrence, outputRoot), delivery, ct);
        }
        catch (Diagnostics.DataSourceException ex)
        {
            Notices.Add($"delivery '{delivery.Id}': the scorecard's members could not be read, so no member's mail was sent: {ex.Message}");
            return outcomes;
        }

        foreach (var member in roster.Members)
        {
            if (stop.IsCancellationRequested || _loginRefused)
            {
                break;
            }

            if (await RunOneAsync(delivery, occurrence, member, asOf, ct, roster.Model.ForMember(member.Member!)) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }
}
