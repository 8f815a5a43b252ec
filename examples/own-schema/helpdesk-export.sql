-- A small help-desk export in its own layout, not ReportBuilder's: one row per ticket, Unix-second
-- open times, ISO-8601 first responses, millisecond resolution times, its own status and channel
-- names, and a staff table. export-model.yaml maps it onto the canonical model.
-- Make the database:  python3 -c "import sqlite3,sys; sqlite3.connect('export.db').executescript(open('helpdesk-export.sql').read())"
CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, squad TEXT);
INSERT INTO staff VALUES (1, 'Ada Lovelace', 'Billing'), (2, 'Grace Hopper', 'Technical');

CREATE TABLE helpdesk_export (
  ticket_id INTEGER PRIMARY KEY,
  account_id INTEGER,
  assignee INTEGER,             -- staff_id
  source TEXT,                  -- Email, Chat, Phone, Twitter, Web form
  urgency TEXT,                 -- P1 (urgent) … P4 (low)
  state TEXT,                   -- New, Open, Waiting on customer, Resolved, Closed
  opened INTEGER,               -- Unix seconds, UTC
  first_response TEXT,          -- ISO-8601 with Z
  resolved INTEGER,             -- Unix milliseconds, UTC
  reopened_count INTEGER,
  public_replies INTEGER
);
INSERT INTO helpdesk_export VALUES
  -- September 2026
  (6, 10, 1, 'Chat',     'P3', 'Resolved', strftime('%s', '2026-09-28 08:00:00'), '2026-09-28T09:00:00Z', strftime('%s', '2026-09-28 10:00:00') * 1000, 0, 1),
  (7, 11, 2, 'Web form', 'P2', 'Closed',   strftime('%s', '2026-09-30 20:00:00'), '2026-09-30T21:00:00Z', strftime('%s', '2026-10-01 20:00:00') * 1000, 0, 4),
  -- October 2026
  (1, 10, 1, 'Email',    'P3', 'Resolved', strftime('%s', '2026-10-01 08:00:00'), '2026-10-01T08:30:00Z', strftime('%s', '2026-10-01 12:00:00') * 1000, 0, 1),
  (2, 12, 2, 'Chat',     'P1', 'Closed',   strftime('%s', '2026-10-02 09:00:00'), '2026-10-02T11:00:00Z', strftime('%s', '2026-10-03 09:00:00') * 1000, 1, 2),
  (3, 13, 1, 'Email',    'P4', 'Open',     strftime('%s', '2026-10-05 10:00:00'), '2026-10-05T10:15:00Z', NULL, 0, 1),
  (4, 14, NULL, 'Phone', 'P3', 'New',      strftime('%s', '2026-10-10 14:00:00'), NULL, NULL, 0, 0),
  (5, 10, 2, 'Email',    'P2', 'Resolved', strftime('%s', '2026-10-20 16:00:00'), '2026-10-20T17:00:00Z', strftime('%s', '2026-10-22 16:00:00') * 1000, 0, 3);
