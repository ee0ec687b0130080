"""Benchmark tasks, loaded only by the benchmark's own workers (``celery worker -I brownbag.bench.tasks``).

    >>> from brownbag.bench.tasks import wait_on_socket
    >>> wait_on_socket.apply_async(("http://127.0.0.1:8041/slow?seconds=0.5",), queue="gevent").get()
    {'waited': 0.503, 'pool': 'gevent'}
"""

import time
import urllib.request

from demo.celery import app
from demo.concurrency import current_pool


@app.task
def wait_on_socket(url: str, timeout: float = 30.0):
    """IO-bound for real: the task blocks on a socket until the slow endpoint answers."""
    started = time.monotonic()
    with urllib.request.urlopen(url, timeout=timeout) as response:
        response.read()
    return {"waited": round(time.monotonic() - started, 3), "pool": current_pool()}
