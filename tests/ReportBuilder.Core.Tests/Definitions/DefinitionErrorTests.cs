using ReportBuilder.Diagnostics;
using ReportBuilder.Definitions;
using ReportBuilder.Metrics.Sql;
using ReportBuilder.Planning;

namespace ReportBuilder.Tests.Definitions;

/// <summary>Every problem of a definition is reported as file:line:col with an exact message.</summary>
public sealed class DefinitionErrorTests
{
    private static string[] Errors(string yaml) =>
        Should.Throw<DefinitionException>(() => TestReport.Plan(yaml)).Diagnostics.Select(d => d.ToString()).ToArray();

    [Fact]
    public void Parse_UnknownKey_SuggestsTheClosestKey()
    {
        Errors("""
            id: test
            title: Test
            titel: Typo
            metrics:
              - metric: ticket_volume
                brekdown: [channel]
            """).ShouldBe([
            "report.yaml:3:1: error: unknown key 'titel' in the report; did you mean 'title'?",
            "report.yaml:6:5: error: unknown key 'brekdown' in a metric entry; did you mean 'breakdown'?",
        ]);
    }

    [Fact]
    public void Parse_UnknownKeyWithNothingClose_ListsTheAllowedKeys()
    {
        Errors("""
            id: test
            metrics:
              - metric: ticket_volume
                colour: red
            """).ShouldBe([
            "report.yaml:4:5: error: unknown key 'colour' in a metric entry; allowed keys: metric, name, stat, target, breakdown, min_sample, params, where, hours, theme, remove",
        ]);
    }

    [Fact]
    public void Parse_WrongTypes_NameTheKeyAndWhatItNeeds()
    {
        Errors("""
            id: test
            title: [a, b]
            trend: many
            metrics:
              - metric: ticket_volume
                min_sample: -1
            """).ShouldBe([
            "report.yaml:2:8: error: title must be a single value, not a list or mapping",
            "report.yaml:3:8: error: trend must be a whole number from 0 to 60, not 'many'",
            "report.yaml:6:17: error: min_sample must be a whole number from 0 to 2147483647, not '-1'",
        ]);
    }

    [Fact]
    public void Parse_MetricsNotAList_SaysHowToWriteThem()
    {
        Errors("""
            id: test
            metrics: ticket_volume
            """).ShouldBe(["report.yaml:2:10: error: metrics must be a non-empty list, e.g. '- metric: ticket_volume'"]);
    }

    [Fact]
    public void Parse_InvalidYaml_GivesThePositionOfTheSyntaxError()
    {
        var errors = Errors("""
            id: test
            metrics: [ticket_volume
            """);

        errors.Length.ShouldBe(1);
        errors[0].ShouldStartWith("report.yaml:3:1: error: invalid YAML: ");
    }

    [Fact]
    public void Plan_UnknownMetric_SuggestsTheClosestId()
    {
        Errors("""
            id: test
            metrics:
              - metric: replies_per_tickt
              - metric: happiness
            """).ShouldBe([
            "report.yaml:3:13: error: unknown metric 'replies_per_tickt'; did you mean 'replies_per_ticket'?",
            "report.yaml:4:13: error: unknown metric 'happiness': run 'reportbuilder metrics' to list the catalog",
        ]);
    }

    [Fact]
    public void Plan_MalformedPeriodAndBadTimezoneAndComparison_AreAllReported()
    {
        // As the pipeline does (ReportPipeline.Plan): the comparison is refused by the loader, the period and the time zone by
        // the planner, which plans the definition the loader made of the rest.
        var diagnostics = new DiagnosticBag();
        var definition = ReportDefinitionLoader.Parse("report.yaml", """
            id: test
            timezone: Europe/Warsa
            period: 2026-13
            compare: last_year
            metrics:
              - metric: ticket_volume
            """, TestReport.Catalog, diagnostics);
        ReportCompiler.Plan(definition!, TestReport.Catalog, new RunOptions(Database: "test.db"), TestReport.AsOf, diagnostics);

        diagnostics.InFileOrder().Select(d => d.ToString()).ShouldBe([
            "report.yaml:2:11: error: unknown time zone 'Europe/Warsa': use an IANA id such as Europe/Warsaw; did you mean 'Europe/Warsaw'?",
            "report.yaml:3:9: error: '2026-13' is not a period: use last_month, month_to_date, last_7_days, last_N_days, yesterday, " +
                "last_week, week_to_date, last_quarter, quarter_to_date, last_year, year_to_date, 2026-10, 2026-Q3, 2026-W05, 2026, " +
                "2026-10-05, or 2026-10-01..2026-10-15",
            "report.yaml:4:10: error: unknown comparison 'last_year': use previous_period, same_period_last_year, none",
        ]);
    }

    [Fact]
    public void Plan_UnknownComparison_ListsTheChoices()
    {
        Errors("""
            id: test
            period: 2026-10
            compare: last_year
            metrics:
              - metric: ticket_volume
            """).ShouldBe(["report.yaml:3:10: error: unknown comparison 'last_year': use previous_period, same_period_last_year, none"]);
    }

    [Fact]
    public void Plan_UnknownStatAndBreakdown_NameWhatTheMetricHas()
    {
        Errors("""
            id: test
            metrics:
              - metric: first_response_time
                stat: p90
              - metric: csat
                breakdown: [tier]
            """).ShouldBe([
            "report.yaml:4:11: error: metric 'first_response_time' has no stat 'p90': use mean or median",
            "report.yaml:6:17: error: metric 'csat' cannot be broken down by 'tier': use agent, team, channel, priority",
        ]);
    }

    [Fact]
    public void Plan_TargetParseError_PointsInsideTheQuotedRule()
    {
        Errors("""
            id: test
            metrics:
              - metric: first_response_time
                target: { pass: "<= 1x" }
            """).ShouldBe(["report.yaml:4:26: error: in target '<= 1x': unknown duration unit 'x': use s, m, h, d or w"]);
    }

    [Fact]
    public void Plan_PreviousRuleWithoutComparison_AsksForOne()
    {
        Errors("""
            id: test
            period: 2026-10
            metrics:
              - metric: replies_per_ticket
                target: { pass: "value <= previous * 1.1" }
            """).ShouldBe([
            "report.yaml:5:13: error: the target of 'replies_per_ticket' compares with 'previous', but the report has no comparison: " +
                "set compare: previous_period or same_period_last_year",
        ]);
    }

    [Fact]
    public void Plan_UnknownParam_ListsTheMetricsParams()
    {
        Errors("""
            id: test
            metrics:
              - metric: first_response_sla
                params: { sla_gold: 2h }
            """).ShouldBe(["report.yaml:4:25: error: metric 'first_response_sla' has no param 'sla_gold': use sla_standard, sla_premium"]);
    }

    [Fact]
    public void Plan_DefinedMetricWithUnknownColumn_PointsAtTheColumnInsideTheFilter()
    {
        Errors("""
            id: test
            metrics:
              - metric: chats
            define:
              chats:
                table: tickets
                time: created_at
                where: status = 'open' and chanel = 'chat'
                value: count()
            """).ShouldBe(["report.yaml:8:32: error: unknown column 'chanel' in table 'tickets'; did you mean 'channel'?"]);
    }

    [Fact]
    public void Parse_DuplicateOutputName_NamesTheOtherLine()
    {
        Errors("""
            id: test
            metrics:
              - metric: csat
              - metric: csat
            """).ShouldBe(["report.yaml:4:5: error: duplicate output name 'csat' (also at line 3): give one of them a different 'name'"]);
    }
}
