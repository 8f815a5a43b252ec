#!/usr/bin/env python3
"""Convert a help-desk event log (one row per event: case, activity, resource, timestamp, ...)
into ReportBuilder's canonical SQLite schema (docs/metrics.md), one ticket per case.

Written for the public "Helpdesk" event log of an Italian software company (4TU.ResearchData,
columns: Case ID, Activity, Resource, Complete Timestamp, Variant, ..., seriousness_2, customer,
..., workgroup; every attribute value is anonymised as "Value N"):

    python3 examples/import/helpdesk_log_to_sqlite.py helpdesk_events.csv helpdesk.db

Each mapping choice, column by column:

- tickets.id: 1, 2, ... in case-number order ("Case 17" before "Case 100").
- tickets.created_at: the case's first event (events sorted by timestamp; ties keep file order).
  The first event is "Assign seriousness" for 96% of the cases, "Insert ticket" for 3%.
- Timestamps: the log has local office times (events cluster 07:00-17:00), so they are read as
  Europe/Rome wall-clock time (SOURCE_ZONE) and stored as UTC, as the schema requires; run
  reports with timezone: Europe/Rome (or another CET zone) to see the office hours again.
- tickets.first_reply_at: the first "Take in charge ticket" (the first time an agent acted on the
  ticket; the log has no messages). NULL when the case was never taken in charge (6% of cases):
  such tickets are left out of first_response_time and count as missed in first_response_sla.
- tickets.solved_at: the last "Resolve ticket"; when a case has a "Closed" event but no
  resolution (none in this log), the "Closed" event instead, so every closed ticket has a time.
- tickets.status: closed when a "Closed" event exists; else solved when it was resolved; else
  pending when its last event is "Wait"; else open. Note: "Closed" in this log follows the last
  resolution after a fixed delay (exactly 15 days for a third of the cases, about 30 days for
  most others), so it looks like an automatic closure, not a customer's confirmation.
- tickets.agent_id: the Resource of the first "Take in charge ticket" (NULL when never taken).
- agents.team: the workgroup on that event, for the first ticket the agent took.
- tickets.priority: seriousness_2 on the case's first event (it changes within 77 cases: the
  seriousness as first assigned). The values are anonymised, so the order is a guess by
  frequency: Value 1 (57% of events) normal, Value 2 (39%) high, Value 3 (0.2%) urgent,
  Value 4 (5%) low.
- tickets.replies: the number of "Take in charge ticket" events (each time an agent took the
  ticket up); tickets.reopens: the resolutions after the first (a resolved case taken up again).
- tickets.channel: web for all (the log has no channel).
- customers: one per customer value (the first event's value; it changes within 7 cases), tier
  standard, created_at its earliest ticket, never churned (the log says nothing about churn).
- ticket_tags: bug when the case has a "Create SW anomaly" event; upgrade when it has
  "Require upgrade". Other cases have no tag.
- messages, csat_responses, nps_responses, mrr_movements, qa_reviews: created empty (the log has
  none of these), so the metrics over them report no data.
- The canonical indexes are created too, as the demo data has them.
"""
import csv
import sqlite3
import sys
from collections import defaultdict
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

SOURCE_ZONE = ZoneInfo("Europe/Rome")

SCHEMA = """
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, tier TEXT NOT NULL, created_at TEXT NOT NULL, churned_at TEXT NULL);
CREATE TABLE agents (id INTEGER PRIMARY KEY, name TEXT NOT NULL, team TEXT NOT NULL);
CREATE TABLE tickets (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, agent_id INTEGER NULL, channel TEXT NOT NULL, priority TEXT NOT NULL, status TEXT NOT NULL, created_at TEXT NOT NULL, first_reply_at TEXT NULL, solved_at TEXT NULL, reopens INTEGER NOT NULL DEFAULT 0, replies INTEGER NOT NULL DEFAULT 0);
CREATE TABLE ticket_tags (ticket_id INTEGER NOT NULL, tag TEXT NOT NULL);
CREATE TABLE messages (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, author TEXT NOT NULL, agent_id INTEGER NULL, created_at TEXT NOT NULL);
CREATE TABLE csat_responses (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, agent_id INTEGER NULL, rating INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE nps_responses (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, score INTEGER NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE mrr_movements (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, month TEXT NOT NULL, kind TEXT NOT NULL, amount REAL NOT NULL);
CREATE TABLE qa_reviews (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, agent_id INTEGER NULL, score REAL NOT NULL, created_at TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX ix_tickets_created_at ON tickets(created_at);
CREATE INDEX ix_tickets_solved_at ON tickets(solved_at);
CREATE INDEX ix_ticket_tags_ticket ON ticket_tags(ticket_id);
CREATE INDEX ix_messages_ticket ON messages(ticket_id, created_at, id);
"""
PRIORITY = {"Value 1": "normal", "Value 2": "high", "Value 3": "urgent", "Value 4": "low"}
TAGS = {"Create SW anomaly": "bug", "Require upgrade": "upgrade"}


def stamp(text):
    """'2012/10/09 14:50:17.000' in SOURCE_ZONE -> '2012-10-09 12:50:17' UTC."""
    local = datetime.strptime(text[:19], "%Y/%m/%d %H:%M:%S").replace(tzinfo=SOURCE_ZONE)
    return local.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def main(source, target):
    cases = defaultdict(list)
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}  # "Variant" is there twice; we use unique names only
        for row in reader:
            cases[row[col["Case ID"]]].append(row)

    def at(event):
        return stamp(event[col["Complete Timestamp"]])

    tickets, tags = [], []
    agents, customers = {}, {}  # name -> (id, team) / name -> [id, earliest created_at]
    ordered = sorted(cases.items(), key=lambda c: int(c[0].split()[-1]))
    for ticket_id, (_, events) in enumerate(ordered, start=1):
        events.sort(key=lambda r: r[col["Complete Timestamp"]])
        activities = [e[col["Activity"]] for e in events]
        created = at(events[0])
        takes = [e for e in events if e[col["Activity"]] == "Take in charge ticket"]
        resolves = [e for e in events if e[col["Activity"]] == "Resolve ticket"]
        closes = [e for e in events if e[col["Activity"]] == "Closed"]

        customer = events[0][col["customer"]]
        entry = customers.setdefault(customer, [len(customers) + 1, created])
        entry[1] = min(entry[1], created)

        agent_id = None
        if takes:
            resource = takes[0][col["Resource"]]
            if resource not in agents:
                agents[resource] = (len(agents) + 1, takes[0][col["workgroup"]])
            agent_id = agents[resource][0]

        if closes:
            status = "closed"
        elif resolves:
            status = "solved"
        elif activities[-1] == "Wait":
            status = "pending"
        else:
            status = "open"
        solved = at(resolves[-1]) if resolves else at(closes[-1]) if closes else None

        tickets.append((ticket_id, entry[0], agent_id, "web", PRIORITY.get(events[0][col["seriousness_2"]], "normal"),
                        status, created, at(takes[0]) if takes else None, solved,
                        max(0, len(resolves) - 1), len(takes)))
        tags.extend((ticket_id, tag) for activity, tag in TAGS.items() if activity in activities)

    db = sqlite3.connect(target)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO customers VALUES (?, ?, 'standard', ?, NULL)",
                   [(cid, name, created) for name, (cid, created) in customers.items()])
    db.executemany("INSERT INTO agents VALUES (?, ?, ?)", [(aid, name, team) for name, (aid, team) in agents.items()])
    db.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", tickets)
    db.executemany("INSERT INTO ticket_tags VALUES (?, ?)", tags)
    db.executescript(INDEXES)
    db.commit()
    db.close()
    print(f"{len(tickets)} tickets, {len(customers)} customers, {len(agents)} agents, {len(tags)} tags -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: helpdesk_log_to_sqlite.py EVENTS.csv OUT.db")
    main(sys.argv[1], sys.argv[2])
