#!/usr/bin/env python3
"""batch, check and plan over bad input in Chinese: every message carries no English word.

What a message may hold besides Chinese, as help_language_test.py allows it: flag names, field
names and values (users, expect, wecom), file names, JSON/CSV/UTF-8, the program's name; plus the
user's own text, which is quoted in 「」. Every stderr line starts with the program's name and,
in Chinese, the marker in Chinese ("acct-advisor：错误：", "acct-advisor：警告：") or none (a
note). The same runs in English end the same way.
Usage: record_messages_zh_test.py ACCT_ADVISOR_BINARY
"""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from help_language_test import english_words  # noqa: E402

PREFIX = re.compile(r"^acct-advisor：((错误|警告)：)?")


def english_in(message):
    body = PREFIX.sub("", message)
    body = re.sub(r"「[^」]*」", " ", body)  # the user's own text
    return english_words(body)


def run(binary, args, stdin=b"", cwd=None):
    env = dict(os.environ, LC_ALL="", LC_MESSAGES="", LANG="C.UTF-8")
    return subprocess.run([binary, *args], input=stdin, capture_output=True, env=env, cwd=cwd)


def messages(proc):
    """The messages a run printed: stderr's lines, the error of each JSON Lines or CSV record, and
    every line of a report (check's)."""
    out = [line for line in proc.stderr.decode("utf-8", "replace").splitlines() if line]
    stdout = proc.stdout.decode("utf-8", "replace")
    if stdout.startswith("line,id,"):  # batch --format csv: the error is the last column
        out += [row[-1] for row in list(csv.reader(io.StringIO(stdout)))[1:] if row and row[-1]]
        return out
    for line in stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            if "error" in record:
                out.append(record["error"])
        elif line.strip():
            out.append(line)
    return out


JSONL = b"\n".join([
    b'{"users":30000,"industry":"fruit","adding":"active","indstry":"x","notes":1}',
    b'[1]',
    b'{"users": 3, "industry": "fruit" "adding": "active"}',
    b'{"users":"3","industry":{"a":1}}',
    b'{"users":"\xff","industry":"fruit","adding":"active"}',
    b'{"users":"x\\q"}',
    b'{"users":30000,"users":1,"industry":"fruit","adding":"active"}',
    b'{"users":1.5,"industry":"fruit","adding":"active"}',
    b'{"users":30000,"industry":"fruut","adding":"active"}',
    b'{"users":"30000","industry":"fruit","adding":"active",',
]) + b"\n"
CSV = (b"id,users,industry,adding,notes,Expect,indstry\n"
       b"1,30000,fruit,active,x,wecom,y\n"
       b"2,30000,fruit,\"active\"x,x,wecom,y\n"
       b"3,30000,fruit\n"
       b"4,30000,\xb9\xfb,active,x,wecom,y\n"
       b"5,30000,fruit,\"active\n")


def cases(tmp):
    def path(name, data):
        p = os.path.join(tmp, name)
        with open(p, "wb") as f:
            f.write(data)
        return p
    jsonl, csv = path("bad.jsonl", JSONL), path("bad.csv", CSV)
    check_csv = path("check.csv", b"users,industry,adding,expect,indstry\n1,fruit,active,wecom,x\n"
                                  b"2,fruit,active,maybe,x\n3,fruit,active,,x\n4,\"fruit\n")
    return [
        (["batch", "--input", jsonl], 2),
        (["batch", "--input", csv], 2),
        (["batch", "--input", csv, "--format", "csv"], 2),
        (["batch", "--input", path("header.csv", b"id,notes\n1,2\n")], 2),
        (["batch", "--input", path("header2.csv", b"users,\"a\"b\n1,2\n")], 2),
        (["batch", "--input", path("twice.csv", b"users,Users,industry,adding\n")], 2),
        (["check", check_csv], 2),
        (["check", path("check.jsonl", JSONL)], 2),
        (["check", path("nocol.csv", b"users,industry,adding\n1,fruit,active\n")], 2),
        (["plan", "--users", "30000", "--adding", "active", "--svg", os.path.join(tmp, "no-such-dir", "p.svg")], 4),
        (["plan", "--users", "30000", "--adding", "active", "--svg", tmp], 4),
        (["plan", "--users", "30000", "--adding", "maybe"], 2),
        (["plan", "--users", "0", "--adding", "active"], 2),
        (["plan", "--users", "30000", "--adding", "active", "--days", "0"], 2),
        (["sweep", "--users", "1000..10", "--industry", "fruit", "--adding", "active"], 2),
        (["sweep", "--users", "x..10", "--industry", "fruit", "--adding", "active"], 2),
        (["table", "--dimension", "scal"], 2),
    ]


def main():
    binary = os.path.abspath(sys.argv[1])
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for args, code in cases(tmp):
            zh = run(binary, [*args, "--lang", "zh"], cwd=tmp)
            en = run(binary, [*args, "--lang", "en"], cwd=tmp)
            said = messages(zh)
            if zh.returncode != code or en.returncode != code:
                failures.append(f"{' '.join(args)}: exit {zh.returncode} (zh) / {en.returncode} (en), expected {code}")
            if not said:
                failures.append(f"{' '.join(args)}: no message at all")
            for line in zh.stderr.decode("utf-8", "replace").splitlines():
                if not PREFIX.match(line):
                    failures.append(f"{' '.join(args)} --lang zh: stderr line without the Chinese marker: {line}")
            for message in said:
                english = english_in(message)
                if english:
                    failures.append(f"{' '.join(args)} --lang zh: English words {sorted(set(english))} in: {message}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
