"""Huey: ``huey_consumer brownbag.bench.peer_apps.huey_peer.huey -w 10 -k thread``.

RedisHuey; thread workers, which Huey's docs suggest for IO-bound tasks; results
on (Huey's default), read with ``result.get(blocking=True)``.
"""

import urllib.request

from huey import RedisHuey

from . import REDIS_URL, count

huey = RedisHuey("bench-peers", url=REDIS_URL)


@huey.task()
def noop():
    count("huey")


@huey.task()
def echo(x):
    return x


@huey.task()
def wait_on(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        response.read()
    count("huey")
