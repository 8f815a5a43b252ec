-- sla_targets:  (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, prepares)
DROP TABLE IF EXISTS temp."rb_sla_targets";
CREATE TEMP TABLE "rb_sla_targets" AS
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT * FROM (
SELECT t.id AS ticket_id, k.target, t.priority, t.customer_id, t.agent_id, t.channel, t.created_at,
       CASE k.target WHEN 'first_reply' THEN t.first_reply_at
                     ELSE CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END END AS done_at
FROM tickets t
CROSS JOIN (SELECT 'first_reply' AS target UNION ALL SELECT 'resolution') k
WHERE t.created_at >= (SELECT MIN(p_start) FROM periods) AND t.created_at < (SELECT MAX(p_end) FROM periods)
  AND CASE k.target WHEN 'first_reply' THEN t.first_reply_at IS NULL OR t.first_reply_at >= t.created_at
                    ELSE t.status NOT IN ('solved', 'closed') OR t.solved_at IS NULL OR t.solved_at >= t.created_at END
) derived
ORDER BY "created_at";
CREATE INDEX temp."rb_sla_targets_time" ON "rb_sla_targets" ("created_at");
-- parameters: @p0=UTC, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: tickets.*

-- responses:  (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, prepares)
DROP TABLE IF EXISTS temp."rb_responses";
CREATE TEMP TABLE "rb_responses" AS
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT * FROM (
SELECT ticket_id,
       MAX(CASE WHEN author = 'agent' THEN agent_id END) AS agent_id,
       MAX(CASE WHEN author = 'agent' THEN created_at END) AS created_at,
       MIN(CASE WHEN author = 'customer' THEN created_at END) AS waiting_since
FROM (
  -- One window pass: each message numbered by the messages before it that are not the customer's.
  -- A number's messages are a run of the customer's and the message that ends the run.
  SELECT ticket_id, agent_id, author, created_at,
         SUM(CASE WHEN author = 'customer' THEN 0 ELSE 1 END)
           OVER (PARTITION BY ticket_id ORDER BY created_at, id ROWS UNBOUNDED PRECEDING)
           - CASE WHEN author = 'customer' THEN 0 ELSE 1 END AS run
  FROM messages
  -- Only what the statement's periods need: the window looks backwards, so messages after
  -- the last period's end change nothing, and a response needs only its own ticket's messages.
  WHERE created_at < (SELECT MAX(p_end) FROM periods)
    AND ticket_id IN (SELECT ticket_id FROM messages
                      WHERE author = 'agent'
                        AND created_at >= (SELECT MIN(p_start) FROM periods)
                        AND created_at < (SELECT MAX(p_end) FROM periods))
) numbered
GROUP BY ticket_id, run
-- a run ended by an agent's message: that message answers the run's first
HAVING COUNT(CASE WHEN author = 'agent' THEN 1 END) = 1 AND COUNT(CASE WHEN author = 'customer' THEN 1 END) > 0
) derived
ORDER BY "created_at";
CREATE INDEX temp."rb_responses_time" ON "rb_responses" ("created_at");
-- parameters: @p0=UTC, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: messages.*

-- tickets: ticket_volume, volume_by_hour, volume_by_weekday, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla, channel_mix (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=solved, @p27=closed, @p28=1
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2025-10-31 23:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p28)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:volume_by_hour",
       COUNT(*) AS "n:volume_by_weekday",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets by channel: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla, channel_mix (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: tickets.*, tickets.channel, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by agent: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: agents.id, agents.name, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by team: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by tier: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."customer_id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: customers.id, customers.tier, tickets.*, tickets.created_at, tickets.customer_id, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."customer_id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by tag: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.first_reply_at, tickets.id, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."id", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by hour: volume_by_hour (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, rb_local_hour(t."created_at", @p0) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_by_hour"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: tickets.*, tickets.created_at
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, rb_local_hour(t."created_at", @p0) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_by_hour"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
GROUP BY 1, 2;

-- tickets by weekday: volume_by_weekday (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, rb_local_weekday(t."created_at", @p0) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_by_weekday"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: tickets.*, tickets.created_at
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, rb_local_weekday(t."created_at", @p0) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_by_weekday"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
GROUP BY 1, 2;

-- tickets: top_issues_customers, top_issues_tickets (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
CROSS JOIN "tickets" t
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28))));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=bug, @p27=feature_request, @p28=known_limitation
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.customer_id, tickets.id
-- from 2025-10-31 23:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM "tickets" t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28)))
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM "tickets" t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p26, @p27, @p28)))
GROUP BY 1;

-- tickets by tag: top_issues_customers, top_issues_tickets (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE (j_tags."tag" IN (@p6, @p7, @p8))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=bug, @p7=feature_request, @p8=known_limitation
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.customer_id, tickets.id
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM "tickets" t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE) AND ((j_tags."tag" IN (@p6, @p7, @p8)))
GROUP BY 1, 2;

-- tickets: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=solved, @p27=closed, @p28=1, @p29=0
-- reads: tickets.*, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2025-10-31 23:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p26, @p27)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets by channel: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: tickets.*, tickets.channel, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by agent: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: agents.id, agents.name, tickets.*, tickets.agent_id, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by team: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by tier: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."customer_id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: customers.id, customers.tier, tickets.*, tickets.created_at, tickets.customer_id, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."customer_id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by tag: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.id, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."id", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- sla_targets: sla_achievement (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p41 THEN p.p_end ELSE @p41 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END))))));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=first_reply, @p27=urgent, @p28=premium, @p29=0.5, @p30=1, @p31=high, @p32=2, @p33=normal, @p34=4, @p35=8, @p36=low, @p37=24, @p38=resolution, @p39=72, @p40=168, @p41=2026-11-23 12:00:00
-- reads: customers.id, customers.tier, tickets.*

-- sla_targets by target: sla_achievement (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."target" AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p21 THEN p.p_end ELSE @p21 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p6 THEN (CASE t."priority" WHEN @p7 THEN (CASE j_customer."tier" WHEN @p8 THEN @p9 ELSE @p10 END) WHEN @p11 THEN (CASE j_customer."tier" WHEN @p8 THEN @p10 ELSE @p12 END) WHEN @p13 THEN (CASE j_customer."tier" WHEN @p8 THEN @p14 ELSE @p15 END) WHEN @p16 THEN @p17 ELSE NULL END) WHEN @p18 THEN (CASE t."priority" WHEN @p7 THEN @p15 WHEN @p11 THEN @p17 WHEN @p13 THEN @p19 WHEN @p16 THEN @p20 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
JOIN "rb_sla_targets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE (((CASE t."target" WHEN @p6 THEN (CASE t."priority" WHEN @p7 THEN (CASE j_customer."tier" WHEN @p8 THEN @p9 ELSE @p10 END) WHEN @p11 THEN (CASE j_customer."tier" WHEN @p8 THEN @p10 ELSE @p12 END) WHEN @p13 THEN (CASE j_customer."tier" WHEN @p8 THEN @p14 ELSE @p15 END) WHEN @p16 THEN @p17 ELSE NULL END) WHEN @p18 THEN (CASE t."priority" WHEN @p7 THEN @p15 WHEN @p11 THEN @p17 WHEN @p13 THEN @p19 WHEN @p16 THEN @p20 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p21 THEN p.p_end ELSE @p21 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p21 THEN p.p_end ELSE @p21 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p6 THEN (CASE t."priority" WHEN @p7 THEN (CASE j_customer."tier" WHEN @p8 THEN @p9 ELSE @p10 END) WHEN @p11 THEN (CASE j_customer."tier" WHEN @p8 THEN @p10 ELSE @p12 END) WHEN @p13 THEN (CASE j_customer."tier" WHEN @p8 THEN @p14 ELSE @p15 END) WHEN @p16 THEN @p17 ELSE NULL END) WHEN @p18 THEN (CASE t."priority" WHEN @p7 THEN @p15 WHEN @p11 THEN @p17 WHEN @p13 THEN @p19 WHEN @p16 THEN @p20 ELSE NULL END) ELSE NULL END))))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=first_reply, @p7=urgent, @p8=premium, @p9=0.5, @p10=1, @p11=high, @p12=2, @p13=normal, @p14=4, @p15=8, @p16=low, @p17=24, @p18=resolution, @p19=72, @p20=168, @p21=2026-11-23 12:00:00
-- reads: customers.id, customers.tier, tickets.*

-- responses: avg_response_time (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: messages.*

-- responses by channel: avg_response_time (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
JOIN "rb_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: messages.*, tickets.channel, tickets.id

-- responses by agent: avg_response_time (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
JOIN "rb_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.name, messages.*

-- responses by team: avg_response_time (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG((ROUND((julianday(t."created_at") - julianday(t."waiting_since")) * 86400000.0) / 3600000.0)) AS "avg_response_time"
FROM periods p
JOIN "rb_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.team, messages.*

-- csat_responses: csat_share, csat_mean (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=4
-- reads: csat_responses.*, csat_responses.created_at, csat_responses.rating
-- from 2025-10-31 23:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "csat_responses") - (SELECT MIN(rowid) FROM "csat_responses") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM "csat_responses" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM "csat_responses" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "csat_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;

-- csat_responses by channel: csat_share, csat_mean (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=4
-- reads: csat_responses.*, csat_responses.created_at, csat_responses.rating, csat_responses.ticket_id, tickets.channel, tickets.id
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "csat_responses") - (SELECT MIN(rowid) FROM "csat_responses") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM "csat_responses" t
CROSS JOIN periods p
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
WHERE t.rowid IN (SELECT rowid FROM "csat_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- csat_responses by agent: csat_share, csat_mean (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=4
-- reads: agents.id, agents.name, csat_responses.*, csat_responses.agent_id, csat_responses.created_at, csat_responses.rating
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "csat_responses") - (SELECT MIN(rowid) FROM "csat_responses") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM "csat_responses" t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE t.rowid IN (SELECT rowid FROM "csat_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- csat_responses by team: csat_share, csat_mean (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=4
-- reads: agents.id, agents.team, csat_responses.*, csat_responses.agent_id, csat_responses.created_at, csat_responses.rating
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "csat_responses") - (SELECT MIN(rowid) FROM "csat_responses") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM "csat_responses" t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE t.rowid IN (SELECT rowid FROM "csat_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- qa_reviews: qa_score (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: qa_reviews.*, qa_reviews.created_at, qa_reviews.score
-- from 2025-10-31 23:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT MAX(rowid) FROM "qa_reviews") - (SELECT MIN(rowid) FROM "qa_reviews") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "qa_reviews" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;

-- qa_reviews by channel: qa_score (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: qa_reviews.*, qa_reviews.created_at, qa_reviews.score, qa_reviews.ticket_id, tickets.channel, tickets.id
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT MAX(rowid) FROM "qa_reviews") - (SELECT MIN(rowid) FROM "qa_reviews") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
WHERE t.rowid IN (SELECT rowid FROM "qa_reviews" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- qa_reviews by agent: qa_score (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.name, qa_reviews.*, qa_reviews.agent_id, qa_reviews.created_at, qa_reviews.score
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT MAX(rowid) FROM "qa_reviews") - (SELECT MIN(rowid) FROM "qa_reviews") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE t.rowid IN (SELECT rowid FROM "qa_reviews" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- qa_reviews by team: qa_score (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.team, qa_reviews.*, qa_reviews.agent_id, qa_reviews.created_at, qa_reviews.score
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT MAX(rowid) FROM "qa_reviews") - (SELECT MIN(rowid) FROM "qa_reviews") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE t.rowid IN (SELECT rowid FROM "qa_reviews" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- nps_responses: nps (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=9, @p27=6, @p28=100
-- reads: nps_responses.*, nps_responses.created_at, nps_responses.score
-- from 2025-10-31 23:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "nps_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "nps_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "nps_responses" a JOIN "nps_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 AND ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "nps_responses" a JOIN "nps_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 AND ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "nps_responses") - (SELECT MIN(rowid) FROM "nps_responses") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM "nps_responses" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM "nps_responses" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "nps_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;

-- nps_responses by tier: nps (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p6) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p7) THEN 1.0 ELSE 0.0 END)) * @p8) AS "nps"
FROM periods p
JOIN "nps_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=9, @p7=6, @p8=100
-- reads: customers.id, customers.tier, nps_responses.*, nps_responses.created_at, nps_responses.customer_id, nps_responses.score
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "nps_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "nps_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "nps_responses" a JOIN "nps_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 AND ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "nps_responses" a JOIN "nps_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 AND ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "nps_responses") - (SELECT MIN(rowid) FROM "nps_responses") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p6) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p7) THEN 1.0 ELSE 0.0 END)) * @p8) AS "nps"
FROM "nps_responses" t
CROSS JOIN periods p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE t.rowid IN (SELECT rowid FROM "nps_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1, 2;

-- customers: churn_rate, customer_retention_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 0 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 1 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 2 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 3 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 4 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 5 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 6 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 7 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 8 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 9 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 10 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 11 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))));
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: customers.*, customers.churned_at, customers.created_at

-- customers by tier: churn_rate, customer_retention_rate (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."tier" AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE ((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start)))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: customers.*, customers.churned_at, customers.created_at, customers.tier

-- mrr_movements: expansion_revenue_rate, net_revenue_retention (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p13, @p14, @p14), (6, @p13, @p15, @p16, @p16), (7, @p15, @p17, @p18, @p18), (8, @p17, @p19, @p20, @p20), (9, @p19, @p21, @p22, @p22), (10, @p21, @p23, @p24, @p24), (11, @p23, @p4, @p25, @p25))
SELECT p.idx, NULL AS key, COALESCE(SUM(t."rb_s0"), 0) AS n,
       (CAST(COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0) AS REAL) / NULLIF(SUM(t."rb_s3"), 0)) AS "expansion_revenue_rate",
       (CAST(((COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0) + COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0)) - COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s6" ELSE t."rb_s7" END)), 0)) AS REAL) / NULLIF(COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0), 0)) AS "net_revenue_retention"
FROM periods p
CROSS JOIN (
SELECT t."month" AS "month", COUNT(*) AS "rb_s0", SUM((CASE WHEN ((t."kind" = @p26) AND (1 = 1)) THEN t."amount" END)) AS "rb_s1", SUM((CASE WHEN ((t."kind" = @p26) AND (1 = 0)) THEN t."amount" END)) AS "rb_s2", SUM((CASE WHEN (t."kind" IN (@p27, @p26, @p28)) THEN t."amount" ELSE (-t."amount") END)) AS "rb_s3", SUM((CASE WHEN (1 = 1) THEN (CASE WHEN (t."kind" IN (@p27, @p26, @p28)) THEN t."amount" ELSE (-t."amount") END) END)) AS "rb_s4", SUM((CASE WHEN (1 = 0) THEN (CASE WHEN (t."kind" IN (@p27, @p26, @p28)) THEN t."amount" ELSE (-t."amount") END) END)) AS "rb_s5", SUM((CASE WHEN ((t."kind" IN (@p29, @p30)) AND (1 = 1)) THEN t."amount" END)) AS "rb_s6", SUM((CASE WHEN ((t."kind" IN (@p29, @p30)) AND (1 = 0)) THEN t."amount" END)) AS "rb_s7"
FROM "mrr_movements" t
GROUP BY 1
) t
WHERE (t."month" <= p.p_last_month)
GROUP BY 1;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=expansion, @p27=new, @p28=reactivation, @p29=contraction, @p30=churn
-- reads: mrr_movements.*, mrr_movements.amount, mrr_movements.kind, mrr_movements.month

-- mrr_movements by tier: expansion_revenue_rate, net_revenue_retention (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."rb_key" AS key, COALESCE(SUM(t."rb_s0"), 0) AS n,
       (CAST(COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0) AS REAL) / NULLIF(SUM(t."rb_s3"), 0)) AS "expansion_revenue_rate",
       (CAST(((COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0) + COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0)) - COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s6" ELSE t."rb_s7" END)), 0)) AS REAL) / NULLIF(COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0), 0)) AS "net_revenue_retention"
FROM periods p
CROSS JOIN (
SELECT t."month" AS "month", j_customer."tier" AS "rb_key", COUNT(*) AS "rb_s0", SUM((CASE WHEN ((t."kind" = @p6) AND (1 = 1)) THEN t."amount" END)) AS "rb_s1", SUM((CASE WHEN ((t."kind" = @p6) AND (1 = 0)) THEN t."amount" END)) AS "rb_s2", SUM((CASE WHEN (t."kind" IN (@p7, @p6, @p8)) THEN t."amount" ELSE (-t."amount") END)) AS "rb_s3", SUM((CASE WHEN (1 = 1) THEN (CASE WHEN (t."kind" IN (@p7, @p6, @p8)) THEN t."amount" ELSE (-t."amount") END) END)) AS "rb_s4", SUM((CASE WHEN (1 = 0) THEN (CASE WHEN (t."kind" IN (@p7, @p6, @p8)) THEN t."amount" ELSE (-t."amount") END) END)) AS "rb_s5", SUM((CASE WHEN ((t."kind" IN (@p9, @p10)) AND (1 = 1)) THEN t."amount" END)) AS "rb_s6", SUM((CASE WHEN ((t."kind" IN (@p9, @p10)) AND (1 = 0)) THEN t."amount" END)) AS "rb_s7"
FROM "mrr_movements" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
GROUP BY 1, 2
) t
WHERE (t."month" <= p.p_last_month)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=expansion, @p7=new, @p8=reactivation, @p9=contraction, @p10=churn
-- reads: customers.id, customers.tier, mrr_movements.*, mrr_movements.amount, mrr_movements.customer_id, mrr_movements.kind, mrr_movements.month

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

-- csat_responses: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "csat_responses" t
WHERE julianday(t."created_at") IS NOT NULL;
-- parameters: @p0=UTC
-- reads: 

-- qa_reviews: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "qa_reviews" t
WHERE julianday(t."created_at") IS NOT NULL;
-- parameters: @p0=UTC
-- reads: 

-- nps_responses: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "nps_responses" t
WHERE julianday(t."created_at") IS NOT NULL;
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

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at, negative_count:replies (periods 0)
SELECT COUNT(CASE WHEN (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0 THEN 1 END) AS c0,
       COUNT(CASE WHEN (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0 THEN 1 END) AS c1,
       COUNT(CASE WHEN t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t
WHERE (+t."created_at" >= @p1 AND +t."created_at" < @p2) OR (+t."solved_at" >= @p1 AND +t."solved_at" < @p2);
-- parameters: @p0=UTC, @p1=2025-10-31 23:00:00, @p2=2026-10-31 23:00:00
-- reads: 

-- csat_responses: unparsed_timestamp:created_at (periods 0)
SELECT COUNT(CASE WHEN (t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL)) THEN 1 END) AS c0
FROM "csat_responses" t;
-- parameters: @p0=UTC
-- reads: 

-- qa_reviews: unparsed_timestamp:created_at (periods 0)
SELECT COUNT(CASE WHEN (t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL)) THEN 1 END) AS c0
FROM "qa_reviews" t;
-- parameters: @p0=UTC
-- reads: 

-- nps_responses: unparsed_timestamp:created_at (periods 0)
SELECT COUNT(CASE WHEN (t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL)) THEN 1 END) AS c0
FROM "nps_responses" t;
-- parameters: @p0=UTC
-- reads: 

-- history: 24 periods before the trend, 2023-10-31 23:00 to 2025-10-31 23:00, read for streaks that fill it

-- sla_targets:  (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, prepares)
DROP TABLE IF EXISTS temp."rb_sla_targets";
CREATE TEMP TABLE "rb_sla_targets" AS
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT * FROM (
SELECT t.id AS ticket_id, k.target, t.priority, t.customer_id, t.agent_id, t.channel, t.created_at,
       CASE k.target WHEN 'first_reply' THEN t.first_reply_at
                     ELSE CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END END AS done_at
FROM tickets t
CROSS JOIN (SELECT 'first_reply' AS target UNION ALL SELECT 'resolution') k
WHERE t.created_at >= (SELECT MIN(p_start) FROM periods) AND t.created_at < (SELECT MAX(p_end) FROM periods)
  AND CASE k.target WHEN 'first_reply' THEN t.first_reply_at IS NULL OR t.first_reply_at >= t.created_at
                    ELSE t.status NOT IN ('solved', 'closed') OR t.solved_at IS NULL OR t.solved_at >= t.created_at END
) derived
ORDER BY "created_at";
CREATE INDEX temp."rb_sla_targets_time" ON "rb_sla_targets" ("created_at");
-- parameters: @p0=UTC, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10
-- reads: tickets.*

-- tickets: resolution_rate, first_response_median, first_response_sla (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 12 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 13 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 14 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 15 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 16 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 17 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 18 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 19 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 20 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 21 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 22 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 23 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=solved, @p51=closed, @p52=1
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2023-10-31 23:00 to 2025-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets: replies_per_ticket, one_touch_rate, resolution_median, reopen_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 12 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 13 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 14 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 15 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 16 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 17 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 18 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 19 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 20 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 21 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 22 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 23 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=solved, @p51=closed, @p52=1, @p53=0
-- reads: tickets.*, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status
-- from 2023-10-31 23:00 to 2025-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END), 0.5) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p50, @p51)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- sla_targets: sla_achievement (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))))
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) AND ((ROUND((julianday(t."done_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) <= (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM periods p
CROSS JOIN "rb_sla_targets" t
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND ((((CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) IS NOT NULL) AND ((t."done_at" < (CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) OR ((ROUND((julianday((CASE WHEN p.p_end < @p65 THEN p.p_end ELSE @p65 END)) - julianday(t."created_at")) * 86400000.0) / 3600000.0) > (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END))))));
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=first_reply, @p51=urgent, @p52=premium, @p53=0.5, @p54=1, @p55=high, @p56=2, @p57=normal, @p58=4, @p59=8, @p60=low, @p61=24, @p62=resolution, @p63=72, @p64=168, @p65=2026-11-23 12:00:00
-- reads: customers.id, customers.tier, tickets.*

-- csat_responses: csat_share (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL);
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=4
-- reads: csat_responses.*, csat_responses.created_at, csat_responses.rating
-- from 2023-10-31 23:00 to 2025-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "csat_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "csat_responses" a JOIN "csat_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 AND ((SELECT MIN(rowid) FROM "csat_responses") + (SELECT MAX(rowid) FROM "csat_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "csat_responses") - (SELECT MIN(rowid) FROM "csat_responses") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM "csat_responses" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM "csat_responses" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "csat_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;

-- qa_reviews: qa_score (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL);
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10
-- reads: qa_reviews.*, qa_reviews.created_at, qa_reviews.score
-- from 2023-10-31 23:00 to 2025-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "qa_reviews" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "qa_reviews" a JOIN "qa_reviews" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 AND ((SELECT MIN(rowid) FROM "qa_reviews") + (SELECT MAX(rowid) FROM "qa_reviews")) / 2 + 255), (SELECT MAX(rowid) FROM "qa_reviews") - (SELECT MIN(rowid) FROM "qa_reviews") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM "qa_reviews" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "qa_reviews" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;

-- nps_responses: nps (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL)
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL);
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=9, @p51=6, @p52=100
-- reads: nps_responses.*, nps_responses.created_at, nps_responses.score
-- from 2023-10-31 23:00 to 2025-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "nps_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "nps_responses" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "nps_responses" a JOIN "nps_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 AND ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "nps_responses" a JOIN "nps_responses" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 AND ((SELECT MIN(rowid) FROM "nps_responses") + (SELECT MAX(rowid) FROM "nps_responses")) / 2 + 255), (SELECT MAX(rowid) FROM "nps_responses") - (SELECT MIN(rowid) FROM "nps_responses") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM "nps_responses" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM "nps_responses" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "nps_responses" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL
GROUP BY 1;

-- customers: churn_rate, customer_retention_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 0 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 1 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 2 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 3 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 4 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 5 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 6 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 7 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 8 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 9 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 10 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 11 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 12 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 13 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 14 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 15 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 16 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 17 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 18 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 19 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 20 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 21 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 22 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))))
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."churned_at" IS NOT NULL) AND (t."churned_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "churn_rate",
       AVG(CASE WHEN ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_end)) THEN 1.0 ELSE 0.0 END) AS "customer_retention_rate"
FROM periods p
CROSS JOIN "customers" t
WHERE p.idx = 23 AND (((t."created_at" < p.p_start) AND ((t."churned_at" IS NULL) OR (t."churned_at" >= p.p_start))));
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10
-- reads: customers.*, customers.churned_at, customers.created_at

-- mrr_movements: net_revenue_retention (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49))
SELECT p.idx, NULL AS key, COALESCE(SUM(t."rb_s0"), 0) AS n,
       (CAST(((COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0) + COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s3" ELSE t."rb_s4" END)), 0)) - COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s5" ELSE t."rb_s6" END)), 0)) AS REAL) / NULLIF(COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0), 0)) AS "net_revenue_retention"
FROM periods p
CROSS JOIN (
SELECT t."month" AS "month", COUNT(*) AS "rb_s0", SUM((CASE WHEN (1 = 1) THEN (CASE WHEN (t."kind" IN (@p50, @p51, @p52)) THEN t."amount" ELSE (-t."amount") END) END)) AS "rb_s1", SUM((CASE WHEN (1 = 0) THEN (CASE WHEN (t."kind" IN (@p50, @p51, @p52)) THEN t."amount" ELSE (-t."amount") END) END)) AS "rb_s2", SUM((CASE WHEN ((t."kind" = @p51) AND (1 = 1)) THEN t."amount" END)) AS "rb_s3", SUM((CASE WHEN ((t."kind" = @p51) AND (1 = 0)) THEN t."amount" END)) AS "rb_s4", SUM((CASE WHEN ((t."kind" IN (@p53, @p54)) AND (1 = 1)) THEN t."amount" END)) AS "rb_s5", SUM((CASE WHEN ((t."kind" IN (@p53, @p54)) AND (1 = 0)) THEN t."amount" END)) AS "rb_s6"
FROM "mrr_movements" t
GROUP BY 1
) t
WHERE (t."month" <= p.p_last_month)
GROUP BY 1;
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=new, @p51=expansion, @p52=reactivation, @p53=contraction, @p54=churn
-- reads: mrr_movements.*, mrr_movements.amount, mrr_movements.kind, mrr_movements.month
