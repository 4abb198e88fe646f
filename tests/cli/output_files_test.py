#!/usr/bin/env python3
"""--output FILE on every command that prints a document, the form/file rule of check and
recommend --expect, input encodings (GB18030 as Chinese Excel saves CSV), the CSV byte order
mark, one warning for unknown CSV columns, and batch's hint at a terminal.

    output_files_test.py ACCT_ADVISOR DATA_DIR WORK_DIR

Every case runs the program; failures are listed together and the exit status is 1 if any.
"""

import os
import pty
import select
import shutil
import stat
import subprocess
import sys
import threading

BIN, DATA, WORK = (os.path.abspath(a) for a in sys.argv[1:4])
ENV = {k: v for k, v in os.environ.items() if k not in ("ACCT_ADVISOR_DATA", "LC_ALL", "LANG", "LC_MESSAGES")}
ENV.update({"LANG": "C.UTF-8", "COLUMNS": "100", "NO_COLOR": "1"})
BOM = b"\xef\xbb\xbf"
failures = []


def fail(what):
    failures.append(what)


def run(*args, stdin=None, env=None):
    """(exit code, stdout bytes, stderr text), run in WORK."""
    feed = {"input": stdin} if stdin is not None else {"stdin": subprocess.DEVNULL}
    r = subprocess.run([BIN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=WORK,
                       env=env or ENV, timeout=60, **feed)
    return r.returncode, r.stdout, r.stderr.decode("utf-8", "replace")


def read(name):
    with open(os.path.join(WORK, name), "rb") as f:
        return f.read()


def write(name, data):
    with open(os.path.join(WORK, name), "wb") as f:
        f.write(data)


def no_temp_files():
    left = [n for n in os.listdir(WORK) if n.startswith(".acct-")]
    if left:
        fail(f"temporary files left behind: {left}")


shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
write("profiles.jsonl", b'{"id":"a","users":30000,"industry":"fruit","adding":"active"}\n'
                        b'{"id":"b","users":"3\xe4\xb8\x87","industry":"law","adding":"passive"}\n')
write("expected.csv", b"id,users,industry,adding,expect\nc1,30000,fruit,active,wecom\n"
                      b"c2,3000,law,passive,wecom\n")
shutil.copy(os.path.join(DATA, "rules.json"), os.path.join(WORK, "same-rules.json"))

PROFILE = ["--users", "30000", "--industry", "fruit", "--adding", "active", "--lang", "en"]
# Each command that prints a document, with arguments that give a document, and its exit code.
COMMANDS = {
    "table": (["table", "--lang", "en"], 0),
    "table-csv": (["table", "--format", "csv"], 0),
    "industries": (["industries", "--lang", "en"], 0),
    "recommend": (["recommend", *PROFILE, "--explain"], 0),
    "recommend-json": (["recommend", *PROFILE, "--format", "json"], 0),
    "recommend-expect": (["recommend", *PROFILE, "--expect", "personal", "--format", "junit"], 1),
    "plan": (["plan", "--users", "30000", "--adding", "passive", "--lang", "en"], 0),
    "sweep": (["sweep", "--users", "1k..1000000", "--industry", "law", "--adding", "passive", "--lang", "en"], 0),
    "batch": (["batch", "--input", "profiles.jsonl"], 0),
    "check": (["check", "expected.csv", "--lang", "en"], 1),
    "diff": (["diff", "--rules", "same-rules.json", "--lang", "en"], 0),
}

# --output FILE: the file holds exactly what stdout gets without it; nothing on stdout; the
# exit code is the same; "-" is stdout.
for name, (args, code) in COMMANDS.items():
    rc, expected, _ = run(*args)
    if rc != code or not expected:
        fail(f"{name}: to stdout: exit {rc} (expected {code}), {len(expected)} bytes")
        continue
    rc, out, err = run(*args, "--output", f"{name}.out")
    if rc != code or out:
        fail(f"{name} --output FILE: exit {rc} (expected {code}), stdout {out[:80]!r}, stderr {err!r}")
    elif read(f"{name}.out") != expected:
        fail(f"{name} --output FILE: the file differs from what stdout gets")
    rc, out, _ = run(*args, "--output", "-")
    if rc != code or out != expected:
        fail(f"{name} --output -: exit {rc}, not what stdout gets without it")
no_temp_files()

# Through the one writer: an existing file is replaced keeping its mode, a symlink stays a link
# and its target is written, a FIFO is written in place, the run's own input is refused.
args = COMMANDS["table"][0]
_, expected, _ = run(*args)
write("kept.txt", b"old")
os.chmod(os.path.join(WORK, "kept.txt"), 0o600)
rc, _, err = run(*args, "--output", "kept.txt")
if rc != 0 or read("kept.txt") != expected or stat.S_IMODE(os.stat(os.path.join(WORK, "kept.txt")).st_mode) != 0o600:
    fail(f"--output onto a 0600 file: exit {rc}, {err!r}: not replaced whole with its mode kept")
os.symlink("target.txt", os.path.join(WORK, "link.txt"))
rc, _, err = run(*args, "--output", "link.txt")
if rc != 0 or not os.path.islink(os.path.join(WORK, "link.txt")) or read("target.txt") != expected:
    fail(f"--output onto a dangling symlink: exit {rc}, {err!r}: the link should stay, its target get the table")
os.mkfifo(os.path.join(WORK, "fifo"))
got = {}


def drain():
    with open(os.path.join(WORK, "fifo"), "rb") as f:
        got["bytes"] = f.read()


reader = threading.Thread(target=drain)
reader.start()
rc, _, err = run("batch", "--input", "profiles.jsonl", "--output", "fifo")
reader.join(30)
_, batch_expected, _ = run("batch", "--input", "profiles.jsonl")
if rc != 0 or got.get("bytes") != batch_expected or not stat.S_ISFIFO(os.stat(os.path.join(WORK, "fifo")).st_mode):
    fail(f"batch --output FIFO: exit {rc}, {err!r}: the reader should get the records, the FIFO stay one")
before = read("profiles.jsonl")
rc, _, err = run("batch", "--input", "profiles.jsonl", "--output", "profiles.jsonl")
if rc != 4 or read("profiles.jsonl") != before or "refusing to overwrite" not in err:
    fail(f"batch --output onto its own --input: exit {rc} (expected 4), {err!r}; the input must stay")
rc, _, err = run("check", "expected.csv", "--output", "expected.csv")
if rc != 4 or "refusing" not in err:
    fail(f"check --output onto the file it checks: exit {rc} (expected 4), {err!r}")
rc, _, err = run("table", "--output=")
if rc != 2 or "--output" not in err:
    fail(f"--output= (empty): exit {rc} (expected 2), {err!r}")
rc, _, err = run("table", "--output", "no-such-dir/t.txt")
if rc != 4:
    fail(f"--output into a missing directory: exit {rc} (expected 4), {err!r}")
no_temp_files()

# The form/file rule: --format is the form, --output the file; an --output that is exactly a
# form's name is the form (issue 10's spelling) on stdout; ./junit is a file of that name.
_, junit, _ = run("check", "expected.csv", "--format", "junit")
rc, out, _ = run("check", "expected.csv", "--output", "junit")
if rc != 1 or out != junit or os.path.exists(os.path.join(WORK, "junit")):
    fail(f"check --output junit: exit {rc}: should print JUnit on stdout and write no file")
rc, out, _ = run("check", "expected.csv", "--format", "junit", "--output", "./junit")
if rc != 1 or out or read("junit") != junit:
    fail(f"check --format junit --output ./junit: exit {rc}: the file junit should hold the JUnit")
rc, out, _ = run("check", "expected.csv", "--output", "./tap")
if rc != 1 or out or not read("tap").endswith(b"could not be checked\n"):
    fail(f"check --output ./tap: exit {rc}: the file tap should hold the text report")
rc, _, err = run("check", "expected.csv", "--format", "junit", "--output", "tap")
if rc != 2 or "./tap" not in err:
    fail(f"check --format junit --output tap: exit {rc} (expected 2), {err!r}")
rc, out, _ = run("recommend", *PROFILE, "--expect", "wecom", "--output", "tap")
if rc != 0 or not out.startswith(b"TAP version 13\n"):
    fail(f"recommend --expect --output tap: exit {rc}: should print TAP")
_, tap, _ = run("recommend", *PROFILE, "--expect", "wecom", "--format", "tap")
if tap != out:
    fail("recommend --expect --format tap differs from --output tap")
rc, _, err = run("recommend", *PROFILE, "--output", "json")
if rc != 2 or "--format" not in err or os.path.exists(os.path.join(WORK, "json")):
    fail(f"recommend --output json without --expect: exit {rc} (expected 2, no file), {err!r}")
rc, _, err = run("recommend", *PROFILE, "--format", "github")
if rc != 2 or "--expect" not in err:
    fail(f"recommend --format github without --expect: exit {rc} (expected 2), {err!r}")

# GB18030, as Python's codec writes it (what Excel saves on a Chinese system).
csv_text = "id,users,industry,adding\r\n客户1,3万,水果,active\r\n客户2,5000,律师,passive\r\n"
write("gb.csv", csv_text.encode("gb18030"))
write("utf8.csv", csv_text.encode("utf-8"))
_, utf8_result, _ = run("batch", "--input", "utf8.csv", "--format", "csv")
for how in (["--input", "gb.csv"], ["--input", "gb.csv", "--input-encoding", "auto"]):
    rc, out, err = run("batch", *how, "--format", "csv", "--lang", "en")
    if rc != 0 or out != utf8_result:
        fail(f"batch {' '.join(how)}: exit {rc}, {err!r}: should score as the UTF-8 file does")
    if err.count("read as GB18030") != 1 or "gb.csv" not in err:
        fail(f"batch {' '.join(how)}: stderr should say once that gb.csv was read as GB18030: {err!r}")
rc, out, err = run("batch", "--format", "csv", "--lang", "en", stdin=read("gb.csv"))
if rc != 0 or out != utf8_result or "standard input: not UTF-8, read as GB18030" not in err:
    fail(f"batch < gb.csv (a pipe): exit {rc}, {err!r}")
rc, out, err = run("batch", "--input", "gb.csv", "--input-encoding", "gb18030", "--format", "csv")
if rc != 0 or out != utf8_result or err:
    fail(f"batch --input-encoding gb18030: exit {rc}, stderr {err!r}: should score, and say nothing")
rc, out, err = run("batch", "--input", "gb.csv", "--input-encoding", "utf-8", "--format", "csv", "--lang", "en")
if rc != 2 or out.count(b"--input-encoding gb18030") != 1 or b"invalid UTF-8" not in out:
    fail(f"batch --input-encoding utf-8 on GB18030: exit {rc}: the first error record should name the option: {out!r}")
rc, out, err = run("batch", "--input", "utf8.csv", "--input-encoding", "gb18030", "--format", "csv")
if rc != 2:
    fail(f"batch --input-encoding gb18030 on UTF-8 Chinese: exit {rc} (expected 2: not GB18030 text)")
write("neither.csv", b"id,users,industry,adding\nc1,30000,\xff\xfe,active\n")
rc, out, err = run("batch", "--input", "neither.csv", "--format", "csv", "--lang", "en")
if rc != 2 or b"--input-encoding gb18030" not in out or "GB18030" in err.split("error:")[0]:
    fail(f"batch on bytes that are neither: exit {rc}: error record naming the option, no note: {out!r} {err!r}")
rc, _, err = run("batch", "--input", "gb.csv", "--lang", "zh")
if "acct-advisor：gb.csv：不是 UTF-8 编码，已按 GB18030" not in err:
    fail(f"batch --lang zh on GB18030: the note should be Chinese, after the name and a Chinese colon: {err!r}")
rc, _, err = run("batch", "--input", "gb.csv", "--input-encoding", "latin1")
if rc != 2 or "--input-encoding" not in err:
    fail(f"--input-encoding latin1: exit {rc} (expected 2), {err!r}")
write("gb-expected.csv", "id,users,industry,adding,expect\n甲,3万,水果,active,wecom\n".encode("gb18030"))
rc, out, err = run("check", "gb-expected.csv", "--lang", "en")
if rc != 0 or "read as GB18030" not in err:
    fail(f"check on a GB18030 file: exit {rc}, {err!r}, {out!r}")
rc, out, err = run("check", "gb-expected.csv", "--input-encoding", "utf-8", "--lang", "en")
if rc != 2 or b"--input-encoding gb18030" not in out:
    fail(f"check --input-encoding utf-8 on GB18030: exit {rc}: the record should name the option: {out!r}")

# The byte order mark: on by default in a .csv file, off on stdout and in other files; --bom
# and --no-bom say otherwise; refused for output that is not CSV.
csv_args = ["batch", "--input", "utf8.csv", "--format", "csv"]
_, plain, _ = run(*csv_args)
for extra, name, with_bom in (([], "r.csv", True), ([], "R.CSV", True), ([], "r.txt", False),
                              (["--no-bom"], "n.csv", False), (["--bom"], "b.txt", True)):
    rc, _, err = run(*csv_args, *extra, "--output", name)
    want = (BOM if with_bom else b"") + plain
    if rc != 0 or read(name) != want:
        fail(f"batch --format csv {' '.join(extra)} --output {name}: exit {rc}, BOM expected: {with_bom}")
if plain.startswith(BOM):
    fail("batch --format csv on stdout starts with a BOM")
rc, out, _ = run(*csv_args, "--bom")
if rc != 0 or out != BOM + plain:
    fail(f"batch --format csv --bom on stdout: exit {rc}: should start with the BOM")
for args in (["table", "--format", "csv"], ["sweep", "--users", "1k..1000000", "--barrier", "high",
                                            "--adding", "active", "--format", "csv"]):
    _, doc, _ = run(*args)
    rc, _, _ = run(*args, "--output", "doc.csv")
    if rc != 0 or read("doc.csv") != BOM + doc:
        fail(f"{args[0]} --format csv --output doc.csv: exit {rc}: should be the CSV after a BOM")
for args in (["batch", "--input", "utf8.csv", "--bom"], ["table", "--bom"]):
    rc, _, err = run(*args)
    if rc != 2 or "--bom" not in err:
        fail(f"{' '.join(args)} (not CSV output): exit {rc} (expected 2), {err!r}")

# Unknown CSV columns: one warning naming them all, Latin or Chinese; the records are scored.
write("extra.csv", "id,users,industry,adding,notes,客户\nc1,30000,fruit,active,x,张三\n".encode())
rc, out, err = run("batch", "--input", "extra.csv", "--format", "csv")
warnings = [line for line in err.splitlines() if "warning" in line]
if rc != 0 or len(warnings) != 1 or "'notes'" not in warnings[0] or "'客户'" not in warnings[0]:
    fail(f"batch with columns notes and 客户: exit {rc}, warnings {warnings}: one naming both")
if b",wecom," not in out:
    fail(f"batch with unknown columns: the record should be scored: {out!r}")

# At a terminal with no --input, batch first says how to end the input or give a file.
pid, master = pty.fork()
if pid == 0:
    os.chdir(WORK)
    os.execve(BIN, [BIN, "batch", "--lang", "en"], ENV)
seen = b""
os.write(master, b"\x04")  # Ctrl-D at the start of a line: end of input
while True:
    ready, _, _ = select.select([master], [], [], 30)
    if not ready:
        fail("batch at a terminal: no output within 30 s")
        os.kill(pid, 9)
        break
    try:
        chunk = os.read(master, 4096)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
_, status = os.waitpid(pid, 0)
text = seen.decode("utf-8", "replace")
if os.WEXITSTATUS(status) != 0 or "Ctrl-D" not in text or "--input FILE" not in text:
    fail(f"batch at a terminal: exit {os.WEXITSTATUS(status)}, should hint at Ctrl-D and --input FILE: {text!r}")
rc, _, err = run("batch", stdin=b"")
if "Ctrl-D" in err:
    fail("batch with stdin a pipe: no terminal hint expected")

if failures:
    print("FAILED:\n  " + "\n  ".join(failures), file=sys.stderr)
    sys.exit(1)
print("all output-file, encoding, BOM and terminal cases passed")
