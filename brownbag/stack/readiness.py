"""Are the workers really there? Ask them.

Remote control (ping) needs a broadcast (fanout) exchange. kombu's SQLAlchemy
transport has none across processes, so on the database broker each worker
proves itself with a real round trip through its own queue instead.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time

from demo.celery import app, connect
from demo.concurrency import whoami

from .errors import StackError
from .programs import celery


def can_broadcast(broker_url: str) -> bool:
    return not broker_url.startswith(("sqla+", "sqlalchemy+"))


def make_queues(broker_url: str) -> None:
    """Every queue of the app, made in a database broker before its processes start.

    kombu's SQLAlchemy transport makes a missing queue with a select, then an insert,
    under a lock that threads share and processes don't. Workers, beat and this command
    starting together on a new SQLite broker raced for the same rows: "UNIQUE constraint
    failed: kombu_queue.name" or "database is locked", and a worker or ``up`` died of it
    (six processes declaring the app's queues at once: 14 errors in 18 tries; with the
    rows made first, none). Made once here, every later declaration only reads them.
    """
    with connect(broker_url) as conn:
        channel = conn.default_channel
        for queue in app.conf.task_queues:
            channel.queue_declare(queue=queue.name)


def workers_answer(broker_url: str, workers: list[str], deadline: float, env: dict,
                   still_alive=lambda: None) -> None:
    """Wait until each named worker (``prefork``, ``gevent``...) answers, or raise.

    ``still_alive()`` raises when a worker process died meanwhile, so a crash
    is reported at once, not after the whole timeout.
    """
    if can_broadcast(broker_url):
        ping(workers, deadline, env, still_alive)
    else:
        with connect(broker_url) as conn:
            round_trip(conn, workers, deadline)


def inspect(command: str, nodes: list[str], env: dict, timeout: float = 1.0) -> dict:
    """``celery inspect COMMAND`` itself, with a worker's environment: {node: reply}.

    (In-process, ``app.control.ping(connection=...)`` would publish on the app's
    default broker and listen for replies on the other one.)
    """
    result = subprocess.run(celery("inspect", command, "--json", "--timeout", str(timeout),
                                   "--destination", ",".join(sorted(nodes))),
                            capture_output=True, text=True, timeout=60, env={**os.environ, **env})
    try:
        return json.loads(result.stdout or "{}")
    except json.JSONDecodeError:  # nobody answered: celery prints an error instead
        return {}


def ping(workers: list[str], deadline: float, env: dict, still_alive) -> None:
    host = socket.gethostname()
    expected = {f"{name}@{host}" for name in workers}
    while True:
        missing = expected - set(inspect("ping", list(expected), env))
        if not missing:
            return
        still_alive()
        if time.monotonic() > deadline:
            raise StackError(f"no ping reply from {', '.join(sorted(missing))}")


def round_trip(conn, workers: list[str], deadline: float) -> None:

    # each pool's worker consumes a queue named after its pool
    results = {name: whoami.apply_async(queue=name, connection=conn) for name in workers}
    for name, result in results.items():
        try:
            result.get(timeout=max(deadline - time.monotonic(), 0.1))
        except Exception as exc:  # TimeoutError or the task's own failure
            raise StackError(f"worker {name} did not answer a round trip "
                             f"({exc.__class__.__name__})") from None
