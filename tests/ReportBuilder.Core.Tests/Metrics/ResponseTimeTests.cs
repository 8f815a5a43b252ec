namespace ReportBuilder.Tests.Metrics;

/// <summary>avg_response_time: customer message → next agent message, placed in the period by the agent's message.</summary>
public abstract class ResponseTimeTests(TestSource? source) : SourceTests(source)
{
    public sealed class OnSqlite() : ResponseTimeTests(null);

    public sealed class OnDuckDb() : ResponseTimeTests(TestSource.DuckDb);

    [Collection(PostgresServer.Collection)]
    [Trait(TestCategory.Name, TestCategory.Postgres)]
    public sealed class OnPostgres(PostgresServer server) : ResponseTimeTests(server);

    private TestDatabase Conversations() => Database()
        .Agent(1, "Ann")
        .Agent(2, "Bob")
        // Ticket 1: two customer messages in a row wait from the first.
        .Message(ticket: 1, "customer", "2026-10-05 09:00", id: 1)
        .Message(ticket: 1, "customer", "2026-10-05 09:20", id: 2)
        .Message(ticket: 1, "agent", "2026-10-05 10:00", agent: 1, id: 3)    // 1 h after 09:00
        .Message(ticket: 1, "agent", "2026-10-05 10:05", agent: 1, id: 4)    // follows an agent: no response
        .Message(ticket: 1, "customer", "2026-10-05 11:00", id: 5)
        .Message(ticket: 1, "agent", "2026-10-05 11:30", agent: 1, id: 6)    // 0.5 h
        // Ticket 2: messages at the same instant are taken in id order.
        .Message(ticket: 2, "customer", "2026-10-06 12:00", id: 10)
        .Message(ticket: 2, "agent", "2026-10-06 12:00", agent: 2, id: 11)   // 0 h
        .Message(ticket: 2, "agent", "2026-10-06 13:00", agent: 2, id: 12)   // before id 13: no response
        .Message(ticket: 2, "customer", "2026-10-06 13:00", id: 13)
        .Message(ticket: 2, "agent", "2026-10-06 14:00", agent: 2, id: 14)   // 1 h after id 13
        // Ticket 3: the agent's message places the response in a period.
        .Message(ticket: 3, "customer", "2026-09-30 23:00", id: 20)
        .Message(ticket: 3, "agent", "2026-10-01 01:00", agent: 1, id: 21)   // 2 h, in October
        .Message(ticket: 3, "customer", "2026-10-31 23:00", id: 22)
        .Message(ticket: 3, "agent", "2026-11-01 00:30", agent: 1, id: 23);  // 1.5 h, in November

    [Fact]
    public async Task AvgResponseTime_Conversations_AveragesEachAnswerFromTheFirstWaitingMessage()
    {
        using var db = Conversations();

        var response = await db.MetricAsync("metric: avg_response_time");

        response.Value.ShouldBe((1 + 0.5 + 0 + 1 + 2) / 5.0);   // 0.9 h
        response.Sample.ShouldBe(5);
        response.DisplayValue.ShouldBe("54\u00a0min");
    }

    [Fact]
    public async Task AvgResponseTime_BreakdownByAgent_AttributesToTheAnsweringAgent()
    {
        using var db = Conversations();

        var response = await db.MetricAsync("metric: avg_response_time, breakdown: [agent]");

        // Ann: 1, 0.5 and 2 h; Bob: 0 and 1 h
        response.Rows().Select(r => r.Key).ShouldBe(["Ann", "Bob"]);
        response.Rows()[0].Value!.Value.ShouldBe(3.5 / 3, 1e-9);
        response.Rows()[1].Value.ShouldBe(0.5);
    }

    [Fact]
    public async Task AvgResponseTime_AnswerInTheNextPeriod_CountsThere()
    {
        using var db = Conversations();

        var november = await db.MetricAsync("metric: avg_response_time", period: "2026-11");

        november.Value.ShouldBe(1.5);
    }

    [Fact]
    public async Task AvgResponseTime_AnotherAuthorBetween_EndsTheCustomersWait()
    {
        // A message of neither the customer nor an agent (a system note) ends a run of the customer's messages: the
        // agent after a note answers no one, and a customer's message after the note starts a new wait.
        using var db = Database()
            .Agent(1, "Ann")
            .Message(ticket: 1, "customer", "2026-10-05 09:00", id: 1)
            .Message(ticket: 1, "system", "2026-10-05 09:10", id: 2)
            .Message(ticket: 1, "customer", "2026-10-05 09:30", id: 3)
            .Message(ticket: 1, "agent", "2026-10-05 10:00", agent: 1, id: 4)    // 0.5 h after 09:30
            .Message(ticket: 2, "customer", "2026-10-06 12:00", id: 5)
            .Message(ticket: 2, "system", "2026-10-06 12:10", id: 6)
            .Message(ticket: 2, "agent", "2026-10-06 13:00", agent: 1, id: 7);   // follows the note: no response

        var response = await db.MetricAsync("metric: avg_response_time");

        response.Value.ShouldBe(0.5);
        response.Sample.ShouldBe(1);
    }

    [Fact]
    public async Task AvgResponseTime_OnlyUnansweredMessages_IsNoData()
    {
        using var db = Database().Message(ticket: 1, "customer", "2026-10-05 09:00");

        var response = await db.MetricAsync("metric: avg_response_time");

        response.ShouldBeNoData();
    }
}
