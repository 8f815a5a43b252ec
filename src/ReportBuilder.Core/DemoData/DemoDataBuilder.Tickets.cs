namespace ReportBuilder.DemoData;

internal sealed partial class DemoDataBuilder
{
    private static readonly string[] _channels = ["email", "chat", "web", "phone", "social"];
    private static readonly double[] _channelWeights = [40, 25, 15, 12, 8];
    // Median hours to the first reply and the spread of its log, per channel: live channels answer in minutes.
    private static readonly double[] _replyMedianHours = [3.0, 0.04, 2.0, 0.02, 0.9];
    private static readonly double[] _replySigma = [1.1, 0.9, 1.1, 0.6, 1.0];

    private static readonly string[] _priorities = ["low", "normal", "high", "urgent"];
    private static readonly double[] _priorityWeights = [22, 55, 17, 6];
    private static readonly double[] _priorityReplyFactor = [1.6, 1.0, 0.6, 0.35];
    private static readonly double[] _neverAnswered = [0.02, 0.004, 0.002, 0.001];

    private static readonly string[] _tags = ["bug", "feature_request", "known_limitation", "how_to", "billing"];
    private static readonly double[] _tagWeights = [25, 17, 10, 30, 18];
    private const int BillingTag = 4;

    private const long Never = long.MaxValue;

    /// <summary>Tickets in creation order, so ids grow with created_at; each ticket is written with its conversation at once.</summary>
    private void GenerateTickets(CancellationToken ct)
    {
        var counts = DailyTicketCounts();
        var times = new long[counts.Length == 0 ? 0 : counts.Max()];
        long id = 0;
        for (var d = 0; d < counts.Length; d++)
        {
            ct.ThrowIfCancellationRequested();
            var day = times.AsSpan(0, counts[d]);
            TicketTimesOfDay(_start + d * DemoClock.Day, day);
            foreach (var created in day)
            {
                if ((++id & 0xFFFF) == 0)
                    ct.ThrowIfCancellationRequested();
                GenerateTicket(id, created);
            }
        }
    }

    private void GenerateTicket(long id, long created)
    {
        var channel = _random.Pick(_channelWeights);
        var priority = _random.Pick(_priorityWeights);
        var customer = PickCustomer(created);
        var premium = _customerPremium[customer];

        var tagCount = _random.Pick([0.40, 0.42, 0.18]);
        var firstTag = tagCount > 0 ? _random.Pick(_tagWeights) : -1;
        var secondTag = -1;
        if (tagCount > 1)
        {
            do
                secondTag = _random.Pick(_tagWeights);
            while (secondTag == firstTag);
        }

        var newCustomer = created - _customerCreated[customer] < 45 * DemoClock.Day;
        var agent = PickAgent(PickTeam(firstTag == BillingTag || secondTag == BillingTag, premium, newCustomer));

        var firstReply = Never;
        if (!_random.Chance(_neverAnswered[priority]))
        {
            var queued = channel is 0 or 2 or 4 && _random.Chance(0.7) ? NextSupportOpening(created) : created;
            var hours = _random.LogNormal(_replyMedianHours[channel], _replySigma[channel])
                * _priorityReplyFactor[priority] * (premium ? 0.5 : 1.0) * _agentSpeed[agent];
            firstReply = queued + Math.Clamp(DemoClock.FromHours(hours), 20, 14 * DemoClock.Day);
        }

        // One-touch about 60%; reopened tickets took at least two replies.
        var replies = 1 + _random.Pick([0.60, 0.22, 0.10, 0.05, 0.02, 0.01]);
        var reopens = replies >= 2 ? _random.Pick([0.915, 0.07, 0.015]) : 0;
        var solveHours = replies == 1
            ? _random.LogNormal(14, 1.1)
            : _random.LogNormal(30 * (1 + 0.3 * (replies - 2)), 0.9);
        for (var r = 0; r < reopens; r++)
            solveHours += _random.LogNormal(48, 0.5);
        var solved = firstReply == Never
            ? Never
            : firstReply + Math.Clamp(DemoClock.FromHours(solveHours), DemoClock.Minute, 60 * DemoClock.Day);

        var ticket = new TicketDraft(id, customer + 1, agent, channel, priority, premium, created, firstReply, solved, replies, reopens);
        WriteTicket(ticket, firstTag, secondTag);
    }

    /// <summary>A ticket's drawn facts before End cuts them: Never marks what does not happen.</summary>
    private readonly record struct TicketDraft(
        long Id, int Customer, int Agent, int Channel, int Priority, bool Premium,
        long Created, long FirstReply, long Solved, int Replies, int Reopens);
}
