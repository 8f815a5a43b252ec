#!/usr/bin/env python3
"""Convert a help-desk event log (one row per event: case, activity, resource, timestamp, ...)
into ReportBuilder's canonical SQLite schema, one ticket per case.

Written for the public "Helpdesk" event log of an Italian software company (4TU.ResearchData,
columns: Case ID, Activity, Resource, Complete Timestamp, ..., seriousness_2, customer, ...):

    python3 examples/import/helpdesk_log_to_sqlite.py helpdesk_events.csv helpdesk.db

Mapping: created_at = the case's first event; first_reply_at = its first "Take in charge ticket";
solved_at = its last "Resolve ticket"; status = closed when a "Closed" event exists, solved when
it was resolved, else open; agent = the resource that first took the ticket in charge;
replies = the number of "Take in charge ticket" events; reopens = resolutions after the first;
priority from seriousness_2; channel = web (the log has none). Timestamps are taken as UTC.
"""
import csv
import sqlite3
import sys
from collections import defaultdict
from datetime import datetime

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
PRIORITY = {"Value 1": "normal", "Value 2": "high", "Value 3": "urgent"}


def stamp(text):
    return datetime.strptime(text[:19], "%Y/%m/%d %H:%M:%S").strftime("%Y-%m-%d %H:%M:%S")


def main(source, target):
    cases = defaultdict(list)
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {name: i for i, name in enumerate(header)}  # later duplicates win; we use unique names only
        for row in reader:
            cases[row[col["Case ID"]]].append(row)

    agents, customers = {}, {}
    db = sqlite3.connect(target)
    db.executescript(SCHEMA)
    for ticket_id, (case, events) in enumerate(sorted(cases.items(), key=lambda c: int(c[0].split()[-1])), start=1):
        events.sort(key=lambda r: r[col["Complete Timestamp"]])
        created = stamp(events[0][col["Complete Timestamp"]])
        takes = [e for e in events if e[col["Activity"]] == "Take in charge ticket"]
        resolves = [e for e in events if e[col["Activity"]] == "Resolve ticket"]
        closed = any(e[col["Activity"]] == "Closed" for e in events)
        customer = events[0][col["customer"]]
        if customer not in customers:
            customers[customer] = len(customers) + 1
            db.execute("INSERT INTO customers VALUES (?, ?, 'standard', ?, NULL)", (customers[customer], customer, created))
        agent_id = None
        if takes:
            resource = takes[0][col["Resource"]]
            if resource not in agents:
                agents[resource] = len(agents) + 1
                db.execute("INSERT INTO agents VALUES (?, ?, ?)", (agents[resource], resource, events[0][col["workgroup"]]))
            agent_id = agents[resource]
        status = "closed" if closed and resolves else "solved" if resolves else "open"
        db.execute(
            "INSERT INTO tickets VALUES (?, ?, ?, 'web', ?, ?, ?, ?, ?, ?, ?)",
            (ticket_id, customers[customer], agent_id, PRIORITY.get(events[0][col["seriousness_2"]], "low"), status, created,
             stamp(takes[0][col["Complete Timestamp"]]) if takes else None,
             stamp(resolves[-1][col["Complete Timestamp"]]) if resolves else None,
             max(0, len(resolves) - 1), len(takes)))
    db.commit()
    print(f"{len(cases)} tickets, {len(customers)} customers, {len(agents)} agents -> {target}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: helpdesk_log_to_sqlite.py EVENTS.csv OUT.db")
    main(sys.argv[1], sys.argv[2])
