-- Airbyte's Zendesk Support streams as final tables of its PostgreSQL destination (the streams' JSON schemas in
-- airbytehq/airbyte, source-zendesk-support/…/schemas: integer as bigint, date-time as timestamp with time zone, objects and
-- arrays as jsonb, plus Airbyte's own columns), a subset of the columns, and a small data set whose numbers
-- WarehouseModelTests computes by hand. {ts} is the timestamp type, {json} the JSON type.
CREATE TABLE tickets (
  _airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, created_at {ts}, updated_at {ts},
  status text, priority text, via {json}, assignee_id bigint, group_id bigint, organization_id bigint, requester_id bigint,
  submitter_id bigint, subject text, type text, tags {json}, satisfaction_rating {json}, url text, is_public boolean);
CREATE TABLE ticket_comments (
  _airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, ticket_id bigint, author_id bigint,
  public boolean, created_at {ts}, timestamp bigint, type text, event_type text, body text, plain_body text, via {json});
CREATE TABLE ticket_metrics (
  _airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, ticket_id bigint, created_at {ts},
  updated_at {ts}, solved_at {ts}, replies bigint, reopens bigint, reply_time_in_minutes {json},
  full_resolution_time_in_minutes {json}, status {json}, url text);
CREATE TABLE users (
  _airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, name text, email text, role text,
  default_group_id bigint, organization_id bigint, active boolean, created_at {ts}, updated_at {ts});
CREATE TABLE groups (_airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, name text, deleted boolean, created_at {ts}, updated_at {ts});
CREATE TABLE organizations (_airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, name text, created_at {ts}, updated_at {ts});
CREATE TABLE satisfaction_ratings (
  _airbyte_raw_id text, _airbyte_extracted_at {ts}, _airbyte_meta {json}, id bigint, ticket_id bigint, assignee_id bigint,
  group_id bigint, requester_id bigint, score text, comment text, reason text, created_at {ts}, updated_at {ts}, url text);

INSERT INTO groups (id, name, deleted) VALUES (50, 'Billing', FALSE), (51, 'Tech', FALSE);
INSERT INTO users (id, name, role, default_group_id) VALUES
  (1, 'Ada', 'agent', 50), (2, 'Grace', 'admin', 51), (10, 'Customer A', 'end-user', NULL), (11, 'Customer B', 'end-user', NULL);
INSERT INTO organizations (id, name, created_at) VALUES (100, 'Acme', '2025-01-01T00:00:00Z');

-- 1: email, two replies, solved.   2: voice, reopened once, closed.   3: chat, open.   4: web form, no reply.
-- 6: status deleted.   7: opened in September, solved in October.
INSERT INTO tickets (id, created_at, via, priority, status, assignee_id, organization_id, tags) VALUES
  (1, '2026-10-01T09:00:00Z', '{"channel": "email", "source": {"rel": null}}', 'normal', 'solved', 1, 100, '["bug"]'),
  (2, '2026-10-02T08:00:00Z', '{"channel": "voice"}', 'high', 'closed', 2, 100, '[]'),
  (3, '2026-10-05T10:00:00Z', '{"channel": "chat"}', 'urgent', 'open', 1, 100, '[]'),
  (4, '2026-10-06T10:00:00Z', '{"channel": "web"}', 'low', 'new', NULL, NULL, '[]'),
  (6, '2026-10-08T10:00:00Z', '{"channel": "email"}', 'normal', 'deleted', 1, 100, '[]'),
  (7, '2026-09-28T10:00:00Z', '{"channel": "email"}', 'normal', 'solved', 2, 100, '[]');
-- Business minutes (Zendesk's schedule) apart from the calendar ones, so that profile: zendesk shows which it read.
INSERT INTO ticket_metrics (id, ticket_id, solved_at, replies, reopens, reply_time_in_minutes, full_resolution_time_in_minutes) VALUES
  (1001, 1, '2026-10-01T12:00:00Z', 2, 0, '{"calendar": 60, "business": 45}', '{"calendar": 180, "business": 120}'),
  (1002, 2, '2026-10-04T08:00:00Z', 1, 1, '{"calendar": 30, "business": 20}', '{"calendar": 2880, "business": 960}'),
  (1003, 3, NULL, 1, 0, '{"calendar": 15, "business": 15}', '{"calendar": null, "business": null}'),
  (1004, 4, NULL, 0, 0, '{"calendar": null, "business": null}', '{"calendar": null, "business": null}'),
  (1007, 7, '2026-10-02T10:00:00Z', 1, 0, '{"calendar": 240, "business": 240}', '{"calendar": 5760, "business": 1920}');
INSERT INTO ticket_comments (id, ticket_id, author_id, public, created_at, type, event_type) VALUES
  (101, 1, 10, TRUE, '2026-10-01T09:00:00Z', 'Comment', 'Comment'), (102, 1, 1, TRUE, '2026-10-01T10:00:00Z', 'Comment', 'Comment'),
  (103, 1, 10, TRUE, '2026-10-01T11:00:00Z', 'Comment', 'Comment'), (104, 1, 1, TRUE, '2026-10-01T12:00:00Z', 'Comment', 'Comment'),
  (105, 1, 1, FALSE, '2026-10-01T12:30:00Z', 'Comment', 'Comment'),
  (201, 2, 11, TRUE, '2026-10-02T08:00:00Z', 'Comment', 'Comment'), (202, 2, 2, TRUE, '2026-10-02T08:30:00Z', 'VoiceComment', 'VoiceComment'),
  (301, 3, 10, TRUE, '2026-10-05T10:00:00Z', 'Comment', 'Comment'), (302, 3, 1, TRUE, '2026-10-05T10:15:00Z', 'Comment', 'Comment'),
  (401, 4, 11, TRUE, '2026-10-06T10:00:00Z', 'Comment', 'Comment'),
  (601, 6, 10, TRUE, '2026-10-08T10:00:00Z', 'Comment', 'Comment'), (602, 6, 1, TRUE, '2026-10-08T10:30:00Z', 'Comment', 'Comment'),
  (701, 7, 10, TRUE, '2026-09-28T10:00:00Z', 'Comment', 'Comment'), (702, 7, 2, TRUE, '2026-09-28T14:00:00Z', 'Comment', 'Comment');
INSERT INTO satisfaction_ratings (id, ticket_id, assignee_id, score, created_at) VALUES
  (1, 1, 1, 'good', '2026-10-02T09:00:00Z'), (2, 2, 2, 'bad', '2026-10-05T09:00:00Z'),
  (3, 3, 1, 'offered', '2026-10-06T09:00:00Z'), (4, 7, 2, 'good', '2026-10-03T09:00:00Z');
