-- tickets: ticket_volume, scorecard.ticket_volume, scorecard.first_response_time (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at

-- tickets by agent: scorecard.ticket_volume, scorecard.first_response_time (periods 0, 1, 2, 3, 4, 5, a sample per metric, per member)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       COUNT(*) AS "scorecard.ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.first_response_time",
       COUNT(*) AS "n:scorecard.ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.first_response_time"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (j_agent."team" = @p14)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing
-- reads: agents.id, agents.name, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at

-- tickets: scorecard.resolution_time, scorecard.replies_per_ticket, scorecard.one_touch_rate, scorecard.reopen_rate (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=solved, @p15=closed, @p16=billing, @p17=1, @p18=0
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- tickets by agent: scorecard.resolution_time, scorecard.replies_per_ticket, scorecard.one_touch_rate, scorecard.reopen_rate (periods 0, 1, 2, 3, 4, 5, a sample per metric, per member)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "scorecard.resolution_time",
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "scorecard.replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p17) THEN 1.0 ELSE 0.0 END) END)) AS "scorecard.one_touch_rate",
       AVG((CASE WHEN (t."reopens" > @p18) THEN 1.0 ELSE 0.0 END)) AS "scorecard.reopen_rate",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:scorecard.resolution_time",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:scorecard.one_touch_rate",
       COUNT(*) AS "n:scorecard.reopen_rate"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=solved, @p15=closed, @p16=billing, @p17=1, @p18=0
-- reads: agents.id, agents.name, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- csat_responses: scorecard.csat (periods 0, 1, 2, 3, 4, 5)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
CROSS JOIN "csat_responses" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
CROSS JOIN "csat_responses" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
CROSS JOIN "csat_responses" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
CROSS JOIN "csat_responses" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
CROSS JOIN "csat_responses" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
CROSS JOIN "csat_responses" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing, @p15=4
-- reads: agents.id, agents.team, csat_responses.*, csat_responses.agent_id, csat_responses.created_at, csat_responses.rating

-- csat_responses by agent: scorecard.csat (periods 0, 1, 2, 3, 4, 5, per member)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p15) THEN 1.0 ELSE 0.0 END) AS "scorecard.csat"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (j_agent."team" = @p14)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing, @p15=4
-- reads: agents.id, agents.name, agents.team, csat_responses.*, csat_responses.agent_id, csat_responses.created_at, csat_responses.rating

-- qa_reviews: scorecard.qa_score (periods 0, 1, 2, 3, 4, 5)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing
-- reads: agents.id, agents.team, qa_reviews.*, qa_reviews.agent_id, qa_reviews.created_at, qa_reviews.score

-- qa_reviews by agent: scorecard.qa_score (periods 0, 1, 2, 3, 4, 5, per member)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(t."score") AS "scorecard.qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (j_agent."team" = @p14)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing
-- reads: agents.id, agents.name, agents.team, qa_reviews.*, qa_reviews.agent_id, qa_reviews.created_at, qa_reviews.score

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

-- csat_responses: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "csat_responses" t;
-- parameters: @p0=UTC
-- reads: 

-- qa_reviews: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "qa_reviews" t;
-- parameters: @p0=UTC
-- reads: 

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at, negative_count:replies (periods 0)
SELECT COUNT(CASE WHEN (t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c0,
       COUNT(CASE WHEN (t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c1,
       COUNT(CASE WHEN t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t
WHERE (t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz));
-- parameters: @p0=UTC, @p1=2026-04-30 22:00:00, @p2=2026-10-31 23:00:00
-- reads: 
