"""RQ: ``rq worker-pool -n 10 -c brownbag.bench.peer_apps.rq_peer bench-peers`` (ten
worker processes, each forking a work horse per job: RQ's default Worker, which isolates
every job in its own process). ``-c`` names this module as RQ's settings module (it sets
none), so the pool imports it, and brownbag with it, before it forks: RQ's "Performance
notes" advice, without which every horse imported them again for its one job.

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
