#!/usr/bin/env python3
"""What reaches stderr from hostile input, and what file errors say.

    terminal_hygiene_test.py ACCT_ADVISOR

1. No byte below 0x20 other than newline and tab (and no DEL) reaches stderr from user input:
   flags, paths, batch ids, a mistyped command, wizard answers. Control characters show as
   visible escapes (\\x1b, \\x07, \\r), invalid UTF-8 as U+FFFD, stderr stays valid UTF-8, and a
   10 KB argument gives a short line.
2. File errors name the real cause (symlink loop, not a directory, permission, no such file) for
   --data, --rules, batch --input and check files; --rules and --data at a FIFO with no writer are
   refused at once instead of blocking (a 10 s timeout catches a hang). Permission cases run as
   the user nobody when the test runs as root (setpriv), and are reported SKIPPED when neither
   works.
3. TERM=dumb and NO_COLOR mean no colour, even on a terminal.

Everything happens in a fresh temporary directory, removed at the end. Exit 0 when every check
holds, 1 otherwise (each failure printed).
"""

import os
import pty
import select
import shutil
import stat
import subprocess
import sys
import tempfile
import time

ESC, BEL, CR = "\x1b", "\x07", "\r"
HOSTILE = ESC + "[31mred" + BEL + CR + "forged"
LONG = "x" * 10240
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data")
failures = []
skipped = []


def env(**extra):
    e = {k: v for k, v in os.environ.items() if k not in ("ACCT_ADVISOR_DATA", "LC_MESSAGES", "COLUMNS")}
    e.update({"LC_ALL": "", "LANG": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": "100"})
    e.update(extra)
    return e


def run(binary, args, stdin=b"", prefix=(), cwd=None, **extra):
    try:
        p = subprocess.run(list(prefix) + [binary] + [a.encode("utf-8", "surrogateescape") if isinstance(a, str) else a for a in args],
                           input=stdin, capture_output=True, env=env(**extra), timeout=10, cwd=cwd)
    except subprocess.TimeoutExpired:
        return None
    return p


def check_stderr(what, stderr, max_line=1100):
    for b in stderr:
        if (b < 0x20 and b not in (0x0A, 0x09)) or b == 0x7F:
            failures.append(f"{what}: control byte 0x{b:02x} on stderr: {stderr[:200]!r}")
            return
    try:
        text = stderr.decode("utf-8")
    except UnicodeDecodeError:
        failures.append(f"{what}: stderr is not UTF-8: {stderr[:200]!r}")
        return
    for line in text.splitlines():
        if len(line.encode()) > max_line:
            failures.append(f"{what}: a {len(line.encode())}-byte stderr line")


def hostile_inputs(binary, tmp):
    cases = {
        "recommend --adding": ["recommend", "--users", "30000", "--industry", "fruit", "--adding", HOSTILE],
        "recommend --industry": ["recommend", "--users", "30000", "--adding", "active", "--industry", HOSTILE],
        "plan --adding": ["plan", "--users", "30000", "--adding", HOSTILE],
        "sweep --users": ["sweep", "--users", HOSTILE, "--industry", "fruit", "--adding", "active"],
        "--format": ["table", "--format", HOSTILE],
        "--dimension": ["table", "--dimension", HOSTILE],
        "--width": ["table", "--width", HOSTILE],
        "--lang": ["table", "--lang", HOSTILE],
        "batch --input": ["batch", "--input", os.path.join(tmp, HOSTILE)],
        "check file": ["check", os.path.join(tmp, HOSTILE)],
        "--rules": ["validate", "--rules", os.path.join(tmp, HOSTILE)],
        "--data": ["table", "--data", os.path.join(tmp, HOSTILE)],
        "completion shell": ["completion", HOSTILE],
        "unknown flag": ["table", "--" + HOSTILE],
        "unknown command": [HOSTILE, "--users", "1"],
        "invalid UTF-8 value": ["plan", "--users", "30000", "--adding", b"\xff\xfe" + HOSTILE.encode()],
        "10 KB value": ["plan", "--users", "30000", "--adding", LONG + HOSTILE],
        "10 KB path": ["batch", "--input", os.path.join(tmp, LONG[:200], LONG[:200], HOSTILE)],
        "10 KB flag": ["table", "--" + LONG],
    }
    for what, args in cases.items():
        p = run(binary, args)
        if p is None:
            failures.append(f"{what}: timed out")
            continue
        if p.returncode == 0:
            failures.append(f"{what}: exit 0, expected an error")
        check_stderr(what, p.stderr)
        # The value need not be quoted at all; when it is, its ESC shows as \\x1b.
        if b"[31mred" in p.stderr and b"\\x1b[31mred" not in p.stderr:
            failures.append(f"{what}: the value is quoted without its ESC as \\x1b: {p.stderr[:200]!r}")
    # Batch ids and fields: error records go to stdout; stderr has the summary and warnings.
    records = ('id,users,industry,adding,' + HOSTILE + '\n"' + HOSTILE + '",abc' + BEL + ',fruit,active\n').encode()
    p = run(binary, ["batch", "--format", "jsonl"], stdin=records)
    check_stderr("batch ids and a hostile column name", p.stderr)
    jsonl = ('{"id":"' + "\\u001b[31m" + '","users":"x\\u0007","industry":"fruit","adding":"active"}\n').encode()
    p = run(binary, ["batch"], stdin=jsonl)
    check_stderr("batch JSONL id", p.stderr)


def wizard(binary):
    """The wizard echoes nothing raw: answers with ESC, BEL and invalid UTF-8, at a terminal."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.clear()
        os.environ.update(env(TERM="xterm"))
        os.execv(binary, [binary, "recommend", "--lang", "en"])
    import termios
    attrs = termios.tcgetattr(fd)
    attrs[3] &= ~termios.ECHO  # only what the program writes comes back, not the typed bytes
    termios.tcsetattr(fd, termios.TCSANOW, attrs)
    out = b""
    answers = [b"\x1b[31m3" + b"\x07" + b"\xff\n", b"abc\x1b]0;pwned\x07\n"]
    deadline = time.time() + 10
    while time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if out.rstrip().endswith(b">") and answers:
                os.write(fd, answers.pop(0))
        elif not answers:
            os.write(fd, b"\x04")  # end of input: the wizard stops
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    if b"\\x1b" not in out:
        failures.append(f"wizard: a typed ESC is not shown as \\x1b: {out[-400:]!r}")
    for bad in (b"\x1b", b"\x07"):
        if bad in out:
            failures.append(f"wizard: raw {bad!r} in what the wizard wrote: {out[-400:]!r}")


def file_errors(binary, tmp):
    d = os.path.join(tmp, "files")
    os.mkdir(d)
    os.symlink("loop-b", os.path.join(d, "loop-a"))
    os.symlink("loop-a", os.path.join(d, "loop-b"))
    with open(os.path.join(d, "plain"), "w") as f:
        f.write("{}")
    os.mkfifo(os.path.join(d, "fifo"))
    fifo_dir = os.path.join(d, "fifo-data")
    os.mkdir(fifo_dir)
    os.mkfifo(os.path.join(fifo_dir, "features.json"))
    loop, notdir, missing = os.path.join(d, "loop-a"), os.path.join(d, "plain", "x"), os.path.join(d, "none")
    expect = [
        ("--rules loop", ["validate", "--rules", loop], 3, "too many levels of symbolic links"),
        ("--data loop", ["table", "--data", loop], 3, "too many levels of symbolic links"),
        ("--rules not a directory", ["validate", "--rules", notdir], 3, "a part of the path is not a directory"),
        ("--rules missing", ["validate", "--rules", missing], 3, "no such file or directory"),
        ("--rules FIFO", ["validate", "--rules", os.path.join(d, "fifo")], 3, "a FIFO (named pipe), not a regular file"),
        ("--data with a FIFO", ["table", "--data", fifo_dir], 3, "a FIFO (named pipe), not a regular file"),
        ("--rules device", ["validate", "--rules", "/dev/null"], 3, "a character device, not a regular file"),
        ("batch --input loop", ["batch", "--input", loop], 2, "too many levels of symbolic links"),
        ("batch --input not a directory", ["batch", "--input", notdir], 2, "a part of the path is not a directory"),
        ("check loop", ["check", loop], 2, "too many levels of symbolic links"),  # in its report
        ("diff --input loop", ["diff", "--data", DATA, "--input", loop], 2, "too many levels of symbolic links"),
        ("diff --against loop", ["diff", "--against", loop], 3, "too many levels of symbolic links"),
    ]
    for what, args, code, text in expect:
        p = run(binary, args)
        if p is None:
            failures.append(f"{what}: blocked (timed out after 10 s)")
            continue
        err = p.stderr.decode("utf-8", "replace") + p.stdout.decode("utf-8", "replace")
        if code is not None and p.returncode != code:
            failures.append(f"{what}: exit {p.returncode}, expected {code}; stderr {err!r}")
        if text not in err:
            failures.append(f"{what}: stderr lacks {text!r}: {err!r}")
    permission_errors(binary, d)


def permission_errors(binary, d):
    secret = os.path.join(d, "secret.json")
    with open(secret, "w") as f:
        f.write("{}")
    os.chmod(secret, 0)
    locked = os.path.join(d, "locked")
    os.mkdir(locked)
    with open(os.path.join(locked, "rules.json"), "w") as f:
        f.write("{}")
    os.chmod(locked, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # listable, not searchable
    prefix = ()
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            skipped.append("permission cases: running as root and no setpriv to drop to nobody")
            return
        prefix = (setpriv, "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--")
        probe = subprocess.run(list(prefix) + [binary, "--version"], capture_output=True)
        if probe.returncode != 0:
            skipped.append("permission cases: user nobody cannot run the binary here "
                           f"({probe.stderr.decode('utf-8', 'replace').strip()[:120]})")
            return
        os.chmod(d, 0o755)
    for what, args, code in [
        ("--rules unreadable", ["validate", "--rules", secret], 3),
        ("--rules behind an unsearchable directory", ["validate", "--rules", os.path.join(locked, "rules.json")], 3),
        ("--data behind an unsearchable directory", ["table", "--data", locked], 3),
        ("batch --input unreadable", ["batch", "--input", secret], 2),
    ]:
        p = run(binary, args, prefix=prefix)
        err = p.stderr.decode("utf-8", "replace") if p else ""
        if p is None or p.returncode != code or "permission denied" not in err:
            failures.append(f"{what}: expected exit {code} and 'permission denied', got "
                            f"{'a timeout' if p is None else p.returncode}: {err!r}")


def colour(binary):
    """On a terminal, colour by default; none with TERM=dumb or NO_COLOR."""
    def on_tty(**extra):
        pid, fd = pty.fork()
        if pid == 0:
            e = env(**extra)
            e.pop("NO_COLOR", None)
            e.update(extra)
            os.execve(binary, [binary, "recommend", "--users", "30000", "--industry", "fruit",
                               "--adding", "active", "--lang", "en"], e)
        out = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        os.waitpid(pid, 0)
        return out
    if b"\x1b[" not in on_tty(TERM="xterm"):
        skipped.append("colour: no colour on a terminal with TERM=xterm, so TERM=dumb proves nothing")
    if b"\x1b[" in on_tty(TERM="dumb"):
        failures.append("TERM=dumb: colour on a terminal")
    if b"\x1b[" in on_tty(TERM="xterm", NO_COLOR="1"):
        failures.append("NO_COLOR: colour on a terminal")


def main():
    binary = os.path.abspath(sys.argv[1])
    tmp = tempfile.mkdtemp(prefix="acct-advisor-hygiene-")
    try:
        os.chmod(tmp, 0o755)
        hostile_inputs(binary, tmp)
        wizard(binary)
        file_errors(binary, tmp)
        colour(binary)
    finally:
        for root, dirs, _ in os.walk(tmp):
            for name in dirs:
                try:
                    os.chmod(os.path.join(root, name), 0o755)
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
    for s in skipped:
        print("SKIPPED: " + s)
    for f in failures:
        print("FAIL: " + f)
    print(f"{len(failures)} failure(s), {len(skipped)} skipped part(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
