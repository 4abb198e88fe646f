#!/usr/bin/env python3
"""Validates JSON against the schemas in data/schema with python-jsonschema, as a consumer would.

Every schema in the directory is checked against its metaschema and registered under its $id
(which must be https://acct-advisor.example/schema/<file name>), so a $ref between schemas
resolves by $id, never by a file path or a download. Works with Debian 12's python3-jsonschema
(4.10, RefResolver) and with newer releases (4.18+, a `referencing` registry).

Usage:
  check_json_schema.py SCHEMA_DIR --schemas
      every schema has its $id and is a valid 2020-12 schema
  check_json_schema.py SCHEMA_DIR SCHEMA --file FILE...
      each FILE is one JSON document valid against SCHEMA (a file name in SCHEMA_DIR)
  check_json_schema.py SCHEMA_DIR SCHEMA [--lines] [--exit N] -- COMMAND...
      runs COMMAND; its stdout (each line, with --lines) validates against SCHEMA and it exits N
      (default 0)
Exit 0 when everything validates, 1 when something does not, 77 (skip) without jsonschema.
"""

import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("python3 jsonschema is not installed (Debian: python3-jsonschema): skipped")
    sys.exit(77)

ID_BASE = "https://acct-advisor.example/schema/"


def load_schemas(schema_dir):
    """{file name: schema}; fails when a schema lacks its $id or is not a valid schema."""
    schemas, problems = {}, []
    for name in sorted(os.listdir(schema_dir)):
        if not name.endswith(".schema.json"):
            continue
        with open(os.path.join(schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        if schema.get("$id") != ID_BASE + name:
            problems.append(f"{name}: $id is {schema.get('$id')!r}, want {ID_BASE + name!r}")
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as e:
            problems.append(f"{name}: not a valid 2020-12 schema: {e.message}")
        schemas[name] = schema
    return schemas, problems


def make_validator(schemas, name):
    schema = schemas[name]
    try:  # jsonschema 4.18+: a registry of every schema, keyed by $id
        from referencing import Registry, Resource

        registry = Registry().with_resources(
            (s["$id"], Resource.from_contents(s)) for s in schemas.values() if "$id" in s)
        return jsonschema.Draft202012Validator(schema, registry=registry)
    except ImportError:  # Debian 12's 4.10: a RefResolver whose store holds every schema by $id
        store = {s["$id"]: s for s in schemas.values() if "$id" in s}
        resolver = jsonschema.RefResolver.from_schema(schema, store=store)
        return jsonschema.Draft202012Validator(schema, resolver=resolver)


def check(validator, document, what):
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        pointer = "/" + "/".join(str(p) for p in e.absolute_path)
        print(f"{what}: {pointer}: {e.message[:300]}")
    return not errors


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    schema_dir = argv[0]
    schemas, problems = load_schemas(schema_dir)
    for p in problems:
        print(p)
    if argv[1] == "--schemas":
        print(f"{len(schemas)} schemas: " + ", ".join(schemas))
        return 1 if problems else 0
    name, rest = argv[1], argv[2:]
    if name not in schemas:
        print(f"no schema {name} in {schema_dir}")
        return 1
    validator = make_validator(schemas, name)
    ok = not problems
    if rest and rest[0] == "--file":
        for path in rest[1:]:
            with open(path, encoding="utf-8") as f:
                ok = check(validator, json.load(f), path) and ok
        return 0 if ok else 1

    lines, want_exit = False, 0
    while rest and rest[0] != "--":
        if rest[0] == "--lines":
            lines, rest = True, rest[1:]
        elif rest[0] == "--exit":
            want_exit, rest = int(rest[1]), rest[2:]
        else:
            print(f"unknown argument {rest[0]}")
            return 2
    command = rest[1:]
    run = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    what = " ".join(command[1:])
    if run.returncode != want_exit:
        print(f"{what}: exit {run.returncode}, want {want_exit}: {run.stderr.decode(errors='replace')}")
        ok = False
    out = run.stdout.decode("utf-8")
    documents = [line for line in out.split("\n") if line] if lines else [out]
    if not documents:
        print(f"{what}: no output")
        return 1
    for i, text in enumerate(documents, 1):
        label = f"{what} (line {i})" if lines else what
        try:
            document = json.loads(text)
        except json.JSONDecodeError as e:
            print(f"{label}: not JSON: {e}")
            ok = False
            continue
        ok = check(validator, document, label) and ok
    print(f"{what}: {len(documents)} document(s) against {name}: {'valid' if ok else 'INVALID'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
