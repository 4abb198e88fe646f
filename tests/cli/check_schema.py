#!/usr/bin/env python3
"""Validates `recommend --format json` and every `explain` of `batch --explain` against
data/schema/recommendation.schema.json (and the batch records against batch-record.schema.json).

Usage: check_schema.py BIN SCHEMA_DIR
Exits 77 (a skipped test) when the jsonschema module is not installed.
"""
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("python3 jsonschema not installed: schema check skipped")
    sys.exit(77)

PROFILES = [
    ["--users", "30000", "--industry", "fruit", "--adding", "active"],
    ["--users", "8000", "--industry", "law", "--adding", "active"],
    ["--users", "3万", "--industry", "保险", "--adding", "passive"],
    ["--users", "100000000", "--barrier", "high", "--adding", "passive"],
    ["--users", "20万", "--barrier", "high", "--regulated", "--adding", "passive", "--entities", "2"],
    ["--users", "1", "--barrier", "low", "--adding", "passive", "--within", "30"],
]


def main():
    binary, schema_dir = sys.argv[1], sys.argv[2]
    env = dict(os.environ, LC_ALL="C.UTF-8")
    with open(os.path.join(schema_dir, "recommendation.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    failures = 0

    def check(doc, what):
        nonlocal failures
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            print(f"{what}: {'/'.join(map(str, e.path))}: {e.message}")
        failures += len(errors)
        if "trace" not in doc:
            print(f"{what}: no trace")
            failures += 1

    lines = []
    for args in PROFILES:
        out = subprocess.run([binary, "recommend", *args, "--format", "json"], env=env, check=True,
                             capture_output=True).stdout
        check(json.loads(out), "recommend " + " ".join(args))
        record = {"users": args[1], "adding": args[args.index("--adding") + 1]}
        if "--industry" in args:
            record["industry"] = args[args.index("--industry") + 1]
        else:
            record["barrier"] = args[args.index("--barrier") + 1]
            record["regulated"] = "--regulated" in args
        if "--entities" in args:
            record["entities"] = args[args.index("--entities") + 1]
        if "--within" in args:
            record["within"] = args[args.index("--within") + 1]
        lines.append(json.dumps(record, ensure_ascii=False))
    batch = subprocess.run([binary, "batch", "--explain"], input="\n".join(lines).encode(), env=env,
                           check=True, capture_output=True).stdout.decode()
    for n, line in enumerate(batch.splitlines(), 1):
        check(json.loads(line)["explain"], f"batch --explain record {n}")
    if failures:
        print(f"{failures} schema error(s)")
        return 1
    print(f"{len(PROFILES)} recommend outputs and {len(lines)} batch explains match the schema")
    return 0


if __name__ == "__main__":
    sys.exit(main())
