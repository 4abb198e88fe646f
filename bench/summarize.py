#!/usr/bin/env python3
"""Markdown summary of one bench/run.sh run. Usage: python3 summarize.py RESULTS_DIR

Reads what run.sh wrote there (env.txt, batch-*.json, batch.tsv, recommend*.{json,txt}, and
peers/ when --peers was given) and prints the tables to stdout.
"""
import json
import os
import statistics
import sys

res = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")


def path(*parts):
    return os.path.join(res, *parts)


def load_json(*parts):
    with open(path(*parts), encoding="utf-8") as f:
        return json.load(f)


def n(x):
    return f"{round(x):,}"


def mib(kib):
    return f"{int(kib) / 1024:.1f} MiB"


out = ["## acct-advisor benchmark", ""]
with open(path("env.txt"), encoding="utf-8") as f:
    out += [f"- {line.rstrip()}" for line in f if line.strip()]
out.append("- load: `/proc/loadavg` (1, 5, 15 min) just before → just after each figure; the machine is shared, so expect noise")
out.append("")

# --- batch
out.append("### batch (one process per run: start, load data, read, score, write to /dev/null), pinned to 1 core")
out.append("")
out.append("| input | profiles | median wall s | min .. max s | **profiles/s** (median) | user + sys s (mean) | profiles per CPU-s | peak RSS | peak RSS at smaller N | load before → after |")
out.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---|")
ours = {}
with open(path("batch.tsv"), encoding="utf-8") as f:
    for line in f:
        fmt, big, rss_big, small, rss_small, before, after = line.rstrip("\n").split("\t")
        r = load_json(f"batch-{fmt}.json")["results"][0]
        med = statistics.median(r["times"])
        per_s = int(big) / med
        ours[fmt] = per_s
        out.append(
            f"| {fmt.upper()} | {int(big):,} | {med:.3f} | {min(r['times']):.3f} .. {max(r['times']):.3f} "
            f"| **{n(per_s)}** | {r['user'] + r['system']:.3f} | {n(int(big) / (r['user'] + r['system']))} | {mib(rss_big)} | {mib(rss_small)} at {int(small):,} "
            f"| {before} → {after} |")
out.append("")

# --- recommend
rec = load_json("recommend.json")["results"]
with open(path("recommend-load.txt"), encoding="utf-8") as f:
    rec_before, rec_after = f.read().rstrip("\n").split("\t")
out.append("### single command from process start (hyperfine -N --warmup 3 --runs 30, unpinned)")
out.append("")
out.append("| command | **median ms** | min .. max ms | mean ± σ ms | user + sys ms (mean) | load before → after |")
out.append("|---|---:|---|---|---:|---|")
labels = ["`acct-advisor recommend --users 30000 --industry fruit --adding active`", "`acct-advisor --version` (startup floor)"]
for label, r in zip(labels, rec):
    t = [x * 1000 for x in r["times"]]
    out.append(f"| {label} | **{statistics.median(t):.2f}** | {min(t):.2f} .. {max(t):.2f} "
               f"| {r['mean'] * 1000:.2f} ± {r['stddev'] * 1000:.2f} | {(r['user'] + r['system']) * 1000:.2f} | {rec_before} → {rec_after} |")
rec_ms = statistics.median(rec[0]["times"]) * 1000
out.append("")

# --- peers
if os.path.isdir(path("peers")):
    with open(path("peers", "params.txt"), encoding="utf-8") as f:
        params = f.read().strip()
    with open(path("peers-load.txt"), encoding="utf-8") as f:
        p_before, p_after = [l.strip() for l in f.read().splitlines()[:2]]
    rows = [json.loads(l) for l in open(path("peers", "throughput.jsonl"), encoding="utf-8") if l.strip()]
    pinned = [r for r in rows if r["cpuset"].startswith("1")]

    def peer(engine, mode):
        xs = [r["per_s"] for r in pinned if r["engine"] == engine and r["mode"] == mode]
        return (statistics.median(xs), len(xs), pinned[[r["engine"] for r in pinned].index(engine)]["version"]) if xs else None

    cold = {}
    cs_file = path("peers", "coldstart.json")
    if os.path.exists(cs_file):
        for r in load_json("peers", "coldstart.json")["results"]:
            cold[r["command"]] = statistics.median(r["times"]) * 1000
    cold_of = {"baseline": "node oneshot.js baseline 12000 fruit active", "jre": "node oneshot.js jre 12000 fruit active",
               "zen": "node oneshot.js zen 12000 fruit active"}
    out.append(f"### beside the peers (../shared/peers, run in this same run with {params}; load {p_before} → {p_after})")
    out.append("")
    out.append("Caution: the peers' profiles/s time an in-memory loop over profiles parsed beforehand, with no output; "
               "ours is the whole process, parsing the input and writing a result per profile. "
               "Cold start: one process that scores one profile and prints it (ours: `recommend`, theirs: `node oneshot.js`).")
    out.append("")
    out.append("| engine | call | profiles/s, 1 core (median) | µs/profile | cold start, median ms |")
    out.append("|---|---|---:|---:|---:|")
    out.append(f"| **acct-advisor** batch, JSONL in/out | whole process | **{n(ours['jsonl'])}** | {1e6 / ours['jsonl']:.3f} | **{rec_ms:.2f}** |")
    out.append(f"| **acct-advisor** batch, CSV in, JSONL out | whole process | **{n(ours['csv'])}** | {1e6 / ours['csv']:.3f} | |")
    for engine, mode, name, call in [("jre", "seq", "json-rules-engine", "`await engine.run` sequential"),
                                     ("zen", "seq", "@gorules/zen-engine", "`await evaluate` sequential"),
                                     ("zen", "batch", "@gorules/zen-engine", "Promise.all x1000"),
                                     ("baseline", "sync", "plain JS function (floor)", "sync loop")]:
        p = peer(engine, mode)
        if not p:
            continue
        c = cold.get(cold_of[engine])
        first = (engine, mode) in {("jre", "seq"), ("zen", "seq"), ("baseline", "sync")}
        out.append(f"| {name} {p[2]} | {call}, in memory | {n(p[0])} ({p[1]} run{'s' if p[1] > 1 else ''}) "
                   f"| {1e6 / p[0]:.2f} | {f'{c:.1f}' if c and first else ''} |")
    if "node -e 0" in cold:
        out.append(f"| `node -e 0` | bare node startup | | | {cold['node -e 0']:.1f} |")
    out.append("")
    summary = path("peers", "summary.md")
    if os.path.exists(summary):
        out.append("<details><summary>The peers' own summary from this run</summary>")
        out.append("")
        out.append(open(summary, encoding="utf-8").read().strip())
        out.append("")
        out.append("</details>")
        out.append("")

print("\n".join(out))
