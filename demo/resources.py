"""What a worker holds on to: memory that grows, results nobody reads.

A pool process lives for many tasks, so whatever a task leaves behind (a
module-level cache, a growing list) stays until the process ends. Recycle it,
every N tasks or past a memory limit (KiB, checked after each task):

    $ celery -A demo worker -P prefork -c 1 --max-memory-per-child 150000
    >>> from demo.resources import leaky
    >>> [leaky.delay(megabytes=50).get()["rss_mb"] for _ in range(4)]
    [122.1, 172.2, 122.3, 172.1]    # the 2nd ended over 146 MB: the 3rd ran in a new process
    $ celery -A demo worker -P prefork -c 1 --max-tasks-per-child 2     # the same, every 2 tasks

Every result is a key in the result backend until ``result_expires`` (one day
by default, an hour in demo/celery.py), read or not:

    $ redis-cli --scan --pattern 'celery-task-meta-*' | wc -l
    >>> count_visit.delay("/jobs/42")             # one more key, for an hour
    >>> count_visit_quietly.delay("/jobs/42")     # ignore_result=True: no key at all
"""

import os
import resource

from .celery import app

_kept = []  # module-level: it lives as long as the pool process does


@app.task
def leaky(megabytes=50):
    """A cache that never forgets: each call keeps ``megabytes`` more, for good."""
    _kept.append(b"x" * (megabytes * 1024 * 1024))
    return {"pid": os.getpid(), "rss_mb": peak_rss_mb(), "kept_mb": megabytes * len(_kept)}


def peak_rss_mb() -> float:
    """This process's peak resident memory: what billiard compares with
    --max-memory-per-child on Linux (getrusage's ru_maxrss, in KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@app.task
def count_visit(page):
    """Its result is stored (the default) and read by nobody: one key per call."""
    return page


@app.task(ignore_result=True)
def count_visit_quietly(page):
    """The same work; nothing is written to the result backend."""
    return page
