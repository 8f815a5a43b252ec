using System.Text.RegularExpressions;
using NodaTime;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;
using ReportBuilder.Rendering.Pipeline;

namespace ReportBuilder.Delivery.Schedules;

/// <summary>The report definitions the deliveries name, loaded once (by the pipeline) and planned per occurrence and burst group.</summary>
internal sealed class DeliveryReports(DeliveryConfig config, ReportPipeline pipeline)
{
    /// <summary>Loads and plans every delivery's report as of <paramref name="asOf"/>; throws <see cref="DefinitionException"/>
    /// listing every problem, so nothing is sent while any definition is broken.</summary>
    public void Validate(DateTimeOffset asOf, string output)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var delivery in config.Deliveries)
        {
            if (Definition(delivery, diagnostics) is { } definition)
            {
                CheckBurstFilters(delivery, definition, diagnostics);
                if (delivery.SendWhen == SendWhen.StatusChanged && definition.Compare?.Value is null or Comparison.None)
                {
                    diagnostics.Error(delivery.Location, $"delivery '{delivery.Id}' sends when a status changed, but " +
                        $"{Path.GetFileName(definition.Path)} has no comparison period to change from: add compare: previous_period to the report");
                }

                foreach (var group in delivery.Groups())
                {
                    pipeline.Plan(definition, Options(delivery, group, output), Instant.FromDateTimeOffset(asOf), diagnostics);
                }
            }
        }

        diagnostics.ThrowIfErrors();
    }

    /// <summary>The plan of one mail: the delivery's period resolved as of the occurrence, the group's params set.</summary>
    public ReportPlan Plan(DeliveryDefinition delivery, DeliveryGroup group, DateTimeOffset occurrence, string output) =>
        pipeline.Plan(new ReportRequest(delivery.ReportPath, Options(delivery, group, output), At: occurrence));

    /// <summary>A burst must not leak: every metric of the report must filter on the burst param, or each group would get
    /// every row; a scorecard member's mail must name no other member, so the report's metrics may not be broken down by
    /// members (<see cref="ScorecardDefinition.NamingDimensions"/>).</summary>
    private static void CheckBurstFilters(DeliveryDefinition delivery, ReportDefinition definition, DiagnosticBag diagnostics)
    {
        if (delivery.Burst is { PerMember: true })
        {
            CheckMemberBurst(delivery, definition, diagnostics);
            return;
        }

        if (delivery.Burst is not { Param: var param })
        {
            return;
        }

        var filter = new Regex($@"\bparam\.{Regex.Escape(param)}\b", RegexOptions.CultureInvariant);
        foreach (var use in definition.Metrics.Where(m => m.Where is null || !filter.IsMatch(m.Where.Value)))
        {
            diagnostics.Error(delivery.Location, $"delivery '{delivery.Id}' fans out over '{param}' but metric '{use.Name}' of " +
                $"{Path.GetFileName(definition.Path)} does not filter on param.{param}, so every mail would hold every row: " +
                $"add where: (e.g. agent.{param} = param.{param}) to the report");
        }
    }

    private static void CheckMemberBurst(DeliveryDefinition delivery, ReportDefinition definition, DiagnosticBag diagnostics)
    {
        var file = Path.GetFileName(definition.Path);
        if (definition.Scorecard is not { } scorecard)
        {
            diagnostics.Error(delivery.Location, $"delivery '{delivery.Id}' sends each member their scorecard, but {file} has none: " +
                "add scorecard: { per: agent } to the report, or use for_each: PARAM");
            return;
        }

        var naming = ScorecardDefinition.NamingDimensions[scorecard.Per.Value];
        foreach (var use in definition.Metrics)
        {
            foreach (var by in use.Breakdown.Where(b => naming.Contains(b.Value)))
            {
                diagnostics.Error(delivery.Location, $"delivery '{delivery.Id}' sends each {scorecard.Per.Value} only their own scorecard, but " +
                    $"metric '{use.Name}' of {file} is broken down by {by.Value}, which would show every {scorecard.Per.Value}'s values in each mail: " +
                    "remove that breakdown, or send the report with to: alone");
            }
        }
    }

    private ReportDefinition? Definition(DeliveryDefinition delivery, DiagnosticBag diagnostics)
    {
        if (!File.Exists(delivery.ReportPath))
        {
            diagnostics.Error(delivery.Location, $"delivery '{delivery.Id}': report {delivery.ReportPath} not found (report: is relative to the deliveries file)");
            return null;
        }

        return pipeline.Load(delivery.ReportPath, diagnostics);
    }

    private static RunOptions Options(DeliveryDefinition delivery, DeliveryGroup group, string output) =>
        new(delivery.Database, delivery.Period, output, delivery.Attach) { Sets = group.Sets };
}
