using NodaTime;
using ReportBuilder.Definitions;
using ReportBuilder.Diagnostics;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Definitions;

/// <summary><c>extends:</c>, <c>params:</c>, <c>--set</c> and <c>where:</c>, on the shipped example variant and on small files.</summary>
public sealed class VariantTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 5, 8, 0);

    [Fact]
    public void Load_TeamVariant_TakesTheBaseMetricsAndChangesOnlyWhatItStates()
    {
        var variant = ReportDefinitionLoader.Load(RepositoryFiles.PathOf("examples", "team-variant.yaml"), TestReport.Catalog);
        var parent = ReportDefinitionLoader.Load(RepositoryFiles.PathOf("examples", "monthly-support.yaml"), TestReport.Catalog);

        variant.Id.ShouldBe("team-support");
        variant.Timezone.Value.ShouldBe(parent.Timezone.Value);
        variant.Metrics.Select(m => m.Name).ShouldBe(parent.Metrics.Select(m => m.Name).Where(n => n != "first_response_mean"));
        var replies = variant.Metrics.Single(m => m.Name == "replies_per_ticket");
        replies.Target!.Pass!.Value.ShouldBe("< 1.8");
        replies.Breakdown.Select(b => b.Value).ShouldBe(parent.Metrics.Single(m => m.Name == "replies_per_ticket").Breakdown.Select(b => b.Value));
        variant.Metrics.ShouldAllBe(m => m.Where!.Value == "agent.team = param.team");
    }

    [Fact]
    public void Plan_SetOverridesParam_InTitleAndInEveryQuery()
    {
        var definition = ReportDefinitionLoader.Load(RepositoryFiles.PathOf("examples", "team-variant.yaml"), TestReport.Catalog);
        var sets = new Dictionary<string, string> { ["team"] = "technical" };

        var plan = ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions("x.db") { Sets = sets }, AsOf);

        plan.Title.ShouldBe("Monthly support report — technical team");
        // Every statement over the data filters by the team (the working intervals' table reads no data).
        plan.Queries.Where(q => !q.Prepares).ShouldAllBe(q => q.Sql.Contains("\"team\" = @"));
        plan.Queries.Where(q => q.Prepares).ShouldAllBe(q => q.Reads.Count == 0);
        plan.Queries.Where(q => !q.Prepares).ShouldAllBe(q => q.Parameters.Any(p => Equals(p.Value, "technical")));
    }

    [Fact]
    public void Plan_SetUnknownParam_SuggestsTheDeclaredOne()
    {
        var definition = ReportDefinitionLoader.Load(RepositoryFiles.PathOf("examples", "team-variant.yaml"), TestReport.Catalog);

        var error = Should.Throw<DefinitionException>(() => ReportCompiler.Plan(definition, TestReport.Catalog,
            new RunOptions("x.db") { Sets = new Dictionary<string, string> { ["tema"] = "x" } }, AsOf));

        error.Diagnostics.Select(d => d.ToString()).ShouldBe(["--set: error: the report declares no param 'tema'; did you mean 'team'?"]);
    }

    [Fact]
    public void Load_ErrorInBase_IsReportedAtTheBaseFilesLine()
    {
        var dir = Directory.CreateTempSubdirectory("rb-variant-").FullName;
        File.WriteAllText(Path.Combine(dir, "base.yaml"), "id: base\ntitle: Base\nmetrics:\n  - metric: ticket_volume\n    breakdown: [chanel]\n");
        File.WriteAllText(Path.Combine(dir, "variant.yaml"), "extends: base.yaml\nid: variant\n");
        var definition = ReportDefinitionLoader.Load(Path.Combine(dir, "variant.yaml"), TestReport.Catalog);

        var error = Should.Throw<DefinitionException>(() => ReportCompiler.Plan(definition, TestReport.Catalog, new RunOptions("x.db"), AsOf));

        error.Diagnostics.Select(d => d.ToString()).ShouldBe(
            [$"{Path.Combine(dir, "base.yaml")}:5:17: error: metric 'ticket_volume' cannot be broken down by 'chanel'; did you mean 'channel'?"]);
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Load_VariantChangesHash_WhenOnlyTheBaseChanges()
    {
        var dir = Directory.CreateTempSubdirectory("rb-variant-").FullName;
        var variant = Path.Combine(dir, "variant.yaml");
        File.WriteAllText(variant, "extends: base.yaml\nid: variant\n");
        File.WriteAllText(Path.Combine(dir, "base.yaml"), "id: base\ntitle: Base\nmetrics:\n  - metric: ticket_volume\n");
        var before = ReportDefinitionLoader.Load(variant, TestReport.Catalog).Hash;
        File.WriteAllText(Path.Combine(dir, "base.yaml"), "id: base\ntitle: Base\nmetrics:\n  - metric: replies_per_ticket\n");

        ReportDefinitionLoader.Load(variant, TestReport.Catalog).Hash.ShouldNotBe(before);
        Directory.Delete(dir, recursive: true);
    }
}
