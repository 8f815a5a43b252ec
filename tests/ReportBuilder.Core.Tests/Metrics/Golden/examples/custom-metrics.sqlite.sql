-- tickets: urgent_first_response, weekend_share (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "urgent_first_response",
       AVG(CASE WHEN (rb_local_weekday(t."created_at", @p0) >= @p7) THEN 1.0 ELSE 0.0 END) AS "weekend_share",
       COUNT(CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:urgent_first_response",
       COUNT(*) AS "n:weekend_share"
FROM (SELECT p.idx AS "rb_idx", t."priority", t."created_at", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "urgent_first_response",
       AVG(CASE WHEN (rb_local_weekday(t."created_at", @p0) >= @p7) THEN 1.0 ELSE 0.0 END) AS "weekend_share",
       COUNT(CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:urgent_first_response",
       COUNT(*) AS "n:weekend_share"
FROM (SELECT p.idx AS "rb_idx", t."priority", t."created_at", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=urgent, @p7=6
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.priority
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "urgent_first_response",
       AVG(CASE WHEN (rb_local_weekday(t."created_at", @p0) >= @p7) THEN 1.0 ELSE 0.0 END) AS "weekend_share",
       COUNT(CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:urgent_first_response",
       COUNT(*) AS "n:weekend_share"
FROM (SELECT p.idx AS "rb_idx", t."priority", t."created_at", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "urgent_first_response",
       AVG(CASE WHEN (rb_local_weekday(t."created_at", @p0) >= @p7) THEN 1.0 ELSE 0.0 END) AS "weekend_share",
       COUNT(CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:urgent_first_response",
       COUNT(*) AS "n:weekend_share"
FROM (SELECT p.idx AS "rb_idx", t."priority", t."created_at", t."first_reply_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets by team: urgent_first_response (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       rb_percentile((ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0), 0.5) AS "urgent_first_response"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND (((ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=urgent
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.priority
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       rb_percentile((ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0), 0.5) AS "urgent_first_response"
FROM "tickets" t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND (((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND (((ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE))
GROUP BY 1, 2;

-- tickets: p90_resolution (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0), @p8) AS "p90_resolution"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0), @p8) AS "p90_resolution"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=0.9
-- reads: tickets.*, tickets.created_at, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0), @p8) AS "p90_resolution"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE))
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0), @p8) AS "p90_resolution"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE))
GROUP BY 1;

-- tickets: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "tickets" t
WHERE julianday(t."created_at") IS NOT NULL;
-- parameters: @p0=UTC
-- reads: 

-- tickets: latest (periods 0)
SELECT MAX(t."solved_at") AS latest
FROM "tickets" t
WHERE julianday(t."solved_at") IS NOT NULL;
-- parameters: @p0=UTC
-- reads: 

-- tickets: unparsed_timestamp:created_at (periods 0)
SELECT COUNT(CASE WHEN (t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL)) THEN 1 END) AS c0
FROM "tickets" t;
-- parameters: @p0=UTC
-- reads: 

-- tickets: unparsed_timestamp:solved_at (periods 0)
SELECT COUNT(CASE WHEN (t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL)) THEN 1 END) AS c0
FROM "tickets" t;
-- parameters: @p0=UTC
-- reads: 

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at (periods 0)
SELECT COUNT(CASE WHEN (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0 THEN 1 END) AS c0,
       COUNT(CASE WHEN (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0 THEN 1 END) AS c1
FROM "tickets" t
WHERE (+t."created_at" >= @p1 AND +t."created_at" < @p2) OR (+t."solved_at" >= @p1 AND +t."solved_at" < @p2);
-- parameters: @p0=UTC, @p1=2026-08-31 22:00:00, @p2=2026-10-31 23:00:00
-- reads: 
