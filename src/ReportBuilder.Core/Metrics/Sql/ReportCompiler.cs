using NodaTime;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Planning;

namespace ReportBuilder.Metrics.Sql;

/// <summary>The stage after planning: a planned report's statements, compiled for the dialect of its source.</summary>
public static class ReportCompiler
{
    /// <summary>Plans and compiles the report as of <paramref name="asOf"/>; throws <see cref="DefinitionException"/> listing
    /// every problem.</summary>
    public static ReportPlan Plan(ReportDefinition definition, Catalog catalog, RunOptions options, Instant asOf, SqlDialect? dialect = null)
    {
        var diagnostics = new DiagnosticBag();
        var plan = Plan(definition, catalog, options, asOf, diagnostics, dialect);
        diagnostics.ThrowIfErrors();
        return plan!;
    }

    /// <summary>Plans and compiles the report, adding every problem to <paramref name="diagnostics"/>: the planner's, then the
    /// compiler's for the metrics that did plan (expressions and columns are checked even when other parts are wrong, so one
    /// run reports every problem); null when there were errors.</summary>
    public static ReportPlan? Plan(ReportDefinition definition, Catalog catalog, RunOptions options, Instant asOf,
        DiagnosticBag diagnostics, SqlDialect? dialect = null)
    {
        var plan = Compile(ReportPlanner.Plan(definition, catalog, options, asOf, diagnostics), diagnostics, dialect);
        return diagnostics.HasErrors ? null : plan;
    }

    /// <summary>Compiles a planned report's statements for <paramref name="dialect"/> (by default its source's), adding any
    /// problem to <paramref name="diagnostics"/>.</summary>
    public static ReportPlan Compile(PlannedReport planned, DiagnosticBag diagnostics, SqlDialect? dialect = null)
    {
        dialect ??= SourceDialect(planned.DatabasePath);
        var inline = dialect.WithoutTemporaryTables;
        var computed = planned.Computed.ToList();
        var definition = planned.Definition;
        var queries = planned.Periods.Count == 0 ? [] : StatementCompiler.Build(planned.Model, computed, planned.Periods, planned.Timezone,
            dialect, diagnostics, planned.ComparisonIndex, workingTime: planned.WorkingTime, sla: definition.Sla, asOf: planned.AsOf);
        return new ReportPlan(planned, dialect, queries)
        {
            Freshness = StatementCompiler.Freshness(planned.Model, computed, dialect),
            QualityFrom = () => StatementCompiler.Quality(planned.Model, computed, planned.Periods, dialect),
            // The report's own statements have reported any problem of these metrics already. Run after them, when PostgreSQL's
            // transaction is read-only: no derived table stored there.
            History = planned.History is not { } history ? null : new HistoryStatements(history.Periods, new Lazy<IReadOnlyList<MetricQuery>>(() =>
                StatementCompiler.Build(planned.Model, history.Metrics, history.Periods, planned.Timezone, inline, new DiagnosticBag(),
                    workingTime: ReportPlanner.WorkingTime(definition, history.Periods, planned.AsOf!.Value), sla: definition.Sla, asOf: planned.AsOf))),
            WithoutStores = ReferenceEquals(inline, dialect) || !queries.Any(q => q.Prepares) ? null
                : new Lazy<ReportPlan>(() => Compile(planned, new DiagnosticBag(), inline)),
        };
    }

    /// <summary>The dialect a source speaks: PostgreSQL for a postgres:// address, DuckDB for a FILE.duckdb, else SQLite.</summary>
    public static SqlDialect SourceDialect(string? database) =>
        PostgresLocation.IsUri(database) ? new PostgresDialect(PostgresLocation.Parse(database!, SourceLocation.Option("--db")).Schema)
        : DuckDbFile.IsFile(database) ? DuckDbDialect.Instance
        : SqliteDialect.Instance;
}
