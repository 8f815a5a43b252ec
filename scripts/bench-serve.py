#!/usr/bin/env python3
"""Times `reportbuilder serve` as an analyst meets it: from saving a file to the new report being served.

    python3 scripts/bench-serve.py --rb PATH/TO/reportbuilder --report examples/monthly-support.yaml --db support.db [--rounds 5]

The report and the database are copied into a temporary folder. Each round, interleaved:
  - template: the report's own template is rewritten; time until the page's event arrives and /view/report returns the new text;
  - definition: `trend:` is changed to a value not used before (new periods, so every statement runs again: no kept
    result fits); time until /view/report has the new report;
  - run: `reportbuilder run --format html` on the same definition and data, as a whole process.
Prints the median and range of each, and the ratios to run (median to median).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time, urllib.request, http.client, re

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rb", required=True)
    ap.add_argument("--report", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--as-of", default="2026-11-05")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="rb-bench-serve-")
    report = os.path.join(work, "report.yaml")
    template = os.path.join(work, "page.html.sbn")
    shutil.copy(a.db, os.path.join(work, "support.db"))
    text = open(a.report).read()
    text = re.sub(r"source:.*", "source: { sqlite: support.db }", text)
    text = re.sub(r"(?m)^template:.*\n", "", text) + "\ntemplate: page.html.sbn\n"
    open(report, "w").write(text)
    builtin = os.path.join(os.path.dirname(os.path.realpath(a.rb)), "templates", "report.html.sbn")
    page = open(builtin).read()
    open(template, "w").write(page)
    serve = subprocess.Popen([a.rb, "serve", report, "--as-of", a.as_of], stdout=subprocess.PIPE, text=True)
    try:
        line = serve.stdout.readline()
        address = re.search(r"http://[0-9.:]+/", line).group(0)
        host, port = re.match(r"http://([0-9.]+):(\d+)/", address).groups()
        events = http.client.HTTPConnection(host, int(port), timeout=600)
        events.request("GET", "/events")
        stream = events.getresponse()
        def next_event():
            while True:
                l = stream.readline().decode()
                if l.startswith("data:"):
                    return int(l[5:])
        next_event()
        get = lambda path: urllib.request.urlopen(address.rstrip("/") + path, timeout=600).read().decode()
        get("/view/report")
        times = {"template": [], "definition": [], "run": []}
        for i in range(a.rounds):
            marker = f"bench-{i}"
            t0 = time.perf_counter()
            open(template, "w").write(page.replace("<main", f"<!-- {marker} --><main", 1))
            next_event()
            body = get("/view/report")
            times["template"].append(time.perf_counter() - t0)
            assert marker in body, "the template change is not in the page"

            t0 = time.perf_counter()
            text = re.sub(r"(?m)^trend: \d+", f"trend: {7 + i}", open(report).read())
            open(report, "w").write(text)
            next_event()
            get("/view/report")
            times["definition"].append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            subprocess.run([a.rb, "run", report, "--as-of", a.as_of, "--format", "html", "--out", os.path.join(work, "out"), "--quiet"],
                           check=True, stdout=subprocess.DEVNULL)
            times["run"].append(time.perf_counter() - t0)
        state = get("/state")
        assert f'"statementsRun":' in state
        for kind, values in times.items():
            print(f"{kind:10s} median {statistics.median(values):.3f} s  (min {min(values):.3f}, max {max(values):.3f}, n={len(values)})")
        run = statistics.median(times["run"])
        print(f"template / run   {statistics.median(times['template']) / run:.2f}x")
        print(f"definition / run {statistics.median(times['definition']) / run:.2f}x")
        print("state:", state)
    finally:
        serve.terminate()
        serve.wait(30)
        shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    sys.exit(main())
