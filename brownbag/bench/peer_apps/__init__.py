"""The same three tasks written for each queue library, as its documentation shows them.

Each module is what ``bench.peers`` points that library's own worker at
(``celery -A``, ``dramatiq``, ``rq worker-pool``, ``huey_consumer``, ``taskiq
worker``). The tasks:

- ``noop()``: nothing but one ``INCR`` of a counter in Redis, so the benchmark
  sees when all N are done the same way for every library (results off);
- ``echo(x)``: returns ``x`` through the library's own result store, for the
  one-at-a-time round trip;
- ``wait_on(url)``: an HTTP GET on the local ``/slow`` endpoint, then the ``INCR``.

They read the Redis URL from ``BROWNBAG_PEERS_REDIS`` (a database of the local
Redis that belongs to the benchmark: it is emptied before each library runs).
"""

import os

import redis

REDIS_URL = os.environ.get("BROWNBAG_PEERS_REDIS", "redis://127.0.0.1:6379/9")


def counter_key(library: str) -> str:
    return f"bench:peers:{library}:done"


_client = None


def count(library: str) -> None:
    """One INCR: how the benchmark knows a task ran, whatever the library."""
    global _client
    if _client is None:
        _client = redis.Redis.from_url(REDIS_URL)
    _client.incr(counter_key(library))
