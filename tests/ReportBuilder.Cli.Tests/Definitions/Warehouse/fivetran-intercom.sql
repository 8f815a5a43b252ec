-- Fivetran's Intercom tables with the connector's column names and types (fivetran/dbt_intercom_source,
-- macros/get_*_columns.sql), a subset of the columns, and a small data set whose numbers WarehouseModelTests computes by
-- hand. The *_history tables keep a row per version. {ts} is the timestamp type.
CREATE TABLE conversation_history (
  id bigint, updated_at {ts}, _fivetran_synced {ts}, _fivetran_active boolean, assignee_id bigint, assignee_type text,
  conversation_rating_remark bigint, conversation_rating_value bigint, created_at {ts}, first_contact_reply_created_at {ts},
  read boolean, source_author_id text, source_author_type text, source_body text, source_delivered_as text, source_subject text,
  source_type text, state text, waiting_since {ts});
CREATE TABLE conversation_part_history (
  id bigint, updated_at {ts}, _fivetran_synced {ts}, assigned_to_id bigint, assigned_to_type text, author_id text, body text,
  author_type text, conversation_id bigint, conversation_updated_at {ts}, created_at {ts}, part_type text);
CREATE TABLE admin (id text PRIMARY KEY, _fivetran_deleted boolean, _fivetran_synced {ts}, job_title text, name text);
CREATE TABLE team (id bigint PRIMARY KEY, _fivetran_deleted boolean, _fivetran_synced {ts}, name text);
CREATE TABLE team_admin (_fivetran_deleted boolean, _fivetran_synced {ts}, admin_id text, team_id bigint);
CREATE TABLE conversation_tag_history (conversation_id bigint, conversation_updated_at {ts}, tag_id bigint, _fivetran_synced {ts});
CREATE TABLE tag (id bigint PRIMARY KEY, _fivetran_deleted boolean, _fivetran_synced {ts}, name text);

INSERT INTO admin (id, name, _fivetran_deleted) VALUES ('1', 'Ada', FALSE), ('2', 'Grace', FALSE), ('3', 'Gone', TRUE);
INSERT INTO team (id, name, _fivetran_deleted) VALUES (10, 'Billing', FALSE), (11, 'Tech', FALSE);
INSERT INTO team_admin (admin_id, team_id, _fivetran_deleted) VALUES ('1', 10, FALSE), ('1', 11, FALSE), ('2', 11, FALSE);
INSERT INTO tag (id, name, _fivetran_deleted) VALUES (1, 'bug', FALSE), (2, 'billing', FALSE);

-- 1: email, closed after two replies and a note.   2: Messenger, a bot's answer first, closed, reopened, closed again.
-- 3: Messenger, snoozed (its reply has two versions).   4: email, open, no reply.   5: opened in September, closed in October.
INSERT INTO conversation_history (id, updated_at, created_at, source_type, source_author_type, state, assignee_id, assignee_type, conversation_rating_value) VALUES
  (1, '2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z', 'email', 'user', 'open', 1, 'admin', NULL),
  (1, '2026-10-01T12:00:00Z', '2026-10-01T09:00:00Z', 'email', 'user', 'closed', 1, 'admin', 5),
  (2, '2026-10-02T08:00:00Z', '2026-10-02T08:00:00Z', 'conversation', 'user', 'open', NULL, NULL, NULL),
  (2, '2026-10-04T08:00:00Z', '2026-10-02T08:00:00Z', 'conversation', 'user', 'closed', 2, 'admin', 2),
  (3, '2026-10-05T10:15:00Z', '2026-10-05T10:00:00Z', 'conversation', 'lead', 'snoozed', 1, 'admin', NULL),
  (4, '2026-10-06T10:00:00Z', '2026-10-06T10:00:00Z', 'email', 'user', 'open', NULL, NULL, NULL),
  (5, '2026-10-02T10:00:00Z', '2026-09-28T10:00:00Z', 'email', 'user', 'closed', 2, 'admin', 4);

INSERT INTO conversation_part_history (id, updated_at, conversation_id, part_type, author_type, author_id, created_at) VALUES
  (11, '2026-10-01T10:00:00Z', 1, 'comment', 'admin', '1', '2026-10-01T10:00:00Z'),
  (12, '2026-10-01T11:00:00Z', 1, 'comment', 'user', 'u1', '2026-10-01T11:00:00Z'),
  (13, '2026-10-01T12:00:00Z', 1, 'comment', 'admin', '1', '2026-10-01T12:00:00Z'),
  (14, '2026-10-01T12:00:00Z', 1, 'close', 'admin', '1', '2026-10-01T12:00:00Z'),
  (15, '2026-10-01T12:05:00Z', 1, 'note', 'admin', '1', '2026-10-01T12:05:00Z'),
  (21, '2026-10-02T08:05:00Z', 2, 'comment', 'bot', 'b1', '2026-10-02T08:05:00Z'),
  (22, '2026-10-02T08:30:00Z', 2, 'comment', 'admin', '2', '2026-10-02T08:30:00Z'),
  (23, '2026-10-02T09:00:00Z', 2, 'close', 'admin', '2', '2026-10-02T09:00:00Z'),
  (24, '2026-10-03T10:00:00Z', 2, 'open', 'user', 'u2', '2026-10-03T10:00:00Z'),
  (25, '2026-10-04T08:00:00Z', 2, 'close', 'admin', '2', '2026-10-04T08:00:00Z'),
  (31, '2026-10-05T10:15:00Z', 3, 'comment', 'admin', '1', '2026-10-05T10:15:00Z'),
  (31, '2026-10-05T10:20:00Z', 3, 'comment', 'admin', '1', '2026-10-05T10:15:00Z'),
  (51, '2026-09-28T14:00:00Z', 5, 'comment', 'admin', '2', '2026-09-28T14:00:00Z'),
  (52, '2026-10-02T10:00:00Z', 5, 'close', 'admin', '2', '2026-10-02T10:00:00Z');

-- Conversation 1 had bug and billing, then only bug; 3 has billing.
INSERT INTO conversation_tag_history (conversation_id, conversation_updated_at, tag_id) VALUES
  (1, '2026-10-01T09:00:00Z', 1), (1, '2026-10-01T09:00:00Z', 2), (1, '2026-10-01T12:00:00Z', 1), (3, '2026-10-05T10:15:00Z', 2);
