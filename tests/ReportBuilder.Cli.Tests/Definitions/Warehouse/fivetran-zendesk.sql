-- Fivetran's Zendesk Support tables with the connector's column names and types (fivetran/dbt_zendesk_source,
-- macros/get_*_columns.sql; on PostgreSQL Fivetran writes timestamps as timestamp with time zone), a subset of the
-- columns, and a small data set whose numbers WarehouseModelTests computes by hand. {ts} is the timestamp type.
CREATE TABLE ticket (
  id bigint PRIMARY KEY, _fivetran_synced {ts}, _fivetran_deleted boolean, allow_channelback boolean, assignee_id bigint,
  brand_id bigint, created_at {ts}, description text, due_at {ts}, group_id bigint, has_incidents boolean, is_public boolean,
  organization_id bigint, priority text, requester_id bigint, status text, subject text, submitter_id bigint, type text,
  updated_at text, url text, via_channel text);
CREATE TABLE ticket_comment (
  id bigint PRIMARY KEY, _fivetran_synced text, _fivetran_deleted boolean, body text, created {ts}, facebook_comment boolean,
  public boolean, ticket_id bigint, tweet boolean, user_id bigint, voice_comment boolean);
CREATE TABLE "user" (
  id bigint PRIMARY KEY, _fivetran_synced {ts}, _fivetran_deleted boolean, active boolean, created_at {ts}, email text,
  name text, organization_id bigint, role text, suspended boolean, time_zone text, updated_at text);
CREATE TABLE "group" (id bigint PRIMARY KEY, _fivetran_deleted boolean, _fivetran_synced {ts}, created_at {ts}, name text, updated_at {ts}, url text);
CREATE TABLE organization (id bigint PRIMARY KEY, _fivetran_synced {ts}, created_at {ts}, external_id bigint, group_id bigint, name text, updated_at {ts}, url text);
CREATE TABLE ticket_field_history (field_name text, ticket_id bigint, updated {ts}, _fivetran_synced {ts}, user_id bigint, value text);
CREATE TABLE ticket_tag (_fivetran_synced {ts}, ticket_id bigint, tag text);
CREATE TABLE satisfaction_rating (
  id bigint PRIMARY KEY, _fivetran_synced {ts}, assignee_id bigint, comment text, created_at {ts}, group_id bigint, reason text,
  requester_id bigint, score text, ticket_id bigint, updated_at {ts}, url text);

INSERT INTO "user" (id, name, role, active) VALUES
  (1, 'Ada', 'agent', TRUE), (2, 'Grace', 'admin', TRUE), (10, 'Customer A', 'end-user', TRUE), (11, 'Customer B', 'end-user', TRUE);
INSERT INTO "group" (id, name, _fivetran_deleted) VALUES (50, 'Support', FALSE);
INSERT INTO organization (id, name, created_at) VALUES (100, 'Acme', '2025-01-01T00:00:00Z'), (101, 'Globex', '2025-02-01T00:00:00Z');

-- 1: email, two replies (the private note is none), solved after 3 h.       2: voice, reopened once, solved again, closed.
-- 3: chat, open.   4: web form, no reply.   5: soft-deleted by Fivetran.   6: status deleted.
-- 7: opened in September, solved in October; its second reply was deleted.   8: September, solved in September.
-- 9: opened by the agent (that comment is no reply), through messaging (chat).
INSERT INTO ticket (id, _fivetran_deleted, created_at, via_channel, priority, status, assignee_id, organization_id, group_id, requester_id, updated_at) VALUES
  (1, FALSE, '2026-10-01T09:00:00Z', 'email', 'normal', 'solved', 1, 100, 50, 10, '2026-10-01T12:00:00Z'),
  (2, FALSE, '2026-10-02T08:00:00Z', 'voice', 'high', 'closed', 2, 101, 50, 11, '2026-10-08T08:00:00Z'),
  (3, FALSE, '2026-10-05T10:00:00Z', 'chat', 'urgent', 'open', 1, 100, 50, 10, '2026-10-05T10:15:00Z'),
  (4, NULL, '2026-10-06T10:00:00Z', 'web', 'low', 'new', NULL, 101, 50, 11, '2026-10-06T10:00:00Z'),
  (5, TRUE, '2026-10-07T10:00:00Z', 'email', 'normal', 'solved', 1, 100, 50, 10, '2026-10-07T12:00:00Z'),
  (6, FALSE, '2026-10-08T10:00:00Z', 'twitter', 'normal', 'deleted', 1, 100, 50, 10, '2026-10-08T10:00:00Z'),
  (7, FALSE, '2026-09-28T10:00:00Z', 'email', 'normal', 'solved', 2, 100, 50, 10, '2026-10-02T10:00:00Z'),
  (8, FALSE, '2026-09-10T09:00:00Z', 'email', 'normal', 'solved', 1, 101, 50, 11, '2026-09-10T11:00:00Z'),
  (9, FALSE, '2026-10-09T09:00:00Z', 'native_messaging', 'normal', 'pending', 1, 100, 50, 10, '2026-10-09T11:00:00Z');

INSERT INTO ticket_comment (id, _fivetran_deleted, ticket_id, user_id, public, created) VALUES
  (101, FALSE, 1, 10, TRUE, '2026-10-01T09:00:00Z'), (102, FALSE, 1, 1, TRUE, '2026-10-01T10:00:00Z'),
  (103, FALSE, 1, 10, TRUE, '2026-10-01T11:00:00Z'), (104, FALSE, 1, 1, TRUE, '2026-10-01T12:00:00Z'),
  (105, FALSE, 1, 1, FALSE, '2026-10-01T12:30:00Z'),
  (201, FALSE, 2, 11, TRUE, '2026-10-02T08:00:00Z'), (202, FALSE, 2, 2, TRUE, '2026-10-02T08:30:00Z'),
  (301, FALSE, 3, 10, TRUE, '2026-10-05T10:00:00Z'), (302, NULL, 3, 1, TRUE, '2026-10-05T10:15:00Z'),
  (401, FALSE, 4, 11, TRUE, '2026-10-06T10:00:00Z'),
  (501, FALSE, 5, 10, TRUE, '2026-10-07T10:00:00Z'), (502, FALSE, 5, 1, TRUE, '2026-10-07T11:00:00Z'),
  (601, FALSE, 6, 10, TRUE, '2026-10-08T10:00:00Z'), (602, FALSE, 6, 1, TRUE, '2026-10-08T10:30:00Z'),
  (701, FALSE, 7, 10, TRUE, '2026-09-28T10:00:00Z'), (702, FALSE, 7, 2, TRUE, '2026-09-28T14:00:00Z'),
  (703, TRUE, 7, 2, TRUE, '2026-09-29T10:00:00Z'),
  (801, FALSE, 8, 11, TRUE, '2026-09-10T09:00:00Z'), (802, FALSE, 8, 1, TRUE, '2026-09-10T09:30:00Z'),
  (901, FALSE, 9, 1, TRUE, '2026-10-09T09:00:00Z'), (902, FALSE, 9, 10, TRUE, '2026-10-09T10:00:00Z'),
  (903, FALSE, 9, 1, TRUE, '2026-10-09T11:00:00Z');

INSERT INTO ticket_field_history (field_name, ticket_id, updated, user_id, value) VALUES
  ('status', 1, '2026-10-01T09:00:00Z', NULL, 'new'), ('status', 1, '2026-10-01T10:00:00Z', 1, 'open'),
  ('status', 1, '2026-10-01T12:00:00Z', 1, 'solved'), ('priority', 1, '2026-10-01T09:00:00Z', NULL, 'normal'),
  ('status', 2, '2026-10-02T08:00:00Z', NULL, 'new'), ('status', 2, '2026-10-02T09:00:00Z', 2, 'solved'),
  ('status', 2, '2026-10-03T10:00:00Z', NULL, 'open'), ('status', 2, '2026-10-04T08:00:00Z', 2, 'solved'),
  ('status', 2, '2026-10-08T08:00:00Z', NULL, 'closed'),
  ('status', 3, '2026-10-05T10:00:00Z', NULL, 'new'), ('status', 3, '2026-10-05T10:15:00Z', 1, 'open'),
  ('status', 4, '2026-10-06T10:00:00Z', NULL, 'new'),
  ('status', 5, '2026-10-07T10:00:00Z', NULL, 'new'), ('status', 5, '2026-10-07T12:00:00Z', 1, 'solved'),
  ('status', 7, '2026-09-28T10:00:00Z', NULL, 'new'), ('status', 7, '2026-10-02T10:00:00Z', 2, 'solved'),
  ('status', 8, '2026-09-10T09:00:00Z', NULL, 'new'), ('status', 8, '2026-09-10T11:00:00Z', 1, 'solved'),
  ('status', 9, '2026-10-09T09:00:00Z', 1, 'pending');

INSERT INTO ticket_tag (ticket_id, tag) VALUES (1, 'bug'), (3, 'bug'), (3, 'billing'), (9, 'feature_request');

INSERT INTO satisfaction_rating (id, ticket_id, assignee_id, score, created_at) VALUES
  (1, 1, 1, 'good', '2026-10-02T09:00:00Z'), (2, 2, 2, 'bad', '2026-10-05T09:00:00Z'),
  (3, 3, 1, 'offered', '2026-10-06T09:00:00Z'), (4, 7, 2, 'good', '2026-10-03T09:00:00Z'),
  (5, 9, 1, 'good', '2026-10-10T09:00:00Z');
