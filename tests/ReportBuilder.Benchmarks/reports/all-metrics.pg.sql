-- The hand floor of examples/all-metrics.yaml on PostgreSQL: the SQL a PostgreSQL expert writes for the same values as
-- all-metrics.sql, against the same rows copied to the server (`reportbuilder copy`: timestamps are timestamptz), run by
-- psql. Months are Europe/Warsaw months (AT TIME ZONE), October 2026 and the 11 before it. Each cohort's trend is one
-- statement: every month's rows aggregated in a LATERAL subquery over its index range, so each row is read once and
-- no grouping sort is needed; medians are percentile_cont(0.5), PostgreSQL's own ordered-set aggregate. The breakdowns
-- of the two breakdown months (October and September, the comparison) are one statement per cohort and join, with
-- GROUPING SETS over the plain dimensions; `responses` is two lag windows over the messages in ticket order (the index's
-- order: no sort). Durations are date_part('epoch', b - a) / 3600 in double precision, not numeric: the demo data's
-- timestamps are whole seconds, where this is the engine's exact-hours formula digit for digit; the SLA targets are
-- intervals compared with b - a. Rates are counts FILTERed over counts.
-- The demo data is clean: no filter of bad rows. Each statement's rows are written out as one JSON array for the value
-- check (json_agg): month, an optional breakdown column named after its dimension, then one column per metric (the
-- names the report gives them); a row of a grouping set names its own dimension (json_build_object).
-- Run as `PGOPTIONS='-c search_path=SCHEMA' psql -X -At -v ON_ERROR_STOP=1 URL -f all-metrics.pg.sql`
-- (scripts/hand-floor.py --pg URL all-metrics).

CREATE TEMP TABLE m AS
SELECT to_char(d, 'YYYY-MM') AS month, d AT TIME ZONE 'Europe/Warsaw' AS s, (d + interval '1 month') AT TIME ZONE 'Europe/Warsaw' AS e
FROM generate_series(timestamp '2025-11-01', timestamp '2026-10-01', interval '1 month') d;
ANALYZE m;

-- tickets created in the month
SELECT json_agg(q) FROM (
SELECT m.month, x.*
FROM m CROSS JOIN LATERAL (
  SELECT COUNT(*) AS ticket_volume, COUNT(*) AS volume_by_hour, COUNT(*) AS volume_by_weekday, COUNT(*) AS channel_mix,
         COUNT(*) FILTER (WHERE status IN ('solved', 'closed') AND solved_at < m.e)::float8 / COUNT(*) AS resolution_rate,
         COUNT(*) FILTER (WHERE status = 'closed' AND solved_at < m.e)::float8 / COUNT(*) AS confirmed_resolution_rate,
         AVG(frt) AS first_response_mean,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY frt) AS first_response_median,
         COUNT(*) FILTER (WHERE frt <= 1)::float8 / COUNT(*) AS first_response_sla
  FROM (SELECT status, solved_at, date_part('epoch', first_reply_at - created_at) / 3600 AS frt
        FROM tickets WHERE created_at >= m.s AND created_at < m.e OFFSET 0) t) x) q;

-- the breakdown months' created tickets by channel, agent, team and tier (channel_mix: each channel's share)
SELECT json_agg(json_build_object('month', month, dim, key, 'ticket_volume', ticket_volume, 'channel_mix', channel_mix,
         'resolution_rate', resolution_rate, 'confirmed_resolution_rate', confirmed_resolution_rate,
         'first_response_mean', first_response_mean, 'first_response_median', first_response_median,
         'first_response_sla', first_response_sla)) FROM (
SELECT month,
       CASE WHEN GROUPING(channel) = 0 THEN 'channel' WHEN GROUPING(agent) = 0 THEN 'agent' WHEN GROUPING(team) = 0 THEN 'team' ELSE 'tier' END AS dim,
       CASE WHEN GROUPING(channel) = 0 THEN channel WHEN GROUPING(agent) = 0 THEN agent WHEN GROUPING(team) = 0 THEN team ELSE tier END AS key,
       COUNT(*) AS ticket_volume,
       CASE WHEN GROUPING(channel) = 0 THEN COUNT(*)::float8 / SUM(COUNT(*)) OVER (PARTITION BY month, GROUPING(channel, agent, team, tier)) END AS channel_mix,
       COUNT(*) FILTER (WHERE status IN ('solved', 'closed') AND solved_at < e)::float8 / COUNT(*) AS resolution_rate,
       COUNT(*) FILTER (WHERE status = 'closed' AND solved_at < e)::float8 / COUNT(*) AS confirmed_resolution_rate,
       AVG(frt) AS first_response_mean,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY frt) AS first_response_median,
       COUNT(*) FILTER (WHERE frt <= 1)::float8 / COUNT(*) AS first_response_sla
FROM (SELECT m.month, m.e, t.channel, a.name AS agent, a.team, u.tier, t.status, t.solved_at,
             date_part('epoch', t.first_reply_at - t.created_at) / 3600 AS frt
      FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e
      LEFT JOIN agents a ON a.id = t.agent_id LEFT JOIN customers u ON u.id = t.customer_id
      WHERE m.month >= '2026-09' OFFSET 0) c
GROUP BY month, GROUPING SETS (channel, agent, team, tier)) g;

-- ... by tag (a ticket in each of its tags' rows, an untagged one in the tag-less row), with top issues' tags
SELECT json_agg(q) FROM (
SELECT m.month, g.tag, COUNT(*) AS ticket_volume,
       COUNT(*) FILTER (WHERE t.status IN ('solved', 'closed') AND t.solved_at < m.e)::float8 / COUNT(*) AS resolution_rate,
       COUNT(*) FILTER (WHERE t.status = 'closed' AND t.solved_at < m.e)::float8 / COUNT(*) AS confirmed_resolution_rate,
       AVG(date_part('epoch', t.first_reply_at - t.created_at) / 3600) AS first_response_mean,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', t.first_reply_at - t.created_at) / 3600) AS first_response_median,
       COUNT(*) FILTER (WHERE date_part('epoch', t.first_reply_at - t.created_at) / 3600 <= 1)::float8 / COUNT(*) AS first_response_sla,
       CASE WHEN g.tag IN ('bug', 'feature_request', 'known_limitation') THEN COUNT(DISTINCT t.customer_id) END AS top_issues_customers,
       CASE WHEN g.tag IN ('bug', 'feature_request', 'known_limitation') THEN COUNT(*) END AS top_issues_tickets
FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e LEFT JOIN ticket_tags g ON g.ticket_id = t.id
WHERE m.month >= '2026-09'
GROUP BY 1, 2) q;

-- ... by local hour and weekday
SELECT json_agg(json_build_object('month', month, dim, key, metric, n)) FROM (
SELECT month, CASE WHEN GROUPING(hour) = 0 THEN 'hour' ELSE 'weekday' END AS dim,
       CASE WHEN GROUPING(hour) = 0 THEN 'volume_by_hour' ELSE 'volume_by_weekday' END AS metric,
       CASE WHEN GROUPING(hour) = 0 THEN hour ELSE weekday END AS key, COUNT(*) AS n
FROM (SELECT m.month, to_char(t.created_at AT TIME ZONE 'Europe/Warsaw', 'HH24":00"') AS hour,
             to_char(t.created_at AT TIME ZONE 'Europe/Warsaw', 'FMDay') AS weekday
      FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e WHERE m.month >= '2026-09') c
GROUP BY month, GROUPING SETS (hour, weekday)) g;

-- top issues: created tickets with one of the three tags
SELECT json_agg(q) FROM (
SELECT m.month, COUNT(DISTINCT t.customer_id) AS top_issues_customers, COUNT(DISTINCT t.id) AS top_issues_tickets
FROM m JOIN tickets t ON t.created_at >= m.s AND t.created_at < m.e JOIN ticket_tags g ON g.ticket_id = t.id
WHERE g.tag IN ('bug', 'feature_request', 'known_limitation')
GROUP BY 1) q;

-- tickets solved in the month
SELECT json_agg(q) FROM (
SELECT m.month, x.*
FROM m CROSS JOIN LATERAL (
  SELECT SUM(replies)::float8 / COUNT(*) AS replies_per_ticket,
         COUNT(*) FILTER (WHERE replies = 1)::float8 / COUNT(*) AS one_touch_rate,
         AVG(rt) AS resolution_mean,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY rt) AS resolution_median,
         COUNT(*) FILTER (WHERE reopens > 0)::float8 / COUNT(*) AS reopen_rate
  FROM (SELECT replies, reopens, date_part('epoch', solved_at - created_at) / 3600 AS rt
        FROM tickets WHERE solved_at >= m.s AND solved_at < m.e AND status IN ('solved', 'closed') OFFSET 0) t) x) q;

-- the breakdown months' solved tickets by channel, agent, team and tier
SELECT json_agg(json_build_object('month', month, dim, key, 'replies_per_ticket', replies_per_ticket,
         'one_touch_rate', one_touch_rate, 'resolution_mean', resolution_mean, 'resolution_median', resolution_median,
         'reopen_rate', reopen_rate)) FROM (
SELECT month,
       CASE WHEN GROUPING(channel) = 0 THEN 'channel' WHEN GROUPING(agent) = 0 THEN 'agent' WHEN GROUPING(team) = 0 THEN 'team' ELSE 'tier' END AS dim,
       CASE WHEN GROUPING(channel) = 0 THEN channel WHEN GROUPING(agent) = 0 THEN agent WHEN GROUPING(team) = 0 THEN team ELSE tier END AS key,
       SUM(replies)::float8 / COUNT(*) AS replies_per_ticket,
       COUNT(*) FILTER (WHERE replies = 1)::float8 / COUNT(*) AS one_touch_rate,
       AVG(rt) AS resolution_mean,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY rt) AS resolution_median,
       COUNT(*) FILTER (WHERE reopens > 0)::float8 / COUNT(*) AS reopen_rate
FROM (SELECT m.month, t.channel, a.name AS agent, a.team, u.tier, t.replies, t.reopens,
             date_part('epoch', t.solved_at - t.created_at) / 3600 AS rt
      FROM m JOIN tickets t ON t.solved_at >= m.s AND t.solved_at < m.e
      LEFT JOIN agents a ON a.id = t.agent_id LEFT JOIN customers u ON u.id = t.customer_id
      WHERE t.status IN ('solved', 'closed') AND m.month >= '2026-09' OFFSET 0) s
GROUP BY month, GROUPING SETS (channel, agent, team, tier)) g;

-- ... by tag
SELECT json_agg(q) FROM (
SELECT m.month, g.tag,
       SUM(t.replies)::float8 / COUNT(*) AS replies_per_ticket,
       COUNT(*) FILTER (WHERE t.replies = 1)::float8 / COUNT(*) AS one_touch_rate,
       AVG(date_part('epoch', t.solved_at - t.created_at) / 3600) AS resolution_mean,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', t.solved_at - t.created_at) / 3600) AS resolution_median,
       COUNT(*) FILTER (WHERE t.reopens > 0)::float8 / COUNT(*) AS reopen_rate
FROM m JOIN tickets t ON t.solved_at >= m.s AND t.solved_at < m.e LEFT JOIN ticket_tags g ON g.ticket_id = t.id
WHERE t.status IN ('solved', 'closed') AND m.month >= '2026-09'
GROUP BY 1, 2) q;

-- responses: each agent message that answers a customer, with the time the customer started waiting. One window pass
-- over the messages before the last month's end, in ticket order (ix_messages_ticket, no sort), keeps the messages
-- whose author changes from or to the customer: the first of a run of the customer's messages and the message that
-- ends the run; a second window over those (the same order) gives each the boundary before it, so an agent's message
-- that ends a run is a response waiting since the run's first. Kept once (MATERIALIZED) for the trend and the
-- breakdown months.
WITH r AS MATERIALIZED (
  SELECT ticket_id, agent_id, created_at, date_part('epoch', created_at - since) / 3600 AS wait
  FROM (SELECT ticket_id, agent_id, author, created_at, customer,
               lag(created_at) OVER (PARTITION BY ticket_id ORDER BY created_at, id) AS since
        FROM (SELECT ticket_id, id, agent_id, author, created_at, author = 'customer' AS customer,
                     lag(author = 'customer', 1, false) OVER (PARTITION BY ticket_id ORDER BY created_at, id) AS after_customer
              FROM messages
              WHERE created_at < (SELECT max(e) FROM m)) b
        WHERE customer <> after_customer) e
  WHERE author = 'agent' AND NOT customer AND created_at >= (SELECT min(s) FROM m))
SELECT json_agg(o) FROM (
SELECT json_build_object('month', month, 'avg_response_time', AVG(wait)) AS o
FROM (SELECT to_char(created_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM') AS month, wait FROM r) x
GROUP BY month
UNION ALL
SELECT json_build_object('month', month, dim, key, 'avg_response_time', avg_response_time) FROM (
SELECT month, CASE WHEN GROUPING(channel) = 0 THEN 'channel' WHEN GROUPING(agent) = 0 THEN 'agent' ELSE 'team' END AS dim,
       CASE WHEN GROUPING(channel) = 0 THEN channel WHEN GROUPING(agent) = 0 THEN agent ELSE team END AS key,
       AVG(wait) AS avg_response_time
FROM (SELECT to_char(r.created_at AT TIME ZONE 'Europe/Warsaw', 'YYYY-MM') AS month, r.wait, t.channel, a.name AS agent, a.team
      FROM r LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN agents a ON a.id = r.agent_id
      WHERE r.created_at >= (SELECT s FROM m WHERE month = '2026-09')) x
GROUP BY month, GROUPING SETS (channel, agent, team)) g) y;

-- CSAT ratings, QA reviews and NPS answers given in the month
SELECT json_agg(q) FROM (
SELECT m.month, COUNT(*) FILTER (WHERE c.rating >= 4)::float8 / COUNT(*) AS csat_share, AVG(c.rating) AS csat_mean
FROM m JOIN csat_responses c ON c.created_at >= m.s AND c.created_at < m.e
GROUP BY 1) q;

SELECT json_agg(json_build_object('month', month, dim, key, 'csat_share', csat_share, 'csat_mean', csat_mean)) FROM (
SELECT m.month, CASE WHEN GROUPING(t.channel) = 0 THEN 'channel' WHEN GROUPING(a.name) = 0 THEN 'agent' ELSE 'team' END AS dim,
       CASE WHEN GROUPING(t.channel) = 0 THEN t.channel WHEN GROUPING(a.name) = 0 THEN a.name ELSE a.team END AS key,
       COUNT(*) FILTER (WHERE c.rating >= 4)::float8 / COUNT(*) AS csat_share, AVG(c.rating) AS csat_mean
FROM m JOIN csat_responses c ON c.created_at >= m.s AND c.created_at < m.e
LEFT JOIN tickets t ON t.id = c.ticket_id LEFT JOIN agents a ON a.id = c.agent_id
WHERE m.month >= '2026-09'
GROUP BY m.month, GROUPING SETS (t.channel, a.name, a.team)) g;

SELECT json_agg(q) FROM (
SELECT m.month, AVG(q.score) AS qa_score
FROM m JOIN qa_reviews q ON q.created_at >= m.s AND q.created_at < m.e
GROUP BY 1) q;

SELECT json_agg(json_build_object('month', month, dim, key, 'qa_score', qa_score)) FROM (
SELECT m.month, CASE WHEN GROUPING(t.channel) = 0 THEN 'channel' WHEN GROUPING(a.name) = 0 THEN 'agent' ELSE 'team' END AS dim,
       CASE WHEN GROUPING(t.channel) = 0 THEN t.channel WHEN GROUPING(a.name) = 0 THEN a.name ELSE a.team END AS key,
       AVG(q.score) AS qa_score
FROM m JOIN qa_reviews q ON q.created_at >= m.s AND q.created_at < m.e
LEFT JOIN tickets t ON t.id = q.ticket_id LEFT JOIN agents a ON a.id = q.agent_id
WHERE m.month >= '2026-09'
GROUP BY m.month, GROUPING SETS (t.channel, a.name, a.team)) g;

SELECT json_agg(q) FROM (
SELECT m.month, (COUNT(*) FILTER (WHERE n.score >= 9) - COUNT(*) FILTER (WHERE n.score <= 6)) * 100.0 / COUNT(*) AS nps
FROM m JOIN nps_responses n ON n.created_at >= m.s AND n.created_at < m.e
GROUP BY 1) q;

SELECT json_agg(q) FROM (
SELECT m.month, c.tier, (COUNT(*) FILTER (WHERE n.score >= 9) - COUNT(*) FILTER (WHERE n.score <= 6)) * 100.0 / COUNT(*) AS nps
FROM m JOIN nps_responses n ON n.created_at >= m.s AND n.created_at < m.e LEFT JOIN customers c ON c.id = n.customer_id
WHERE m.month >= '2026-09'
GROUP BY 1, 2) q;

-- customers active at the month's start: churned during it, still active at its end
SELECT json_agg(q) FROM (
SELECT m.month, COUNT(*) FILTER (WHERE c.churned_at < m.e)::float8 / COUNT(*) AS churn_rate,
       COUNT(*) FILTER (WHERE c.churned_at IS NULL OR c.churned_at >= m.e)::float8 / COUNT(*) AS customer_retention_rate
FROM m JOIN customers c ON c.created_at < m.s AND (c.churned_at IS NULL OR c.churned_at >= m.s)
GROUP BY 1) q;

SELECT json_agg(q) FROM (
SELECT m.month, c.tier, COUNT(*) FILTER (WHERE c.churned_at < m.e)::float8 / COUNT(*) AS churn_rate,
       COUNT(*) FILTER (WHERE c.churned_at IS NULL OR c.churned_at >= m.e)::float8 / COUNT(*) AS customer_retention_rate
FROM m JOIN customers c ON c.created_at < m.s AND (c.churned_at IS NULL OR c.churned_at >= m.s)
WHERE m.month >= '2026-09'
GROUP BY 1, 2) q;

-- MRR: monthly subtotals, then running sums (MRR at a month's end is every movement up to it)
SELECT json_agg(q) FROM (
SELECT month, expansion / NULLIF(mrr_end, 0) AS expansion_revenue_rate,
       (mrr_end - net + expansion - lost) / NULLIF(mrr_end - net, 0) AS net_revenue_retention
FROM (SELECT month, net, expansion, lost, SUM(net) OVER (ORDER BY month) AS mrr_end
      FROM (SELECT month, SUM(CASE WHEN kind IN ('new', 'expansion', 'reactivation') THEN amount ELSE -amount END) AS net,
                   COALESCE(SUM(amount) FILTER (WHERE kind = 'expansion'), 0) AS expansion,
                   COALESCE(SUM(amount) FILTER (WHERE kind IN ('contraction', 'churn')), 0) AS lost
            FROM mrr_movements WHERE month <= '2026-10' GROUP BY month) v) w
WHERE month >= '2025-11') q;

SELECT json_agg(q) FROM (
SELECT month, tier, expansion / NULLIF(mrr_end, 0) AS expansion_revenue_rate,
       (mrr_end - net + expansion - lost) / NULLIF(mrr_end - net, 0) AS net_revenue_retention
FROM (SELECT month, tier, net, expansion, lost, SUM(net) OVER (PARTITION BY tier ORDER BY month) AS mrr_end
      FROM (SELECT v.month, c.tier, SUM(CASE WHEN v.kind IN ('new', 'expansion', 'reactivation') THEN v.amount ELSE -v.amount END) AS net,
                   COALESCE(SUM(v.amount) FILTER (WHERE v.kind = 'expansion'), 0) AS expansion,
                   COALESCE(SUM(v.amount) FILTER (WHERE v.kind IN ('contraction', 'churn')), 0) AS lost
            FROM mrr_movements v LEFT JOIN customers c ON c.id = v.customer_id WHERE v.month <= '2026-10' GROUP BY 1, 2) v) w
WHERE month >= '2026-09') q;

-- SLA achievement: each ticket created in the month has a first-reply and a resolution target (the report's sla:, in
-- calendar hours, here as intervals), judged at the month's end: met when done before it within the target, breached
-- when done after the target or still open past it; open within its target, or no target, counts in neither. Both
-- targets are counted in one read of each month's tickets (LATERAL, as the cohorts above), then written out as the
-- month's row and, for the breakdown months, one row per target.
SELECT json_agg(CASE WHEN v.target IS NULL THEN json_build_object('month', month, 'sla_achievement', v.value)
                     ELSE json_build_object('month', month, 'target', v.target, 'sla_achievement', v.value) END) FROM (
SELECT m.month, x.*
FROM m CROSS JOIN LATERAL (
  SELECT COUNT(*) FILTER (WHERE reply < m.e AND reply - created_at <= reply_target) AS reply_met,
         COUNT(*) FILTER (WHERE reply_target IS NOT NULL AND (reply < m.e OR m.e - created_at > reply_target)) AS reply_judged,
         COUNT(*) FILTER (WHERE solved < m.e AND solved - created_at <= solve_target) AS solve_met,
         COUNT(*) FILTER (WHERE solve_target IS NOT NULL AND (solved < m.e OR m.e - created_at > solve_target)) AS solve_judged
  FROM (SELECT t.created_at, t.first_reply_at AS reply, CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END AS solved,
               CASE t.priority WHEN 'urgent' THEN CASE WHEN u.tier = 'premium' THEN interval '30 minutes' ELSE interval '1 hour' END
                               WHEN 'high' THEN CASE WHEN u.tier = 'premium' THEN interval '1 hour' ELSE interval '2 hours' END
                               WHEN 'normal' THEN CASE WHEN u.tier = 'premium' THEN interval '4 hours' ELSE interval '8 hours' END
                               WHEN 'low' THEN interval '24 hours' END AS reply_target,
               CASE t.priority WHEN 'urgent' THEN interval '8 hours' WHEN 'high' THEN interval '24 hours'
                               WHEN 'normal' THEN interval '72 hours' WHEN 'low' THEN interval '168 hours' END AS solve_target
        FROM tickets t LEFT JOIN customers u ON u.id = t.customer_id
        WHERE t.created_at >= m.s AND t.created_at < m.e) t) x) a
CROSS JOIN LATERAL (VALUES (NULL, (reply_met + solve_met)::float8 / NULLIF(reply_judged + solve_judged, 0)),
                           ('first_reply', reply_met::float8 / NULLIF(reply_judged, 0)),
                           ('resolution', solve_met::float8 / NULLIF(solve_judged, 0))) v (target, value)
WHERE v.target IS NULL OR a.month >= '2026-09';
