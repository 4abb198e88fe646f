#!/usr/bin/env python3
"""Markdown summary of one bench/run.sh run. Usage: python3 summarize.py RESULTS_DIR

Reads what run.sh wrote there (env.txt, forms.tsv, explain.tsv, scaling.tsv, recommend*.{json,txt}, and
peers/ when --peers was given) and prints the tables to stdout.
"""
import json
import os
import statistics
import sys

res = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")


def path(*parts):
    return os.path.join(res, *parts)


def n(x):
    return f"{round(x):,}"


def mib(kib):
    return f"{int(kib) / 1024:.1f} MiB"


def runs(tsv):
    """label -> list of runs {n, wall, cpu, rss, load_before, load_after}, in file order."""
    out = {}
    with open(path(tsv), encoding="utf-8") as f:
        for line in f:
            label, count, wall, user, sys_, rss, before, after = line.rstrip("\n").split("\t")
            out.setdefault((label, int(count)), []).append(
                {"wall": float(wall), "cpu": float(user) + float(sys_), "rss": int(rss), "before": before, "after": after})
    return out


def loads(rs):
    return f"{rs[0]['before'].split()[0]} … {rs[-1]['after'].split()[0]}"


out = ["## acct-advisor benchmark", ""]
with open(path("env.txt"), encoding="utf-8") as f:
    out += [f"- {line.rstrip()}" for line in f if line.strip()]
out.append("- load: the 1-minute `/proc/loadavg` before the first and after the last run of each row; the machine "
           "has 2 cores and is shared, so wall times are inflated by other work, CPU times much less")
out.append("")

# --- forms
forms = runs("forms.tsv")
plain_cpu = statistics.median(r["cpu"] for r in forms[next(k for k in forms if k[0] == "plain")])
what = {
    "plain": "JSONL in, JSONL out (the generator's records)",
    "csv-in": "CSV in, JSONL out",
    "csv-out": "JSONL in, CSV out (`--format csv`)",
    "csv-in-out": "CSV in, CSV out",
    "unknown": "every industry unknown or misspelt: all error records, with did-you-mean",
    "chinese": "industries by Chinese name (水果)",
    "string-ids": "ids as strings",
    "crlf": "CRLF line ends",
    "bom": "a UTF-8 BOM first",
}
out.append("### batch on every input form: the same profiles, one whole process per run, pinned to one core")
out.append("")
out.append("| form | profiles | **CPU s** (user + sys, median) | min .. max | **profiles per CPU-s** | × plain CPU | median wall s | peak RSS | load |")
out.append("|---|---:|---:|---|---:|---:|---:|---:|---|")
for (label, count), rs in forms.items():
    cpu = statistics.median(r["cpu"] for r in rs)
    out.append(f"| {label}: {what.get(label, '')} | {count:,} | **{cpu:.3f}** | {min(r['cpu'] for r in rs):.2f} .. "
               f"{max(r['cpu'] for r in rs):.2f} | **{n(count / cpu)}** | {cpu / plain_cpu:.2f} "
               f"| {statistics.median(r['wall'] for r in rs):.3f} | {mib(max(r['rss'] for r in rs))} | {loads(rs)} |")
worst = max(((statistics.median(r["cpu"] for r in rs) / plain_cpu, label) for (label, _), rs in forms.items()))
out.append("")
out.append(f"Slowest form: {worst[1]}, {worst[0]:.2f}× the CPU time of the plain one. "
           f"GNU time reports CPU in hundredths of a second, so each figure is ±0.01 s.")
example = path("unknown-example.txt")
if os.path.exists(example):
    out.append(f"An error record of the unknown form: `{open(example, encoding='utf-8').read().strip()}`")
out.append("")

# --- explain: the full recommendation and trace per record
if os.path.exists(path("explain.tsv")) and os.path.getsize(path("explain.tsv")):
    out.append("### batch --explain: the full recommendation and the trace of every rule, per record")
    out.append("")
    out.append("| command | profiles | **CPU s** (median) | min .. max | **profiles per CPU-s** | × plain CPU | median wall s | peak RSS | load |")
    out.append("|---|---:|---:|---|---:|---:|---:|---:|---|")
    for (label, count), rs in runs("explain.tsv").items():
        cpu = statistics.median(r["cpu"] for r in rs)
        out.append(f"| `acct-advisor batch --explain` (JSONL in and out, as plain) | {count:,} | **{cpu:.3f}** | "
                   f"{min(r['cpu'] for r in rs):.2f} .. {max(r['cpu'] for r in rs):.2f} | **{n(count / cpu)}** | "
                   f"{cpu / plain_cpu:.2f} | {statistics.median(r['wall'] for r in rs):.3f} | "
                   f"{mib(max(r['rss'] for r in rs))} | {loads(rs)} |")
    out.append("")

# --- scaling: flat memory, linear unclosed quote
scaling = runs("scaling.tsv")
out.append("### memory and size: the same process at two sizes")
out.append("")
out.append("| input | profiles (lines) | CPU s (median) | CPU µs per line | peak RSS |")
out.append("|---|---:|---:|---:|---:|")
for (label, count), rs in scaling.items():
    cpu = statistics.median(r["cpu"] for r in rs)
    name = "plain JSONL" if label == "plain" else "CSV whose 2nd line opens a quote never closed (one record to the end)"
    out.append(f"| {name} | {count:,} | {cpu:.3f} | {cpu / count * 1e6:.3f} | {mib(max(r['rss'] for r in rs))} |")
out.append("")
out.append("Flat memory means the same peak RSS at both sizes; linear means about the same CPU µs per line.")
out.append("")

# --- recommend
rec = json.load(open(path("recommend.json"), encoding="utf-8"))["results"]
with open(path("recommend-load.txt"), encoding="utf-8") as f:
    rec_before, rec_after = f.read().rstrip("\n").split("\t")
out.append("### single command from process start (hyperfine -N --warmup 3 --runs 30, unpinned)")
out.append("")
out.append("| command | **median ms** | min .. max ms | user + sys ms (mean) | load before → after |")
out.append("|---|---:|---|---:|---|")
labels = ["`acct-advisor recommend --users 30000 --industry fruit --adding active`", "`acct-advisor --version` (startup floor)"]
for label, r in zip(labels, rec):
    t = [x * 1000 for x in r["times"]]
    out.append(f"| {label} | **{statistics.median(t):.2f}** | {min(t):.2f} .. {max(t):.2f} "
               f"| {(r['user'] + r['system']) * 1000:.2f} | {rec_before} → {rec_after} |")
out.append("")

# --- peers
if os.path.isdir(path("peers")):
    reduced = open(path("peers", "reduced.txt"), encoding="utf-8").read().strip().splitlines()
    versions = open(path("peers", "versions.txt"), encoding="utf-8").read().strip().splitlines()
    verify = open(path("peers", "verify.txt"), encoding="utf-8").read().strip()
    pipe = runs(os.path.join("peers", "pipe.tsv"))
    (_, our_n), ours = next(((k, rs) for k, rs in pipe.items() if k[0] == "acct-advisor"))
    count = next(c for (label, c) in pipe if label != "acct-advisor")
    our_cpu = statistics.median(r["cpu"] for r in ours) / our_n  # per line
    our_wall = statistics.median(r["wall"] for r in ours) / our_n
    out.append(f"### beside the peers ({', '.join(versions)}), in this same run")
    out.append("")
    out.append("The peers (`../shared/peers`: json-rules-engine, zen-engine and a plain-JS function, each behind the same "
               "JS port of our record handling) are generated from our own `data/` by their `make-rules.js`. "
               "It does not know every fact our rules use, so both sides were measured on a reduced rule set:")
    out.append("")
    out += [f"- {line}" for line in reduced]
    out.append("- our `batch` ran with `--data` pointing at that same reduced copy, so the agreement below is checked "
               "against our batch on the same rules (the full rule set is what the forms table above measures)")
    out.append("")
    out.append(f"Agreement, every record of {count:,} generator profiles (`verify.js`: line, id, recommendation, both scores, margin):")
    out.append("")
    out.append("```")
    out.append(verify)
    out.append("```")
    out.append("")
    out.append(f"Whole processes on JSONL lines of the same generator, output to /dev/null, pinned to one core, "
               f"{len(ours)} run{'s' if len(ours) > 1 else ''} each, interleaved: the peers on the first {count:,} "
               f"lines, ours on all {our_n:,} (on {count:,} it takes less than GNU time's hundredth of a second). "
               "Ratios are per line: the peer's CPU (or wall) seconds per line over ours.")
    out.append("")
    out.append("| command | lines | CPU s (median) | lines per CPU-s | **× our CPU per line** | median wall s | **× our wall per line** | peak RSS | load |")
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    names = {"acct-advisor": "`acct-advisor batch --data REDUCED`", "baseline:sync": "`node pipe.js baseline sync` (plain JS)",
             "jre:seq": "`node pipe.js jre seq` (json-rules-engine)", "zen:seq": "`node pipe.js zen seq` (zen-engine, await each)",
             "zen:batch": "`node pipe.js zen batch` (zen-engine, Promise.all × 1000)"}
    for (label, c), rs in pipe.items():
        cpu = statistics.median(r["cpu"] for r in rs)
        wall = statistics.median(r["wall"] for r in rs)
        out.append(f"| {names.get(label, label)} | {c:,} | {cpu:.3f} | {n(c / cpu) if cpu else '–'} "
                   f"| **{cpu / c / our_cpu:,.0f}** | {wall:.3f} | **{wall / c / our_wall:,.0f}** "
                   f"| {mib(max(r['rss'] for r in rs))} | {loads(rs)} |")
    out.append("")

print("\n".join(out))
