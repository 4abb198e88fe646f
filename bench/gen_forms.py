#!/usr/bin/env python3
"""The bench's profiles in the other forms batch reads, for the per-form throughput figures.

Usage:
  python3 gen_forms.py PROFILES.jsonl --industries industries.json --out DIR

Reads the JSON Lines gen_profiles.py wrote and writes, into DIR, the same records as:
  unknown.jsonl   every record names an industry that is not in the catalog: about 90% a
                  misspelt id (one letter dropped, so "did you mean" has an answer) and 10% a
                  word close to none (so it has not); a bounded set of distinct values (a few
                  thousand at most), as a real file's typos are. Every record is an error record.
  chinese.jsonl   the industry by its Chinese name (水果 for fruit); barrier records as they were
  string-ids.jsonl  the id as a string ("c0000001") instead of a number
  crlf.jsonl      CRLF line ends
  bom.jsonl       a UTF-8 byte-order mark before the first record
Deterministic: the same input gives the same files.
"""
import argparse
import json
import os


def fold(name):
    return name.strip(" \t").lower().replace("-", "_").replace(" ", "_")


def load_names(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    every = {fold(n) for i in doc["industries"] for n in [i["id"], i["name"]["zh"], i["name"]["en"], *i.get("aliases", [])]}
    return {i["id"]: i["name"]["zh"] for i in doc["industries"]}, every


def misspelt(industry, i, names):
    # One letter dropped, at a position that varies with the record: up to len(id) distinct
    # misspellings of each industry. Never another name ("flowers" less its s is an alias).
    for k in range(len(industry)):
        at = (i + k) % len(industry)
        typo = industry[:at] + industry[at + 1:]
        if fold(typo) not in names:
            return typo
    return industry + "zz"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("profiles")
    ap.add_argument("--industries", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    zh, names = load_names(a.industries)
    ids = sorted(zh)
    os.makedirs(a.out, exist_ok=True)
    files = {name: open(os.path.join(a.out, name), "w", encoding="utf-8", newline="")
             for name in ["unknown.jsonl", "chinese.jsonl", "string-ids.jsonl", "crlf.jsonl", "bom.jsonl"]}
    files["bom.jsonl"].write("\ufeff")
    with open(a.profiles, encoding="utf-8") as f:
        for i, line in enumerate(f):
            line = line.rstrip("\n")
            r = json.loads(line)
            files["crlf.jsonl"].write(line + "\r\n")
            files["bom.jsonl"].write(line + "\n")
            s = dict(r, id=f"c{r['id']:07d}")
            files["string-ids.jsonl"].write(json.dumps(s, ensure_ascii=False, separators=(",", ":")) + "\n")
            c = dict(r)
            if "industry" in c:
                c["industry"] = zh[c["industry"]]
            files["chinese.jsonl"].write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
            u = {k: v for k, v in r.items() if k != "barrier"}
            base = r.get("industry") or ids[i % len(ids)]
            u["industry"] = f"qxz{i % 400}" if i % 10 == 9 else misspelt(base, i, names)
            files["unknown.jsonl"].write(json.dumps(u, ensure_ascii=False, separators=(",", ":")) + "\n")
    for f in files.values():
        f.close()


if __name__ == "__main__":
    main()
