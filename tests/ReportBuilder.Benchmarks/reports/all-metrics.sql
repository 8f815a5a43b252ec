-- The hand floor of examples/all-metrics.yaml: the SQL a SQLite expert writes for the same values, run by the plain
-- shell (`sqlite3 -readonly DB < all-metrics.sql`): no functions of ReportBuilder's connection. Each cohort is
-- read once for the 12 months of the trend (October 2026 and the 11 before it, Europe/Warsaw months as UTC bounds)
-- and once more for the two breakdown months (October and September, the comparison), kept in a temporary table that
-- every breakdown reads; `responses` is built with one window pass and a grouping; medians are the ordered window's
-- middle rows (PERCENTILE.INC at 0.5: the middle value, or the mean of the two middle values), no callback.
-- Durations use the engine's exact-hours formula (whole milliseconds). The demo data is clean: no filter of bad rows.
-- Columns: month, an optional breakdown column named after its dimension, then one column per metric (the names the
-- report gives them). scripts/hand-floor.py checks these values against the report's JSON, then times both as whole
-- processes; the in-process harness (ReportBuilder.Benchmarks --compare all-metrics) reads it too.

CREATE TEMP TABLE m (month TEXT PRIMARY KEY, s TEXT, e TEXT);
INSERT INTO m VALUES
  ('2025-11', '2025-10-31 23:00:00', '2025-11-30 23:00:00'), ('2025-12', '2025-11-30 23:00:00', '2025-12-31 23:00:00'),
  ('2026-01', '2025-12-31 23:00:00', '2026-01-31 23:00:00'), ('2026-02', '2026-01-31 23:00:00', '2026-02-28 23:00:00'),
  ('2026-03', '2026-02-28 23:00:00', '2026-03-31 22:00:00'), ('2026-04', '2026-03-31 22:00:00', '2026-04-30 22:00:00'),
  ('2026-05', '2026-04-30 22:00:00', '2026-05-31 22:00:00'), ('2026-06', '2026-05-31 22:00:00', '2026-06-30 22:00:00'),
  ('2026-07', '2026-06-30 22:00:00', '2026-07-31 22:00:00'), ('2026-08', '2026-07-31 22:00:00', '2026-08-31 22:00:00'),
  ('2026-09', '2026-08-31 22:00:00', '2026-09-30 22:00:00'), ('2026-10', '2026-09-30 22:00:00', '2026-10-31 23:00:00');

-- tickets created in the month: one pass over the 12 months, the median from the same ordered window
SELECT month,
       COUNT(*) AS ticket_volume, COUNT(*) AS volume_by_hour, COUNT(*) AS volume_by_weekday, COUNT(*) AS channel_mix,
       AVG(status IN ('solved', 'closed') AND solved_at < e) AS resolution_rate,
       AVG(status = 'closed' AND solved_at < e) AS confirmed_resolution_rate,
       AVG(frt) AS first_response_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN frt END) AS first_response_median,
       AVG(first_reply_at IS NOT NULL AND frt <= 1) AS first_response_sla
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(frt) OVER w AS n
      FROM (SELECT m.month, m.e, t.status, t.solved_at, t.first_reply_at,
                   ROUND((julianday(t.first_reply_at) - julianday(t.created_at)) * 86400000.0) / 3600000.0 AS frt
            FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e)
      WINDOW w AS (PARTITION BY month ORDER BY frt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month;

-- the breakdown months' created tickets, once, with every breakdown key; Warsaw's local time for September and
-- October 2026 (summer time ends 2026-10-25 01:00 UTC)
CREATE TEMP TABLE c AS
SELECT m.month, m.e, t.id, t.customer_id, t.channel, a.name AS agent, a.team, u.tier, t.status, t.solved_at, t.first_reply_at,
       ROUND((julianday(t.first_reply_at) - julianday(t.created_at)) * 86400000.0) / 3600000.0 AS frt,
       datetime(t.created_at, CASE WHEN t.created_at < '2026-10-25 01:00:00' THEN '+2 hours' ELSE '+1 hours' END) AS local
FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e
LEFT JOIN agents a ON a.id = t.agent_id LEFT JOIN customers u ON u.id = t.customer_id
WHERE m.month >= '2026-09';

SELECT month, channel,
       COUNT(*) AS ticket_volume, CAST(COUNT(*) AS REAL) / SUM(COUNT(*)) OVER (PARTITION BY month) AS channel_mix,
       AVG(status IN ('solved', 'closed') AND solved_at < e) AS resolution_rate,
       AVG(status = 'closed' AND solved_at < e) AS confirmed_resolution_rate, AVG(frt) AS first_response_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN frt END) AS first_response_median,
       AVG(first_reply_at IS NOT NULL AND frt <= 1) AS first_response_sla
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(frt) OVER w AS n FROM c
      WINDOW w AS (PARTITION BY month, channel ORDER BY frt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, channel;

SELECT month, agent,
       COUNT(*) AS ticket_volume,
       AVG(status IN ('solved', 'closed') AND solved_at < e) AS resolution_rate,
       AVG(status = 'closed' AND solved_at < e) AS confirmed_resolution_rate, AVG(frt) AS first_response_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN frt END) AS first_response_median,
       AVG(first_reply_at IS NOT NULL AND frt <= 1) AS first_response_sla
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(frt) OVER w AS n FROM c
      WINDOW w AS (PARTITION BY month, agent ORDER BY frt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, agent;

SELECT month, team,
       COUNT(*) AS ticket_volume,
       AVG(status IN ('solved', 'closed') AND solved_at < e) AS resolution_rate,
       AVG(status = 'closed' AND solved_at < e) AS confirmed_resolution_rate, AVG(frt) AS first_response_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN frt END) AS first_response_median,
       AVG(first_reply_at IS NOT NULL AND frt <= 1) AS first_response_sla
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(frt) OVER w AS n FROM c
      WINDOW w AS (PARTITION BY month, team ORDER BY frt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, team;

SELECT month, tier,
       COUNT(*) AS ticket_volume,
       AVG(status IN ('solved', 'closed') AND solved_at < e) AS resolution_rate,
       AVG(status = 'closed' AND solved_at < e) AS confirmed_resolution_rate, AVG(frt) AS first_response_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN frt END) AS first_response_median,
       AVG(first_reply_at IS NOT NULL AND frt <= 1) AS first_response_sla
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(frt) OVER w AS n FROM c
      WINDOW w AS (PARTITION BY month, tier ORDER BY frt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, tier;

SELECT month, tag,
       COUNT(*) AS ticket_volume,
       AVG(status IN ('solved', 'closed') AND solved_at < e) AS resolution_rate,
       AVG(status = 'closed' AND solved_at < e) AS confirmed_resolution_rate, AVG(frt) AS first_response_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN frt END) AS first_response_median,
       AVG(first_reply_at IS NOT NULL AND frt <= 1) AS first_response_sla
FROM (SELECT c.*, g.tag, row_number() OVER w AS rn, count(*) OVER w AS nall, count(frt) OVER w AS n
      FROM c LEFT JOIN ticket_tags g ON g.ticket_id = c.id
      WINDOW w AS (PARTITION BY month, g.tag ORDER BY frt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, tag;

SELECT month, strftime('%H:00', local) AS hour, COUNT(*) AS volume_by_hour FROM c GROUP BY 1, 2;

SELECT month, CASE strftime('%w', local) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday'
         WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END AS weekday,
       COUNT(*) AS volume_by_weekday
FROM c GROUP BY 1, 2;

-- top issues: created tickets with one of the three tags
SELECT m.month, COUNT(DISTINCT t.customer_id) AS top_issues_customers, COUNT(DISTINCT t.id) AS top_issues_tickets
FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e JOIN ticket_tags g ON g.ticket_id = t.id
WHERE g.tag IN ('bug', 'feature_request', 'known_limitation')
GROUP BY 1;

SELECT month, g.tag, COUNT(DISTINCT customer_id) AS top_issues_customers, COUNT(DISTINCT id) AS top_issues_tickets
FROM c JOIN ticket_tags g ON g.ticket_id = c.id
WHERE g.tag IN ('bug', 'feature_request', 'known_limitation')
GROUP BY 1, 2;

-- tickets solved in the month: one pass over the 12 months, the median from the same ordered window
SELECT month,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket, AVG(replies = 1) AS one_touch_rate,
       AVG(rt) AS resolution_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN rt END) AS resolution_median,
       AVG(reopens > 0) AS reopen_rate
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(rt) OVER w AS n
      FROM (SELECT m.month, t.replies, t.reopens,
                   ROUND((julianday(t.solved_at) - julianday(t.created_at)) * 86400000.0) / 3600000.0 AS rt
            FROM m JOIN tickets t ON t.solved_at >= m.s AND t.solved_at < m.e WHERE t.status IN ('solved', 'closed'))
      WINDOW w AS (PARTITION BY month ORDER BY rt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month;

CREATE TEMP TABLE s AS
SELECT m.month, t.id, t.channel, a.name AS agent, a.team, u.tier, t.replies, t.reopens,
       ROUND((julianday(t.solved_at) - julianday(t.created_at)) * 86400000.0) / 3600000.0 AS rt
FROM m JOIN tickets t ON t.solved_at >= m.s AND t.solved_at < m.e
LEFT JOIN agents a ON a.id = t.agent_id LEFT JOIN customers u ON u.id = t.customer_id
WHERE t.status IN ('solved', 'closed') AND m.month >= '2026-09';

SELECT month, channel,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket, AVG(replies = 1) AS one_touch_rate, AVG(rt) AS resolution_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN rt END) AS resolution_median, AVG(reopens > 0) AS reopen_rate
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(rt) OVER w AS n FROM s
      WINDOW w AS (PARTITION BY month, channel ORDER BY rt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, channel;

SELECT month, agent,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket, AVG(replies = 1) AS one_touch_rate, AVG(rt) AS resolution_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN rt END) AS resolution_median, AVG(reopens > 0) AS reopen_rate
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(rt) OVER w AS n FROM s
      WINDOW w AS (PARTITION BY month, agent ORDER BY rt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, agent;

SELECT month, team,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket, AVG(replies = 1) AS one_touch_rate, AVG(rt) AS resolution_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN rt END) AS resolution_median, AVG(reopens > 0) AS reopen_rate
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(rt) OVER w AS n FROM s
      WINDOW w AS (PARTITION BY month, team ORDER BY rt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, team;

SELECT month, tier,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket, AVG(replies = 1) AS one_touch_rate, AVG(rt) AS resolution_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN rt END) AS resolution_median, AVG(reopens > 0) AS reopen_rate
FROM (SELECT *, row_number() OVER w AS rn, count(*) OVER w AS nall, count(rt) OVER w AS n FROM s
      WINDOW w AS (PARTITION BY month, tier ORDER BY rt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, tier;

SELECT month, tag,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket, AVG(replies = 1) AS one_touch_rate, AVG(rt) AS resolution_mean,
       AVG(CASE WHEN rn - nall + n BETWEEN (n + 1) / 2 AND (n + 2) / 2 THEN rt END) AS resolution_median, AVG(reopens > 0) AS reopen_rate
FROM (SELECT s.*, g.tag, row_number() OVER w AS rn, count(*) OVER w AS nall, count(rt) OVER w AS n
      FROM s LEFT JOIN ticket_tags g ON g.ticket_id = s.id
      WINDOW w AS (PARTITION BY month, g.tag ORDER BY rt ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
GROUP BY month, tag;

-- responses: each agent message that answers a customer, with the time the customer started waiting. One window
-- pass numbers each message by the non-customer messages before it; a group of that number is a run of customer
-- messages and the message that ends it: an agent's message after at least one customer's is a response, waiting
-- since the run's first. Only the messages before the last month's end (the window reads them in ticket order
-- through ix_messages_ticket; limiting them to tickets with an agent message in the months cost more than it saved).
CREATE TEMP TABLE r AS
SELECT ticket_id, MAX(CASE WHEN author = 'agent' THEN agent_id END) AS agent_id, MAX(created_at) AS created_at,
       ROUND((julianday(MAX(created_at)) - julianday(MIN(created_at))) * 86400000.0) / 3600000.0 AS wait
FROM (SELECT ticket_id, agent_id, author, created_at,
             SUM(author IS NOT 'customer') OVER (PARTITION BY ticket_id ORDER BY created_at, id ROWS UNBOUNDED PRECEDING)
               - (author IS NOT 'customer') AS run
      FROM messages
      WHERE created_at < '2026-10-31 23:00:00')
GROUP BY ticket_id, run
HAVING COUNT(*) > 1 AND MAX(author = 'agent') = 1 AND MAX(created_at) >= '2025-10-31 23:00:00';

SELECT m.month, AVG(r.wait) AS avg_response_time
FROM m JOIN r ON r.created_at >= m.s AND r.created_at < m.e
GROUP BY 1;

SELECT m.month, t.channel, AVG(r.wait) AS avg_response_time
FROM m JOIN r ON r.created_at >= m.s AND r.created_at < m.e LEFT JOIN tickets t ON t.id = r.ticket_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, a.name AS agent, AVG(r.wait) AS avg_response_time
FROM m JOIN r ON r.created_at >= m.s AND r.created_at < m.e LEFT JOIN agents a ON a.id = r.agent_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, a.team, AVG(r.wait) AS avg_response_time
FROM m JOIN r ON r.created_at >= m.s AND r.created_at < m.e LEFT JOIN agents a ON a.id = r.agent_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

-- CSAT ratings, QA reviews and NPS answers given in the month
SELECT m.month, AVG(c.rating >= 4) AS csat_share, AVG(c.rating) AS csat_mean
FROM m JOIN csat_responses c ON c.created_at >= m.s AND c.created_at < m.e
GROUP BY 1;

SELECT m.month, t.channel, AVG(c.rating >= 4) AS csat_share, AVG(c.rating) AS csat_mean
FROM m JOIN csat_responses c ON c.created_at >= m.s AND c.created_at < m.e LEFT JOIN tickets t ON t.id = c.ticket_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, a.name AS agent, AVG(c.rating >= 4) AS csat_share, AVG(c.rating) AS csat_mean
FROM m JOIN csat_responses c ON c.created_at >= m.s AND c.created_at < m.e LEFT JOIN agents a ON a.id = c.agent_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, a.team, AVG(c.rating >= 4) AS csat_share, AVG(c.rating) AS csat_mean
FROM m JOIN csat_responses c ON c.created_at >= m.s AND c.created_at < m.e LEFT JOIN agents a ON a.id = c.agent_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, AVG(q.score) AS qa_score
FROM m JOIN qa_reviews q ON q.created_at >= m.s AND q.created_at < m.e
GROUP BY 1;

SELECT m.month, t.channel, AVG(q.score) AS qa_score
FROM m JOIN qa_reviews q ON q.created_at >= m.s AND q.created_at < m.e LEFT JOIN tickets t ON t.id = q.ticket_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, a.name AS agent, AVG(q.score) AS qa_score
FROM m JOIN qa_reviews q ON q.created_at >= m.s AND q.created_at < m.e LEFT JOIN agents a ON a.id = q.agent_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, a.team, AVG(q.score) AS qa_score
FROM m JOIN qa_reviews q ON q.created_at >= m.s AND q.created_at < m.e LEFT JOIN agents a ON a.id = q.agent_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

SELECT m.month, (AVG(n.score >= 9) - AVG(n.score <= 6)) * 100 AS nps
FROM m JOIN nps_responses n ON n.created_at >= m.s AND n.created_at < m.e
GROUP BY 1;

SELECT m.month, c.tier, (AVG(n.score >= 9) - AVG(n.score <= 6)) * 100 AS nps
FROM m JOIN nps_responses n ON n.created_at >= m.s AND n.created_at < m.e LEFT JOIN customers c ON c.id = n.customer_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

-- customers active at the month's start: churned during it, still active at its end
SELECT m.month, AVG(c.churned_at IS NOT NULL AND c.churned_at < m.e) AS churn_rate,
       AVG(c.churned_at IS NULL OR c.churned_at >= m.e) AS customer_retention_rate
FROM m JOIN customers c ON c.created_at < m.s AND (c.churned_at IS NULL OR c.churned_at >= m.s)
GROUP BY 1;

SELECT m.month, c.tier, AVG(c.churned_at IS NOT NULL AND c.churned_at < m.e) AS churn_rate,
       AVG(c.churned_at IS NULL OR c.churned_at >= m.e) AS customer_retention_rate
FROM m JOIN customers c ON c.created_at < m.s AND (c.churned_at IS NULL OR c.churned_at >= m.s)
WHERE m.month >= '2026-09'
GROUP BY 1, 2;

-- MRR: monthly subtotals, then running sums (MRR at a month's end is every movement up to it)
SELECT month, expansion / mrr_end AS expansion_revenue_rate, (mrr_end - net + expansion - lost) / NULLIF(mrr_end - net, 0) AS net_revenue_retention
FROM (SELECT month, net, expansion, lost, SUM(net) OVER (ORDER BY month) AS mrr_end
      FROM (SELECT month, SUM(CASE WHEN kind IN ('new', 'expansion', 'reactivation') THEN amount ELSE -amount END) AS net,
                   TOTAL(CASE WHEN kind = 'expansion' THEN amount END) AS expansion,
                   TOTAL(CASE WHEN kind IN ('contraction', 'churn') THEN amount END) AS lost
            FROM mrr_movements WHERE month <= '2026-10' GROUP BY month))
WHERE month >= '2025-11';

SELECT month, tier, expansion / mrr_end AS expansion_revenue_rate, (mrr_end - net + expansion - lost) / NULLIF(mrr_end - net, 0) AS net_revenue_retention
FROM (SELECT month, tier, net, expansion, lost, SUM(net) OVER (PARTITION BY tier ORDER BY month) AS mrr_end
      FROM (SELECT v.month, c.tier, SUM(CASE WHEN v.kind IN ('new', 'expansion', 'reactivation') THEN v.amount ELSE -v.amount END) AS net,
                   TOTAL(CASE WHEN v.kind = 'expansion' THEN v.amount END) AS expansion,
                   TOTAL(CASE WHEN v.kind IN ('contraction', 'churn') THEN v.amount END) AS lost
            FROM mrr_movements v LEFT JOIN customers c ON c.id = v.customer_id WHERE v.month <= '2026-10' GROUP BY 1, 2))
WHERE month >= '2026-09';

-- SLA achievement: each ticket created in the month has a first-reply and a resolution target (the report's sla:, in
-- calendar hours), judged at the month's end: met when done before it within the target, breached when done after the
-- target or still open past it; open within its target, or no target, counts in neither
CREATE TEMP TABLE sla AS
SELECT m.month, m.e, k.target, t.priority, a.team, t.created_at,
       CASE k.target WHEN 'first_reply' THEN t.first_reply_at
            ELSE CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END END AS done,
       CASE k.target
            WHEN 'first_reply' THEN CASE t.priority
                 WHEN 'urgent' THEN CASE WHEN u.tier = 'premium' THEN 0.5 ELSE 1 END
                 WHEN 'high' THEN CASE WHEN u.tier = 'premium' THEN 1 ELSE 2 END
                 WHEN 'normal' THEN CASE WHEN u.tier = 'premium' THEN 4 ELSE 8 END
                 WHEN 'low' THEN 24 END
            ELSE CASE t.priority WHEN 'urgent' THEN 8 WHEN 'high' THEN 24 WHEN 'normal' THEN 72 WHEN 'low' THEN 168 END
       END AS h
FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e
CROSS JOIN (SELECT 'first_reply' AS target UNION ALL SELECT 'resolution') k
LEFT JOIN agents a ON a.id = t.agent_id LEFT JOIN customers u ON u.id = t.customer_id;

SELECT month, AVG(CASE WHEN done < e AND ROUND((julianday(done) - julianday(created_at)) * 86400000.0) / 3600000.0 <= h
                       THEN 1.0 ELSE 0.0 END) AS sla_achievement
FROM sla WHERE h IS NOT NULL AND (done < e OR ROUND((julianday(e) - julianday(created_at)) * 86400000.0) / 3600000.0 > h)
GROUP BY 1;

SELECT month, target, AVG(CASE WHEN done < e AND ROUND((julianday(done) - julianday(created_at)) * 86400000.0) / 3600000.0 <= h
                               THEN 1.0 ELSE 0.0 END) AS sla_achievement
FROM sla WHERE h IS NOT NULL AND (done < e OR ROUND((julianday(e) - julianday(created_at)) * 86400000.0) / 3600000.0 > h)
  AND month >= '2026-09'
GROUP BY 1, 2;
