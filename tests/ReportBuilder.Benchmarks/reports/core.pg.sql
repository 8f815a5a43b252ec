-- The core report (core.yaml) as a person writes it in psql, against the same rows copied to PostgreSQL
-- (`reportbuilder copy`: timestamps are timestamptz): the statements of core.sql, one per table and cohort, grouped by
-- month, October 2025 to October 2026 (UTC), each written out as one JSON array (json_agg) for the value check.
-- Durations use the engine's exact-hours formula (whole milliseconds), so the values match ReportBuilder's.
-- Run as `PGOPTIONS='-c search_path=SCHEMA' psql -X -At -v ON_ERROR_STOP=1 URL -f core.pg.sql`.

-- tickets created in the month
SELECT json_agg(q) FROM (
SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
       COUNT(*) AS ticket_volume,
       AVG(CAST(ROUND(EXTRACT(EPOCH FROM (first_reply_at - created_at)) * 1000) AS double precision) / 3600000.0) AS first_response_mean,
       AVG(CASE WHEN status IN ('solved', 'closed')
                 AND solved_at < date_trunc('month', created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + interval '1 month'
                THEN 1.0 ELSE 0.0 END) AS resolution_rate,
       AVG(CASE WHEN first_reply_at IS NOT NULL
                 AND CAST(ROUND(EXTRACT(EPOCH FROM (first_reply_at - created_at)) * 1000) AS double precision) / 3600000.0 <= 1
                THEN 1.0 ELSE 0.0 END) AS first_response_sla
FROM tickets
WHERE created_at >= '2025-10-01 00:00:00Z' AND created_at < '2026-11-01 00:00:00Z'
GROUP BY 1) q;

-- tickets solved in the month
SELECT json_agg(q) FROM (
SELECT to_char(date_trunc('month', solved_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
       CAST(SUM(replies) AS double precision) / COUNT(*) AS replies_per_ticket,
       AVG(CASE WHEN replies = 1 THEN 1.0 ELSE 0.0 END) AS one_touch_rate,
       AVG(CAST(ROUND(EXTRACT(EPOCH FROM (solved_at - created_at)) * 1000) AS double precision) / 3600000.0) AS resolution_mean,
       AVG(CASE WHEN reopens > 0 THEN 1.0 ELSE 0.0 END) AS reopen_rate
FROM tickets
WHERE solved_at >= '2025-10-01 00:00:00Z' AND solved_at < '2026-11-01 00:00:00Z' AND status IN ('solved', 'closed')
GROUP BY 1) q;

-- replies per ticket by channel and by agent, October 2026
SELECT json_agg(q) FROM (
SELECT '2026-10' AS month, channel, CAST(SUM(replies) AS double precision) / COUNT(*) AS replies_per_ticket
FROM tickets
WHERE solved_at >= '2026-10-01 00:00:00Z' AND solved_at < '2026-11-01 00:00:00Z' AND status IN ('solved', 'closed')
GROUP BY channel) q;

SELECT json_agg(q) FROM (
SELECT '2026-10' AS month, a.name AS agent, CAST(SUM(t.replies) AS double precision) / COUNT(*) AS replies_per_ticket
FROM tickets t LEFT JOIN agents a ON a.id = t.agent_id
WHERE t.solved_at >= '2026-10-01 00:00:00Z' AND t.solved_at < '2026-11-01 00:00:00Z' AND t.status IN ('solved', 'closed')
GROUP BY a.name) q;

-- ratings and survey answers given in the month
SELECT json_agg(q) FROM (
SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
       AVG(CASE WHEN rating >= 4 THEN 1.0 ELSE 0.0 END) AS csat_share
FROM csat_responses
WHERE created_at >= '2025-10-01 00:00:00Z' AND created_at < '2026-11-01 00:00:00Z'
GROUP BY 1) q;

SELECT json_agg(q) FROM (
SELECT to_char(date_trunc('month', created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month,
       (AVG(CASE WHEN score >= 9 THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN score <= 6 THEN 1.0 ELSE 0.0 END)) * 100 AS nps
FROM nps_responses
WHERE created_at >= '2025-10-01 00:00:00Z' AND created_at < '2026-11-01 00:00:00Z'
GROUP BY 1) q;
