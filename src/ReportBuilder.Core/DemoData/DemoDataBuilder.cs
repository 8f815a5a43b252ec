using Microsoft.Data.Sqlite;

namespace ReportBuilder.DemoData;

/// <summary>
/// Generates the nine canonical tables from one seeded <see cref="Random"/>, drawing in a fixed
/// order so that the same options always give the same rows. One instance writes one database.
/// </summary>
internal sealed partial class DemoDataBuilder : IDisposable
{
    private readonly DemoDataOptions _options;
    private readonly Random _random;
    private readonly DateOnly _startDate;
    private readonly long _start;
    private readonly long _end;
    private readonly SqliteRowWriter _agents;
    private readonly SqliteRowWriter _customers;
    private readonly SqliteRowWriter _tickets;
    private readonly SqliteRowWriter _ticketTags;
    private readonly SqliteRowWriter _messages;
    private readonly SqliteRowWriter _csat;
    private readonly SqliteRowWriter _nps;
    private readonly SqliteRowWriter _mrr;
    private readonly SqliteRowWriter _qa;

    public DemoDataBuilder(DemoDataOptions options, SqliteConnection connection, SqliteTransaction transaction)
    {
        _options = options;
        _random = new Random(options.Seed);
        _startDate = options.Start;
        _start = DemoClock.At(_startDate);
        _end = DemoClock.At(options.End);
        _agents = new(connection, transaction, "agents", "id", "name", "team", "email");
        _customers = new(connection, transaction, "customers", "id", "name", "tier", "created_at", "churned_at");
        _tickets = new(connection, transaction, "tickets", "id", "customer_id", "agent_id", "channel", "priority",
            "status", "created_at", "first_reply_at", "solved_at", "reopens", "replies");
        _ticketTags = new(connection, transaction, "ticket_tags", "ticket_id", "tag");
        _messages = new(connection, transaction, "messages", "id", "ticket_id", "author", "agent_id", "created_at");
        _csat = new(connection, transaction, "csat_responses", "id", "ticket_id", "agent_id", "rating", "created_at");
        _nps = new(connection, transaction, "nps_responses", "id", "customer_id", "score", "created_at");
        _mrr = new(connection, transaction, "mrr_movements", "id", "customer_id", "month", "kind", "amount");
        _qa = new(connection, transaction, "qa_reviews", "id", "ticket_id", "agent_id", "score", "created_at");
    }

    /// <summary>Writes every table and returns the row counts in schema order.</summary>
    public IReadOnlyList<DemoTableCount> Run(CancellationToken ct, IProgress<string>? progress = null)
    {
        progress?.Report("writing agents and customers");
        GenerateAgents();
        GenerateCustomers();
        ct.ThrowIfCancellationRequested();
        progress?.Report("writing revenue movements and NPS answers");
        GenerateRevenue();
        GenerateNps();
        ct.ThrowIfCancellationRequested();
        progress?.Report($"writing {_options.Tickets:N0} tickets with their tags, messages, ratings and reviews");
        GenerateTickets(ct);

        SqliteRowWriter[] all = [_customers, _agents, _tickets, _ticketTags, _messages, _csat, _nps, _mrr, _qa];
        foreach (var writer in all)
            writer.Flush();
        return [.. all.Select(w => new DemoTableCount(w.Table, w.Rows))];
    }

    public void Dispose()
    {
        _agents.Dispose();
        _customers.Dispose();
        _tickets.Dispose();
        _ticketTags.Dispose();
        _messages.Dispose();
        _csat.Dispose();
        _nps.Dispose();
        _mrr.Dispose();
        _qa.Dispose();
    }

    /// <summary>Small integers boxed once, so that hot rows do not allocate for them.</summary>
    private static readonly object[] _smallInts = [.. Enumerable.Range(0, 128).Select(i => (object)i)];

    private static object Boxed(int value) => value is >= 0 and < 128 ? _smallInts[value] : value;
}
