-- tickets: ticket_volume, channel_mix, first_response_median, resolution_rate, volume_heatmap (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p4 AS timestamptz), @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "ticket_volume",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p14) THEN (CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "volume_heatmap",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:ticket_volume",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14) OR (j_agent."team" = @p14) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p14) OR (j_agent."team" = @p14)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "ticket_volume",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p14) THEN (CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "volume_heatmap",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:ticket_volume",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14) OR (j_agent."team" = @p14) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p14) OR (j_agent."team" = @p14)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "ticket_volume",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p14) THEN (CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "volume_heatmap",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:ticket_volume",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14) OR (j_agent."team" = @p14) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p14) OR (j_agent."team" = @p14)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "ticket_volume",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p14) THEN (CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "volume_heatmap",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:ticket_volume",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14) OR (j_agent."team" = @p14) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p14) OR (j_agent."team" = @p14)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "ticket_volume",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p14) THEN (CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "volume_heatmap",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:ticket_volume",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14) OR (j_agent."team" = @p14) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p14) OR (j_agent."team" = @p14)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "ticket_volume",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."first_reply_at"), @p17)] + LEAST(date_part('epoch', t."first_reply_at"), @p18[width_bucket(date_part('epoch', t."first_reply_at"), @p17)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p14) THEN (CASE WHEN ((t."status" IN (@p15, @p16)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT((CASE WHEN (j_agent."team" = @p14) THEN 1 END)) AS "volume_heatmap",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:ticket_volume",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p14) THEN 1 END) AS "n:volume_heatmap"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((j_agent."team" = @p14) OR (j_agent."team" = @p14) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p14) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p14) OR (j_agent."team" = @p14)));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=billing, @p15=solved, @p16=closed, @p17=[6,042 numbers], @p18=[6,042 numbers], @p19=[6,042 numbers]
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by channel: channel_mix, first_response_median, resolution_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT((CASE WHEN (j_agent."team" = @p6) THEN 1 END)) AS "channel_mix",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p6) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p11[width_bucket(date_part('epoch', t."first_reply_at"), @p9)] + LEAST(date_part('epoch', t."first_reply_at"), @p10[width_bucket(date_part('epoch', t."first_reply_at"), @p9)]), date_part('epoch', t."first_reply_at") * 0) - COALESCE(@p11[width_bucket(date_part('epoch', t."created_at"), @p9)] + LEAST(date_part('epoch', t."created_at"), @p10[width_bucket(date_part('epoch', t."created_at"), @p9)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN (j_agent."team" = @p6) THEN (CASE WHEN ((t."status" IN (@p7, @p8)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) END)) AS "resolution_rate",
       COUNT(CASE WHEN (j_agent."team" = @p6) THEN 1 END) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p6) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (j_agent."team" = @p6) THEN 1 END) AS "n:resolution_rate"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (j_agent."team" = @p6) OR (t."first_reply_at" IS NOT NULL) AND (j_agent."team" = @p6) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) OR (j_agent."team" = @p6)
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
       (CAST(SUM((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 2 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 3 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 4 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p19[width_bucket(date_part('epoch', t."solved_at"), @p17)] + LEAST(date_part('epoch', t."solved_at"), @p18[width_bucket(date_part('epoch', t."solved_at"), @p17)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p19[width_bucket(date_part('epoch', t."created_at"), @p17)] + LEAST(date_part('epoch', t."created_at"), @p18[width_bucket(date_part('epoch', t."created_at"), @p17)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = 5 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p14, @p15)) AND (j_agent."team" = @p16) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)));
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
       (CAST(SUM((CASE WHEN (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN (ROUND(((COALESCE(@p11[width_bucket(date_part('epoch', t."solved_at"), @p9)] + LEAST(date_part('epoch', t."solved_at"), @p10[width_bucket(date_part('epoch', t."solved_at"), @p9)]), date_part('epoch', t."solved_at") * 0) - COALESCE(@p11[width_bucket(date_part('epoch', t."created_at"), @p9)] + LEAST(date_part('epoch', t."created_at"), @p10[width_bucket(date_part('epoch', t."created_at"), @p9)]), date_part('epoch', t."created_at") * 0))) * 1000) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND ((t."replies" < 0) IS NOT TRUE) OR (t."status" IN (@p6, @p7)) AND (j_agent."team" = @p8) AND (((CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0) IS NOT TRUE)
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
SELECT COUNT(CASE WHEN ((t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz))) AND (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0 THEN 1 END) AS c0,
       COUNT(CASE WHEN ((t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz))) AND (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) < 0 THEN 1 END) AS c1,
       COUNT(CASE WHEN ((t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz))) AND t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t;
-- parameters: @p0=UTC, @p1=2026-04-30 22:00:00, @p2=2026-10-31 23:00:00
-- reads: 
