-- :  (periods , prepares)
DROP TABLE IF EXISTS temp."rb_calendar_d61a7f22c26f";
CREATE TEMP TABLE "rb_calendar_d61a7f22c26f" (s INTEGER PRIMARY KEY, e INTEGER NOT NULL, k INTEGER NOT NULL);
INSERT INTO temp."rb_calendar_d61a7f22c26f" (s, e, k) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(@p0);
-- parameters: @p0=[[1619852400,1619863200,-1619852400],[1620021600,1620039600,… (217,513 characters)
-- reads: 

-- tickets: ticket_volume, channel_mix, first_response_median, first_response_mean, resolution_rate, volume_heatmap (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p4, @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=solved, @p15=closed
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2026-04-30 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p4, @p13, @p13))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p4, @p13, @p13))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END), 0.5) AS "first_response_median",
       AVG((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN t."rb_row1" END)) AS "first_response_mean",
       AVG(CASE WHEN ((t."status" IN (@p14, @p15)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "volume_heatmap",
       COUNT(*) AS "n:ticket_volume",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_mean",
       COUNT(*) AS "n:resolution_rate",
       COUNT(*) AS "n:volume_heatmap"
FROM (SELECT p.idx AS "rb_idx", t."status", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0", (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) AS "rb_row1"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets by channel: channel_mix, first_response_median, resolution_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed
-- reads: tickets.*, tickets.channel, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "channel_mix",
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "n:channel_mix",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."channel", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

-- tickets by weekday_hour: volume_heatmap (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, ((rb_local_weekday(t."created_at", @p0) * @p6) + rb_local_hour(t."created_at", @p0)) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_heatmap"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=100
-- reads: tickets.*, tickets.created_at
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, ((rb_local_weekday(t."created_at", @p0) * @p6) + rb_local_hour(t."created_at", @p0)) AS key, COUNT(*) AS n,
       COUNT(*) AS "volume_heatmap"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
GROUP BY 1, 2;

-- tickets: replies_per_ticket, resolution_median (periods 0, 1, 2, 3, 4, 5, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p4, @p13, @p13))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=2026-04-30 22:00:00, @p7=2026-05-31 22:00:00, @p8=2026-05, @p9=2026-06-30 22:00:00, @p10=2026-06, @p11=2026-07-31 22:00:00, @p12=2026-07, @p13=2026-08, @p14=solved, @p15=closed
-- reads: tickets.*, tickets.created_at, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-04-30 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p4, @p13, @p13))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5), (2, @p6, @p7, @p8, @p8), (3, @p7, @p9, @p10, @p10), (4, @p9, @p11, @p12, @p12), (5, @p11, @p4, @p13, @p13))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p14, @p15)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets by channel: replies_per_ticket (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS REAL) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE)
WHERE (t."status" IN (@p6, @p7)) AND ((t."replies" < 0) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed
-- reads: tickets.*, tickets.channel, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS REAL) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND ((t."replies" < 0) IS NOT TRUE))
GROUP BY 1, 2;

-- tickets by agent: replies_per_ticket, resolution_median (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;
-- parameters: @p0=Europe/Warsaw, @p1=2026-09-30 22:00:00, @p2=2026-10-31 23:00:00, @p3=2026-10, @p4=2026-08-31 22:00:00, @p5=2026-09, @p6=solved, @p7=closed
-- reads: agents.id, agents.name, tickets.*, tickets.agent_id, tickets.created_at, tickets.replies, tickets.solved_at, tickets.status
-- from 2026-08-31 22:00 to 2026-10-31 23:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p4, @p1, @p5, @p5))
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."agent_id", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p6, @p7)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE p.idx = t."rb_idx"
GROUP BY 1, 2;

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

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at, negative_count:replies (periods 0)
SELECT COUNT(CASE WHEN (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0 THEN 1 END) AS c0,
       COUNT(CASE WHEN (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0 THEN 1 END) AS c1,
       COUNT(CASE WHEN t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t
WHERE (+t."created_at" >= @p1 AND +t."created_at" < @p2) OR (+t."solved_at" >= @p1 AND +t."solved_at" < @p2);
-- parameters: @p0=UTC, @p1=2026-04-30 22:00:00, @p2=2026-10-31 23:00:00
-- reads: 

-- history: 30 periods before the trend, 2023-10-31 23:00 to 2026-04-30 22:00, read for streaks that fill it

-- :  (periods , prepares)
DROP TABLE IF EXISTS temp."rb_calendar_d61a7f22c26f";
CREATE TEMP TABLE "rb_calendar_d61a7f22c26f" (s INTEGER PRIMARY KEY, e INTEGER NOT NULL, k INTEGER NOT NULL);
INSERT INTO temp."rb_calendar_d61a7f22c26f" (s, e, k) SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(@p0);
-- parameters: @p0=[[1541055600,1541073600,-1541055600],[1541077200,1541091600,… (269,137 characters)
-- reads: 

-- tickets: replies_per_ticket, resolution_median (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49), (24, @p48, @p50, @p51, @p51), (25, @p50, @p52, @p53, @p53), (26, @p52, @p54, @p55, @p55), (27, @p54, @p56, @p57, @p57), (28, @p56, @p58, @p59, @p59), (29, @p58, @p60, @p61, @p61))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 12 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 13 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 14 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 15 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 16 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 17 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 18 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 19 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 20 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 21 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 22 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 23 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 24 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 24 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 25 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 25 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 26 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 26 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 27 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 27 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 28 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 28 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 29 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 29 AND t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=2025-11-30 23:00:00, @p51=2025-11, @p52=2025-12-31 23:00:00, @p53=2025-12, @p54=2026-01-31 23:00:00, @p55=2026-01, @p56=2026-02-28 23:00:00, @p57=2026-02, @p58=2026-03-31 22:00:00, @p59=2026-03, @p60=2026-04-30 22:00:00, @p61=2026-04, @p62=solved, @p63=closed
-- reads: tickets.*, tickets.created_at, tickets.replies, tickets.solved_at, tickets.status
-- from 2023-10-31 23:00 to 2026-04-30 22:00, when the probe says so:
SELECT (SELECT MIN(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT MAX(t."solved_at") FROM "tickets" t WHERE julianday(t."solved_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."solved_at" >= a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."solved_at" < a."solved_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49), (24, @p48, @p50, @p51, @p51), (25, @p50, @p52, @p53, @p53), (26, @p52, @p54, @p55, @p55), (27, @p54, @p56, @p57, @p57), (28, @p56, @p58, @p59, @p59), (29, @p58, @p60, @p61, @p61))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49), (24, @p48, @p50, @p51, @p51), (25, @p50, @p52, @p53, @p53), (26, @p52, @p54, @p55, @p55), (27, @p54, @p56, @p57, @p57), (28, @p56, @p58, @p59, @p59), (29, @p58, @p60, @p61, @p61))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS REAL) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       rb_percentile((CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."solved_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."solved_at") ORDER BY s DESC LIMIT 1), unixepoch(t."solved_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM (SELECT p.idx AS "rb_idx", t."created_at", t."solved_at", t."replies", (ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "solved_at" >= (SELECT MIN(p_start) FROM periods) AND "solved_at" < (SELECT MAX(p_end) FROM periods)) AND +t."solved_at" >= p.p_start AND +t."solved_at" < p.p_end AND julianday(t."solved_at") IS NOT NULL AND (((t."created_at" IS NOT NULL AND (typeof(t."created_at") <> 'text' OR julianday(t."created_at") IS NULL))) IS NOT TRUE) AND ((t."status" IN (@p62, @p63)) AND (((t."replies" < 0) IS NOT TRUE) OR (((ROUND((julianday(t."solved_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) < 0) IS NOT TRUE)))
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;

-- tickets: first_response_median, resolution_rate (periods 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49), (24, @p48, @p50, @p51, @p51), (25, @p50, @p52, @p53, @p53), (26, @p52, @p54, @p55, @p55), (27, @p54, @p56, @p57, @p57), (28, @p56, @p58, @p59, @p59), (29, @p58, @p60, @p61, @p61))
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 2 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 2 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 3 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 3 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 4 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 4 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 5 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 5 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 6 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 6 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 7 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 7 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 8 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 8 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 9 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 9 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 10 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 10 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 11 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 11 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 12 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 12 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 13 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 13 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 14 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 14 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 15 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 15 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 16 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 16 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 17 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 17 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 18 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 18 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 19 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 19 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 20 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 20 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 21 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 21 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 22 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 22 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 23 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 23 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 24 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 24 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 25 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 25 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 26 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 26 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 27 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 27 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 28 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 28 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
UNION ALL
SELECT 29 AS idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 29 AND t."created_at" >= p.p_start AND t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx";
-- parameters: @p0=Europe/Warsaw, @p1=2023-10-31 23:00:00, @p2=2023-11-30 23:00:00, @p3=2023-11, @p4=2023-12-31 23:00:00, @p5=2023-12, @p6=2024-01-31 23:00:00, @p7=2024-01, @p8=2024-02-29 23:00:00, @p9=2024-02, @p10=2024-03-31 22:00:00, @p11=2024-03, @p12=2024-04-30 22:00:00, @p13=2024-04, @p14=2024-05-31 22:00:00, @p15=2024-05, @p16=2024-06-30 22:00:00, @p17=2024-06, @p18=2024-07-31 22:00:00, @p19=2024-07, @p20=2024-08-31 22:00:00, @p21=2024-08, @p22=2024-09-30 22:00:00, @p23=2024-09, @p24=2024-10-31 23:00:00, @p25=2024-10, @p26=2024-11-30 23:00:00, @p27=2024-11, @p28=2024-12-31 23:00:00, @p29=2024-12, @p30=2025-01-31 23:00:00, @p31=2025-01, @p32=2025-02-28 23:00:00, @p33=2025-02, @p34=2025-03-31 22:00:00, @p35=2025-03, @p36=2025-04-30 22:00:00, @p37=2025-04, @p38=2025-05-31 22:00:00, @p39=2025-05, @p40=2025-06-30 22:00:00, @p41=2025-06, @p42=2025-07-31 22:00:00, @p43=2025-07, @p44=2025-08-31 22:00:00, @p45=2025-08, @p46=2025-09-30 22:00:00, @p47=2025-09, @p48=2025-10-31 23:00:00, @p49=2025-10, @p50=2025-11-30 23:00:00, @p51=2025-11, @p52=2025-12-31 23:00:00, @p53=2025-12, @p54=2026-01-31 23:00:00, @p55=2026-01, @p56=2026-02-28 23:00:00, @p57=2026-02, @p58=2026-03-31 22:00:00, @p59=2026-03, @p60=2026-04-30 22:00:00, @p61=2026-04, @p62=solved, @p63=closed
-- reads: tickets.*, tickets.created_at, tickets.first_reply_at, tickets.solved_at, tickets.status
-- from 2023-10-31 23:00 to 2026-04-30 22:00, when the probe says so:
SELECT (SELECT MIN(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT MAX(t."created_at") FROM "tickets" t WHERE julianday(t."created_at") IS NOT NULL), (SELECT COUNT(CASE WHEN b."created_at" >= a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT COUNT(CASE WHEN b."created_at" < a."created_at" THEN 1 END) FROM "tickets" a JOIN "tickets" b ON b.rowid = a.rowid + 1 WHERE a.rowid BETWEEN ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 AND ((SELECT MIN(rowid) FROM "tickets") + (SELECT MAX(rowid) FROM "tickets")) / 2 + 255), (SELECT MAX(rowid) FROM "tickets") - (SELECT MIN(rowid) FROM "tickets") + 1;
-- full scan:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49), (24, @p48, @p50, @p51, @p51), (25, @p50, @p52, @p53, @p53), (26, @p52, @p54, @p55, @p55), (27, @p54, @p56, @p57, @p57), (28, @p56, @p58, @p59, @p59), (29, @p58, @p60, @p61, @p61))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
-- in table order:
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, @p1, @p2, @p3, @p3), (1, @p2, @p4, @p5, @p5), (2, @p4, @p6, @p7, @p7), (3, @p6, @p8, @p9, @p9), (4, @p8, @p10, @p11, @p11), (5, @p10, @p12, @p13, @p13), (6, @p12, @p14, @p15, @p15), (7, @p14, @p16, @p17, @p17), (8, @p16, @p18, @p19, @p19), (9, @p18, @p20, @p21, @p21), (10, @p20, @p22, @p23, @p23), (11, @p22, @p24, @p25, @p25), (12, @p24, @p26, @p27, @p27), (13, @p26, @p28, @p29, @p29), (14, @p28, @p30, @p31, @p31), (15, @p30, @p32, @p33, @p33), (16, @p32, @p34, @p35, @p35), (17, @p34, @p36, @p37, @p37), (18, @p36, @p38, @p39, @p39), (19, @p38, @p40, @p41, @p41), (20, @p40, @p42, @p43, @p43), (21, @p42, @p44, @p45, @p45), (22, @p44, @p46, @p47, @p47), (23, @p46, @p48, @p49, @p49), (24, @p48, @p50, @p51, @p51), (25, @p50, @p52, @p53, @p53), (26, @p52, @p54, @p55, @p55), (27, @p54, @p56, @p57, @p57), (28, @p56, @p58, @p59, @p59), (29, @p58, @p60, @p61, @p61))
SELECT p.idx, NULL AS key, COUNT(*) AS n,
       rb_percentile((CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN (ROUND(((COALESCE((SELECT k + MIN(unixepoch(t."first_reply_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."first_reply_at") ORDER BY s DESC LIMIT 1), unixepoch(t."first_reply_at") * 0) - COALESCE((SELECT k + MIN(unixepoch(t."created_at"), e) FROM temp."rb_calendar_d61a7f22c26f" WHERE s <= unixepoch(t."created_at") ORDER BY s DESC LIMIT 1), unixepoch(t."created_at") * 0))) * 1000) / 3600000.0) END), 0.5) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p62, @p63)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND ((t."rb_row0" < 0) IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM (SELECT p.idx AS "rb_idx", t."status", t."created_at", t."first_reply_at", t."solved_at", (ROUND((julianday(t."first_reply_at") - julianday(t."created_at")) * 86400000.0) / 3600000.0) AS "rb_row0"
FROM "tickets" t
CROSS JOIN periods p
WHERE t.rowid IN (SELECT rowid FROM "tickets" WHERE "created_at" >= (SELECT MIN(p_start) FROM periods) AND "created_at" < (SELECT MAX(p_end) FROM periods)) AND +t."created_at" >= p.p_start AND +t."created_at" < p.p_end AND julianday(t."created_at") IS NOT NULL AND (((t."solved_at" IS NOT NULL AND (typeof(t."solved_at") <> 'text' OR julianday(t."solved_at") IS NULL))) IS NOT TRUE)
LIMIT -1) t
CROSS JOIN periods p
WHERE p.idx = t."rb_idx"
GROUP BY 1;
