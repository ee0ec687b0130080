"""One benchmark at a time on this checkout: runs that would share workers and cores wait.

Two runs at once measure each other, and before this lock they also broke each
other: a pools run purges the ``bench.pool.*`` queues when it starts, so a
``pools.cpu`` started from the deck while a ``pools.io`` was mid-batch threw
away the IO tasks still queued, and the IO run waited out its 300 s result
timeout (``TimeoutError: The operation timed out.``, 326 s for a 30 s demo).
The lock is an ``flock`` on a file, so a run that dies releases it with its
process; the file names the holder, so the one waiting can say whom it waits for.

    >>> with exclusive("pools.io", on_wait=print, timeout=60):
    ...     measure()
    waiting for another benchmark (pools.cpu, pid 4242, since 15:02:11) to finish
"""

from __future__ import annotations

import fcntl
import json
import os
import time
from contextlib import contextmanager

from .. import settings


class Busy(RuntimeError):
    """Another benchmark kept the lock past our timeout."""


def lock_path():
    return settings.home() / "bench" / "run.lock"


def holder() -> dict:
    try:
        return json.loads(lock_path().read_text() or "{}")
    except (OSError, ValueError):
        return {}


def _describe(who: dict) -> str:
    if not who:
        return "another benchmark"
    since = time.strftime("%H:%M:%S", time.localtime(who.get("since", 0)))
    return f"another benchmark ({who.get('what', '?')}, pid {who.get('pid', '?')}, since {since})"


@contextmanager
def exclusive(what: str, on_wait=None, timeout: float = 600.0):
    """Hold the benchmark lock for the block; ``on_wait(message)`` hears once if we must wait."""
    path = lock_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            who = holder()
            if on_wait:
                on_wait(f"waiting for {_describe(who)} to finish: runs that share the "
                        f"benchmark workers and the cores go one at a time")
            deadline = time.monotonic() + timeout
            while True:
                time.sleep(0.2)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise Busy(f"{_describe(who)} still running after {timeout:.0f} s") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"what": what, "pid": os.getpid(), "since": time.time()}).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
