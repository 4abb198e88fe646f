#!/usr/bin/env python3
"""--help in Chinese carries no English word, for the top level and every command.

Allowed, as a Chinese operator's help would have them: flag names (--users), the program's name,
the example commands (lines starting with a command), file names and paths, environment
variables (upper case), JSON fragments, one-letter placeholders (N, D) and the values the flags
take (text, json, wecom, ...). Also: --lang en gives English help even in a Chinese locale.
Usage: help_language_test.py ACCT_ADVISOR_BINARY
"""
import os
import re
import subprocess
import sys

VALUES = {
    "text", "markdown", "json", "csv", "jsonl", "junit", "github", "tap", "wecom", "personal",
    "active", "passive", "low", "high", "zh", "en", "auto", "bash", "zsh", "scale", "barrier",
    "adding", "compliance", "general", "users", "industry", "id", "expect", "line", "error",
    "fruit", "JSON", "Lines", "CSV", "SVG", "HTML", "Markdown", "CI", "Excel", "GB18030", "UTF",
    # the commands, typed as they are, and `| head` in the exit codes
    "recommend", "batch", "plan", "sweep", "check", "diff", "report", "table", "industries", "validate",
    "completion", "head",
}
COMMANDS = ("acct-advisor", "printf", "source")


def english_words(help_text):
    found = []
    for line in help_text.splitlines():
        body = line.strip()
        if body.split(" ", 1)[0] in COMMANDS:
            continue  # an example command: typed as it is in any language
        body = re.sub(r"\{[^}]*\}", " ", body)  # JSON fragments
        for token in re.findall(r"[!-~]+", body):
            if re.search(r"[-./_~|=<>\[\]\"'*#:,+@0-9()]", token):
                continue  # a flag, path, file name, value list or number
            if token.isupper() or token in VALUES:
                continue  # an environment variable, a placeholder letter, a flag's value
            found.append(token)
    return found


def run(binary, args, env_lang):
    env = dict(os.environ, COLUMNS="100", LC_ALL="", LC_MESSAGES="", LANG=env_lang)
    return subprocess.run([binary, *args], capture_output=True, text=True, env=env, check=True).stdout


def main():
    binary = sys.argv[1]
    commands = ["recommend", "batch", "plan", "sweep", "check", "diff", "report", "table", "industries",
                "validate", "completion"]
    failures = []
    for words, env_lang in [(["--lang", "zh", "--help"], "C.UTF-8"), (["--help"], "zh_CN.UTF-8")] + [
            ([command, "--lang", "zh", "--help"], "C.UTF-8") for command in commands if command != "completion"] + [
            ([command, "--help"], "zh_CN.UTF-8") for command in commands]:
        out = run(binary, words, env_lang)
        if not re.search(r"[\u4e00-\u9fff]", out):
            failures.append(f"{' '.join(words)} (LANG={env_lang}): no Chinese at all")
        english = english_words(out)
        if english:
            failures.append(f"{' '.join(words)} (LANG={env_lang}): English words {sorted(set(english))}")
    out = run(binary, ["recommend", "--lang", "en", "--help"], "zh_CN.UTF-8")
    if "Usage: acct-advisor recommend [OPTIONS]" not in out or re.search(r"用法|选项", out):
        failures.append("recommend --lang en --help under LANG=zh_CN.UTF-8 is not English")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
