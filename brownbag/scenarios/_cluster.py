"""Small helpers the scenarios share: who is up, which queue a pool serves."""

from __future__ import annotations

import socket
import time

from brownbag import settings
from brownbag.workers import Worker

from .runs import RunFailed


def until(done, seconds: float, pause: float = 0.1):
    """``done()``'s first true answer, asked every ``pause`` seconds for at most ``seconds``
    (and once more at the end); None if none came. ``done`` raises to give up early: a
    worker that died will not answer later."""
    end = time.monotonic() + seconds
    while True:
        if answer := done():
            return answer
        if time.monotonic() >= end:
            return None
        time.sleep(pause)


def workers(app, timeout: float = 1.0) -> dict[str, str]:
    """Node name -> pool, for every worker answering a ping now."""
    replies = app.control.ping(timeout=timeout) or []
    nodes = sorted(name for reply in replies for name in reply)
    return {node: node.split("@", 1)[0] for node in nodes}


def answering(app, pools, timeout: float = 1.0) -> list[str]:
    """Which of ``pools`` have a worker on this host answering now.

    Pinging the expected node names with ``limit`` returns as soon as they all
    replied, instead of always waiting the whole timeout (a second on stage).
    """
    host = socket.gethostname()
    nodes = [f"{pool}@{host}" for pool in pools]
    replies = app.control.ping(destination=nodes, limit=len(nodes), timeout=timeout) or []
    up = {name.split("@", 1)[0] for reply in replies for name in reply}
    return [pool for pool in pools if pool in up]


def node_for(app, pool: str) -> str:
    """The node name of the worker running ``pool`` on this host, or a clear error."""
    if answering(app, [pool]):
        return f"{pool}@{socket.gethostname()}"
    found = [node for node, p in workers(app).items() if p == pool]  # on another host?
    if not found:
        raise RunFailed(f"no {pool} worker answers a ping: start it (invoke up / invoke worker -p {pool})")
    return found[0]


def queue_size(app, queue: str) -> int:
    """Messages waiting in ``queue`` on the broker right now (passive declare, any transport)."""
    with app.connection_for_write() as conn:
        try:
            return conn.default_channel.queue_declare(queue=queue, passive=True).message_count
        except conn.channel_errors:  # Redis: an empty queue is no key at all
            return 0


def demo_worker(name: str, queue: str, broker_url: str, args=(), env=None, concurrency=1) -> Worker:
    """A prefork worker a demo starts for itself, on its own queue, with the flags and
    settings (after ``--``) its lesson needs; it logs under ``logs/demos``."""
    return Worker(name, queue, "prefork", concurrency, broker_url, include=(), args=args, env=env,
                  log_dir=settings.home() / "logs" / "demos", loglevel="info")


def node_name(worker: Worker) -> str:
    return f"{worker.name}@{socket.gethostname()}"


def wait_answering(client, workers: list[Worker], timeout: float = 40.0) -> None:
    """Every worker answers a ping (so each consumes its queue), or a clear error. A ping,
    not a task: a task would count towards --max-tasks-per-child and move its recycling."""
    nodes = {node_name(w) for w in workers}

    def all_answer() -> bool:
        for w in workers:
            if w.process.poll() is not None:
                raise RunFailed(f"worker {w.name} exited with {w.process.returncode}: {w.log_tail()}")
        replies = client.control.ping(destination=sorted(nodes), limit=len(nodes), timeout=0.5) or []
        return {name for reply in replies for name in reply} >= nodes

    if until(all_answer, timeout, pause=0):  # the ping's own half second is the pause
        return
    raise RunFailed(f"workers {', '.join(sorted(nodes))} did not answer within {timeout:g} s: "
                    f"{workers[0].log_tail()}")
