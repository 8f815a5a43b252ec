-- responses:  (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, prepares)
CREATE TEMP TABLE "rb_responses" ON COMMIT DROP AS SELECT * FROM (
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
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
  WHERE created_at < CAST(@p2 AS timestamptz)
    AND ticket_id IN (SELECT ticket_id FROM messages
                      WHERE author = 'agent'
                        AND created_at >= CAST(@p6 AS timestamptz)
                        AND created_at < CAST(@p2 AS timestamptz))
) numbered
GROUP BY ticket_id, run
-- a run ended by an agent's message: that message answers the run's first
HAVING COUNT(CASE WHEN author = 'agent' THEN 1 END) = 1 AND COUNT(CASE WHEN author = 'customer' THEN 1 END) > 0
) derived
) AS rb_rows WITH NO DATA;
CREATE INDEX ON "rb_responses" ("created_at");
-- filled once the transaction is READ ONLY:
INSERT INTO "rb_responses" SELECT * FROM (
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
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
  WHERE created_at < CAST(@p2 AS timestamptz)
    AND ticket_id IN (SELECT ticket_id FROM messages
                      WHERE author = 'agent'
                        AND created_at >= CAST(@p6 AS timestamptz)
                        AND created_at < CAST(@p2 AS timestamptz))
) numbered
GROUP BY ticket_id, run
-- a run ended by an agent's message: that message answers the run's first
HAVING COUNT(CASE WHEN author = 'agent' THEN 1 END) = 1 AND COUNT(CASE WHEN author = 'customer' THEN 1 END) > 0
) derived
) AS rb_rows
ORDER BY "created_at";
ANALYZE "rb_responses";
-- parameters: @p0=UTC, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: messages.*

-- tickets: ticket_volume, volume_by_hour, volume_by_weekday, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla, channel_mix (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "volume_by_hour",
       COUNT(*) AS "volume_by_weekday",
       AVG(CASE WHEN ((t."status" IN (@p26, @p27)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p27) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
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
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=solved, @p27=closed, @p28=1
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by channel: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla, channel_mix (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "channel_mix",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla",
       COUNT(*) AS "n:channel_mix"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: tickets.*, tickets.channel, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by agent: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: agents.id, agents.name, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by team: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by tier: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."customer_id", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: customers.id, customers.tier, tickets.*, tickets.created_at, tickets.customer_id, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets by tag: ticket_volume, resolution_rate, confirmed_resolution_rate, first_response_mean, first_response_median, first_response_sla (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       AVG(CASE WHEN ((t."status" = @p7) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "confirmed_resolution_rate",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "first_response_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p8)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:confirmed_resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."id", t."status", t."first_reply_at", t."solved_at", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.first_reply_at, tickets.id, tickets.solved_at, tickets.status

-- tickets by hour: volume_by_hour (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, CAST(EXTRACT(HOUR FROM (t."created_at" AT TIME ZONE @p0)) AS integer) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_by_hour"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: tickets.*, tickets.created_at

-- tickets by weekday: volume_by_weekday (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, CAST(EXTRACT(ISODOW FROM (t."created_at" AT TIME ZONE @p0)) AS integer) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_by_weekday"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: tickets.*, tickets.created_at

-- tickets: top_issues_customers, top_issues_tickets (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
JOIN "tickets" t ON t."created_at" >= CAST(@p6 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz) AND p.idx = (ARRAY[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 0, NULL])[width_bucket(t."created_at", (SELECT array_agg(b ORDER BY b) FROM (SELECT p_start FROM periods UNION SELECT p_end FROM periods) s (b)))]
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE (j_tags."tag" IN (@p26, @p27, @p28))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=bug, @p27=feature_request, @p28=known_limitation
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.customer_id, tickets.id

-- tickets by tag: top_issues_customers, top_issues_tickets (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       COUNT(DISTINCT t."customer_id") AS "top_issues_customers",
       COUNT(DISTINCT t."id") AS "top_issues_tickets"
FROM periods p
JOIN "tickets" t ON t."created_at" >= CAST(@p4 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz) AND p.idx = (ARRAY[1, 0, NULL])[width_bucket(t."created_at", (SELECT array_agg(b ORDER BY b) FROM (SELECT p_start FROM periods UNION SELECT p_end FROM periods) s (b)))]
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE (j_tags."tag" IN (@p6, @p7, @p8))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=bug, @p7=feature_request, @p8=known_limitation
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.customer_id, tickets.id

-- tickets: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p28) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p29) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p26, @p27)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=solved, @p27=closed, @p28=1, @p29=0
-- reads: tickets.*, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- tickets by channel: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: tickets.*, tickets.channel, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- tickets by agent: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: agents.id, agents.name, tickets.*, tickets.agent_id, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- tickets by team: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: agents.id, agents.team, tickets.*, tickets.agent_id, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- tickets by tier: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."customer_id", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: customers.id, customers.tier, tickets.*, tickets.created_at, tickets.customer_id, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- tickets by tag: replies_per_ticket, one_touch_rate, resolution_mean, resolution_median, reopen_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_tags."tag" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p8) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END)) AS "resolution_mean",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p9) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_mean",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."id", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)))
OFFSET 0) t
CROSS JOIN periods p
LEFT JOIN "ticket_tags" j_tags ON j_tags."ticket_id" = t."id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=1, @p9=0
-- reads: ticket_tags.tag, ticket_tags.ticket_id, tickets.*, tickets.created_at, tickets.id, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- sla_targets: sla_achievement (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT rb.idx, rb.key, COUNT(*) AS n,
       AVG(CASE WHEN (rb."rb_v1" AND ((rb."rb_c1" - rb."rb_c0") < (rb."rb_v0" * INTERVAL '1 hour' + INTERVAL '500 microseconds'))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM (SELECT p.idx AS idx, NULL AS key, (CASE t."target" WHEN @p26 THEN (CASE t."priority" WHEN @p27 THEN (CASE j_customer."tier" WHEN @p28 THEN @p29 ELSE @p30 END) WHEN @p31 THEN (CASE j_customer."tier" WHEN @p28 THEN @p30 ELSE @p32 END) WHEN @p33 THEN (CASE j_customer."tier" WHEN @p28 THEN @p34 ELSE @p35 END) WHEN @p36 THEN @p37 ELSE NULL END) WHEN @p38 THEN (CASE t."priority" WHEN @p27 THEN @p35 WHEN @p31 THEN @p37 WHEN @p33 THEN @p39 WHEN @p36 THEN @p40 ELSE NULL END) ELSE NULL END) AS "rb_v0", (t."done_at" < (CASE WHEN p.p_end < CAST(@p41 AS timestamptz) THEN p.p_end ELSE CAST(@p41 AS timestamptz) END)) AS "rb_v1", t."created_at" AS "rb_c0", t."done_at" AS "rb_c1", p.p_end AS "rb_c2"
FROM periods p
JOIN (
SELECT t.id AS ticket_id, k.target, t.priority, t.customer_id, t.agent_id, t.channel, t.created_at,
       CASE k.target WHEN 'first_reply' THEN t.first_reply_at
                     ELSE CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END END AS done_at
FROM tickets t
CROSS JOIN (SELECT 'first_reply' AS target UNION ALL SELECT 'resolution') k
WHERE t.created_at >= CAST(@p6 AS timestamptz) AND t.created_at < CAST(@p2 AS timestamptz)
  AND CASE k.target WHEN 'first_reply' THEN t.first_reply_at IS NULL OR t.first_reply_at >= t.created_at
                    ELSE t.status NOT IN ('solved', 'closed') OR t.solved_at IS NULL OR t.solved_at >= t.created_at END
) t ON p.idx = (ARRAY[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 0, NULL])[width_bucket(t."created_at", (SELECT array_agg(b ORDER BY b) FROM (SELECT p_start FROM periods UNION SELECT p_end FROM periods) s (b)))]
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
OFFSET 0) rb
WHERE ((rb."rb_v0" IS NOT NULL) AND (rb."rb_v1" OR (((CASE WHEN rb."rb_c2" < CAST(@p41 AS timestamptz) THEN rb."rb_c2" ELSE CAST(@p41 AS timestamptz) END) - rb."rb_c0") >= (rb."rb_v0" * INTERVAL '1 hour' + INTERVAL '500 microseconds'))))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=first_reply, @p27=urgent, @p28=premium, @p29=0.5, @p30=1, @p31=high, @p32=2, @p33=normal, @p34=4, @p35=8, @p36=low, @p37=24, @p38=resolution, @p39=72, @p40=168, @p41=2026-11-23 12:00:00
-- reads: customers.id, customers.tier, tickets.*

-- sla_targets by target: sla_achievement (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT rb.idx, rb.key, COUNT(*) AS n,
       AVG(CASE WHEN (rb."rb_v1" AND ((rb."rb_c1" - rb."rb_c0") < (rb."rb_v0" * INTERVAL '1 hour' + INTERVAL '500 microseconds'))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM (SELECT p.idx AS idx, t."target" AS key, (CASE t."target" WHEN @p6 THEN (CASE t."priority" WHEN @p7 THEN (CASE j_customer."tier" WHEN @p8 THEN @p9 ELSE @p10 END) WHEN @p11 THEN (CASE j_customer."tier" WHEN @p8 THEN @p10 ELSE @p12 END) WHEN @p13 THEN (CASE j_customer."tier" WHEN @p8 THEN @p14 ELSE @p15 END) WHEN @p16 THEN @p17 ELSE NULL END) WHEN @p18 THEN (CASE t."priority" WHEN @p7 THEN @p15 WHEN @p11 THEN @p17 WHEN @p13 THEN @p19 WHEN @p16 THEN @p20 ELSE NULL END) ELSE NULL END) AS "rb_v0", (t."done_at" < (CASE WHEN p.p_end < CAST(@p21 AS timestamptz) THEN p.p_end ELSE CAST(@p21 AS timestamptz) END)) AS "rb_v1", t."created_at" AS "rb_c0", t."done_at" AS "rb_c1", p.p_end AS "rb_c2"
FROM periods p
JOIN (
SELECT t.id AS ticket_id, k.target, t.priority, t.customer_id, t.agent_id, t.channel, t.created_at,
       CASE k.target WHEN 'first_reply' THEN t.first_reply_at
                     ELSE CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END END AS done_at
FROM tickets t
CROSS JOIN (SELECT 'first_reply' AS target UNION ALL SELECT 'resolution') k
WHERE t.created_at >= (SELECT MIN(p_start) FROM periods) AND t.created_at < (SELECT MAX(p_end) FROM periods)
  AND CASE k.target WHEN 'first_reply' THEN t.first_reply_at IS NULL OR t.first_reply_at >= t.created_at
                    ELSE t.status NOT IN ('solved', 'closed') OR t.solved_at IS NULL OR t.solved_at >= t.created_at END
) t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
OFFSET 0) rb
WHERE ((rb."rb_v0" IS NOT NULL) AND (rb."rb_v1" OR (((CASE WHEN rb."rb_c2" < CAST(@p21 AS timestamptz) THEN rb."rb_c2" ELSE CAST(@p21 AS timestamptz) END) - rb."rb_c0") >= (rb."rb_v0" * INTERVAL '1 hour' + INTERVAL '500 microseconds'))))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=first_reply, @p7=urgent, @p8=premium, @p9=0.5, @p10=1, @p11=high, @p12=2, @p13=normal, @p14=4, @p15=8, @p16=low, @p17=24, @p18=resolution, @p19=72, @p20=168, @p21=2026-11-23 12:00:00
-- reads: customers.id, customers.tier, tickets.*

-- responses: avg_response_time (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
CROSS JOIN "rb_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: messages.*

-- responses by channel: avg_response_time (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
JOIN "rb_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: messages.*, tickets.channel, tickets.id

-- responses by agent: avg_response_time (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
JOIN "rb_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.name, messages.*

-- responses by team: avg_response_time (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG((CAST(ROUND(EXTRACT(EPOCH FROM (t."created_at" - t."waiting_since")) * 1000) AS double precision) / 3600000.0)) AS "avg_response_time"
FROM periods p
JOIN "rb_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.team, messages.*

-- csat_responses: csat_share, csat_mean (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p26) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=4
-- reads: csat_responses.*, csat_responses.created_at, csat_responses.rating

-- csat_responses by channel: csat_share, csat_mean (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=4
-- reads: csat_responses.*, csat_responses.created_at, csat_responses.rating, csat_responses.ticket_id, tickets.channel, tickets.id

-- csat_responses by agent: csat_share, csat_mean (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=4
-- reads: agents.id, agents.name, csat_responses.*, csat_responses.agent_id, csat_responses.created_at, csat_responses.rating

-- csat_responses by team: csat_share, csat_mean (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p6) THEN 1.0 ELSE 0.0 END) AS "csat_share",
       AVG(t."rating") AS "csat_mean"
FROM periods p
JOIN "csat_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=4
-- reads: agents.id, agents.team, csat_responses.*, csat_responses.agent_id, csat_responses.created_at, csat_responses.rating

-- qa_reviews: qa_score (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08
-- reads: qa_reviews.*, qa_reviews.created_at, qa_reviews.score

-- qa_reviews by channel: qa_score (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_ticket."channel" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "tickets" j_ticket ON j_ticket."id" = t."ticket_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: qa_reviews.*, qa_reviews.created_at, qa_reviews.score, qa_reviews.ticket_id, tickets.channel, tickets.id

-- qa_reviews by agent: qa_score (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.name, qa_reviews.*, qa_reviews.agent_id, qa_reviews.created_at, qa_reviews.score

-- qa_reviews by team: qa_score (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_agent."team" AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
JOIN "qa_reviews" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09
-- reads: agents.id, agents.team, qa_reviews.*, qa_reviews.agent_id, qa_reviews.created_at, qa_reviews.score

-- nps_responses: nps (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p26) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p27) THEN 1.0 ELSE 0.0 END)) * @p28) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2025-10-31 23:00:00, @p7=2025-11-30 23:00:00, @p8=2025-11, @p9=2025-12-31 23:00:00, @p10=2025-12, @p11=2026-01-31 23:00:00, @p12=2026-01, @p13=2026-02-28 23:00:00, @p14=2026-02, @p15=2026-03-31 22:00:00, @p16=2026-03, @p17=2026-04-30 22:00:00, @p18=2026-04, @p19=2026-05-31 22:00:00, @p20=2026-05, @p21=2026-06-30 22:00:00, @p22=2026-06, @p23=2026-07-31 22:00:00, @p24=2026-07, @p25=2026-08, @p26=9, @p27=6, @p28=100
-- reads: nps_responses.*, nps_responses.created_at, nps_responses.score

-- nps_responses by tier: nps (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, j_customer."tier" AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p6) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p7) THEN 1.0 ELSE 0.0 END)) * @p8) AS "nps"
FROM periods p
JOIN "nps_responses" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=9, @p7=6, @p8=100
-- reads: customers.id, customers.tier, nps_responses.*, nps_responses.created_at, nps_responses.customer_id, nps_responses.score

-- customers: churn_rate, customer_retention_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
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
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
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
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5), (2, CAST(@p6 AS timestamptz), CAST(@p7 AS timestamptz), @p8, @p8), (3, CAST(@p7 AS timestamptz), CAST(@p9 AS timestamptz), @p10, @p10), (4, CAST(@p9 AS timestamptz), CAST(@p11 AS timestamptz), @p12, @p12), (5, CAST(@p11 AS timestamptz), CAST(@p13 AS timestamptz), @p14, @p14), (6, CAST(@p13 AS timestamptz), CAST(@p15 AS timestamptz), @p16, @p16), (7, CAST(@p15 AS timestamptz), CAST(@p17 AS timestamptz), @p18, @p18), (8, CAST(@p17 AS timestamptz), CAST(@p19 AS timestamptz), @p20, @p20), (9, CAST(@p19 AS timestamptz), CAST(@p21 AS timestamptz), @p22, @p22), (10, CAST(@p21 AS timestamptz), CAST(@p23 AS timestamptz), @p24, @p24), (11, CAST(@p23 AS timestamptz), CAST(@p4 AS timestamptz), @p25, @p25))
SELECT p.idx, NULL AS key, COALESCE(SUM(t."rb_s0"), 0) AS n,
       (CAST(COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0) AS double precision) / NULLIF(SUM(t."rb_s3"), 0)) AS "expansion_revenue_rate",
       (CAST(((COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0) + COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0)) - COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s6" ELSE t."rb_s7" END)), 0)) AS double precision) / NULLIF(COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0), 0)) AS "net_revenue_retention"
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
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5))
SELECT p.idx, t."rb_key" AS key, COALESCE(SUM(t."rb_s0"), 0) AS n,
       (CAST(COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0) AS double precision) / NULLIF(SUM(t."rb_s3"), 0)) AS "expansion_revenue_rate",
       (CAST(((COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0) + COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0)) - COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s6" ELSE t."rb_s7" END)), 0)) AS double precision) / NULLIF(COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s4" ELSE t."rb_s5" END)), 0), 0)) AS "net_revenue_retention"
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

-- nps_responses: latest (periods 0)
SELECT MAX(t."created_at") AS latest
FROM "nps_responses" t;
-- parameters: @p0=UTC
-- reads: 

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at, negative_count:replies (periods 0)
SELECT COUNT(CASE WHEN (t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c0,
       COUNT(CASE WHEN (t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c1,
       COUNT(CASE WHEN t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t
WHERE (t."created_at" >= CAST(@p1 AS timestamptz) AND t."created_at" < CAST(@p2 AS timestamptz)) OR (t."solved_at" >= CAST(@p1 AS timestamptz) AND t."solved_at" < CAST(@p2 AS timestamptz));
-- parameters: @p0=UTC, @p1=2025-10-31 23:00:00, @p2=2026-10-31 23:00:00
-- reads: 

-- history: 24 periods before the trend, 2023-10-31 23:00 to 2025-10-31 23:00, read for streaks that fill it

-- tickets: resolution_rate, first_response_median, first_response_sla (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 12 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 13 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 14 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 15 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 16 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 17 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 18 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 19 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 20 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 21 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 22 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN ((t."status" IN (@p50, @p51)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "first_response_median",
       AVG((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (CASE WHEN ((t."first_reply_at" IS NOT NULL) AND (t."rb_row0" <= @p52)) THEN 1.0 ELSE 0.0 END) END)) AS "first_response_sla",
       COUNT(*) AS "n:resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_sla"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", p.p_end AS "rb_p_end", (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 23 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx, t."rb_p_end" AS p_end) p;
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=solved, @p51=closed, @p52=1
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status

-- tickets: replies_per_ticket, one_touch_rate, resolution_median, reopen_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 12 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 13 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 14 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 15 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 16 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 17 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 18 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 19 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 20 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 21 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 22 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       AVG((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN (CASE WHEN (t."replies" = @p52) THEN 1.0 ELSE 0.0 END) END)) AS "one_touch_rate",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row0" END) AS double precision)) AS "resolution_median",
       AVG((CASE WHEN (t."reopens" > @p53) THEN 1.0 ELSE 0.0 END)) AS "reopen_rate",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:one_touch_rate",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median",
       COUNT(*) AS "n:reopen_rate"
FROM (SELECT p.idx AS "rb_idx", t."reopens", t."replies", (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 23 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p50, @p51)))
OFFSET 0) t
CROSS JOIN LATERAL (SELECT t."rb_idx" AS idx) p;
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=solved, @p51=closed, @p52=1, @p53=0
-- reads: tickets.*, tickets.created_at, tickets.reopens, tickets.replies, tickets.solved_at, tickets.status

-- sla_targets: sla_achievement (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT rb.idx, rb.key, COUNT(*) AS n,
       AVG(CASE WHEN (rb."rb_v1" AND ((rb."rb_c1" - rb."rb_c0") < (rb."rb_v0" * INTERVAL '1 hour' + INTERVAL '500 microseconds'))) THEN 1.0 ELSE 0.0 END) AS "sla_achievement"
FROM (SELECT p.idx AS idx, NULL AS key, (CASE t."target" WHEN @p50 THEN (CASE t."priority" WHEN @p51 THEN (CASE j_customer."tier" WHEN @p52 THEN @p53 ELSE @p54 END) WHEN @p55 THEN (CASE j_customer."tier" WHEN @p52 THEN @p54 ELSE @p56 END) WHEN @p57 THEN (CASE j_customer."tier" WHEN @p52 THEN @p58 ELSE @p59 END) WHEN @p60 THEN @p61 ELSE NULL END) WHEN @p62 THEN (CASE t."priority" WHEN @p51 THEN @p59 WHEN @p55 THEN @p61 WHEN @p57 THEN @p63 WHEN @p60 THEN @p64 ELSE NULL END) ELSE NULL END) AS "rb_v0", (t."done_at" < (CASE WHEN p.p_end < CAST(@p65 AS timestamptz) THEN p.p_end ELSE CAST(@p65 AS timestamptz) END)) AS "rb_v1", t."created_at" AS "rb_c0", t."done_at" AS "rb_c1", p.p_end AS "rb_c2"
FROM periods p
JOIN (
SELECT t.id AS ticket_id, k.target, t.priority, t.customer_id, t.agent_id, t.channel, t.created_at,
       CASE k.target WHEN 'first_reply' THEN t.first_reply_at
                     ELSE CASE WHEN t.status IN ('solved', 'closed') THEN t.solved_at END END AS done_at
FROM tickets t
CROSS JOIN (SELECT 'first_reply' AS target UNION ALL SELECT 'resolution') k
WHERE t.created_at >= CAST(@p1 AS timestamptz) AND t.created_at < CAST(@p48 AS timestamptz)
  AND CASE k.target WHEN 'first_reply' THEN t.first_reply_at IS NULL OR t.first_reply_at >= t.created_at
                    ELSE t.status NOT IN ('solved', 'closed') OR t.solved_at IS NULL OR t.solved_at >= t.created_at END
) t ON p.idx = (ARRAY[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, NULL])[width_bucket(t."created_at", (SELECT array_agg(b ORDER BY b) FROM (SELECT p_start FROM periods UNION SELECT p_end FROM periods) s (b)))]
LEFT JOIN "customers" j_customer ON j_customer."id" = t."customer_id"
OFFSET 0) rb
WHERE ((rb."rb_v0" IS NOT NULL) AND (rb."rb_v1" OR (((CASE WHEN rb."rb_c2" < CAST(@p65 AS timestamptz) THEN rb."rb_c2" ELSE CAST(@p65 AS timestamptz) END) - rb."rb_c0") >= (rb."rb_v0" * INTERVAL '1 hour' + INTERVAL '500 microseconds'))))
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=first_reply, @p51=urgent, @p52=premium, @p53=0.5, @p54=1, @p55=high, @p56=2, @p57=normal, @p58=4, @p59=8, @p60=low, @p61=24, @p62=resolution, @p63=72, @p64=168, @p65=2026-11-23 12:00:00
-- reads: customers.id, customers.tier, tickets.*

-- csat_responses: csat_share (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(CASE WHEN (t."rating" >= @p50) THEN 1.0 ELSE 0.0 END) AS "csat_share"
FROM periods p
CROSS JOIN "csat_responses" t
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=4
-- reads: csat_responses.*, csat_responses.created_at, csat_responses.rating

-- qa_reviews: qa_score (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       AVG(t."score") AS "qa_score"
FROM periods p
CROSS JOIN "qa_reviews" t
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10
-- reads: qa_reviews.*, qa_reviews.created_at, qa_reviews.score

-- nps_responses: nps (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 2 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 3 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 4 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 5 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 6 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 7 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 8 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 9 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 10 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 11 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 12 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 13 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 14 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 15 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 16 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 17 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 18 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 19 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 20 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 21 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 22 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       ((AVG(CASE WHEN (t."score" >= @p50) THEN 1.0 ELSE 0.0 END) - AVG(CASE WHEN (t."score" <= @p51) THEN 1.0 ELSE 0.0 END)) * @p52) AS "nps"
FROM periods p
CROSS JOIN "nps_responses" t
WHERE p.idx = 23 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=9, @p51=6, @p52=100
-- reads: nps_responses.*, nps_responses.created_at, nps_responses.score

-- customers: churn_rate, customer_retention_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
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
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p2 AS timestamptz), CAST(@p4 AS timestamptz), @p5, @p5), (2, CAST(@p4 AS timestamptz), CAST(@p6 AS timestamptz), @p7, @p7), (3, CAST(@p6 AS timestamptz), CAST(@p8 AS timestamptz), @p9, @p9), (4, CAST(@p8 AS timestamptz), CAST(@p10 AS timestamptz), @p11, @p11), (5, CAST(@p10 AS timestamptz), CAST(@p12 AS timestamptz), @p13, @p13), (6, CAST(@p12 AS timestamptz), CAST(@p14 AS timestamptz), @p15, @p15), (7, CAST(@p14 AS timestamptz), CAST(@p16 AS timestamptz), @p17, @p17), (8, CAST(@p16 AS timestamptz), CAST(@p18 AS timestamptz), @p19, @p19), (9, CAST(@p18 AS timestamptz), CAST(@p20 AS timestamptz), @p21, @p21), (10, CAST(@p20 AS timestamptz), CAST(@p22 AS timestamptz), @p23, @p23), (11, CAST(@p22 AS timestamptz), CAST(@p24 AS timestamptz), @p25, @p25), (12, CAST(@p24 AS timestamptz), CAST(@p26 AS timestamptz), @p27, @p27), (13, CAST(@p26 AS timestamptz), CAST(@p28 AS timestamptz), @p29, @p29), (14, CAST(@p28 AS timestamptz), CAST(@p30 AS timestamptz), @p31, @p31), (15, CAST(@p30 AS timestamptz), CAST(@p32 AS timestamptz), @p33, @p33), (16, CAST(@p32 AS timestamptz), CAST(@p34 AS timestamptz), @p35, @p35), (17, CAST(@p34 AS timestamptz), CAST(@p36 AS timestamptz), @p37, @p37), (18, CAST(@p36 AS timestamptz), CAST(@p38 AS timestamptz), @p39, @p39), (19, CAST(@p38 AS timestamptz), CAST(@p40 AS timestamptz), @p41, @p41), (20, CAST(@p40 AS timestamptz), CAST(@p42 AS timestamptz), @p43, @p43), (21, CAST(@p42 AS timestamptz), CAST(@p44 AS timestamptz), @p45, @p45), (22, CAST(@p44 AS timestamptz), CAST(@p46 AS timestamptz), @p47, @p47), (23, CAST(@p46 AS timestamptz), CAST(@p48 AS timestamptz), @p49, @p49))
SELECT p.idx, NULL AS key, COALESCE(SUM(t."rb_s0"), 0) AS n,
       (CAST(((COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0) + COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s3" ELSE t."rb_s4" END)), 0)) - COALESCE(SUM((CASE WHEN (t."month" >= p.p_first_month) THEN t."rb_s5" ELSE t."rb_s6" END)), 0)) AS double precision) / NULLIF(COALESCE(SUM((CASE WHEN (t."month" < p.p_first_month) THEN t."rb_s1" ELSE t."rb_s2" END)), 0), 0)) AS "net_revenue_retention"
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
