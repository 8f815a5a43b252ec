-- tickets: ticket_volume, first_response_median, resolution_rate (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5)),
"tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p8 THEN @p9 WHEN @p10 THEN @p11 WHEN @p12 THEN @p13 WHEN @p14 THEN @p15 WHEN @p16 THEN @p17 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p18 THEN @p19 WHEN @p20 THEN @p21 WHEN @p22 THEN @p23 WHEN @p24 THEN @p25 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p26 THEN @p27 WHEN @p28 THEN @p29 WHEN @p30 THEN @p31 WHEN @p32 THEN @p6 WHEN @p33 THEN @p7 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s)
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "n:ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end)
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."first_reply_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "first_response_median",
       AVG(CASE WHEN ((t."status" IN (@p6, @p7)) AND (t."solved_at" < p.p_end)) THEN 1.0 ELSE 0.0 END) AS "resolution_rate",
       COUNT(*) AS "n:ticket_volume",
       COUNT(CASE WHEN (t."first_reply_at" IS NOT NULL) AND (((t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:first_response_median",
       COUNT(*) AS "n:resolution_rate"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND (t."created_at" >= p.p_start AND t."created_at" < p.p_end);
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=2026-09-01 00:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=Email, @p9=email, @p10=Chat, @p11=chat, @p12=Phone, @p13=phone, @p14=Twitter, @p15=social, @p16=Web form, @p17=web, @p18=P1, @p19=urgent, @p20=P2, @p21=high, @p22=P3, @p23=normal, @p24=P4, @p25=low, @p26=New, @p27=new, @p28=Open, @p29=open, @p30=Waiting on customer, @p31=pending, @p32=Resolved, @p33=Closed
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency

-- tickets by channel: ticket_volume (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5)),
"tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p6 THEN @p7 WHEN @p8 THEN @p9 WHEN @p10 THEN @p11 WHEN @p12 THEN @p13 WHEN @p14 THEN @p15 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p16 THEN @p17 WHEN @p18 THEN @p19 WHEN @p20 THEN @p21 WHEN @p22 THEN @p23 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p24 THEN @p25 WHEN @p26 THEN @p27 WHEN @p28 THEN @p29 WHEN @p30 THEN @p31 WHEN @p32 THEN @p33 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s)
SELECT p.idx, t."channel" AS key, COUNT(*) AS n,
       COUNT(*) AS "ticket_volume"
FROM periods p
JOIN "tickets" t ON t."created_at" >= p.p_start AND t."created_at" < p.p_end
GROUP BY 1, 2;
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=2026-09-01 00:00:00, @p5=2026-09, @p6=Email, @p7=email, @p8=Chat, @p9=chat, @p10=Phone, @p11=phone, @p12=Twitter, @p13=social, @p14=Web form, @p15=web, @p16=P1, @p17=urgent, @p18=P2, @p19=high, @p20=P3, @p21=normal, @p22=P4, @p23=low, @p24=New, @p25=new, @p26=Open, @p27=open, @p28=Waiting on customer, @p29=pending, @p30=Resolved, @p31=solved, @p32=Closed, @p33=closed
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency

-- tickets: replies_per_ticket, resolution_median (periods 0, 1, a sample per metric)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5)),
"tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p8 THEN @p9 WHEN @p10 THEN @p11 WHEN @p12 THEN @p13 WHEN @p14 THEN @p15 WHEN @p16 THEN @p17 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p18 THEN @p19 WHEN @p20 THEN @p21 WHEN @p22 THEN @p23 WHEN @p24 THEN @p25 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p26 THEN @p27 WHEN @p28 THEN @p29 WHEN @p30 THEN @p31 WHEN @p32 THEN @p6 WHEN @p33 THEN @p7 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s)
SELECT 0 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 0 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))))
UNION ALL
SELECT 1 AS idx, NULL AS key, COUNT(*) AS n,
       (CAST(SUM((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN t."replies" END)) AS double precision) / NULLIF(COUNT((CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END)), 0)) AS "replies_per_ticket",
       percentile_cont(CAST(0.5 AS double precision)) WITHIN GROUP (ORDER BY CAST((CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN (CAST(ROUND(EXTRACT(EPOCH FROM (t."solved_at" - t."created_at")) * 1000) AS double precision) / 3600000.0) END) AS double precision)) AS "resolution_median",
       COUNT(CASE WHEN ((t."replies" < 0) IS NOT TRUE) THEN 1 END) AS "n:replies_per_ticket",
       COUNT(CASE WHEN (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE) THEN 1 END) AS "n:resolution_median"
FROM periods p
CROSS JOIN "tickets" t
WHERE p.idx = 1 AND (t."solved_at" >= p.p_start AND t."solved_at" < p.p_end AND ((t."status" IN (@p6, @p7)) AND (((t."replies" < 0) IS NOT TRUE) OR (((t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds') IS NOT TRUE))));
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=2026-09-01 00:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=Email, @p9=email, @p10=Chat, @p11=chat, @p12=Phone, @p13=phone, @p14=Twitter, @p15=social, @p16=Web form, @p17=web, @p18=P1, @p19=urgent, @p20=P2, @p21=high, @p22=P3, @p23=normal, @p24=P4, @p25=low, @p26=New, @p27=new, @p28=Open, @p29=open, @p30=Waiting on customer, @p31=pending, @p32=Resolved, @p33=Closed
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency

-- tickets by agent: replies_per_ticket (periods 0, 1)
WITH periods (idx, p_start, p_end, p_first_month, p_last_month) AS (VALUES (0, CAST(@p1 AS timestamptz), CAST(@p2 AS timestamptz), @p3, @p3), (1, CAST(@p4 AS timestamptz), CAST(@p1 AS timestamptz), @p5, @p5)),
"tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p8 THEN @p9 WHEN @p10 THEN @p11 WHEN @p12 THEN @p13 WHEN @p14 THEN @p15 WHEN @p16 THEN @p17 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p18 THEN @p19 WHEN @p20 THEN @p21 WHEN @p22 THEN @p23 WHEN @p24 THEN @p25 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p26 THEN @p27 WHEN @p28 THEN @p29 WHEN @p30 THEN @p31 WHEN @p32 THEN @p6 WHEN @p33 THEN @p7 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s),
"agents" AS (SELECT s."staff_id" AS "id", s."full_name" AS "name", s."squad" AS "team" FROM "public"."staff" s)
SELECT p.idx, j_agent."name" AS key, COUNT(*) AS n,
       (CAST(SUM(t."replies") AS double precision) / NULLIF(COUNT(*), 0)) AS "replies_per_ticket"
FROM periods p
JOIN "tickets" t ON t."solved_at" >= p.p_start AND t."solved_at" < p.p_end
LEFT JOIN "agents" j_agent ON j_agent."id" = t."agent_id"
WHERE (t."status" IN (@p6, @p7)) AND ((t."replies" < 0) IS NOT TRUE)
GROUP BY 1, 2;
-- parameters: @p0=UTC, @p1=2026-10-01 00:00:00, @p2=2026-11-01 00:00:00, @p3=2026-10, @p4=2026-09-01 00:00:00, @p5=2026-09, @p6=solved, @p7=closed, @p8=Email, @p9=email, @p10=Chat, @p11=chat, @p12=Phone, @p13=phone, @p14=Twitter, @p15=social, @p16=Web form, @p17=web, @p18=P1, @p19=urgent, @p20=P2, @p21=high, @p22=P3, @p23=normal, @p24=P4, @p25=low, @p26=New, @p27=new, @p28=Open, @p29=open, @p30=Waiting on customer, @p31=pending, @p32=Resolved, @p33=Closed
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency, staff.*, staff.full_name, staff.squad, staff.staff_id

-- tickets: latest (periods 0)
WITH "tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p1 THEN @p2 WHEN @p3 THEN @p4 WHEN @p5 THEN @p6 WHEN @p7 THEN @p8 WHEN @p9 THEN @p10 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p11 THEN @p12 WHEN @p13 THEN @p14 WHEN @p15 THEN @p16 WHEN @p17 THEN @p18 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p19 THEN @p20 WHEN @p21 THEN @p22 WHEN @p23 THEN @p24 WHEN @p25 THEN @p26 WHEN @p27 THEN @p28 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s)
SELECT MAX(t."created_at") AS latest
FROM "tickets" t;
-- parameters: @p0=UTC, @p1=Email, @p2=email, @p3=Chat, @p4=chat, @p5=Phone, @p6=phone, @p7=Twitter, @p8=social, @p9=Web form, @p10=web, @p11=P1, @p12=urgent, @p13=P2, @p14=high, @p15=P3, @p16=normal, @p17=P4, @p18=low, @p19=New, @p20=new, @p21=Open, @p22=open, @p23=Waiting on customer, @p24=pending, @p25=Resolved, @p26=solved, @p27=Closed, @p28=closed
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency

-- tickets: latest (periods 0)
WITH "tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p1 THEN @p2 WHEN @p3 THEN @p4 WHEN @p5 THEN @p6 WHEN @p7 THEN @p8 WHEN @p9 THEN @p10 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p11 THEN @p12 WHEN @p13 THEN @p14 WHEN @p15 THEN @p16 WHEN @p17 THEN @p18 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p19 THEN @p20 WHEN @p21 THEN @p22 WHEN @p23 THEN @p24 WHEN @p25 THEN @p26 WHEN @p27 THEN @p28 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s)
SELECT MAX(t."solved_at") AS latest
FROM "tickets" t;
-- parameters: @p0=UTC, @p1=Email, @p2=email, @p3=Chat, @p4=chat, @p5=Phone, @p6=phone, @p7=Twitter, @p8=social, @p9=Web form, @p10=web, @p11=P1, @p12=urgent, @p13=P2, @p14=high, @p15=P3, @p16=normal, @p17=P4, @p18=low, @p19=New, @p20=new, @p21=Open, @p22=open, @p23=Waiting on customer, @p24=pending, @p25=Resolved, @p26=solved, @p27=Closed, @p28=closed
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency

-- tickets: negative_duration:first_reply_at:created_at, negative_duration:solved_at:created_at, negative_count:replies (periods 0)
WITH "tickets" AS (SELECT s."ticket_id" AS "id", s."account_id" AS "customer_id", s."assignee" AS "agent_id", CASE s."source" WHEN @p1 THEN @p2 WHEN @p3 THEN @p4 WHEN @p5 THEN @p6 WHEN @p7 THEN @p8 WHEN @p9 THEN @p10 ELSE s."source" END AS "channel", CASE s."urgency" WHEN @p11 THEN @p12 WHEN @p13 THEN @p14 WHEN @p15 THEN @p16 WHEN @p17 THEN @p18 ELSE s."urgency" END AS "priority", CASE s."state" WHEN @p19 THEN @p20 WHEN @p21 THEN @p22 WHEN @p23 THEN @p24 WHEN @p25 THEN @p26 WHEN @p27 THEN @p28 ELSE s."state" END AS "status", to_timestamp(s."opened") AS "created_at", CAST(s."first_response" AS timestamptz) AS "first_reply_at", to_timestamp((s."resolved" / 1000.0)) AS "solved_at", s."reopened_count" AS "reopens", s."public_replies" AS "replies", NULL AS "vendor_first_reply_minutes", NULL AS "vendor_first_reply_business_minutes", NULL AS "vendor_resolution_minutes", NULL AS "vendor_resolution_business_minutes" FROM "public"."helpdesk_export" s)
SELECT COUNT(CASE WHEN (t."first_reply_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c0,
       COUNT(CASE WHEN (t."solved_at" - t."created_at") <= INTERVAL '-500 microseconds' THEN 1 END) AS c1,
       COUNT(CASE WHEN t."replies" < 0 THEN 1 END) AS c2
FROM "tickets" t
WHERE (t."created_at" >= CAST(@p29 AS timestamptz) AND t."created_at" < CAST(@p30 AS timestamptz)) OR (t."solved_at" >= CAST(@p29 AS timestamptz) AND t."solved_at" < CAST(@p30 AS timestamptz));
-- parameters: @p0=UTC, @p1=Email, @p2=email, @p3=Chat, @p4=chat, @p5=Phone, @p6=phone, @p7=Twitter, @p8=social, @p9=Web form, @p10=web, @p11=P1, @p12=urgent, @p13=P2, @p14=high, @p15=P3, @p16=normal, @p17=P4, @p18=low, @p19=New, @p20=new, @p21=Open, @p22=open, @p23=Waiting on customer, @p24=pending, @p25=Resolved, @p26=solved, @p27=Closed, @p28=closed, @p29=2026-09-01 00:00:00, @p30=2026-11-01 00:00:00
-- reads: helpdesk_export.*, helpdesk_export.account_id, helpdesk_export.assignee, helpdesk_export.first_response, helpdesk_export.opened, helpdesk_export.public_replies, helpdesk_export.reopened_count, helpdesk_export.resolved, helpdesk_export.source, helpdesk_export.state, helpdesk_export.ticket_id, helpdesk_export.urgency
