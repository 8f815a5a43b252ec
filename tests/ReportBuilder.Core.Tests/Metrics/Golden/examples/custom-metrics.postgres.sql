-- tickets: urgent_first_response, weekend_share (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "urgent_first_response",
       AVG(CASE WHEN (CAST(EXTRACT(ISODOW FROM (t."created_at" AT TIME ZONE @p0)) AS integer) >= @p7) THEN 1.0 ELSE 0.0 END) AS "weekend_share",
       COUNT(CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:urgent_first_response",
       COUNT(*) AS "n:weekend_share"
FROM (SELECT p.idx AS "rb_idx", t."priority", t."created_at", t."first_reply_at", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "urgent_first_response",
       AVG(CASE WHEN (CAST(EXTRACT(ISODOW FROM (t."created_at" AT TIME ZONE @p0)) AS integer) >= @p7) THEN 1.0 ELSE 0.0 END) AS "weekend_share",
       COUNT(CASE WHEN ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:urgent_first_response",
       COUNT(*) AS "n:weekend_share"
FROM (SELECT p.idx AS "rb_idx", t."priority", t."created_at", t."first_reply_at", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=urgent, @p7=6
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.priority

-- tickets by team: urgent_first_response (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS double precision)) AS "urgent_first_response"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE ((t."priority" = @p6) AND (t."first_reply_at" IS NOT NULL)) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=urgent
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.priority

-- tickets: p90_resolution (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(@p8 AS double precision)) WITHIN GROUP (ORDER BY CAST((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS double precision)) AS "p90_resolution"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)) AND (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(@p8 AS double precision)) WITHIN GROUP (ORDER BY CAST((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS double precision)) AS "p90_resolution"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)) AND (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=0.9
-- reads: tickets.*, tickets.created_at, tickets.solved_at, tickets.status

-- tickets: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "tickets" t;
-- parameters: @p0=UTC
-- reads: 

-- tickets: latest (periods 0)
SELECT MAX(t."solved_at") AS latest
FROM "tickets" t;
-- parameters: @p0=UTC
-- reads: 

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at (periods 0)
SELECT COUNT(CASE WHEN (t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c0,
       COUNT(CASE WHEN (t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c1
FROM "tickets" t
WHERE (t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz));
-- parameters: @p0=UTC, @p1=2026-08-31 22:00:00, @p2=2026-10-31 23:00:00
-- reads: 
