using NodaTime;
using ReportBuilder.Definitions;
using ReportBuilder.Delivery.Ledger;
using ReportBuilder.Delivery.Mail;
using ReportBuilder.Delivery.Schedules;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics;
using ReportBuilder.Planning;

namespace ReportBuilder.Delivery;

/// <summary>What <c>run-due</c> does: every due occurrence (and every mail waiting for a retry) is claimed in the ledger,
/// gated on the data, rendered, mailed and recorded.</summary>
/// <param name="outputRoot">Where each mail's files are written, one folder per delivery, occurrence and group.</param>
internal sealed partial class DueDeliveries(DeliveryConfig config, DeliveryLedger ledger, IReportRenderer renderer, IMailSender sender,
    string outputRoot)
{
    /// <summary>How long a held delivery waits before the gate is checked again.</summary>
    public static readonly TimeSpan HoldRetry = TimeSpan.FromMinutes(15);

    /// <summary>Failed sends are retried in later runs this many times, then recorded as failed.</summary>
    public const int MaxAttempts = 10;

    private readonly Catalog _catalog = Catalog.LoadDefault();
    private readonly Dictionary<string, ReportDefinition> _definitions = new(StringComparer.Ordinal);

    /// <summary>Checks every delivery's report (throws <see cref="DefinitionException"/> listing every problem) before any mail goes.</summary>
    public void Validate(DateTimeOffset asOf)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var delivery in config.Deliveries)
        {
            if (Definition(delivery, diagnostics) is { } definition)
            {
                foreach (var group in delivery.Groups())
                {
                    ReportPlanner.Plan(definition, _catalog, Options(delivery, group, outputRoot), Instant.FromDateTimeOffset(asOf), diagnostics);
                }
            }
        }

        diagnostics.ThrowIfErrors();
    }

    /// <summary>Runs everything due as of <paramref name="asOf"/>.</summary>
    public async Task<IReadOnlyList<DeliveryOutcome>> RunAsync(DateTimeOffset asOf, CancellationToken ct)
    {
        Validate(asOf);
        var outcomes = new List<DeliveryOutcome>();
        foreach (var delivery in config.Deliveries)
        {
            var occurrences = new SortedSet<DateTimeOffset>(
                DueOccurrences.Since(delivery, await ledger.LastOccurrenceAsync(delivery.Id, ct), asOf));
            occurrences.UnionWith(await ledger.PendingAsync(delivery.Id, asOf, ct));
            foreach (var occurrence in occurrences)
            {
                foreach (var group in delivery.Groups())
                {
                    if (await RunOneAsync(delivery, occurrence, group, asOf, ct) is { } outcome)
                    {
                        outcomes.Add(outcome);
                    }
                }
            }
        }

        return outcomes;
    }

    private ReportDefinition? Definition(DeliveryDefinition delivery, DiagnosticBag diagnostics)
    {
        if (_definitions.TryGetValue(delivery.ReportPath, out var known))
        {
            return known;
        }

        if (!File.Exists(delivery.ReportPath))
        {
            diagnostics.Error(delivery.Location, $"delivery '{delivery.Id}': report {delivery.ReportPath} not found (report: is relative to the deliveries file)");
            return null;
        }

        var definition = ReportDefinitionLoader.Load(delivery.ReportPath, _catalog, diagnostics);
        if (definition is not null)
        {
            _definitions[delivery.ReportPath] = definition;
        }

        return definition;
    }

    private static RunOptions Options(DeliveryDefinition delivery, DeliveryGroup group, string output) =>
        new(delivery.Database, delivery.Period, output, delivery.Attach) { Sets = group.Sets };
}
