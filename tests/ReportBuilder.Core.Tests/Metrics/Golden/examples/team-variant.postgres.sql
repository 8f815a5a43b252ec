-- tickets: ticket_volume, channel_mix, first_response_median, resolution_rate, volume_heatmap (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing, @p15=solved, @p16=closed, @p17=[6,042 numbers], @p18=[6,042 numbers], @p19=[6,042 numbers]
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by channel: channel_mix, first_response_median, resolution_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p11[width_bucket(date_part('epoch', t."first_reply_at"), @p9)] + LEAST(date_part('epoch', t."first_reply_at"), @p10[width_bucket(date_part('epoch', t."first_reply_at"), @p9)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p11[width_bucket(date_part('epoch', t."created_at"), @p9)] + LEAST(date_part('epoch', t."created_at"), @p10[width_bucket(date_part('epoch', t."created_at"), @p9)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p7, @p8)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (j_agent."team" = @p6)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=billing, @p7=solved, @p8=closed, @p9=[6,042 numbers], @p10=[6,042 numbers], @p11=[6,042 numbers]
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.channel, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by weekday_hour: volume_heatmap (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, ((CAST(EXTRACT(ISODOW FROM (t."created_at" AT TIME ZONE @p0)) AS integer) * @p7) + CAST(EXTRACT(HOUR FROM (t."created_at" AT TIME ZONE @p0)) AS integer)) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_heatmap"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (j_agent."team" = @p6)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=billing, @p7=100
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at

-- tickets: replies_per_ticket, resolution_median (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=solved, @p15=closed, @p16=billing, @p17=[6,042 numbers], @p18=[6,042 numbers], @p19=[6,042 numbers]
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.replies, tickets.solved_at, tickets.status

-- tickets by channel: replies_per_ticket (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS double precision) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND ((t."replies" < 0) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=billing
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.channel, tickets.replies, tickets.solved_at, tickets.status

-- tickets by agent: replies_per_ticket, resolution_median (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p11[width_bucket(date_part('epoch', t."solved_at"), @p9)] + LEAST(date_part('epoch', t."solved_at"), @p10[width_bucket(date_part('epoch', t."solved_at"), @p9)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p11[width_bucket(date_part('epoch', t."created_at"), @p9)] + LEAST(date_part('epoch', t."created_at"), @p10[width_bucket(date_part('epoch', t."created_at"), @p9)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=billing, @p9=[6,042 numbers], @p10=[6,042 numbers], @p11=[6,042 numbers]
-- reads: agents.id, agents.name, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.replies, tickets.solved_at, tickets.status

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

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at, negative_count:replies (periods 0)
SELECT COUNT(CASE WHEN (t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c0,
       COUNT(CASE WHEN (t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c1,
       COUNT(CASE WHEN t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t
WHERE (t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz));
-- parameters: @p0=UTC, @p1=2026-04-30 22:00:00, @p2=2026-10-31 23:00:00
-- reads: 

-- history: 30 periods before the trend, 2023-10-31 23:00 to 2026-04-30 22:00, read for streaks that fill it

-- tickets: replies_per_ticket, resolution_median (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49), (24, CAST(@p48 AS timestamptz), CAST(@p50 AS timestamptz), @p51, @p51), (25, CAST(@p50 AS timestamptz), CAST(@p52 AS timestamptz), @p53, @p53), (26, CAST(@p52 AS timestamptz), CAST(@p54 AS timestamptz), @p55, @p55), (27, CAST(@p54 AS timestamptz), CAST(@p56 AS timestamptz), @p57, @p57), (28, CAST(@p56 AS timestamptz), CAST(@p58 AS timestamptz), @p59, @p59), (29, CAST(@p58 AS timestamptz), CAST(@p60 AS timestamptz), @p61, @p61))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 6 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 7 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 8 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 9 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 10 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 11 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 12 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 13 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 14 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 15 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 16 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 17 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 18 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 19 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 20 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 21 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 22 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 23 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 24 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 24 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 25 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 25 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 26 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 26 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 27 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 27 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 28 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 28 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 29 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."solved_at"), @p65)] + LEAST(date_part('epoch', t."solved_at"), @p66[width_bucket(date_part('epoch', t."solved_at"), @p65)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 29 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p62, @p63)) AND (j_agent."team" = @p64) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))));
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=2025-11-30 23:00:00, @p51=2025-11, @p52=2025-12-31 23:00:00, @p53=2025-12, @p54=2026-01-31 23:00:00, @p55=2026-01, @p56=2026-02-28 23:00:00, @p57=2026-02, @p58=2026-03-31 22:00:00, @p59=2026-03, @p60=2026-04-30 22:00:00, @p61=2026-04, @p62=solved, @p63=closed, @p64=billing, @p65=[7,476 numbers], @p66=[7,476 numbers], @p67=[7,476 numbers]
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.replies, tickets.solved_at, tickets.status

-- tickets: first_response_median, resolution_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49), (24, CAST(@p48 AS timestamptz), CAST(@p50 AS timestamptz), @p51, @p51), (25, CAST(@p50 AS timestamptz), CAST(@p52 AS timestamptz), @p53, @p53), (26, CAST(@p52 AS timestamptz), CAST(@p54 AS timestamptz), @p55, @p55), (27, CAST(@p54 AS timestamptz), CAST(@p56 AS timestamptz), @p57, @p57), (28, CAST(@p56 AS timestamptz), CAST(@p58 AS timestamptz), @p59, @p59), (29, CAST(@p58 AS timestamptz), CAST(@p60 AS timestamptz), @p61, @p61))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 24 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 24 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 25 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 25 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 26 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 26 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 27 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 27 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 28 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 28 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)))
UNION ALL
SELECT 29 AS idx, NULL AS key, COUNT(*) AS n,
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (ROUND(((COALESCE(@p67[width_bucket(date_part('epoch', t."first_reply_at"), @p65)] + LEAST(date_part('epoch', t."first_reply_at"), @p66[width_bucket(date_part('epoch', t."first_reply_at"), @p65)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p67[width_bucket(date_part('epoch', t."created_at"), @p65)] + LEAST(date_part('epoch', t."created_at"), @p66[width_bucket(date_part('epoch', t."created_at"), @p65)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."status" IN (@p63, @p64)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END)) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 29 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p62)));
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=2025-11-30 23:00:00, @p51=2025-11, @p52=2025-12-31 23:00:00, @p53=2025-12, @p54=2026-01-31 23:00:00, @p55=2026-01, @p56=2026-02-28 23:00:00, @p57=2026-02, @p58=2026-03-31 22:00:00, @p59=2026-03, @p60=2026-04-30 22:00:00, @p61=2026-04, @p62=billing, @p63=solved, @p64=closed, @p65=[7,476 numbers], @p66=[7,476 numbers], @p67=[7,476 numbers]
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
