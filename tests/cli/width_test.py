#!/usr/bin/env python3
"""Which width `acct-advisor table` lays out for, from each source, with stdout a pipe.

    width_test.py ACCT_ADVISOR

A shell does not export COLUMNS, so `acct-advisor table | cat` sees neither COLUMNS nor a
terminal on stdout. The program then takes the terminal on stderr, else the controlling terminal
(/dev/tty), else 80; COLUMNS wins over all of them and --width over COLUMNS. Each case runs the
program in its own session (so the test's own terminal, if any, is not its controlling one) with
pseudo-terminals of known sizes where a case needs one, and checks that the table is the one COLUMNS=<that width> gives.
"""

import fcntl
import os
import struct
import subprocess
import sys
import termios
import threading
import unicodedata


def pty_of(columns):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    return master, slave


def run(binary, args, columns_env=None, ctty=None, stderr_tty=None):
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
    env.pop("ACCT_ADVISOR_DATA", None)
    if columns_env is not None:
        env["COLUMNS"] = columns_env
    fds = []
    stderr = subprocess.PIPE
    if stderr_tty is not None:
        master, slave = pty_of(stderr_tty)
        fds += [master, slave]
        stderr = slave
    preexec = None
    if ctty is not None:
        master, slave = pty_of(ctty)
        fds += [master, slave]

        def preexec():  # a new session whose controlling terminal is the pty
            os.setsid()
            fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    try:
        result = subprocess.run([binary] + args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=stderr, env=env, preexec_fn=preexec,
                                start_new_session=ctty is None, pass_fds=fds, timeout=30, check=False)
    finally:
        for fd in fds:
            os.close(fd)
    return result


def widest(text):
    return max((len(line) for line in text.split("\n")), default=0)


def display_width(line):
    """Columns a line takes in a terminal: East Asian wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1
               for c in line)


def run_on_terminal(binary, args, columns):
    """Runs with stdout a pseudo-terminal of `columns` (and stderr a pipe, no COLUMNS, no
    controlling terminal) and returns what it printed, with the terminal's \r\n undone."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env.update({"LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
    env.pop("ACCT_ADVISOR_DATA", None)
    master, slave = pty_of(columns)
    chunks = []

    def read():  # the pty's buffer is small: read while the program writes
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the program has exited and closed its end
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        result = subprocess.run([binary] + args, stdin=subprocess.DEVNULL, stdout=slave, stderr=subprocess.PIPE,
                                env=env, start_new_session=True, timeout=30, check=False)
    finally:
        os.close(slave)
        reader.join(timeout=30)
        os.close(master)
    return result.returncode, b"".join(chunks).replace(b"\r\n", b"\n")


def main():
    binary = sys.argv[1]
    table = ["table", "--lang", "en"]
    cases = [
        # (what, args, COLUMNS, controlling terminal, terminal on stderr, width wanted)
        ("no COLUMNS, no terminal anywhere: 80", table, None, None, None, 80),
        ("COLUMNS not a number, no terminal: 80", table, "abc", None, None, 80),
        ("no COLUMNS, controlling terminal of 90", table, None, 90, None, 90),
        ("no COLUMNS, terminal of 110 on stderr", table, None, None, 110, 110),
        ("COLUMNS=120 wins over the terminal", table, "120", 90, None, 120),
        ("--width 70 wins over COLUMNS and the terminal", table + ["--width", "70"], "120", 90, None, 70),
        ("--width=150 with no terminal", table + ["--width=150"], None, None, None, 150),
    ]
    failures = 0
    reference = {}  # width -> the table as COLUMNS=width lays it out, with no terminal anywhere
    for what, args, columns, ctty, stderr_tty, want in cases:
        if want not in reference:
            reference[want] = run(binary, table, str(want)).stdout
        result = run(binary, args, columns, ctty, stderr_tty)
        got = widest(result.stdout.decode("utf-8", "replace"))
        ok = result.returncode == 0 and result.stdout == reference[want] and got <= want
        print(f"{'ok  ' if ok else 'FAIL'} {what}: widest line {got}, "
              f"{'same' if result.stdout == reference[want] else 'NOT the same'} as COLUMNS={want} "
              f"(exit {result.returncode})")
        if not ok:
            failures += 1
            if result.stderr:
                print(result.stderr.decode("utf-8", "replace"))
    # A terminal on stdout (the usual case: no pipe). Colour is off (NO_COLOR) so the bytes can
    # be compared with the piped table's.
    code, out = run_on_terminal(binary, table, 100)
    want = run(binary, table, "100").stdout
    ok = code == 0 and out == want
    print(f"{'ok  ' if ok else 'FAIL'} no COLUMNS, terminal of 100 on stdout: "
          f"{'same' if ok else 'NOT the same'} as COLUMNS=100 (exit {code})")
    failures += 0 if ok else 1
    # Every text output of every command keeps within --width and within COLUMNS, in both
    # languages.
    outputs = [
        ["table"], ["table", "--sources"], ["table", "--differences-only"], ["industries"],
        ["recommend", "--users", "30000", "--industry", "fruit", "--adding", "active"],
        ["recommend", "--users", "8000", "--industry", "law", "--adding", "passive", "--explain"],
        ["plan", "--users", "200000", "--adding", "active"],
        ["plan", "--users", "30000", "--adding", "passive", "--accounts", "2"],
        ["sweep", "--users", "1000..1000000", "--adding", "passive", "--barrier", "high"],
    ]
    for args in outputs:
        for lang in ("en", "zh"):
            for how, extra, columns in (("--width 60", ["--width", "60"], "200"), ("COLUMNS=60", [], "60")):
                result = run(binary, args + ["--lang", lang] + extra, columns)
                lines = result.stdout.decode("utf-8", "replace").split("\n")
                got = max(display_width(line) for line in lines)
                ok = result.returncode == 0 and got <= 60
                if not ok:
                    failures += 1
                print(f"{'ok  ' if ok else 'FAIL'} {' '.join(args)} --lang {lang}, {how}: widest line {got}"
                      f" (exit {result.returncode})")
    # The widths tell the sources apart only if they lay the table out differently.
    if len(set(reference.values())) != len(reference):
        print("FAIL: two of the widths give the same table; pick widths that differ more")
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
