#!/usr/bin/env python3
"""A broken data or rules file, in Chinese, is reported without an English word.

`validate --lang zh` (and LANG=zh_CN.UTF-8) over files of the broken-file catalogue: each
problem line keeps its file, JSON pointer and line/column, and what is left once those, the
values quoted in 「」 and the words a data file itself spells (keys, values, formats) are taken
out has no ASCII word. The English run of the same file is checked to be English, so the test
cannot pass by printing nothing.
Usage: data_language_test.py ACCT_ADVISOR_BINARY BROKEN_DIR DATA_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

# Words a data file spells, the same in every language: its keys and values, and formats.
SPELT = {
    "JSON", "UTF", "id", "wecom", "personal", "neither", "exact", "at_most", "about", "low", "high",
    "lecture", "public", "assumption", "inference", "table", "YYYY", "MM", "DD", "N", "U", "http", "s",
    "schema_version", "up_to", "lower_snake_case",
}
# The program's name and the error marker: the name as it is, the marker in the run's language.
PREFIX = "acct-advisor：错误："
PREFIX_EN = "acct-advisor: error: "

# Rules files: a syntax error, a duplicate key, a type error, a condition, a template, a basis.
RULES = ["not_json.json", "duplicate_key_weight.json", "two_problems.json", "unknown_fact.json",
         "bad_ref_account.json", "unknown_placeholder.json", "basis_unknown_kind.json", "empty.json",
         "control_cr_in_reason.json", "margins_out_of_order.json", "condition_two_keys.json"]
# Features files given through --data (with the real industries and rules).
FEATURES = ["not_json.json", "invalid_utf8.json", "duplicate_key_quantity.json", "two_problems.json"]


def english_words(line):
    body = re.sub(r"「[^」]*」", " ", line)
    body = re.sub(r"可用的有：[^；]*", " ", body)  # the names a key may take, as they are typed
    body = re.sub(r"\{[^}]*\}", " ", body)
    found = []
    for token in re.findall(r"[!-~]+", body):
        if re.search(r"[-./_~|=<>\[\]{}\"'*#:,+@0-9()]", token):
            continue  # a path, pointer, number or value list
        if token in SPELT:
            continue
        found.append(token)
    return found


def run(binary, args, lang_env):
    env = dict(os.environ, LC_ALL="", LC_MESSAGES="", LANG=lang_env)
    return subprocess.run([binary, "validate", *args], capture_output=True, text=True, env=env)


def check(binary, args, failures):
    for words, lang_env in ((["--lang", "zh"], "C.UTF-8"), ([], "zh_CN.UTF-8")):
        result = run(binary, [*args, *words], lang_env)
        name = f"validate {' '.join(args + words)} (LANG={lang_env})"
        if result.returncode != 3:
            failures.append(f"{name}: exit {result.returncode}, expected 3")
        lines = result.stderr.splitlines()
        if not lines or not all(line.startswith(PREFIX) for line in lines):
            failures.append(f"{name}: stderr is not error lines: {result.stderr!r}")
        for line in lines:
            body = line[len(PREFIX):]
            if not re.search(r"[\u4e00-\u9fff]", body):
                failures.append(f"{name}: no Chinese: {line}")
            english = english_words(body)
            if english:
                failures.append(f"{name}: English words {english}: {line}")
    english_run = run(binary, [*args, "--lang", "en"], "C.UTF-8")
    if english_run.returncode != 3 or not english_words(english_run.stderr.replace(PREFIX_EN, "")):
        failures.append(f"validate {' '.join(args)} --lang en: not an English error: {english_run.stderr!r}")


def main():
    binary, broken, data = sys.argv[1:4]
    failures = []
    for name in RULES:
        check(binary, ["--rules", os.path.join(broken, "rules", name)], failures)
    with tempfile.TemporaryDirectory() as work:
        for name in FEATURES:
            folder = os.path.join(work, name.replace(".json", ""))
            os.makedirs(folder)
            shutil.copy(os.path.join(broken, "features", name), os.path.join(folder, "features.json"))
            for other in ("industries.json", "rules.json"):
                shutil.copy(os.path.join(data, other), os.path.join(folder, other))
            check(binary, ["--data", folder], failures)
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
