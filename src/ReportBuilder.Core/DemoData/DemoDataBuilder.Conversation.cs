namespace ReportBuilder.DemoData;

internal sealed partial class DemoDataBuilder
{
    // First message, one early follow-up, first reply, two messages per later reply (at most 5), a closing thanks.
    private const int MaxMessages = 16;
    private const double CsatShare = 0.30;
    private const double QaShare = 0.05;

    private long _messageId;

    /// <summary>
    /// Lays the conversation out in time (customer message at created_at, first agent message at
    /// first_reply_at, then customer/agent pairs up to solved_at), cuts everything at End and
    /// derives the status from what happened before End. Then writes the ticket, its tags and
    /// messages, and the CSAT and QA rows that follow a solve.
    /// </summary>
    private void WriteTicket(in TicketDraft t, int firstTag, int secondTag)
    {
        Span<long> at = stackalloc long[MaxMessages];
        Span<bool> byAgent = stackalloc bool[MaxMessages];
        var count = 0;
        at[count] = t.Created;
        byAgent[count++] = false;
        if (t.FirstReply == Never)
        {
            if (_random.Chance(0.25))
            {
                at[count] = t.Created + Math.Max(DemoClock.Minute, DemoClock.FromHours(_random.LogNormal(20, 0.8)));
                byAgent[count++] = false;
            }
        }
        else
        {
            if (_random.Chance(0.12))
            {
                at[count] = _random.Between(t.Created, t.FirstReply);
                byAgent[count++] = false;
            }
            at[count] = t.FirstReply;
            byAgent[count++] = true;
            var later = 2 * (t.Replies - 1);
            if (later > 0)
            {
                var points = at.Slice(count, later);
                for (var i = 0; i < later - 1; i++)
                    points[i] = _random.Between(t.FirstReply + 1, t.Solved);
                points[later - 1] = t.Solved;
                points[..(later - 1)].Sort();
                for (var i = 0; i < later; i++)
                    byAgent[count + i] = i % 2 == 1;
                count += later;
            }
        }

        var kept = 0;
        while (kept < count && at[kept] < _end)
            kept++;
        var agentMessages = 0;
        for (var i = 0; i < kept; i++)
            agentMessages += byAgent[i] ? 1 : 0;

        object? agentId = Boxed(t.Agent);
        var replies = 0;
        var reopens = 0;
        string status;
        var solved = false;
        if (t.FirstReply >= _end)
        {
            status = _random.Chance(0.7) ? "new" : "open";
            if (status == "new" && _random.Chance(0.75))
                agentId = null;
        }
        else if (t.Solved >= _end)
        {
            // Pending waits on the customer: the agent wrote last.
            status = byAgent[kept - 1] ? "pending" : "open";
            replies = agentMessages;
        }
        else
        {
            solved = true;
            status = _random.Chance(_end - t.Solved > 3 * DemoClock.Day ? 0.55 : 0.25) ? "closed" : "solved";
            replies = t.Replies;
            reopens = t.Reopens;
            if (status == "closed" && _random.Chance(0.35))
            {
                var thanks = t.Solved + _random.Between(DemoClock.Minute, 2 * DemoClock.Hour);
                if (thanks < _end)
                {
                    at[kept] = thanks;
                    byAgent[kept++] = false;
                }
            }
        }

        var createdText = DemoClock.Text(t.Created);
        var firstReplyText = t.FirstReply < _end ? DemoClock.Text(t.FirstReply) : null;
        var solvedText = solved ? DemoClock.Text(t.Solved) : null;
        _tickets.Add(t.Id, t.Customer, agentId, _channels[t.Channel], _priorities[t.Priority], status,
            createdText, firstReplyText, solvedText, Boxed(reopens), Boxed(replies));
        if (firstTag >= 0)
            _ticketTags.Add(t.Id, _tags[firstTag]);
        if (secondTag >= 0)
            _ticketTags.Add(t.Id, _tags[secondTag]);

        for (var i = 0; i < kept; i++)
        {
            var text = at[i] == t.Created ? createdText
                : at[i] == t.FirstReply ? firstReplyText
                : at[i] == t.Solved ? solvedText
                : null;
            _messages.Add(++_messageId, t.Id, byAgent[i] ? "agent" : "customer", byAgent[i] ? agentId : null,
                text ?? DemoClock.Text(at[i]));
        }

        if (solved)
            WriteResponses(t, agentId);
    }

    /// <summary>About 30% of solved tickets get a CSAT rating shortly after, ~85% of them 4–5; about 5% get a QA review.</summary>
    private void WriteResponses(in TicketDraft t, object? agentId)
    {
        if (_random.Chance(CsatShare))
        {
            var at = t.Solved + Math.Clamp(DemoClock.FromHours(_random.LogNormal(2, 1.0)), DemoClock.Minute, 3 * DemoClock.Day);
            var positive = 0.88 + _agentQuality[t.Agent]
                - (t.Reopens > 0 ? 0.15 : 0)
                - (t.FirstReply - t.Created > DemoClock.Day ? 0.08 : 0)
                - (t.Replies >= 4 ? 0.05 : 0);
            var rating = _random.Chance(positive)
                ? (_random.Chance(0.7) ? 5 : 4)
                : 3 - _random.Pick([0.45, 0.20, 0.35]);
            if (at < _end)
                _csat.Add(_csat.Rows + 1, t.Id, agentId, Boxed(rating), DemoClock.Text(at));
        }
        if (_random.Chance(QaShare))
        {
            var at = t.Solved + _random.Between(DemoClock.Hour, 5 * DemoClock.Day);
            var score = _random.Chance(0.06)
                ? Math.Round(_random.Between(30.0, 70.0))
                : Math.Clamp(Math.Round(86 + 100 * _agentQuality[t.Agent] + 7 * _random.Normal()), 0, 100);
            if (at < _end)
                _qa.Add(_qa.Rows + 1, t.Id, agentId, score, DemoClock.Text(at));
        }
    }
}
