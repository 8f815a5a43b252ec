#!/usr/bin/env python3
"""A report against its hand floor, as whole processes: `reportbuilder run REPORT --format json` beside
`sqlite3 -readonly DB < FLOOR.sql` (the SQL a person writes for the same values, run by the plain shell).

    python3 scripts/hand-floor.py --rb PATH/TO/reportbuilder --db demo-1m.db all-metrics [--rounds 3] [--warmup 1]
    python3 scripts/hand-floor.py --rb PATH/TO/reportbuilder --db demo-1m.db core --check
    python3 scripts/hand-floor.py --rb PATH/TO/reportbuilder --pg "postgres://postgres@127.0.0.1:5432/rb?schema=demo" core

NAME is `core` (tests/ReportBuilder.Benchmarks/reports/core.yaml beside reports/core.sql) or `all-metrics`
(examples/all-metrics.yaml beside reports/all-metrics.sql); the database is the demo data
(`demo-data --months 14 --end 2026-11-01`), the report run as of 2026-11-05 (October 2026).

First the values: the report's JSON (every trend value, the report period's breakdown rows, and the comparison
period's rows its drivers carry) must equal the floor's (`sqlite3 -json`), to the engine's 12 significant digits;
a difference stops the script (exit 1). Then the timing: a warm-up of each, then rounds of the two in turn (floor,
report), each a whole process whose CPU (user + sys, from the kernel's accounting of the finished child) and wall
time are taken; it prints each round, the medians, the ratio report / floor pair by pair, and the load average.

With --pg URL the same report runs against the same rows copied to a PostgreSQL server on this machine
(`reportbuilder copy --from demo-1m.db --to URL`), beside its PostgreSQL floor (reports/NAME.pg.sql, run by `psql`).
There the work is the server's: each side's CPU is its client process's plus the server's, that is the CPU of the
backends and parallel workers the server's postmaster collected from the children it reaped during the run (read from
/proc/PID/stat, cutime + cstime, before and after), so the server must run on this machine.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import datetime
from math import floor, log10

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPORTS = os.path.join(ROOT, "tests", "ReportBuilder.Benchmarks", "reports")
CASES = {
    "core": (os.path.join(REPORTS, "core.yaml"), os.path.join(REPORTS, "core.sql")),
    "all-metrics": (os.path.join(ROOT, "examples", "all-metrics.yaml"), os.path.join(REPORTS, "all-metrics.sql")),
}
PG_FLOORS = {"core": os.path.join(REPORTS, "core.pg.sql"), "all-metrics": os.path.join(REPORTS, "all-metrics.pg.sql")}
AS_OF = "2026-11-05"


def significant(value):
    """The engine keeps twelve significant digits (MetricEngine.Significant)."""
    if value == 0:
        return 0.0
    return round(value, 11 - floor(log10(abs(value))))


def equal(report, hand):
    """Equal to the report's 12 significant digits; a sum added in another order may round the 12th digit the other
    way (45.02752933985 kept as ...399, the floor's ...33984997), so one unit of the 12th digit is allowed."""
    a, b = significant(report), significant(hand)
    return a == b or abs(a - b) <= 1.01 * 10 ** (floor_exponent(a) - 11)


def floor_exponent(value):
    return floor(log10(abs(value))) if value else 0


def month(label):
    return datetime.strptime(label, "%B %Y").strftime("%Y-%m")


def report_values(path):
    """{key: value} from the report's JSON: 'metric month' and 'metric month dimension=key'."""
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    current = month(report["period"]["label"])
    previous = month(report["comparison"]["label"]) if report.get("comparison") else None
    values = {}
    for metric in report["metrics"]:
        name = metric["name"]
        for point in metric.get("trend") or []:
            if point["value"] is not None:
                values[f"{name} {month(point['label'])}"] = point["value"]
        for dimension, rows in (metric.get("breakdowns") or {}).items():
            for row in rows:
                if row["value"] is not None:
                    values[f"{name} {current} {dimension}={row['key']}"] = row["value"]
        for dimension, driver in ((metric.get("insights") or {}).get("drivers") or {}).items():
            parts = (driver or {}).get("parts") or []
            shown = {row["key"]: row["value"] for row in (metric.get("breakdowns") or {}).get(dimension, [])}
            if any(part["key"] in shown and part.get("value") != shown[part["key"]] for part in parts):
                continue  # the driver splits another figure than the breakdown shows (a share's counts)
            for part in parts:
                if part.get("previous_value") is not None:
                    values[f"{name} {previous} {dimension}={part['key']}"] = part["previous_value"]
    return values, {m["name"] for m in report["metrics"]}


class Source:
    """Where the report and its floor read: a SQLite file (the floor through the sqlite3 shell) or a PostgreSQL server's
    schema (the floor through psql, the server's CPU counted from its postmaster)."""

    def __init__(self, db, pg, name):
        self.db, self.pg = db, pg
        if pg is None:
            self.sql = CASES[name][1]
            self.floor_argv, self.env = ["sqlite3", "-readonly", db], None
            return
        if name not in PG_FLOORS:
            sys.exit(f"{name} has no PostgreSQL floor (reports/{name}.pg.sql)")
        self.sql, self.db = PG_FLOORS[name], pg
        url = urllib.parse.urlsplit(pg)
        schema = urllib.parse.parse_qs(url.query).get("schema", ["public"])[0]
        self.floor_argv = ["psql", "-X", "-At", "-q", "-v", "ON_ERROR_STOP=1", urllib.parse.urlunsplit(url._replace(query=""))]
        self.env = dict(os.environ, PGOPTIONS=f"-c search_path={schema}")
        data = subprocess.run(self.floor_argv + ["-c", "SHOW data_directory"], env=self.env, capture_output=True, text=True,
                              check=True).stdout.strip()
        with open(os.path.join(data, "postmaster.pid"), encoding="utf-8") as f:
            self.postmaster = int(f.readline())

    def floor_output(self):
        with open(self.sql, encoding="utf-8") as f:
            argv = ["sqlite3", "-readonly", "-json", self.db] if self.pg is None else self.floor_argv
            return subprocess.run(argv, stdin=f, env=self.env, capture_output=True, text=True, check=True).stdout

    def server_cpu(self):
        """The CPU seconds of the server's reaped children so far (0 for SQLite: no server)."""
        if self.pg is None:
            return 0.0
        with open(f"/proc/{self.postmaster}/stat", encoding="utf-8") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")

    def settled_cpu(self):
        """The server's CPU once it has reaped every finished client's backend (a backend ends as its client disconnects,
        a moment later: wait until the count holds)."""
        if self.pg is None:
            return 0.0
        settled = None
        while settled != self.server_cpu():
            settled = self.server_cpu()
            time.sleep(0.3)
        return settled

    def server_cpu_since(self, before):
        """The server's CPU since `before`, once it has reaped the finished client's backend."""
        return self.settled_cpu() - before


def floor_values(source, metrics):
    """The floor's values, keyed alike: each statement's rows are month, an optional dimension, then metrics."""
    out = source.floor_output()
    decoder, at, values = json.JSONDecoder(), 0, {}
    while True:
        while at < len(out) and out[at].isspace():
            at += 1
        if at >= len(out):
            return values
        rows, at = decoder.raw_decode(out, at)
        for row in rows or []:
            columns = list(row)
            dimension = next((c for c in columns[1:] if c not in metrics), None)
            for column in columns[1:]:
                if column in metrics and row[column] is not None:
                    key = f"{column} {row['month']}"
                    if dimension is not None:
                        value = row[dimension]
                        key += f" {dimension}={'(none)' if value is None else value}"
                    values[key] = row[column]


def check(rb, source, name):
    report = CASES[name][0]
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([rb, "run", report, "--db", source.db, "--as-of", AS_OF, "--format", "json", "--out", out, "-q"], check=True,
                       stdout=subprocess.DEVNULL)
        json_path = next(os.path.join(out, f) for f in os.listdir(out) if f.endswith(".json"))
        expected, metrics = report_values(json_path)
    actual = floor_values(source, metrics)
    missing = sorted(set(expected) - set(actual))
    wrong = [k for k in expected if k in actual and not equal(float(expected[k]), float(actual[k]))]
    for key in missing[:10]:
        print(f"  only in the report: {key} = {expected[key]}")
    for key in wrong[:10]:
        print(f"  {key}: report {expected[key]!r}, floor {actual[key]!r}")
    if missing or wrong:
        print(f"{name}: {len(missing)} values missing from the floor, {len(wrong)} differ (of {len(expected)})")
        sys.exit(1)
    print(f"{name}: {len(expected)} values of the report's JSON equal in the floor ({len(actual)} floor values)")


def timed(source, argv, stdin_path=None, env=None):
    """Runs one whole process; returns (cpu seconds, wall seconds, peak RSS MB) from wait4's accounting, the CPU with the
    server's for the backends it reaped meanwhile."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    # Settled first: the backend of the process before (the value check's psql, the last round's report) may not be
    # reaped yet, and its CPU would be counted to this one.
    server = source.settled_cpu()
    try:
        start = time.monotonic()
        process = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
    finally:
        if stdin_path:
            stdin.close()
    if process.returncode != 0:
        sys.exit(f"{argv[0]} exited {process.returncode}")
    return usage.ru_utime + usage.ru_stime + source.server_cpu_since(server), wall, usage.ru_maxrss / 1024


def bench(rb, source, name, rounds, warmup):
    report = CASES[name][0]
    with tempfile.TemporaryDirectory() as out:
        floor_cmd = (source, source.floor_argv, source.sql, source.env)
        report_cmd = (source, [rb, "run", report, "--db", source.db, "--as-of", AS_OF, "--format", "json", "--out", out, "-q"])
        load = os.getloadavg()
        print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        for _ in range(warmup):
            timed(*floor_cmd)
            timed(*report_cmd)
        pairs = []
        for i in range(rounds):
            f = timed(*floor_cmd)
            r = timed(*report_cmd)
            pairs.append((f, r))
            print(f"round {i + 1}: floor {f[0]:.2f} s CPU {f[1]:.2f} s wall {f[2]:.0f} MB | report {r[0]:.2f} s CPU "
                  f"{r[1]:.2f} s wall {r[2]:.0f} MB | ratio CPU {r[0] / f[0]:.2f} wall {r[1] / f[1]:.2f}", flush=True)
        load = os.getloadavg()
        print(f"load average after: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    med = statistics.median
    print(f"{name}, {rounds} interleaved pairs, medians: floor {med(p[0][0] for p in pairs):.2f} s CPU "
          f"{med(p[0][1] for p in pairs):.2f} s wall; report {med(p[1][0] for p in pairs):.2f} s CPU "
          f"{med(p[1][1] for p in pairs):.2f} s wall; report / floor CPU {med(p[1][0] / p[0][0] for p in pairs):.2f} "
          f"wall {med(p[1][1] / p[0][1] for p in pairs):.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", choices=sorted(CASES))
    parser.add_argument("--rb", required=True, help="the reportbuilder executable (a Release build or the published tool)")
    parser.add_argument("--db", help="a demo database (demo-data --months 14 --end 2026-11-01)")
    parser.add_argument("--pg", help="instead: the same rows on a PostgreSQL server of this machine, "
                                     "postgres://user@host:port/database?schema=NAME (reportbuilder copy --to URL)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="check the values only, time nothing")
    args = parser.parse_args()
    if (args.db is None) == (args.pg is None):
        parser.error("give --db FILE or --pg URL")
    source = Source(args.db, args.pg, args.name)
    check(args.rb, source, args.name)
    if not args.check:
        bench(args.rb, source, args.name, args.rounds, args.warmup)


if __name__ == "__main__":
    main()
