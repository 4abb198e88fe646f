#!/usr/bin/env python3
"""Random business profiles for the batch benchmark, as JSON Lines and/or CSV.

Usage:
  acct-advisor industries --format json > industries.json
  python3 gen_profiles.py N --industries industries.json [--seed S] [--jsonl F] [--csv F]

Deterministic for a given N, seed and industry list. Each profile:
  users     log-uniform over 1 .. 10,000,000 (so every scale rule gets hit), as a plain integer
  industry  ~80%: an id from the industry list, uniformly
  barrier   ~20%: "low" or "high" instead of an industry (the tool accepts either)
  adding    "active" or "passive", 50/50
  id        1..N (a JSON number; the CSV's first column)
The same profiles go to both files, so JSONL and CSV runs score identical work.
"""
import argparse
import json
import math
import random
import sys

MAX_USERS = 10_000_000
BARRIER_SHARE = 0.20
CHUNK = 50_000  # lines built per write: one big write beats a million small ones


def load_industries(path):
    with (sys.stdin if path == "-" else open(path, encoding="utf-8")) as f:
        doc = json.load(f)
    items = doc["industries"] if isinstance(doc, dict) else doc
    ids = [i["id"] if isinstance(i, dict) else str(i) for i in items]
    if not ids:
        sys.exit("gen_profiles.py: no industries in " + path)
    return ids


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of profiles")
    ap.add_argument("--industries", required=True, help="output of `acct-advisor industries --format json` (- for stdin)")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--jsonl", help="write JSON Lines here")
    ap.add_argument("--csv", help="write CSV (header id,users,industry,barrier,adding) here")
    a = ap.parse_args()
    if not a.jsonl and not a.csv:
        ap.error("give --jsonl and/or --csv")

    industries = load_industries(a.industries)
    rng = random.Random(a.seed)
    rand = rng.random
    log_max = math.log(MAX_USERS + 1)
    exp = math.exp
    n_ind = len(industries)

    jf = open(a.jsonl, "w", encoding="utf-8", newline="\n") if a.jsonl else None
    cf = open(a.csv, "w", encoding="utf-8", newline="\n") if a.csv else None
    if cf:
        cf.write("id,users,industry,barrier,adding\n")
    done = 0
    while done < a.n:
        count = min(CHUNK, a.n - done)
        jl, cl = [], []
        for i in range(done + 1, done + count + 1):
            users = int(exp(rand() * log_max))  # 1 .. MAX_USERS, uniform in log
            if users < 1:
                users = 1
            adding = "active" if rand() < 0.5 else "passive"
            if rand() < BARRIER_SHARE:
                barrier = "low" if rand() < 0.5 else "high"
                jl.append(f'{{"id":{i},"users":{users},"barrier":"{barrier}","adding":"{adding}"}}\n')
                cl.append(f"{i},{users},,{barrier},{adding}\n")
            else:
                industry = industries[int(rand() * n_ind)]
                jl.append(f'{{"id":{i},"users":{users},"industry":"{industry}","adding":"{adding}"}}\n')
                cl.append(f"{i},{users},{industry},,{adding}\n")
        if jf:
            jf.write("".join(jl))
        if cf:
            cf.write("".join(cl))
        done += count
    for f in (jf, cf):
        if f:
            f.close()


if __name__ == "__main__":
    main()
