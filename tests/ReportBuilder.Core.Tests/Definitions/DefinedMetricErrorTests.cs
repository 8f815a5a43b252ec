using ReportBuilder.Diagnostics;

namespace ReportBuilder.Tests.Definitions;

/// <summary>Problems in metrics a report defines (<c>define:</c>, <c>include:</c>) point into the expression that has them.</summary>
public sealed class DefinedMetricErrorTests
{
    private static string[] Errors(string define) =>
        Should.Throw<DefinitionException>(() => TestReport.Plan(Custom(define))).Diagnostics.Select(d => d.ToString()).ToArray();

    /// <summary>A report of the one metric <c>custom</c>, defined by <paramref name="define"/>'s lines.</summary>
    private static string Custom(string define) => $"""
        id: test
        metrics:
          - metric: custom
        define:
          custom:
        {define}
        """;

    /// <summary>The errors of <c>custom</c> over tickets, defined further by <paramref name="lines"/> (line 7 on).</summary>
    private static string[] OnTickets(string lines) => Errors($"""
            table: tickets
            {lines}
        """);

    [Fact]
    public void Plan_ColumnOutsideAnAggregate_SaysHowToAggregateIt()
    {
        Errors("""
                table: tickets
                value: replies / count()
            """).ShouldBe(["report.yaml:7:12: error: column 'replies' must be inside an aggregate, e.g. sum(replies) or mean(replies)"]);
    }

    [Theory]
    [InlineData("sum(channel)", 16, "sum", "channel")]                 // SQLite would sum the text to 0
    [InlineData("mean(customer.tier, replies > 0)", 17, "mean", "customer.tier")]
    [InlineData("percentile(created_at, 0.9)", 23, "percentile", "created_at")]
    public void Plan_ANumberOfATextColumn_IsRefused(string value, int column, string function, string text)
    {
        Errors($"""
                table: tickets
                value: {value}
            """).ShouldBe([$"report.yaml:7:{column}: error: {function}() needs a number, and '{text}' is a text column (a name, code or timestamp): " +
            $"count its values with count_distinct({text}) or share({text} = '…'), or measure a number such as replies or hours(created_at, solved_at)"]);
    }

    [Theory]
    [InlineData("value: share(channel > 5)", 7, 18, "channel", "compare it with text, e.g. channel = 'value', or compare a number such as replies or hours(created_at, solved_at)")]
    [InlineData("value: mean(customer.tier + 1)", 7, 17, "customer.tier", "it has no arithmetic; the time between two timestamps is hours(from, to)")]
    [InlineData("where: priority > 2\n    value: count()", 7, 12, "priority", "compare it with text, e.g. priority = 'value', or compare a number such as replies or hours(created_at, solved_at)")]
    public void Plan_ATextColumnComparedWithANumberOrAddedTo_IsRefused(string lines, int line, int column, string text, string advice)
    {
        Errors($"""
                table: tickets
                {lines}
            """).ShouldBe([$"report.yaml:{line}:{column}: error: '{text}' is a text column (a name, code or timestamp): {advice}"]);
    }

    [Theory]
    [InlineData("value: max(priority) + 1", 12, "max(priority)", "priority", Arithmetic)]          // SQLite: 1 for every period
    [InlineData("value: count() / min(customer.tier)", 22, "min(customer.tier)", "customer.tier", Arithmetic)]
    [InlineData("value: max(solved_at) - min(created_at)", 12, "max(solved_at)", "solved_at", Arithmetic)]
    [InlineData("value: if(max(channel) > 5, 1, 0)", 15, "max(channel)", "channel",
        "compare it with text, e.g. max(channel) = 'value', or compare a number such as replies or hours(created_at, solved_at)")]
    [InlineData("value: share(coalesce(channel, 'none') > 5)", 18, "coalesce(channel, 'none')", "channel",
        "compare it with text, e.g. coalesce(channel, 'none') = 'value', or compare a number such as replies or hours(created_at, solved_at)")]
    [InlineData("value: mean(if(replies > 0, priority, status) * 2)", 17, "if(replies > 0, priority, status)", "priority", Arithmetic)]
    [InlineData("value: mean(abs(channel))", 21, "channel", "channel", Arithmetic)]
    [InlineData("value: mean(-status)", 18, "status", "status", Arithmetic)]
    public void Plan_ATextValuePassedOnComparedWithANumberOrAddedTo_IsRefused(string value, int column, string written, string text, string advice)
    {
        var subject = written == text ? $"'{text}' is a text column" : $"'{written}' is a value of the text column '{text}'";
        Errors($"""
                table: tickets
                {value}
            """).ShouldBe([$"report.yaml:7:{column}: error: {subject} (a name, code or timestamp): {advice}"]);
    }

    private const string Arithmetic = "it has no arithmetic; the time between two timestamps is hours(from, to)";

    [Fact]
    public void Plan_ANumberOfATextValuePassedOn_IsRefused()
    {
        Errors("""
                table: tickets
                value: sum(coalesce(channel, 'none'))
            """).ShouldBe(["report.yaml:7:16: error: sum() needs a number, and 'coalesce(channel, 'none')' is a value of the text column 'channel' " +
            "(a name, code or timestamp): count its values with count_distinct(coalesce(channel, 'none')) or share(coalesce(channel, 'none') = '…'), " +
            "or measure a number such as replies or hours(created_at, solved_at)"]);
    }

    [Fact]
    public void Plan_MaxOfATextColumnComparedInsideAnAggregate_IsRefusedAsAnAggregateInAnother()
    {
        Errors("""
                table: tickets
                value: share(max(channel) > 5)
            """).ShouldBe(["report.yaml:7:18: error: 'max' cannot be used inside another aggregate"]);
    }

    [Theory]
    [InlineData("value: mean(hours(created_at, channel))", 35, "hours() needs timestamps, and 'channel' is a text column (a name or code)", Tickets)]
    [InlineData("value: median(hours(customer.tier, solved_at))", 25, "hours() needs timestamps, and 'customer.tier' is a text column (a name or code)",
        "use a timestamp of customers: customer.created_at, customer.churned_at")]
    [InlineData("value: mean(hours(created_at, replies))", 35, "hours() needs timestamps, and 'replies' is a number column", Tickets)]
    [InlineData("where: local_hour(priority) < 9\n    value: count()", 23, "local_hour() needs a timestamp, and 'priority' is a text column (a name or code)", Tickets)]
    [InlineData("value: hours(min(created_at), max(channel))", 35,
        "hours() needs timestamps, and 'max(channel)' is a value of the text column 'channel' (a name or code)", Tickets)]
    [InlineData("value: mean(hours(created_at, coalesce(solved_at, status)))", 35,
        "hours() needs timestamps, and 'coalesce(solved_at, status)' is a value of the text column 'status' (a name or code)", Tickets)]
    [InlineData("value: mean(business_hours(status, solved_at))", 32, "business_hours() needs timestamps, and 'status' is a text column (a name or code)", Tickets)]
    [InlineData("value: mean(hours(agent.name, created_at))", 23, "hours() needs timestamps, and 'agent.name' is a text column (a name or code)",
        "agents has no timestamp column")]
    public void Plan_ATimeOfAColumnThatIsNoTimestamp_IsRefused(string lines, int column, string problem, string advice)
    {
        Errors($"""
                table: tickets
                {lines}
            """).ShouldBe([$"report.yaml:7:{column}: error: {problem}, not a timestamp: {advice}"]);
    }

    private const string Tickets = "use a timestamp of tickets: created_at, first_reply_at, solved_at";

    [Theory]
    [InlineData("value: share(replies = channel)", 28, "'channel' is a text column (a name or code) and 'replies' a number column", // SQLite: no row
        "compare channel with text, e.g. channel = 'value', and replies with a number, e.g. replies > 0")]
    [InlineData("where: reopens > priority\n    value: count()", 22, "'priority' is a text column (a name or code) and 'reopens' a number column",
        "compare priority with text, e.g. priority = 'value', and reopens with a number, e.g. reopens > 0")]
    [InlineData("where: customer.tier != customer_id\n    value: count()", 12, "'customer.tier' is a text column (a name or code) and 'customer_id' a number column",
        "compare customer.tier with text, e.g. customer.tier = 'value', and customer_id with a number, e.g. customer_id > 0")]
    [InlineData("where: channel < created_at\n    value: count()", 12, "'channel' is a text column (a name or code) and 'created_at' a timestamp column",
        "compare channel with text, e.g. channel = 'value', and created_at with a timestamp, e.g. created_at >= '2026-10-01'")]
    [InlineData("where: solved_at >= customer.tier\n    value: count()", 12, "'solved_at' is a timestamp column and 'customer.tier' a text column (a name or code)",
        "compare solved_at with a timestamp, e.g. solved_at >= '2026-10-01', and customer.tier with text, e.g. customer.tier = 'value'")]
    [InlineData("where: created_at > replies\n    value: count()", 12, "'created_at' is a timestamp column and 'replies' a number column",
        "compare created_at with a timestamp, e.g. created_at >= '2026-10-01', and replies with a number, e.g. replies > 0")]
    [InlineData("value: if(max(channel) = max(replies), 1, 0)", 15, "'max(channel)' is a value of the text column 'channel' (a name or code) and 'max(replies)' a value of the number column 'replies'",
        "compare max(channel) with text, e.g. max(channel) = 'value', and max(replies) with a number, e.g. max(replies) > 0")]
    [InlineData("where: status in ('solved', created_at)\n    value: count()", 12, "'status' is a text column (a name or code) and 'created_at' a timestamp column",
        "compare status with text, e.g. status = 'value', and created_at with a timestamp, e.g. created_at >= '2026-10-01'")]
    public void Plan_ColumnsThatHoldDifferentThingsCompared_AreRefused(string lines, int column, string problem, string advice) =>
        OnTickets(lines).ShouldBe([$"report.yaml:7:{column}: error: {problem}: the two do not compare; {advice}"]);

    [Theory]
    [InlineData("value: share(replies = 'x')", 18, "'replies' is a number column and 'x' is text")]       // SQLite: no row; DuckDB stops
    [InlineData("where: replies > 0 and '2' < reopens\n    value: count()", 34, "'reopens' is a number column and '2' is text")]
    [InlineData("where: customer_id in (1, '7')\n    value: count()", 12, "'customer_id' is a number column and '7' is text")]
    public void Plan_ANumberColumnComparedWithText_IsRefused(string lines, int column, string problem)
    {
        var written = problem[1..problem.IndexOf('\'', 1)];
        OnTickets(lines).ShouldBe([$"report.yaml:7:{column}: error: {problem}: compare {written} with a number, written without quotes, e.g. {written} > 0"]);
    }

    [Theory]
    [InlineData("where: created_at > 5", 12, "created_at")]          // was told to compare it with 'value'
    [InlineData("where: 2h <= customer.churned_at", 18, "customer.churned_at")]
    [InlineData("where: solved_at = hours(created_at, first_reply_at)", 12, "solved_at")]
    public void Plan_ATimestampComparedWithANumber_IsRefused(string filter, int column, string timestamp)
    {
        OnTickets(filter + "\n    value: count()").ShouldBe([$"report.yaml:7:{column}: error: '{timestamp}' is a timestamp column: compare it with a timestamp, e.g. {timestamp} >= '2026-10-01', " +
            "or compare a number such as replies or hours(created_at, solved_at)"]);
    }

    [Theory]
    [InlineData("where: solved_at > 'soon'", 12, "solved_at", "'soon'")]                       // SQLite: 0 for every period; DuckDB stops
    [InlineData("where: customer.churned_at < '2026/10/01'", 12, "customer.churned_at", "'2026/10/01'")]
    [InlineData("where: created_at >= '2026-10-01T09:00:00Z'", 12, "created_at", "'2026-10-01T09:00:00Z'")] // SQLite: ' ' sorts before 'T'
    [InlineData("where: replies > 0 and created_at in ('2026-10-01', '2026-13-01')", 28, "created_at", "'2026-13-01'")]
    [InlineData("where: created_at >= param.since\n    params: { since: soon }", 12, "created_at", "'param.since'")]
    public void Plan_ATimestampComparedWithTextThatIsNoTimestamp_IsRefused(string filter, int column, string timestamp, string text) =>
        OnTickets(filter + "\n    value: count()").ShouldBe([$"report.yaml:7:{column}: error: '{timestamp}' is a timestamp column and {text} is no timestamp: " +
            $"compare {timestamp} with a UTC date or time written yyyy-MM-dd or yyyy-MM-dd HH:mm:ss, e.g. {timestamp} >= '2026-10-01' or {timestamp} < '2026-10-01 09:30:00'"]);

    [Theory]
    [InlineData("where: channel = -1", "channel")]
    [InlineData("where: priority >= replies + 1", "priority")]
    [InlineData("where: status in ('open', 3)", "status")]
    [InlineData("where: channel = param.limit\n    params: { limit: 5 }", "channel")]
    public void Plan_ATextColumnComparedWithANumberValue_IsRefused(string lines, string text)
    {
        OnTickets(lines + "\n    value: count()").ShouldBe([$"report.yaml:7:12: error: '{text}' is a text column (a name, code or timestamp): compare it with text, e.g. {text} = 'value', " +
            "or compare a number such as replies or hours(created_at, solved_at)"]);
    }

    [Fact]
    public void Plan_ComparisonsOfLikeWithLike_AreAccepted()
    {
        var plan = TestReport.Plan(Custom("""
                table: tickets
                params: { team: billing, least: 2, since: "'2026-10-02'" }
                where: >-
                  channel = 'email' and 'web' != customer.tier and status in ('open', 'pending') and agent.team = param.team
                  and created_at < solved_at and solved_at >= '2026-10-01' and customer.created_at <= created_at
                  and first_reply_at < '2026-10-31 23:59:59' and created_at in ('2026-10-01 09:30', param.since)
                  and replies > reopens and reopens <= 2 and customer_id in (1, 2) and replies >= param.least and channel = priority
                  and hours(created_at, solved_at) > 4h and coalesce(first_reply_at, solved_at) > created_at
                value: count() + if(max(priority) = 'urgent', 1, 0) + if(min(created_at) < max(solved_at), 1, 0)
            """));

        plan.Queries.ShouldNotBeEmpty();
    }

    [Fact]
    public void Plan_NumbersAndCountsOfColumns_AreAccepted()
    {
        var plan = TestReport.Plan("""
            id: test
            metrics:
              - metric: custom
              - metric: latest_priority
              - metric: earliest
              - metric: span
            define:
              custom:
                table: tickets
                where: channel = 'email' and replies > 0 and created_at < solved_at and local_weekday(coalesce(first_reply_at, created_at)) < 6
                value: sum(replies) + mean(hours(created_at, solved_at)) + count_distinct(channel) + median(reopens) + mean(abs(replies))
              latest_priority:
                table: tickets
                value: max(priority)
              earliest:
                table: customers
                value: min(created_at)
              span:
                table: tickets
                where: coalesce(channel, 'none') = 'email' and if(replies > 0, priority, status) in ('high', 'urgent')
                value: hours(min(created_at), max(coalesce(solved_at, first_reply_at))) + count_distinct(coalesce(channel, priority))
            """);

        plan.Queries.ShouldNotBeEmpty();
    }

    [Fact]
    public void Plan_AggregateInAFilter_IsRefused()
    {
        Errors("""
                table: tickets
                where: count() > 1
                value: count()
            """).ShouldBe(["report.yaml:7:12: error: 'count' aggregates rows and cannot be used here: filters and dimensions work row by row"]);
    }

    [Fact]
    public void Plan_MisspeltFunction_SuggestsTheClosest()
    {
        Errors("""
                table: tickets
                value: summ(replies) / count()
            """).ShouldBe(["report.yaml:7:12: error: unknown function 'summ'; did you mean 'sum'?"]);
    }

    [Fact]
    public void Plan_UnknownJoin_ListsTheTablesJoins()
    {
        Errors("""
                table: tickets
                value: share(client.tier = 'premium')
            """).ShouldBe(["report.yaml:7:18: error: unknown name 'client.tier' in table 'tickets': joins are agent, customer, tags, first_responder"]);
    }

    [Fact]
    public void Parse_UnknownTable_ListsTheModelsTables()
    {
        Errors("""
                table: ticket
                value: count()
            """).ShouldBe([
            "report.yaml:6:5: error: metric 'custom' must name a table of the model in 'table' " +
            "(tickets, customers, agents, ticket_tags, messages, responses, sla_targets, first_responders, csat_responses, nps_responses, mrr_movements, qa_reviews)",
        ]);
    }

    [Fact]
    public void Parse_IncludedFileMissing_PointsAtTheInclude()
    {
        var errors = Should.Throw<DefinitionException>(() => TestReport.Plan("""
            id: test
            include: [team-metrics.yaml]
            metrics:
              - metric: ticket_volume
            """)).Diagnostics.Select(d => d.ToString());

        errors.ShouldBe(["report.yaml:2:11: error: included file not found: team-metrics.yaml (paths are relative to this report)"]);
    }
}
