#!/usr/bin/env python3
"""Runs a command in a pseudo-terminal and answers its questions, as a person at a terminal would.

    pty_session.py [--send ANSWER]... [--exit N] [--expect REGEX]... [--reject REGEX]... -- CMD ARGS...

Each --send is typed after the next prompt ("> ") appears; "^D" sends end of input and "^C" an
interrupt. The test passes when the command exits with --exit (default 0), everything it showed
on the terminal matches every --expect and no --reject, and it does so within --timeout seconds.
On failure the transcript is printed, so the session can be read as the user saw it.
"""

import argparse
import os
import pty
import re
import select
import signal
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--send", action="append", default=[])
    parser.add_argument("--exit", type=int, default=0)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--timeout", type=float, default=20.0)
    parser.add_argument("--show", action="store_true", help="print the transcript even on success")
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = args.cmd[1:] if args.cmd and args.cmd[0] == "--" else args.cmd
    if not cmd:
        parser.error("no command")

    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)

    transcript = b""
    answers = list(args.send)
    seen_prompts = 0
    deadline = time.monotonic() + args.timeout
    status = None
    while True:
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            print(transcript.decode("utf-8", "replace"))
            print(f"pty_session: timed out after {args.timeout}s", file=sys.stderr)
            return 1
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                break
            transcript += chunk
        prompts = transcript.count(b"> ")
        if answers and prompts > seen_prompts:
            seen_prompts = prompts
            answer = answers.pop(0)
            if answer == "^D":
                os.write(fd, b"\x04")
            elif answer == "^C":
                os.write(fd, b"\x03")
            else:
                os.write(fd, answer.encode() + b"\r")
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    text = transcript.decode("utf-8", "replace").replace("\r\n", "\n")

    problems = []
    if code != args.exit:
        problems.append(f"exit {code}, expected {args.exit}")
    problems += [f"missing /{r}/" for r in args.expect if not re.search(r, text, re.M)]
    problems += [f"unwanted /{r}/" for r in args.reject if re.search(r, text, re.M)]
    if answers:
        problems.append(f"{len(answers)} answer(s) never asked for: {answers}")
    if problems or args.show:
        print(text)
    for p in problems:
        print("pty_session: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
