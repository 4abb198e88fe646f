#!/usr/bin/env python3
"""A copy of data/ without the scoring rules that use given facts, for peers that lack them.

Usage:
  python3 reduce_rules.py SRC_DATA DST_DATA [--generator make-rules.js] [--drop-facts f1,f2]
                          [--drop-examples id1,id2]

With --generator, the facts it knows are read from its NUMBER_FACTS, STRING_FACTS and
BOOL_FACTS sets, and every fact our rules use that is not among them is dropped too.

Copies SRC_DATA to DST_DATA. In DST_DATA/rules.json, removes every scoring rule whose condition
tests one of the facts, and the named examples (those whose expected answer rested on the
removed rules). Advice rules are left as they are: they do not score. Prints what it removed,
one line each, so the bench output says exactly which rule set both sides were measured on.
"""
import argparse
import json
import os
import re
import shutil


def facts_of(condition):
    for key in ("all", "any"):
        if key in condition:
            return set().union(*(facts_of(c) for c in condition[key])) if condition[key] else set()
    if "not" in condition:
        return facts_of(condition["not"])
    return {condition["fact"]}


def known_facts(generator):
    """The facts make-rules.js translates, from its `new Set([...])` lists; None if not found."""
    with open(generator, encoding="utf-8") as f:
        text = f.read()
    sets = re.findall(r"const (?:NUMBER|STRING|BOOL)_FACTS = new Set\(\[([^\]]*)\]\)", text)
    if len(sets) != 3:
        return None
    return {name for s in sets for name in re.findall(r"'([^']+)'", s)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--generator")
    ap.add_argument("--drop-facts", default="")
    ap.add_argument("--drop-examples", default="")
    a = ap.parse_args()
    facts = {f for f in a.drop_facts.split(",") if f}
    examples = {e for e in a.drop_examples.split(",") if e}
    if os.path.exists(a.dst):
        shutil.rmtree(a.dst)
    shutil.copytree(a.src, a.dst)
    path = os.path.join(a.dst, "rules.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    known = known_facts(a.generator) if a.generator else None
    if known is not None:
        facts |= set().union(*(facts_of(r["when"]) for r in doc["rules"])) - known
    kept, dropped = [], []
    for rule in doc["rules"]:
        used = facts_of(rule["when"])
        (dropped if used & facts else kept).append((rule, used))
    doc["rules"] = [r for r, _ in kept]
    gone = [e for e in doc.get("examples", []) if e["id"] in examples]
    if "examples" in doc:
        doc["examples"] = [e for e in doc["examples"] if e["id"] not in examples]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    how = "read from its fact lists" if known is not None else "as it named them"
    print(f"facts our rules use that the peers' generator lacks ({how}): {', '.join(sorted(facts)) or 'none'}")
    for rule, used in dropped:
        print(f"dropped rule {rule['id']} ({rule['vote']} +{rule['weight']}; uses {', '.join(sorted(used))})")
    for e in gone:
        print(f"dropped example {e['id']} (expected {e['expect']}; it rested on a dropped rule)")
    print(f"kept {len(kept)} of {len(kept) + len(dropped)} scoring rules")


if __name__ == "__main__":
    main()
