-- tickets: ticket_volume, first_response_mean, first_response_median, first_response_sla
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p4)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=1

-- tickets by team: first_response_mean, first_response_sla
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) THEN t."rb_row0" END)) AS "first_response_mean",
       AVG((CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p4)) THEN 1.0 ELSE 0.0 END)) AS "first_response_sla",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND ((((ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=1

-- tickets by channel: first_response_mean, first_response_sla
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) THEN t."rb_row0" END)) AS "first_response_mean",
       AVG((CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p4)) THEN 1.0 ELSE 0.0 END)) AS "first_response_sla",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND ((((ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=1
