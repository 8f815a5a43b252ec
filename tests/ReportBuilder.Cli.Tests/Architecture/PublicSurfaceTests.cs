

namespace ReportBuilder.Tests.Architecture;

/// <summary>Core's public surface is what a caller of the pipeline service needs: load a definition against the catalog, plan
/// it, hand the plan to <c>ReportPipeline</c>, read the report model, and understand the errors. The rest is internal
/// (tests, the CLI, rendering, delivery and the benchmarks see it through InternalsVisibleTo).</summary>
public sealed class PublicSurfaceTests
{
    private static readonly string[] Expected =
    [
        // The calls: catalog → definition → plan (then Rendering's ReportPipeline), and what they throw.
        "ReportBuilder.Definitions.Catalog", "ReportBuilder.Definitions.ReportDefinitionLoader", "ReportBuilder.Planning.ReportPlanner",
        "ReportBuilder.Planning.RunOptions", "ReportBuilder.Diagnostics.DefinitionException", "ReportBuilder.Diagnostics.DataSourceException",
        "ReportBuilder.Diagnostics.Diagnostic", "ReportBuilder.Diagnostics.DiagnosticBag", "ReportBuilder.Diagnostics.Severity",
        "ReportBuilder.Diagnostics.SourceLocation",
        // Where the loader may read a definition's files from (the environment's template and allowed folders).
        "ReportBuilder.Definitions.DefinitionFolders",
        // The definition, as the loader returns it.
        "ReportBuilder.Definitions.ReportDefinition", "ReportBuilder.Definitions.Shapes.Located`1", "ReportBuilder.Definitions.MetricUse",
        "ReportBuilder.Definitions.OutputDefinition", "ReportBuilder.Definitions.PaperSize", "ReportBuilder.Definitions.Comparison",
        "ReportBuilder.Definitions.SourceDefinition", "ReportBuilder.Definitions.TargetDefinition",
        "ReportBuilder.Definitions.PostgresLocation", "ReportBuilder.Definitions.MetricDefinition", "ReportBuilder.Definitions.StatDefinition",
        "ReportBuilder.Definitions.MetricUnit", "ReportBuilder.Definitions.MetricDirection",
        "ReportBuilder.Definitions.DataModel", "ReportBuilder.Definitions.TableModel", "ReportBuilder.Definitions.TableMapping",
        "ReportBuilder.Definitions.ColumnMapping", "ReportBuilder.Definitions.JoinModel", "ReportBuilder.Definitions.DimensionModel",
        // The plan, as the planner returns it: periods, planned metrics with their targets (parsed rules), the SQL statements.
        "ReportBuilder.Metrics.Sql.ReportPlan", "ReportBuilder.Metrics.Sql.ReportCompiler", "ReportBuilder.Planning.PlannedReport", "ReportBuilder.Planning.PlannedMetric", "ReportBuilder.Definitions.OutputFormat", "ReportBuilder.Periods.PeriodWindow",
        "ReportBuilder.Periods.PeriodUnit", "ReportBuilder.Metrics.Sql.MetricQuery", "ReportBuilder.Metrics.Sql.SqlDialect",
        "ReportBuilder.Rules.TargetRule", "ReportBuilder.Expressions.Expr", "ReportBuilder.Expressions.ExprVisitor`1",
        "ReportBuilder.Expressions.TextSpan", "ReportBuilder.Expressions.NumberLiteral", "ReportBuilder.Expressions.StringLiteral",
        "ReportBuilder.Expressions.BooleanLiteral", "ReportBuilder.Expressions.NullLiteral", "ReportBuilder.Expressions.DurationLiteral",
        "ReportBuilder.Expressions.Identifier", "ReportBuilder.Expressions.Call", "ReportBuilder.Expressions.Unary",
        "ReportBuilder.Expressions.Binary", "ReportBuilder.Expressions.InList", "ReportBuilder.Expressions.IsNull",
        "ReportBuilder.Expressions.UnaryOperator", "ReportBuilder.Expressions.BinaryOperator",
        // The report model the service returns, as the JSON and the templates have it.
        "ReportBuilder.Reports.ReportModel", "ReportBuilder.Reports.ScorecardView", "ReportBuilder.Reports.ScorecardMetric", "ReportBuilder.Reports.ScorecardPage", "ReportBuilder.Reports.ScorecardValue",
        "ReportBuilder.Reports.SlaPolicyView", "ReportBuilder.Reports.ReportHeader", "ReportBuilder.Reports.PeriodView",
        "ReportBuilder.Reports.Verdict", "ReportBuilder.Reports.MetricView", "ReportBuilder.Reports.ComparisonView",
        "ReportBuilder.Reports.BreakdownView", "ReportBuilder.Reports.BreakdownRow", "ReportBuilder.Reports.TrendPoint",
        "ReportBuilder.Reports.ReportFooter", "ReportBuilder.Reports.CalendarView", "ReportBuilder.Metrics.DataQualityFinding", "ReportBuilder.Rules.Status",
        "ReportBuilder.IO.WireNames", "ReportBuilder.Reports.Brief", "ReportBuilder.Reports.ThemeGroup",
        "ReportBuilder.Reports.DistributionShape", "ReportBuilder.Reports.MetricInsight",
        "ReportBuilder.Reports.TargetDistance", "ReportBuilder.Reports.Streak", "ReportBuilder.Reports.DriverSet",
        "ReportBuilder.Reports.DriverPart", "ReportBuilder.Reports.Mover",
        "ReportBuilder.Reports.GapSet", "ReportBuilder.Reports.GapPart",
    ];

    [Fact]
    public void Core_ExportsOnlyWhatACallerOfTheServiceNeeds()
    {
        var exported = typeof(ReportBuilder.Diagnostics.Diagnostic).Assembly.GetExportedTypes()
            .Select(t => t.FullName!.Replace('+', '.')).Order(StringComparer.Ordinal).ToList();

        exported.ShouldBe(Expected.Order(StringComparer.Ordinal).ToList());
    }
}
