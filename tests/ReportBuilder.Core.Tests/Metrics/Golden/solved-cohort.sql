-- tickets: replies_per_ticket, one_touch_rate
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS REAL) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket",
       AVG(CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) AS "one_touch_rate"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND ((t."status" IN (@p6, @p7)) AND ((t."replies" < 0) IS NOT TRUE)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS REAL) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket",
       AVG(CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) AS "one_touch_rate"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND ((t."status" IN (@p6, @p7)) AND ((t."replies" < 0) IS NOT TRUE)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1

-- tickets by channel: replies_per_ticket
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS REAL) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL
WHERE (t."status" IN (@p6, @p7)) AND ((t."replies" < 0) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed
