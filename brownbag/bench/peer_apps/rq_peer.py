"""RQ: ``rq worker-pool -n 10 bench-peers`` (ten worker processes, each forking a
work horse per job: RQ's default Worker, which isolates every job in its own process).

Jobs are plain functions enqueued by import path; results live in Redis
(``job.latest_result(timeout=...)`` blocks on a Redis stream).
"""

import urllib.request

from . import count


def noop():
    count("rq")


def echo(x):
    return x


def wait_on(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    count("rq")
