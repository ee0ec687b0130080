"""Which pool runs a task: prefork processes, gevent/eventlet greenlets, threads, solo.

    >>> from demo.concurrency import whoami
    >>> whoami.apply_async(queue="gevent").get()
    {'hostname': 'gevent@laptop', 'pool': 'gevent', 'pid': 4242}

Each pool's worker consumes its own queue (``invoke up`` starts them), so the
same task sent to each queue shows how each pool runs it.
"""

import hashlib
import os
import sys
import threading
import time

from .celery import app


def current_pool():
    """Tell the pool from the runtime itself, not from a name we gave the worker."""
    gevent_monkey = sys.modules.get("gevent.monkey")
    if gevent_monkey and gevent_monkey.is_module_patched("socket"):
        return "gevent"
    eventlet_patcher = sys.modules.get("eventlet.patcher")
    if eventlet_patcher and eventlet_patcher.is_monkey_patched("socket"):
        return "eventlet"
    if threading.current_thread() is not threading.main_thread():
        return "threads"
    from billiard.process import current_process

    if current_process().name.startswith("ForkPoolWorker"):
        return "prefork"
    return "solo"


@app.task(bind=True)
def whoami(self):
    return {"hostname": self.request.hostname, "pool": current_pool(), "pid": os.getpid()}


@app.task
def io_bound(seconds=1.0):
    """Waits on IO: any pool can overlap many of these."""
    started = time.monotonic()
    time.sleep(seconds)  # patched to a cooperative wait on gevent/eventlet
    return {"pool": current_pool(), "waited": round(time.monotonic() - started, 3)}


@app.task
def cpu_bound(rounds=200_000):
    """Burns CPU: only processes (prefork) run these in parallel."""
    digest = b"celery"
    started = time.monotonic()
    for _ in range(rounds):
        digest = hashlib.sha256(digest).digest()
    return {"pool": current_pool(), "busy": round(time.monotonic() - started, 3),
            "digest": digest.hex()[:12]}
