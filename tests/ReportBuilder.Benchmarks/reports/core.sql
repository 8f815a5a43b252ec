-- The core report (core.yaml) as a person writes it in the sqlite3 shell: one statement per table and
-- cohort, grouped by month, October 2025 to October 2026 (UTC). Durations use the engine's exact-hours
-- formula (whole milliseconds), so the values match ReportBuilder's digit for digit.
-- Columns: month, an optional breakdown column named after its dimension, then one column per metric.

-- tickets created in the month
SELECT substr(created_at, 1, 7) AS month,
       COUNT(*) AS ticket_volume,
       AVG(CASE WHEN first_reply_at IS NOT NULL
                THEN ROUND((julianday(first_reply_at) - julianday(created_at)) * 86400000.0) / 3600000.0 END) AS first_response_mean,
       AVG(status IN ('solved', 'closed') AND solved_at < datetime(substr(created_at, 1, 7) || '-01', '+1 month')) AS resolution_rate,
       AVG(first_reply_at IS NOT NULL
           AND ROUND((julianday(first_reply_at) - julianday(created_at)) * 86400000.0) / 3600000.0 <= 1) AS first_response_sla
FROM tickets
WHERE created_at >= '2025-10-01' AND created_at < '2026-11-01'
GROUP BY 1;

-- tickets solved in the month
SELECT substr(solved_at, 1, 7) AS month,
       CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket,
       AVG(replies = 1) AS one_touch_rate,
       AVG(ROUND((julianday(solved_at) - julianday(created_at)) * 86400000.0) / 3600000.0) AS resolution_mean,
       AVG(reopens > 0) AS reopen_rate
FROM tickets
WHERE solved_at >= '2025-10-01' AND solved_at < '2026-11-01' AND status IN ('solved', 'closed')
GROUP BY 1;

-- replies per ticket by channel and by agent, October 2026
SELECT '2026-10' AS month, channel, CAST(SUM(replies) AS REAL) / COUNT(*) AS replies_per_ticket
FROM tickets
WHERE solved_at >= '2026-10-01' AND solved_at < '2026-11-01' AND status IN ('solved', 'closed')
GROUP BY channel;

SELECT '2026-10' AS month, a.name AS agent, CAST(SUM(t.replies) AS REAL) / COUNT(*) AS replies_per_ticket
FROM tickets t LEFT JOIN agents a ON a.id = t.agent_id
WHERE t.solved_at >= '2026-10-01' AND t.solved_at < '2026-11-01' AND t.status IN ('solved', 'closed')
GROUP BY a.name;

-- ratings and survey answers given in the month
SELECT substr(created_at, 1, 7) AS month, AVG(rating >= 4) AS csat_share
FROM csat_responses
WHERE created_at >= '2025-10-01' AND created_at < '2026-11-01'
GROUP BY 1;

SELECT substr(created_at, 1, 7) AS month, (AVG(score >= 9) - AVG(score <= 6)) * 100 AS nps
FROM nps_responses
WHERE created_at >= '2025-10-01' AND created_at < '2026-11-01'
GROUP BY 1;
