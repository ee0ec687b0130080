"""Small tools the fault, load and multi-host tests share.

Nothing here starts a server: it finds our own processes, waits for states,
counts what is left on a broker, and writes the numbers a fault test measured
to tests/_artifacts/faults-numbers.jsonl (and prints them, for ``-s``).
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from brownbag.stack.procs import parent_of

ARTIFACTS = Path(__file__).resolve().parent.parent / "_artifacts"


def record(name: str, **numbers) -> None:
    """Measured, never asserted: recovery times and throughput go to the report."""
    ARTIFACTS.mkdir(exist_ok=True)
    line = json.dumps({"test": name, "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                       **numbers})
    with (ARTIFACTS / "faults-numbers.jsonl").open("a") as out:
        out.write(line + "\n")
    print(line)


def wait_for(predicate, timeout: float, interval: float = 0.1, what: str = "condition"):
    """The first truthy value of ``predicate()``; AssertionError naming ``what`` after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


def descends_from(pid: int, ancestor: int) -> bool:
    """True when ``ancestor`` is ``pid`` or one of its parents (from /proc)."""
    while pid and pid > 1:
        if pid == ancestor:
            return True
        pid = parent_of(pid)
    return False


def kill_ours(pid: int, ancestor: int) -> None:
    """SIGKILL ``pid``, but only if it is one of ``ancestor``'s processes: never anyone else's."""
    assert descends_from(pid, ancestor), f"pid {pid} is not under our process {ancestor}"
    os.kill(pid, signal.SIGKILL)


def started_pid(result, timeout: float = 60) -> int:
    """The pid a task reported when it started (task_track_started stores it as STARTED meta)."""
    def started():
        if result.state == "STARTED" and isinstance(result.info, dict):
            return result.info.get("pid")
        return None
    return wait_for(started, timeout, what=f"task {result.id} to start")


def redis_queue_length(client, queue: str) -> int:
    """Messages waiting in ``queue`` on Redis, every priority sub-list included (sep ':')."""
    return sum(client.llen(key) for key in [queue] + [f"{queue}:{p}" for p in range(1, 10)])


def queue_length(broker_url: str, queue: str) -> int:
    """Messages ready in ``queue`` on any broker (unacked ones on Redis are counted apart)."""
    if broker_url.startswith("redis"):
        import redis

        client = redis.Redis.from_url(broker_url)
        try:
            return redis_queue_length(client, queue)
        finally:
            client.close()
    from kombu import Connection

    with Connection(broker_url) as conn:
        channel = conn.channel()
        try:
            return channel.queue_declare(queue, passive=True).message_count
        except conn.channel_errors:  # never declared: nothing in it
            return 0
        finally:
            channel.close()


def redis_unacked(broker_url: str) -> dict[str, dict]:
    """Redis's acks_late bookkeeping: delivery tag -> message, for messages nobody acked yet."""
    import redis

    client = redis.Redis.from_url(broker_url)
    try:
        return {tag.decode(): json.loads(raw)[0] for tag, raw in client.hgetall("unacked").items()}
    finally:
        client.close()


def unacked_task_ids(broker_url: str) -> set[str]:
    return {msg["headers"]["id"] for msg in redis_unacked(broker_url).values()}


def celery_inspect(broker_url: str, command: str, nodes: list[str], timeout: float = 1.0) -> dict:
    """``celery inspect COMMAND`` against ``broker_url``: {node: reply} from those that answered."""
    from brownbag.stack.readiness import inspect

    return inspect(command, nodes, {"CELERY_BROKER_URL": broker_url}, timeout)


def supervisorctl(home: Path, *args: str) -> str:
    """A stack's own supervisord, asked directly: ``invoke restart`` stops and starts at
    once, and a fault test needs a server to stay down for a while."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "supervisor.supervisorctl",
                             "-c", str(home / "supervisord.conf"), *args],
                            capture_output=True, text=True, timeout=120)
    return result.stdout + result.stderr


def supervisord_pid(home: Path) -> int:
    return int((home / "supervisord.pid").read_text())


def program_pid(status: list[dict], name: str) -> int | None:
    """The pid of a RUNNING program in ``invoke status --json``'s list."""
    return next((c["pid"] for c in status if c["name"] == name and c["state"] == "RUNNING"), None)
