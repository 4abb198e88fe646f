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
    # The widths tell the sources apart only if they lay the table out differently.
    if len(set(reference.values())) != len(reference):
        print("FAIL: two of the widths give the same table; pick widths that differ more")
        failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
