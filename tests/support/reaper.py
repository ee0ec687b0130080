"""A stack a test started is stopped even when the test run is not.

``invoke down`` in a fixture's ``finally`` stops a stack when the run goes well, or
when a test fails. It does not run when the run itself dies: pytest-timeout's thread
method ends it with ``os._exit``, a CI job's time limit kills it, a second Ctrl-C cuts
the teardown short. supervisord daemonizes, so it and every program it started (Redis,
RabbitMQ's Erlang node, the workers) outlived such a run, with their temporary home
removed under them (pytest_unconfigure).

``guard(home)`` watches the stack of ``home`` from outside the test run: a small
process of its own session (Ctrl-C in the terminal does not reach it) that learns
supervisord's pid from its pidfile while the stack starts, and when the run ends
without stopping it (its pipe from the run closes), stops it by that pid. After a
clean ``invoke down`` there is nothing left, and it just exits. Nothing is ever
stopped by name: only supervisord's pid, and the processes of its session (it is a
session leader, and its programs stay in its session), checked by their start time
so a reused pid is never hit.

    echo HOME | python tests/support/reaper.py   # what guard() runs: HOME, then EOF
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

PIDFILE = "supervisord.pid"
# supervisord's SIGTERM stops every program, each within its stopwaitsecs (RabbitMQ's
# is 30 s); what is still there after that gets SIGKILL.
GRACE = 45.0


def stat(pid: int) -> tuple[int, int] | None:
    """(session id, start time in clock ticks) of a live process, None if there is none."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2:].split()
    if fields[0] == "Z":  # a zombie has done its harm: only its parent can reap it
        return None
    return int(fields[3]), int(fields[19])


def leader(home: Path) -> tuple[int, int] | None:
    """(pid, start time) of the supervisord of ``home``, if its pidfile names a live one."""
    try:
        pid = int((home / PIDFILE).read_text().strip())
    except (OSError, ValueError):
        return None
    info = stat(pid)
    # a daemonized supervisord leads its own session: anything else is not (or no longer) it
    return (pid, info[1]) if info and info[0] == pid else None


def session(pid: int) -> dict[int, int]:
    """Every live process of session ``pid``: {pid: start time}."""
    members = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (info := stat(int(entry.name))) and info[0] == pid:
            members[int(entry.name)] = info[1]
    return members


def stop(pid: int, started: int, grace: float = GRACE) -> list[int]:
    """SIGTERM to supervisord (it stops its programs), SIGKILL to what is left of its
    session after ``grace``; the pids that were still there. Nothing if ``pid`` is not
    the process that started at ``started`` any more."""
    members = session(pid)
    if members.get(pid) != started:
        return []
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(stat(p) == (pid, t) for p, t in members.items()):
        time.sleep(0.2)
    for member, start in {**members, **session(pid)}.items():
        if stat(member) == (pid, start):
            with contextlib.suppress(ProcessLookupError):
                os.kill(member, signal.SIGKILL)
    return sorted(members)


def stop_home(home: Path, grace: float = GRACE) -> list[int]:
    """Stop the supervisord of ``home`` and its programs, if they still run."""
    found = leader(home)
    return stop(*found, grace=grace) if found else []


class Guard:
    """The watcher of one stack's home; ``close()`` after a clean ``invoke down``."""

    def __init__(self, home: Path):
        self.home = Path(home)
        # The home comes on stdin, not in argv: tests look for a stack's processes by the
        # home in their command line (test_cycles.stack_processes), and this is none of them.
        self.watcher = subprocess.Popen([sys.executable, __file__], stdin=subprocess.PIPE,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        start_new_session=True)
        self.watcher.stdin.write(f"{self.home}\n".encode())
        self.watcher.stdin.flush()

    def close(self) -> list[int]:
        """Stop what ``invoke down`` left of the stack (normally nothing), then the watcher."""
        left = stop_home(self.home)
        self.watcher.stdin.close()
        try:
            self.watcher.wait(timeout=GRACE + 10)
        except subprocess.TimeoutExpired:
            self.watcher.kill()
        return left


@contextlib.contextmanager
def guard(home: Path):
    """Around a stack's whole life: from before it starts to after its ``invoke down``."""
    watcher = Guard(home)
    try:
        yield watcher
    finally:
        watcher.close()


def watch(home: Path) -> None:
    """Until stdin closes, learn supervisord's pid; then stop it if it still runs."""
    found = None
    while True:
        readable, _, _ = select.select([sys.stdin], [], [], 0.2)
        found = leader(home) or found
        if readable and not os.read(sys.stdin.fileno(), 4096):
            break
    found = leader(home) or found
    if found:
        stop(*found)


if __name__ == "__main__":
    watch(Path(os.read(sys.stdin.fileno(), 4096).decode().strip()))
