#!/usr/bin/env python3
"""Time each SQL statement that `reportbuilder explain` prints, or show SQLite's plan for it.

    reportbuilder explain examples/all-metrics.yaml --db support.db > /tmp/explain.sql
    python3 scripts/time-statements.py support.db /tmp/explain.sql time    # seconds per statement
    python3 scripts/time-statements.py support.db /tmp/explain.sql plan    # EXPLAIN QUERY PLAN

Python's sqlite3 stands in for the engine: rb_percentile, rb_local_hour and rb_local_weekday are
registered here in Python (slower than the engine's own), so the figures show which statement
dominates, not the engine's absolute time. The database is opened read-only.
"""
import re
import sqlite3
import sys
import time
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

# A title: the table, " by DIMENSION" for a breakdown, " (…)" for the form a run may take instead (full scan, table order).
BLOCK = re.compile(r"^-- (\w+(?: by \w+)?(?: \([^)\n]*\))?): (.*?)\n(.*?);\n-- parameters: (.*?)$", re.S | re.M)
PARAM = re.compile(r"@(p\d+)=('(?:[^']*)'|[^,]+)")


class Percentile:
    def __init__(self):
        self.values, self.p = [], 0.5

    def step(self, value, p):
        self.p = p
        if value is not None:
            self.values.append(value)

    def finalize(self):
        if not self.values:
            return None
        values = sorted(self.values)
        rank = self.p * (len(values) - 1)
        lower = int(rank)
        upper = min(lower + 1, len(values) - 1)
        return values[lower] + (rank - lower) * (values[upper] - values[lower])


def local(timestamp, zone):
    if timestamp is None:
        return None
    utc = datetime.strptime(timestamp[:19].replace("T", " "), "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
    return utc.astimezone(ZoneInfo(zone))


def parameters(text):
    values = {}
    for match in PARAM.finditer(text):
        name, value = match.group(1), match.group(2).strip()
        if value.startswith("'"):
            values[name] = value[1:-1]
        elif value == "NULL":
            values[name] = None
        else:
            values[name] = float(value) if "." in value or "e" in value.lower() else int(value)
    return values


def main(database, explained, mode):
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    connection.create_aggregate("rb_percentile", 2, Percentile)
    connection.create_function("rb_local_hour", 2, lambda t, z: None if t is None else local(t, z).hour, deterministic=True)
    connection.create_function("rb_local_weekday", 2, lambda t, z: None if t is None else local(t, z).isoweekday(), deterministic=True)
    total = 0.0
    for name, columns, sql, params in BLOCK.findall(open(explained, encoding="utf-8").read()):
        if mode == "plan":
            print(f"== {name}: {columns}")
            for row in connection.execute("EXPLAIN QUERY PLAN " + sql.split(";\n")[-1], parameters(params)):
                print("   ", row[3])
        else:
            start = time.perf_counter()
            # A stored table is several statements (drop, create, index): each runs with the block's parameters.
            for statement in sql.split(";\n"):
                rows = connection.execute(statement, parameters(params)).fetchall()
            elapsed = time.perf_counter() - start
            total += elapsed
            print(f"{elapsed:8.2f} s {len(rows):6d} rows  {name}: {columns}", flush=True)
    if mode != "plan":
        print(f"{total:8.2f} s in all")


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[3] not in ("time", "plan"):
        sys.exit("usage: time-statements.py DATABASE EXPLAIN_OUTPUT time|plan")
    main(*sys.argv[1:])
